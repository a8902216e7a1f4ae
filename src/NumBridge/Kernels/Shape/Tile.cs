namespace NumBridge.Kernels;

/// <summary>
/// <c>numpy.tile</c> in one copy. NumPy repeats the array axis by axis (<c>numpy/lib/_shape_base_impl.py</c>); here
/// the result of shape <c>(t0*s0, t1*s1, ...)</c> is viewed as <c>(t0, s0, t1, s1, ...)</c>, and the source as the
/// same shape with stride 0 on every <c>t</c> axis, so a single strided copy writes every tile.
/// </summary>
internal static class Tile
{
    /// <summary>Tiles <paramref name="a"/>; <paramref name="reps"/> has as many entries as the result has axes, and
    /// <paramref name="a"/> has been given leading length-1 axes up to that count.</summary>
    public static NDArray Run(NDArray a, ReadOnlySpan<nint> reps)
    {
        int n = a.ndim;
        ReadOnlySpan<nint> s = a.shape.Dims;
        var outDims = new nint[n];
        for (int i = 0; i < n; i++)
        {
            outDims[i] = checked(s[i] * reps[i]);
        }

        NDArray result = NDArray.Allocate(a.dtype, Shape.Wrap(outDims));
        if (result.size == 0)
        {
            return result;
        }

        // result[t, i] with t the tile and i the index inside it lives at (t * s + i) * stride.
        var splitDims = new nint[2 * n];
        var dstStrides = new nint[2 * n];
        var srcStrides = new nint[2 * n];
        ReadOnlySpan<nint> rs = result.StridesSpan;
        ReadOnlySpan<nint> ss = a.StridesSpan;
        for (int i = 0; i < n; i++)
        {
            splitDims[2 * i] = reps[i];
            splitDims[(2 * i) + 1] = s[i];
            dstStrides[2 * i] = s[i] * rs[i];
            dstStrides[(2 * i) + 1] = rs[i];
            srcStrides[(2 * i) + 1] = ss[i];
        }

        Shape split = Shape.Wrap(splitDims);
        using NDArray dst = result.CreateView(result.dtype, split, dstStrides, result.Offset);
        using NDArray src = a.CreateView(a.dtype, split, srcStrides, a.Offset, writeable: false);
        ArrayCopy.Copy(src, dst);
        return result;
    }
}
