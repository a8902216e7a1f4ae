namespace NumBridge.Kernels;

/// <summary>
/// The <c>'maximum'</c>, <c>'mean'</c>, <c>'median'</c> and <c>'minimum'</c> modes of <c>numpy.pad</c>, as
/// <c>_get_stats</c> in <c>numpy/lib/_arraypad_impl.py</c>: each side of an axis is filled with the statistic of the
/// first (last) <c>stat_length</c> values of the region of interest along that axis (all of them when the length is
/// absent or larger), computed by NumPy's own reduction with <c>keepdims</c>; for an integer array the statistic is
/// rounded half to even before it is cast back (<c>_round_if_needed</c>).
/// </summary>
internal static class PadStatistic
{
    /// <summary>Fills both pad areas of <paramref name="roi"/> along <paramref name="axis"/>.</summary>
    /// <param name="roi">The region of interest: padded extent on earlier axes, original extent on later ones.</param>
    /// <param name="axis">The axis being padded.</param>
    /// <param name="before">The pad width before the data.</param>
    /// <param name="after">The pad width after the data.</param>
    /// <param name="lengths">The stat lengths (before, after); -1 for "all".</param>
    /// <param name="mode">One of the four statistic modes.</param>
    public static void Fill(NDArray roi, int axis, nint before, nint after, (nint Before, nint After) lengths, PadMode mode)
    {
        nint left = before;
        nint right = roi.shape.Dims[axis] - after;
        nint max = right - left;
        nint leftLength = lengths.Before < 0 || max < lengths.Before ? max : lengths.Before;
        nint rightLength = lengths.After < 0 || max < lengths.After ? max : lengths.After;
        if ((leftLength == 0 || rightLength == 0) && mode is PadMode.Maximum or PadMode.Minimum)
        {
            ThrowHelper.ThrowArgument(Messages.PadStatLengthZero, "stat_length");
        }

        using NDArray leftStat = Statistic(roi, axis, left, leftLength, mode);
        using NDArray? rightStat = leftLength == max && rightLength == max ? null : Statistic(roi, axis, right - rightLength, rightLength, mode);
        Set(roi, axis, 0, before, leftStat);
        Set(roi, axis, right, after, rightStat ?? leftStat);
    }

    private static void Set(NDArray roi, int axis, nint start, nint count, NDArray stat)
    {
        if (count == 0)
        {
            return;
        }

        using NDArray area = Blocks.Slab(roi, axis, start, count);
        using NDArray value = np.broadcast_to(stat, area.shape);
        ArrayCopy.Copy(value, area);
    }

    /// <summary>The statistic of <c>[start, start + count)</c> along <paramref name="axis"/>, with that axis kept.</summary>
    private static NDArray Statistic(NDArray roi, int axis, nint start, nint count, PadMode mode)
    {
        using NDArray chunk = Blocks.Slab(roi, axis, start, count);
        NDArray stat = mode switch
        {
            PadMode.Maximum => np.max(chunk, axis, keepdims: true),
            PadMode.Minimum => np.min(chunk, axis, keepdims: true),
            PadMode.Mean => np.mean(chunk, axis, keepdims: true),
            _ => Median(chunk, axis),
        };
        if (!roi.dtype.IsInteger)
        {
            return stat;
        }

        using (stat)
        {
            return np.round(stat);
        }
    }

    /// <summary><c>numpy.median</c> with <c>keepdims</c>: the mean of the middle one or two sorted values (so an integer
    /// median is a float64), NaN when the lane holds a NaN (NumPy's <c>_median_nancheck</c>).</summary>
    private static NDArray Median(NDArray chunk, int axis)
    {
        nint n = chunk.shape.Dims[axis];
        using NDArray sorted = np.sort(chunk, axis);
        nint index = n / 2;
        using NDArray middle = n % 2 == 1 ? Blocks.Slab(sorted, axis, index, 1) : Blocks.Slab(sorted, axis, Math.Max(index - 1, 0), Math.Min(n, 2));
        NDArray median = np.mean(middle, axis, keepdims: true);
        if (n == 0 || chunk.dtype.Kind is not ('f' or 'c'))
        {
            return median;
        }

        // NaN sorts last; a lane whose last value is NaN has a NaN median.
        using NDArray last = Blocks.Slab(sorted, axis, n - 1, 1);
        using NDArray nan = np.isnan(last);
        // np.nan is the positive quiet NaN (.NET's double.NaN has the sign bit set).
        using NDArray nanValue = np.array(new[] { BitConverter.Int64BitsToDouble(0x7FF8000000000000) }).astype(median.dtype);
        using NDArray scalar = nanValue.reshape(new Shape());
        using (median)
        {
            return np.where(nan, scalar, median);
        }
    }
}
