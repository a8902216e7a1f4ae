using NumBridge.Kernels;

namespace NumBridge;

public sealed unsafe partial class NDArray
{
    /// <summary>
    /// Indexes the array as NumPy's <c>a[...]</c> does (<c>ndarray.__getitem__</c> / <c>__setitem__</c>). Integers,
    /// slices (<see cref="Slice"/>, <c>1..3</c>, <c>^1</c>), <see cref="np.newaxis"/> and <see cref="np.Ellipsis"/> make
    /// a basic index; an integer <see cref="NDArray"/>, <c>int[]</c>, or a boolean mask makes an advanced index.
    /// </summary>
    /// <param name="indices">One entry per indexed axis, as in a Python index tuple.</param>
    /// <returns>
    /// Get: for a basic index, a VIEW that shares this array's memory (integers into every axis give a 0-d view); for
    /// an advanced index, a new COPY laid out as NumPy lays it out. Set: the value is broadcast to the selection and
    /// written through, cast unsafely to this array's dtype.
    /// </returns>
    /// <remarks>
    /// Follows <c>numpy/_core/src/multiarray/mapping.c</c>: slices clamp their bounds; an empty slice has step 1; when
    /// any index array is present, integers act as 0-d index arrays; the broadcast shape of the index arrays replaces
    /// the indexed axes where they are adjacent and goes first otherwise; on set, later duplicates win; a 0-d
    /// boolean (<c>a[true]</c>) adds an axis of length 1 or 0. The result of an advanced get keeps the remaining axes
    /// in the source's memory order and, where the index dimensions do not go first, is a view of a transposed copy,
    /// as NumPy's. <c>int[]</c> and <c>bool[]</c> entries allocate a small array that the
    /// garbage collector frees.
    /// </remarks>
    /// <exception cref="IndexOutOfRangeException">An index is out of bounds, there are too many indices, more than one
    /// ellipsis, a mask does not match, an index array is not integer or boolean, or index arrays do not broadcast
    /// (NumPy's <c>IndexError</c> messages).</exception>
    /// <exception cref="ArgumentException">Set: the value does not broadcast to the selection.</exception>
    /// <exception cref="NotSupportedException">Set: NumPy's <c>assignment destination is read-only</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new[,] { { 1, 2, 3 }, { 4, 5, 6 } });
    /// Console.WriteLine(a[1]);                       // [4 5 6]
    /// Console.WriteLine(a[.., new Slice(null, null, -1)]); // [[3 2 1] [6 5 4]]
    /// Console.WriteLine(a[0, 1]);                    // 2
    /// Console.WriteLine(a[new[] { 1, 0 }]);          // [[4 5 6] [1 2 3]]
    /// a[0] = np.array(9);                            // a is [[9 9 9] [4 5 6]]
    /// </code>
    /// </example>
    public NDArray this[params ReadOnlySpan<AxisIndex> indices]
    {
        get => GetItem(indices);
        set => SetItem(indices, value);
    }

    /// <summary>
    /// Indexes the array with NumPy's index text, e.g. <c>a["1:3, ::-1"]</c>, <c>a["..., 0"]</c>,
    /// <c>a[":, None"]</c> (integers, slices, <c>...</c>, <c>None</c> / <c>np.newaxis</c>).
    /// </summary>
    /// <param name="index">The index text, as written between the brackets in Python.</param>
    /// <returns>Get: a VIEW that shares this array's memory. Set: the value is broadcast and written through.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not an index expression, or a slice step is zero.</exception>
    /// <exception cref="IndexOutOfRangeException">As for the <see cref="AxisIndex"/> indexer.</exception>
    /// <exception cref="NotSupportedException">Set: NumPy's <c>assignment destination is read-only</c>.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new[,] { { 1, 2, 3 }, { 4, 5, 6 } });
    /// Console.WriteLine(a["..., ::-1"]); // [[3 2 1] [6 5 4]]
    /// Console.WriteLine(a[":, None"].shape); // (2, 1, 3)
    /// </code>
    /// </example>
    public NDArray this[string index]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(index);
            return GetItem(SliceSyntax.Parse(index));
        }

        set
        {
            ArgumentNullException.ThrowIfNull(index);
            ArgumentNullException.ThrowIfNull(value);
            SetItem(SliceSyntax.Parse(index), value);
        }
    }

    /// <summary>Writes <paramref name="value"/> into the selection (<c>a[indices] = value</c>).</summary>
    /// <param name="indices">The index tuple.</param>
    /// <param name="value">The value, broadcast to the selection and cast unsafely.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="IndexOutOfRangeException">As for the indexer.</exception>
    /// <exception cref="ArgumentException">The value does not broadcast to the selection.</exception>
    /// <exception cref="NotSupportedException">NumPy's <c>assignment destination is read-only</c>.</exception>
    /// <example>
    /// <code>
    /// var a = np.zeros(3);
    /// a.SetItem([1], np.array(5.0)); // [0. 5. 0.]
    /// </code>
    /// </example>
    public void SetItem(ReadOnlySpan<AxisIndex> indices, NDArray value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfNotWriteable();
        value.ThrowIfDisposed();
        if (value.ndim == 0 && TryElementOffset(indices, out nint offset) && ArrayCopy.TryCopyElement(value, this, offset))
        {
            return;
        }

        using IndexPlan plan = IndexPlan.Prepare(this, indices);
        using NDArray view = plan.CreateBasicView(this);
        if (!plan.HasAdvanced)
        {
            AssignBroadcast(view, value);
            return;
        }

        plan.Scatter(view, value);
    }

    internal NDArray GetItem(ReadOnlySpan<AxisIndex> indices)
    {
        ThrowIfDisposed();
        if (TryElementOffset(indices, out nint offset))
        {
            return CreateView(_dtype, default, [], _offset + offset);
        }

        using IndexPlan plan = IndexPlan.Prepare(this, indices);
        NDArray view = plan.CreateBasicView(this);
        if (!plan.HasAdvanced)
        {
            return view;
        }

        using (view)
        {
            return plan.Gather(view);
        }
    }

    /// <summary>
    /// The fast path for one integer per axis, the commonest index (<c>a[i, j]</c>): the byte offset of that element
    /// from <see cref="Data"/>, with NumPy's bounds check. False for any other index, which takes the general path.
    /// </summary>
    private bool TryElementOffset(ReadOnlySpan<AxisIndex> indices, out nint offset)
    {
        offset = 0;
        if (indices.Length != ndim)
        {
            return false;
        }

        foreach (AxisIndex index in indices)
        {
            if (index.Kind is not (AxisIndexKind.Integer or AxisIndexKind.FromEnd))
            {
                return false;
            }
        }

        ReadOnlySpan<nint> dims = _shape.Dims;
        for (int axis = 0; axis < indices.Length; axis++)
        {
            AxisIndex index = indices[axis];
            long value = index.Kind == AxisIndexKind.FromEnd ? -index.Value : index.Value;
            offset += IndexPlan.CheckAndAdjustIndex(value, axis, dims[axis]) * _strides[axis];
        }

        return true;
    }

    /// <summary>Copies <paramref name="value"/>, broadcast, into <paramref name="target"/>; copes with overlap.</summary>
    internal static void AssignBroadcast(NDArray target, NDArray value)
    {
        target.ThrowIfNotWriteable();
        nint[]? strides = Broadcasting.StridesForAssign(value.shape.Dims, value.StridesSpan, target.shape.Dims);
        if (strides is null)
        {
            ThrowHelper.ThrowArgument(Messages.CouldNotBroadcastInput(value.shape, target.shape), nameof(value));
        }

        using NDArray source = value.CreateView(value.dtype, target.shape, strides, value.Offset, writeable: false);
        if (ReferenceEquals(value.Buffer, target.Buffer))
        {
            // NumPy copies an overlapping source first (a[1:] = a[:-1]), so the result never depends on loop order.
            using NDArray temp = Allocate(value.dtype, target.shape);
            ArrayCopy.Copy(source, temp);
            ArrayCopy.Copy(temp, target);
            return;
        }

        ArrayCopy.Copy(source, target);
    }
}
