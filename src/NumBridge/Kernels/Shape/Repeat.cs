namespace NumBridge.Kernels;

/// <summary>
/// <c>numpy.repeat</c> along one axis, as NumPy's <c>PyArray_Repeat</c> (<c>numpy/_core/src/multiarray/item_selection.c</c>)
/// but block-wise: each run of repeated slabs is one strided copy from a stride-0 view of the source slab.
/// </summary>
internal static class Repeat
{
    /// <summary>Repeats every slab of <paramref name="a"/> along <paramref name="axis"/> <paramref name="count"/> times,
    /// in one copy: the result is viewed as <c>(..., n, count, ...)</c> and the source as the same shape with stride 0
    /// on the <c>count</c> axis.</summary>
    public static NDArray Uniform(NDArray a, int axis, nint count)
    {
        nint[] dims = a.shape.Dims.ToArray();
        nint n = dims[axis];
        dims[axis] = checked(n * count);
        NDArray result = NDArray.Allocate(a.dtype, Shape.Wrap(dims));
        if (result.size == 0)
        {
            return result;
        }

        using NDArray src = Blocks.Repeated(a, axis + 1, count);
        var splitDims = src.shape.Dims.ToArray();
        var dstStrides = new nint[splitDims.Length];
        ReadOnlySpan<nint> rs = result.StridesSpan;
        for (int i = 0, j = 0; i < dstStrides.Length; i++)
        {
            if (i == axis + 1)
            {
                dstStrides[i] = rs[axis];
                continue;
            }

            dstStrides[i] = i == axis ? count * rs[axis] : rs[j];
            j++;
        }

        using NDArray dst = result.CreateView(result.dtype, Shape.Wrap(splitDims), dstStrides, result.Offset);
        ArrayCopy.Copy(src, dst);
        return result;
    }

    /// <summary>Repeats slab <c>i</c> of <paramref name="a"/> along <paramref name="axis"/> <c>counts[i]</c> times
    /// (the counts are checked: one per slab, none negative).</summary>
    public static NDArray PerElement(NDArray a, int axis, ReadOnlySpan<nint> counts)
    {
        nint[] dims = a.shape.Dims.ToArray();
        nint total = 0;
        foreach (nint c in counts)
        {
            total = checked(total + c);
        }

        dims[axis] = total;
        NDArray result = NDArray.Allocate(a.dtype, Shape.Wrap(dims));
        if (result.size == 0)
        {
            return result;
        }

        nint at = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            nint c = counts[i];
            if (c == 0)
            {
                continue;
            }

            // Slab i, viewed c times over with stride 0, into c consecutive slabs of the result.
            using NDArray src = Blocks.Slab(a, axis, i, c, 0);
            using NDArray dst = Blocks.Slab(result, axis, at, c);
            ArrayCopy.Copy(src, dst);
            at += c;
        }

        return result;
    }
}
