namespace NumBridge.Kernels;

/// <summary>The <c>numpy.pad</c> modes NumBridge implements.</summary>
internal enum PadMode
{
    Constant,
    Edge,
    Reflect,
    Symmetric,
    Wrap,
    Empty,
    LinearRamp,
    Maximum,
    Mean,
    Median,
    Minimum,
}

/// <summary>
/// <c>numpy.pad</c>, as <c>numpy/lib/_arraypad_impl.py</c>: the array is copied into the centre of the result, then
/// each axis in turn fills its two pad areas inside the "region of interest" (the full, already padded extent of the
/// earlier axes and the original extent of the later ones), so a corner takes the value of the last axis that pads it.
/// </summary>
/// <remarks>
/// NumPy 2 fills reflect, symmetric and wrap pads wider than the array chunk by chunk, each chunk a whole number of
/// periods of the original data, which makes the pad the periodic continuation of the array (the fix of NumPy's
/// <c>original_period</c>; NumPy 1.24 re-reflected partial chunks and differs for pads wider than the array). Here the
/// source index of every pad position is that closed form (<see cref="Map"/>), and consecutive positions whose sources
/// move by +1, -1 or 0 form one strided block copy.
/// </remarks>
internal static class Pad
{
    /// <summary>Pads <paramref name="a"/>; <paramref name="values"/> is an <c>(ndim, 2)</c> view of the mode's
    /// (before, after) values per axis: the constants (null for zeros), the ramp's end values (null for zeros) or the
    /// stat lengths (null for whole axes).</summary>
    public static NDArray Run(NDArray a, ReadOnlySpan<(nint Before, nint After)> widths, PadMode mode, NDArray? values)
    {
        int n = a.ndim;
        ReadOnlySpan<nint> original = a.shape.Dims;
        var dims = new nint[n];
        var befores = new nint[n];
        for (int i = 0; i < n; i++)
        {
            dims[i] = checked(original[i] + widths[i].Before + widths[i].After);
            befores[i] = widths[i].Before;
        }

        // As NumPy's _pad_simple: an F- (and not C-) contiguous input gives an F-ordered result.
        char order = a.IsFContiguous && !a.IsCContiguous ? 'F' : 'C';
        bool zeros = mode == PadMode.Constant && values is null;
        // An empty array is left as allocated in every mode but 'constant' (NumPy leaves np.empty; here zeros).
        bool untouched = mode == PadMode.Empty || (a.size == 0 && mode != PadMode.Constant);
        NDArray padded = NDArray.Allocate(a.dtype, Shape.Wrap(dims), order, zero: zeros || untouched);
        using (NDArray centre = Blocks.Box(padded, befores, original))
        {
            ArrayCopy.Copy(a, centre);
        }

        if (zeros || untouched || padded.size == 0)
        {
            return padded;
        }

        var starts = new nint[n];
        var counts = new nint[n];
        for (int axis = 0; axis < n; axis++)
        {
            (nint before, nint after) = widths[axis];
            if (before == 0 && after == 0)
            {
                continue;
            }

            for (int i = 0; i < n; i++)
            {
                starts[i] = i < axis ? 0 : befores[i];
                counts[i] = i < axis ? dims[i] : original[i];
            }

            starts[axis] = 0;
            counts[axis] = dims[axis];
            using NDArray roi = Blocks.Box(padded, starts, counts);
            if (mode == PadMode.Constant)
            {
                FillConstant(roi, axis, 0, before, values!, axis, 0);
                FillConstant(roi, axis, before + original[axis], after, values!, axis, 1);
            }
            else if (mode == PadMode.LinearRamp)
            {
                PadRamp.Fill(roi, axis, before, after, (Value(values, axis, 0), Value(values, axis, 1)));
            }
            else if (mode is PadMode.Maximum or PadMode.Mean or PadMode.Median or PadMode.Minimum)
            {
                (nint, nint) lengths = values is null ? (-1, -1) : ((nint)Value(values, axis, 0), (nint)Value(values, axis, 1));
                PadStatistic.Fill(roi, axis, before, after, lengths, mode);
            }
            else
            {
                FillMapped(roi, axis, 0, before, before, original[axis], mode);
                FillMapped(roi, axis, before + original[axis], dims[axis], before, original[axis], mode);
            }
        }

        return padded;
    }

    /// <summary>The (row, side) entry of the <c>(ndim, 2)</c> values as a double; 0 when there are none.</summary>
    private static double Value(NDArray? values, int row, int side)
    {
        if (values is null)
        {
            return 0;
        }

        nint offset = values.Offset + (row * values.StridesSpan[0]) + (side * values.StridesSpan[1]);
        using NDArray one = values.CreateView(values.dtype, new Shape(), [], offset, writeable: false);
        using NDArray wide = one.astype(np.float64);
        return wide.item<double>();
    }

    private static void FillConstant(NDArray roi, int axis, nint start, nint count, NDArray values, int row, int side)
    {
        if (count == 0)
        {
            return;
        }

        using NDArray area = Blocks.Slab(roi, axis, start, count);
        nint offset = values.Offset + (row * values.StridesSpan[0]) + (side * values.StridesSpan[1]);
        using NDArray value = values.CreateView(values.dtype, area.shape, new nint[area.ndim], offset, writeable: false);
        ArrayCopy.Copy(value, area);
    }

    /// <summary>Fills positions <c>[from, to)</c> of <paramref name="roi"/> along <paramref name="axis"/> from the
    /// original data at <c>[before, before + length)</c>, in runs of sources that step by +1, -1 or 0.</summary>
    private static void FillMapped(NDArray roi, int axis, nint from, nint to, nint before, nint length, PadMode mode)
    {
        nint p = from;
        while (p < to)
        {
            nint m0 = Map(p - before, length, mode);
            nint step = 1;
            nint count = 1;
            if (p + 1 < to)
            {
                nint d = Map(p + 1 - before, length, mode) - m0;
                if (d is >= -1 and <= 1)
                {
                    step = d;
                    count = 2;
                    while (p + count < to && Map(p + count - before, length, mode) == m0 + (count * step))
                    {
                        count++;
                    }
                }
            }

            using NDArray source = Blocks.Slab(roi, axis, before + m0, count, step);
            using NDArray target = Blocks.Slab(roi, axis, p, count);
            ArrayCopy.Copy(source, target);
            p += count;
        }
    }

    /// <summary>The original index that position <paramref name="k"/> (relative to the first original element, so
    /// negative before it) copies, for an axis of <paramref name="n"/> &gt; 0 elements.</summary>
    internal static nint Map(nint k, nint n, PadMode mode)
    {
        switch (mode)
        {
            case PadMode.Edge:
                return k < 0 ? 0 : k >= n ? n - 1 : k;
            case PadMode.Wrap:
                return Mod(k, n);
            case PadMode.Symmetric:
                nint s = Mod(k, 2 * n);
                return s < n ? s : (2 * n) - 1 - s;
            default:
                // Reflect; NumPy extends a length-1 axis with its edge value.
                if (n == 1)
                {
                    return 0;
                }

                nint r = Mod(k, (2 * n) - 2);
                return r < n ? r : (2 * n) - 2 - r;
        }
    }

    private static nint Mod(nint k, nint n)
    {
        nint m = k % n;
        return m < 0 ? m + n : m;
    }
}
