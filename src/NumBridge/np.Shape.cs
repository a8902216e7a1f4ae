namespace NumBridge;

public static partial class np
{
    /// <summary>Gives a new shape to an array without changing its data (<c>numpy.reshape</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="newshape">The new shape; one length may be <c>-1</c>.</param>
    /// <param name="order"><c>'C'</c>, <c>'F'</c> or <c>'A'</c>.</param>
    /// <returns>A VIEW when the strides allow it, otherwise a view of a new COPY.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>cannot reshape array of size 6 into shape (4,)</c> or
    /// <c>can only specify one unknown dimension</c>.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.reshape(np.zeros(6), (2, 3)).shape); // (2, 3)
    /// </code>
    /// </example>
    public static NDArray reshape(NDArray a, Shape newshape, char order = 'C')
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.reshape(newshape, order);
    }

    /// <summary>Returns a contiguous flattened array (<c>numpy.ravel</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="order"><c>'C'</c>, <c>'F'</c>, <c>'A'</c> or <c>'K'</c>.</param>
    /// <returns>A VIEW when the array is contiguous in that order, otherwise a new COPY.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">A bad order.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ravel(np.zeros((2, 3))).shape); // (6,)
    /// </code>
    /// </example>
    public static NDArray ravel(NDArray a, char order = 'C')
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.ravel(order);
    }

    /// <summary>Permutes the axes of an array (<c>numpy.transpose</c>); with no axes, reverses them.</summary>
    /// <param name="a">The array.</param>
    /// <param name="axes">A permutation of the axes, or nothing.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>axes don't match array</c> or <c>repeated axis in transpose</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.transpose(np.zeros((2, 3))).shape); // (3, 2)
    /// </code>
    /// </example>
    public static NDArray transpose(NDArray a, params int[]? axes)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.transpose(axes);
    }

    /// <summary>Interchanges two axes of an array (<c>numpy.swapaxes</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="axis1">The first axis.</param>
    /// <param name="axis2">The second axis.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.swapaxes(np.zeros((2, 3)), 0, 1).shape); // (3, 2)
    /// </code>
    /// </example>
    public static NDArray swapaxes(NDArray a, int axis1, int axis2)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.swapaxes(axis1, axis2);
    }

    /// <summary>Moves one axis to a new position (<c>numpy.moveaxis</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="source">The axis to move.</param>
    /// <param name="destination">Its new position.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.moveaxis(np.zeros((3, 4, 5)), 0, -1).shape); // (4, 5, 3)
    /// </code>
    /// </example>
    public static NDArray moveaxis(NDArray a, int source, int destination)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.moveaxis(source, destination);
    }

    /// <summary>Moves several axes to new positions (<c>numpy.moveaxis</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="source">The axes to move.</param>
    /// <param name="destination">Their new positions.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length or repeat an axis.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.moveaxis(np.zeros((3, 4, 5)), [0, 1], [-1, -2]).shape); // (5, 4, 3)
    /// </code>
    /// </example>
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.moveaxis(source, destination);
    }

    /// <summary>Removes axes of length one (<c>numpy.squeeze</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="axis">The axes to remove; nothing removes every axis of length one.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>cannot select an axis to squeeze out which has size not equal to one</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.squeeze(np.zeros((1, 3))).shape); // (3,)
    /// </code>
    /// </example>
    public static NDArray squeeze(NDArray a, params int[]? axis)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.squeeze(axis);
    }

    /// <summary>Inserts axes of length one (<c>numpy.expand_dims</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="axis">Positions in the result of the new axes.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>repeated axis</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.expand_dims(np.zeros(3), 1).shape); // (3, 1)
    /// </code>
    /// </example>
    public static NDArray expand_dims(NDArray a, params int[] axis)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.expand_dims(axis);
    }

    /// <summary>Reverses the order of elements along axes (<c>numpy.flip</c>).</summary>
    /// <param name="m">The array.</param>
    /// <param name="axis">The axes; nothing flips every axis.</param>
    /// <returns>A VIEW with negative strides.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="m"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.flip(np.array(new[] { 1, 2, 3 }))); // [3 2 1]
    /// </code>
    /// </example>
    public static NDArray flip(NDArray m, params int[]? axis)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.flip(axis);
    }

    /// <summary>Reverses the columns (<c>numpy.fliplr</c>).</summary>
    /// <param name="m">An array of at least two dimensions.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="m"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>Input must be >= 2-d.</c></exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.fliplr(np.zeros((2, 3))).shape); // (2, 3)
    /// </code>
    /// </example>
    public static NDArray fliplr(NDArray m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.fliplr();
    }

    /// <summary>Reverses the rows (<c>numpy.flipud</c>).</summary>
    /// <param name="m">An array of at least one dimension.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="m"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>Input must be >= 1-d.</c></exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.flipud(np.array(new[] { 1, 2 }))); // [2 1]
    /// </code>
    /// </example>
    public static NDArray flipud(NDArray m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.flipud();
    }

    /// <summary>Broadcasts an array to a new shape (<c>numpy.broadcast_to</c>).</summary>
    /// <param name="array">The array.</param>
    /// <param name="shape">The shape to broadcast to.</param>
    /// <returns>A READ-ONLY VIEW with zero strides on the broadcast axes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>operands could not be broadcast together with remapped shapes
    /// [original->remapped]: (3,)  and requested shape (4,)</c>, or a negative length.</exception>
    /// <example>
    /// <code>
    /// var b = np.broadcast_to(np.array(new[] { 1, 2, 3 }), (2, 3));
    /// Console.WriteLine(string.Join(", ", b.strides)); // 0, 4
    /// </code>
    /// </example>
    public static NDArray broadcast_to(NDArray array, Shape shape)
    {
        ArgumentNullException.ThrowIfNull(array);
        array.ThrowIfDisposed();
        foreach (nint d in shape.Dims)
        {
            if (d < 0)
            {
                ThrowHelper.ThrowArgument("all elements of broadcast shape must be non-negative", nameof(shape));
            }
        }

        if (shape.ndim == 0 && array.ndim > 0)
        {
            // NumPy's _broadcast_to checks this before the iterator, even for shape (1,).
            ThrowHelper.ThrowArgument(Messages.BroadcastNonScalarToScalar, nameof(shape));
        }

        nint[]? strides = Broadcasting.Strides(array.shape.Dims, array.StridesSpan, shape.Dims);
        if (strides is null)
        {
            ThrowHelper.ThrowArgument(Messages.BroadcastTo(array.shape, shape), nameof(shape));
        }

        return array.CreateView(array.dtype, shape, strides, array.Offset, writeable: false);
    }

    /// <summary>Returns an array laid out contiguously in C order (<c>numpy.ascontiguousarray</c>); a 0-d array
    /// becomes shape <c>(1,)</c>.</summary>
    /// <param name="a">The array.</param>
    /// <param name="dtype">The dtype of the result, or null to keep the array's.</param>
    /// <returns>A VIEW of <paramref name="a"/> when it is already C-contiguous with that dtype (NumPy returns the
    /// array itself; a view keeps disposal independent), otherwise a new COPY.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <example>
    /// <code>
    /// var c = np.ascontiguousarray(np.zeros((2, 3)).T);
    /// Console.WriteLine(c.flags.c_contiguous); // True
    /// </code>
    /// </example>
    public static NDArray ascontiguousarray(NDArray a, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        DType target = dtype ?? a.dtype;
        Shape shape = a.ndim == 0 ? new Shape(1) : a.shape;
        if (a.IsCContiguous && target == a.dtype)
        {
            // NumPy returns the array itself, so the strides of length-1 axes stay as they are.
            return a.CreateView(a.dtype, shape, a.ndim == 0 ? StrideMath.CStrides(shape.Dims, a.itemsize) : a.strides, a.Offset);
        }

        NDArray result = NDArray.Allocate(target, shape);
        using NDArray source = a.CreateView(a.dtype, shape, a.ndim == 0 ? [0] : a.strides, a.Offset, writeable: false);
        Kernels.ArrayCopy.Copy(source, result);
        return result;
    }
}
