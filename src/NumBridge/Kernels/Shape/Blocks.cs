namespace NumBridge.Kernels;

/// <summary>
/// Rectangular views used by the joining, tiling, padding and rolling kernels: each is a plain strided view over the
/// same memory, so every copy between them goes through <see cref="ArrayCopy.Copy"/> and its coalescing, which turns
/// a contiguous run into one memcpy.
/// </summary>
internal static class Blocks
{
    /// <summary>
    /// A view of <paramref name="a"/> that keeps <paramref name="count"/> elements along <paramref name="axis"/>,
    /// starting at <paramref name="start"/> and moving by <paramref name="step"/> (negative reverses; zero repeats
    /// one slab, which makes the view a read-only broadcast source).
    /// </summary>
    public static NDArray Slab(NDArray a, int axis, nint start, nint count, nint step = 1)
    {
        nint[] dims = a.shape.Dims.ToArray();
        nint[] strides = a.strides;
        nint offset = count == 0 ? a.Offset : a.Offset + (start * strides[axis]);
        dims[axis] = count;
        strides[axis] *= step;
        return a.CreateView(a.dtype, Shape.Wrap(dims), strides, offset, step == 0 ? false : null);
    }

    /// <summary>A view of the box <c>[starts[i], starts[i] + counts[i])</c> of <paramref name="a"/>.</summary>
    public static NDArray Box(NDArray a, ReadOnlySpan<nint> starts, ReadOnlySpan<nint> counts)
    {
        nint[] strides = a.strides;
        nint offset = a.Offset;
        bool empty = false;
        foreach (nint c in counts)
        {
            empty |= c == 0;
        }

        for (int i = 0; i < strides.Length && !empty; i++)
        {
            offset += starts[i] * strides[i];
        }

        return a.CreateView(a.dtype, new Shape(counts), strides, offset);
    }

    /// <summary>
    /// A read-only view of <paramref name="a"/> with a length-<paramref name="count"/> axis of stride 0 inserted at
    /// <paramref name="axis"/>: every slab of the new axis is <paramref name="a"/> itself.
    /// </summary>
    public static NDArray Repeated(NDArray a, int axis, nint count)
    {
        var dims = new nint[a.ndim + 1];
        var strides = new nint[a.ndim + 1];
        ReadOnlySpan<nint> d = a.shape.Dims;
        ReadOnlySpan<nint> s = a.StridesSpan;
        for (int i = 0, j = 0; i < dims.Length; i++)
        {
            if (i == axis)
            {
                dims[i] = count;
                continue;
            }

            dims[i] = d[j];
            strides[i] = s[j];
            j++;
        }

        return a.CreateView(a.dtype, Shape.Wrap(dims), strides, a.Offset, writeable: false);
    }
}
