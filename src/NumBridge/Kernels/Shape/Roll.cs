namespace NumBridge.Kernels;

/// <summary>
/// <c>numpy.roll</c>, as <c>numpy/_core/numeric.py</c>: every rolled axis splits into two parts that swap places, so
/// the result is <c>2^k</c> box copies for <c>k</c> rolled axes, each a single strided copy.
/// </summary>
internal static class Roll
{
    /// <summary>Writes <paramref name="src"/> rolled by <paramref name="offsets"/> (one per axis, each in
    /// <c>[0, length)</c>) into <paramref name="dst"/> of the same shape.</summary>
    public static void Into(NDArray src, NDArray dst, ReadOnlySpan<nint> offsets)
    {
        int n = src.ndim;
        ReadOnlySpan<nint> dims = src.shape.Dims;
        Span<int> rolled = stackalloc int[n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (offsets[i] != 0)
            {
                rolled[k++] = i;
            }
        }

        nint[] srcStart = new nint[n];
        nint[] dstStart = new nint[n];
        nint[] counts = dims.ToArray();
        for (long mask = 0; mask < 1L << k; mask++)
        {
            for (int j = 0; j < k; j++)
            {
                int axis = rolled[j];
                nint off = offsets[axis];
                nint len = dims[axis];
                if ((mask & (1L << j)) == 0)
                {
                    // The head [0, len - off) moves right by off.
                    srcStart[axis] = 0;
                    dstStart[axis] = off;
                    counts[axis] = len - off;
                }
                else
                {
                    // The tail [len - off, len) wraps round to the front.
                    srcStart[axis] = len - off;
                    dstStart[axis] = 0;
                    counts[axis] = off;
                }
            }

            using NDArray from = Blocks.Box(src, srcStart, counts);
            using NDArray to = Blocks.Box(dst, dstStart, counts);
            ArrayCopy.Copy(from, to);
        }
    }
}
