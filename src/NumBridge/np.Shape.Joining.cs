using NumBridge.Kernels;

namespace NumBridge;

public static partial class np
{
    /// <summary>Joins a sequence of arrays along an existing axis (<c>numpy.concatenate</c>).</summary>
    /// <param name="arrays">The arrays; they must have the same shape except along <paramref name="axis"/>.</param>
    /// <param name="axis">The joining axis; null flattens every array first.</param>
    /// <param name="dtype">The result dtype; null for NumPy's <c>result_type</c> of the inputs.</param>
    /// <param name="casting">How permissive the cast of each input to the result dtype may be: <c>'no'</c>,
    /// <c>'equiv'</c>, <c>'safe'</c>, <c>'same_kind'</c> or <c>'unsafe'</c>.</param>
    /// <param name="out">An array of the result's shape to write into; its dtype is the result dtype (the inputs are
    /// cast to it under <paramref name="casting"/>); null for a new array.</param>
    /// <returns>A new COPY, C-ordered; or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentNullException">The sequence or one of its arrays is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>need at least one array to concatenate</c>,
    /// <c>zero-dimensional arrays cannot be concatenated</c>, <c>all the input arrays must have same number of
    /// dimensions, ...</c>, <c>all the input array dimensions except for the concatenation axis must match exactly,
    /// ...</c>, <c>Cannot cast array data from dtype('float64') to dtype('int64') according to the rule
    /// 'same_kind'</c>, or a bad casting name; for <paramref name="out"/>: <c>concatenate() only takes `out` or `dtype`
    /// as an argument, but both were provided.</c>, <c>Output array has wrong dimensionality</c>, <c>Output array is
    /// the wrong shape</c>, or with <c>axis: null</c> <c>Output array must be 1D</c> and <c>Output array is the wrong
    /// size</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2 }).reshape(1, 2);
    /// using var b = np.array(new double[] { 3, 4 }).reshape(1, 2);
    /// Console.WriteLine(np.concatenate([a, b]));          // [[1. 2.]
    ///                                                     //  [3. 4.]]
    /// Console.WriteLine(np.concatenate([a, b], axis: null)); // [1. 2. 3. 4.]
    /// using var into = np.zeros((2, 2), dtype: np.float32);
    /// np.concatenate([a, b], @out: into);                 // writes [[1 2] [3 4]] into the float32 array
    /// </code>
    /// </example>
    public static NDArray concatenate(IReadOnlyList<NDArray> arrays, int? axis = 0, DType? dtype = null, string casting = "same_kind", NDArray? @out = null)
    {
        CheckArrays(arrays, Messages.NeedArrayToConcatenate);
        if (@out is not null && dtype is not null)
        {
            ThrowHelper.ThrowArgument(Messages.ConcatenateOutAndDType, nameof(dtype));
        }

        Casting rule = Promotion.ParseCasting(casting);
        if (axis is { } ax)
        {
            return Concatenate.Run(arrays, ax, dtype, rule, @out);
        }

        if (@out is not null)
        {
            // PyArray_ConcatenateFlattenedArrays checks out before anything else.
            @out.ThrowIfDisposed();
            if (@out.ndim != 1)
            {
                ThrowHelper.ThrowArgument(Messages.ConcatenateOutNot1D, nameof(@out));
            }

            nint total = 0;
            foreach (NDArray a in arrays)
            {
                a.ThrowIfDisposed();
                total = checked(total + a.size);
            }

            if (@out.shape.Dims[0] != total)
            {
                ThrowHelper.ThrowArgument(Messages.ConcatenateOutSize, nameof(@out));
            }
        }

        var flat = new NDArray[arrays.Count];
        try
        {
            for (int i = 0; i < flat.Length; i++)
            {
                flat[i] = arrays[i].ravel();
            }

            return Concatenate.Run(flat, 0, dtype, rule, @out);
        }
        finally
        {
            foreach (NDArray? f in flat)
            {
                f?.Dispose();
            }
        }
    }

    /// <summary>Joins a sequence of arrays of one shape along a new axis (<c>numpy.stack</c>).</summary>
    /// <param name="arrays">The arrays, all of one shape.</param>
    /// <param name="axis">Where the new axis goes in the result, in <c>[-ndim - 1, ndim]</c>.</param>
    /// <param name="dtype">The result dtype; null for NumPy's <c>result_type</c> of the inputs.</param>
    /// <param name="casting">The casting rule, as for <see cref="concatenate"/>.</param>
    /// <returns>A new COPY with one more axis than the inputs, of length <c>arrays.Count</c>.</returns>
    /// <exception cref="ArgumentNullException">The sequence or one of its arrays is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>need at least one array to stack</c>, <c>all input arrays must
    /// have the same shape</c>, a cast the rule forbids, or a bad casting name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2 });
    /// using var b = np.array(new long[] { 3, 4 });
    /// Console.WriteLine(np.stack([a, b], axis: 1)); // [[1 3]
    ///                                               //  [2 4]]
    /// </code>
    /// </example>
    public static NDArray stack(IReadOnlyList<NDArray> arrays, int axis = 0, DType? dtype = null, string casting = "same_kind")
    {
        CheckArrays(arrays, Messages.NeedArrayToStack);
        Shape shape = arrays[0].shape;
        foreach (NDArray a in arrays)
        {
            if (a.shape != shape)
            {
                ThrowHelper.ThrowArgument(Messages.StackShapesDiffer, nameof(arrays));
            }
        }

        Casting rule = Promotion.ParseCasting(casting);
        axis = AxisMath.CheckAndAdjustAxis(axis, shape.ndim + 1);
        return JoinExpanded(arrays, a => a.expand_dims(axis), axis, dtype, rule);
    }

    /// <summary>Stacks arrays in sequence horizontally, column-wise (<c>numpy.hstack</c>): along axis 1, or axis 0
    /// when the first array (after <c>atleast_1d</c>) is 1-D.</summary>
    /// <param name="tup">The arrays; 0-d ones count as 1-D of length 1.</param>
    /// <param name="dtype">The result dtype; null for NumPy's <c>result_type</c> of the inputs.</param>
    /// <param name="casting">The casting rule, as for <see cref="concatenate"/>.</param>
    /// <returns>A new COPY.</returns>
    /// <exception cref="ArgumentNullException">The sequence or one of its arrays is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="concatenate"/>.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.hstack([np.array(new long[] { 1, 2 }), np.array(new long[] { 3 })])); // [1 2 3]
    /// </code>
    /// </example>
    public static NDArray hstack(IReadOnlyList<NDArray> tup, DType? dtype = null, string casting = "same_kind")
    {
        CheckArrays(tup, Messages.NeedArrayToConcatenate);
        Casting rule = Promotion.ParseCasting(casting);
        int axis = tup[0].ndim <= 1 ? 0 : 1;
        return JoinExpanded(tup, a => a.ndim == 0 ? a.expand_dims(0) : a.CreateView(a.shape, a.strides), axis, dtype, rule);
    }

    /// <summary>Stacks arrays in sequence vertically, row-wise (<c>numpy.vstack</c>): along axis 0 after
    /// <c>atleast_2d</c>, so 1-D arrays of length N become rows of shape <c>(1, N)</c>.</summary>
    /// <param name="tup">The arrays.</param>
    /// <param name="dtype">The result dtype; null for NumPy's <c>result_type</c> of the inputs.</param>
    /// <param name="casting">The casting rule, as for <see cref="concatenate"/>.</param>
    /// <returns>A new COPY of at least two dimensions.</returns>
    /// <exception cref="ArgumentNullException">The sequence or one of its arrays is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="concatenate"/>.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.vstack([np.array(new long[] { 1, 2 }), np.array(new long[] { 3, 4 })])); // [[1 2]
    ///                                                                                               //  [3 4]]
    /// </code>
    /// </example>
    public static NDArray vstack(IReadOnlyList<NDArray> tup, DType? dtype = null, string casting = "same_kind")
    {
        CheckArrays(tup, Messages.NeedArrayToConcatenate);
        Casting rule = Promotion.ParseCasting(casting);
        return JoinExpanded(tup, AtLeast2D, 0, dtype, rule);
    }

    /// <summary>Stacks arrays in sequence depth-wise, along the third axis (<c>numpy.dstack</c>), after
    /// <c>atleast_3d</c>: 1-D arrays of length N become <c>(1, N, 1)</c>, 2-D arrays <c>(M, N, 1)</c>.</summary>
    /// <param name="tup">The arrays.</param>
    /// <returns>A new COPY of at least three dimensions.</returns>
    /// <exception cref="ArgumentNullException">The sequence or one of its arrays is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="concatenate"/>.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.dstack([np.array(new long[] { 1, 2 }), np.array(new long[] { 3, 4 })]).shape); // (1, 2, 2)
    /// </code>
    /// </example>
    public static NDArray dstack(IReadOnlyList<NDArray> tup)
    {
        CheckArrays(tup, Messages.NeedArrayToConcatenate);
        return JoinExpanded(tup, AtLeast3D, 2, null, Casting.SameKind);
    }

    private static void CheckArrays(IReadOnlyList<NDArray> arrays, string emptyMessage,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(arrays))] string paramName = "arrays")
    {
        ArgumentNullException.ThrowIfNull(arrays, paramName);
        if (arrays.Count == 0)
        {
            ThrowHelper.ThrowArgument(emptyMessage, paramName);
        }

        foreach (NDArray a in arrays)
        {
            ArgumentNullException.ThrowIfNull(a, paramName);
            a.ThrowIfDisposed();
        }
    }

    // Views of each input (never copies), joined, then released.
    private static NDArray JoinExpanded(IReadOnlyList<NDArray> arrays, Func<NDArray, NDArray> view, int axis, DType? dtype, Casting casting)
    {
        var views = new NDArray[arrays.Count];
        try
        {
            for (int i = 0; i < views.Length; i++)
            {
                views[i] = view(arrays[i]);
            }

            return Concatenate.Run(views, axis, dtype, casting);
        }
        finally
        {
            foreach (NDArray? v in views)
            {
                v?.Dispose();
            }
        }
    }

    // numpy.atleast_2d: () -> (1, 1), (N,) -> (1, N).
    private static NDArray AtLeast2D(NDArray a) => a.ndim switch
    {
        0 => a.expand_dims(0, 1),
        1 => a.expand_dims(0),
        _ => a.CreateView(a.shape, a.strides),
    };

    // numpy.atleast_3d: () -> (1, 1, 1), (N,) -> (1, N, 1), (M, N) -> (M, N, 1).
    private static NDArray AtLeast3D(NDArray a) => a.ndim switch
    {
        0 => a.expand_dims(0, 1, 2),
        1 => a.expand_dims(0, 2),
        2 => a.expand_dims(2),
        _ => a.CreateView(a.shape, a.strides),
    };
}
