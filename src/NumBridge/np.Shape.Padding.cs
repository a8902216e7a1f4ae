using NumBridge.Kernels;

namespace NumBridge;

public static partial class np
{
    /// <summary>Pads an array by the same width before and after every axis (<c>numpy.pad</c>).</summary>
    /// <param name="array">The array.</param>
    /// <param name="pad_width">The number of values added before and after each axis.</param>
    /// <param name="mode"><c>'constant'</c>, <c>'edge'</c>, <c>'linear_ramp'</c>, <c>'maximum'</c>, <c>'mean'</c>,
    /// <c>'median'</c>, <c>'minimum'</c>, <c>'reflect'</c>, <c>'symmetric'</c>, <c>'wrap'</c> or <c>'empty'</c>, as
    /// NumPy.</param>
    /// <param name="constant_values">For <c>'constant'</c> only: a scalar, a (before, after) pair, or one pair per
    /// axis (shape <c>(ndim, 2)</c>), cast to the array's dtype as an assignment would; null pads with zeros.</param>
    /// <param name="end_values">For <c>'linear_ramp'</c> only: the values the ramps end at, at the outer edges of the
    /// result, in the same forms as <paramref name="constant_values"/> (read as float64); null ends at 0.</param>
    /// <param name="stat_length">For <c>'maximum'</c>, <c>'mean'</c>, <c>'median'</c> and <c>'minimum'</c> only: how
    /// many values at each edge the statistic is taken over, in the same forms; null takes the whole axis.</param>
    /// <returns>A new COPY of the array's dtype; F-ordered when the array is F- and not C-contiguous, else C.</returns>
    /// <remarks>Reflect, symmetric and wrap pads wider than the array continue the array periodically, as NumPy 2
    /// does (NumPy 1.24 gives other values there). A corner takes the value of the last axis that pads it.
    /// <c>'linear_ramp'</c> is NumPy's <c>linspace(end_value, edge, width, endpoint=False)</c> in float64 (complex128),
    /// floored for integer arrays; the statistic modes pad with NumPy's <c>amax</c>, <c>mean</c>, <c>median</c> or
    /// <c>amin</c> of the edge values, rounded half to even for integer arrays (the mean of <c>[1, 2]</c> pads int
    /// arrays with 2).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> or <paramref name="mode"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>index can't contain negative values</c>, <c>mode 'foo' is not
    /// supported</c>, <c>unsupported keyword arguments for mode 'edge': {'constant_values'}</c>, <c>can't extend empty
    /// axis 0 using modes other than 'constant' or 'empty'</c>, <c>stat_length of 0 yields no value for padding</c>
    /// ('maximum' and 'minimum'), or values that do not broadcast to <c>(ndim, 2)</c>.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2, 3 });
    /// Console.WriteLine(np.pad(a, 2));                  // [0 0 1 2 3 0 0]
    /// Console.WriteLine(np.pad(a, 2, mode: "reflect")); // [3 2 1 2 3 2 1]
    /// Console.WriteLine(np.pad(a, 2, mode: "linear_ramp", end_values: 9)); // [9 5 1 2 3 6 9]
    /// Console.WriteLine(np.pad(a, 1, mode: "mean", stat_length: 2));       // [2 1 2 3 2]
    /// </code>
    /// </example>
    public static NDArray pad(NDArray array, nint pad_width, string mode = "constant", NDArray? constant_values = null, NDArray? end_values = null, NDArray? stat_length = null)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (pad_width < 0)
        {
            ThrowHelper.ThrowArgument(Messages.PadNegative, nameof(pad_width));
        }

        return PadWith(array, Repeated((pad_width, pad_width), array), mode, constant_values, end_values, stat_length);
    }

    /// <summary>Pads an array by <c>before</c> values before and <c>after</c> values after every axis
    /// (<c>numpy.pad</c>).</summary>
    /// <param name="array">The array.</param>
    /// <param name="pad_width">The widths before and after, the same for every axis.</param>
    /// <param name="mode">The mode, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <param name="constant_values">The constants, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <param name="end_values">The ramp's end values, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <param name="stat_length">The statistic lengths, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <returns>A new COPY of the array's dtype.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="array"/> or <paramref name="mode"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2, 3 });
    /// Console.WriteLine(np.pad(a, (1, 2), mode: "wrap")); // [3 1 2 3 1 2]
    /// </code>
    /// </example>
    public static NDArray pad(NDArray array, (nint Before, nint After) pad_width, string mode = "constant", NDArray? constant_values = null, NDArray? end_values = null, NDArray? stat_length = null)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (pad_width.Before < 0 || pad_width.After < 0)
        {
            ThrowHelper.ThrowArgument(Messages.PadNegative, nameof(pad_width));
        }

        return PadWith(array, Repeated(pad_width, array), mode, constant_values, end_values, stat_length);
    }

    /// <summary>Pads each axis by its own widths (<c>numpy.pad</c> with <c>((before_1, after_1), ...)</c>).</summary>
    /// <param name="array">The array.</param>
    /// <param name="pad_width">One (before, after) pair per axis, or a single pair for all axes.</param>
    /// <param name="mode">The mode, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <param name="constant_values">The constants, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <param name="end_values">The ramp's end values, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <param name="stat_length">The statistic lengths, as <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>.</param>
    /// <returns>A new COPY of the array's dtype.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="pad(NDArray, nint, string, NDArray?, NDArray?, NDArray?)"/>, or NumPy's
    /// <c>operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)  and requested
    /// shape (2,2)</c> when the pairs are neither one nor one per axis.</exception>
    /// <example>
    /// <code>
    /// using var a = np.array(new long[] { 1, 2, 3, 4 }).reshape(2, 2);
    /// Console.WriteLine(np.pad(a, [(0, 1), (1, 0)], mode: "edge")); // [[1 1 2]
    ///                                                              //  [3 3 4]
    ///                                                              //  [3 3 4]]
    /// </code>
    /// </example>
    public static NDArray pad(NDArray array, (nint Before, nint After)[] pad_width, string mode = "constant", NDArray? constant_values = null, NDArray? end_values = null, NDArray? stat_length = null)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentNullException.ThrowIfNull(pad_width);
        if (pad_width.Length == 0)
        {
            ThrowHelper.ThrowArgument(Messages.PadEmptyMinimum, nameof(pad_width));
        }

        foreach ((nint before, nint after) in pad_width)
        {
            if (before < 0 || after < 0)
            {
                ThrowHelper.ThrowArgument(Messages.PadNegative, nameof(pad_width));
            }
        }

        if (pad_width.Length == 1)
        {
            return PadWith(array, Repeated(pad_width[0], array), mode, constant_values, end_values, stat_length);
        }

        if (pad_width.Length != array.ndim)
        {
            ThrowHelper.ThrowArgument(Messages.PadRemapped(new Shape(pad_width.Length, 2), array.ndim), nameof(pad_width));
        }

        return PadWith(array, pad_width, mode, constant_values, end_values, stat_length);
    }

    private static (nint, nint)[] Repeated((nint, nint) pair, NDArray array)
    {
        array.ThrowIfDisposed();
        var pairs = new (nint, nint)[array.ndim];
        pairs.AsSpan().Fill(pair);
        return pairs;
    }

    // numpy.pad after _as_pairs(pad_width): the mode, the keywords it allows, then the empty-axis rule.
    private static NDArray PadWith(NDArray array, (nint Before, nint After)[] widths, string mode, NDArray? constantValues, NDArray? endValues, NDArray? statLength)
    {
        ArgumentNullException.ThrowIfNull(mode);
        array.ThrowIfDisposed();
        PadMode padMode = mode switch
        {
            "constant" => PadMode.Constant,
            "edge" => PadMode.Edge,
            "reflect" => PadMode.Reflect,
            "symmetric" => PadMode.Symmetric,
            "wrap" => PadMode.Wrap,
            "empty" => PadMode.Empty,
            "linear_ramp" => PadMode.LinearRamp,
            "maximum" => PadMode.Maximum,
            "mean" => PadMode.Mean,
            "median" => PadMode.Median,
            "minimum" => PadMode.Minimum,
            _ => ThrowHelper.ThrowArgument<PadMode>(Messages.PadModeNotSupported(mode), nameof(mode)),
        };
        bool statistic = padMode is PadMode.Maximum or PadMode.Mean or PadMode.Median or PadMode.Minimum;
        CheckKeyword(constantValues, padMode == PadMode.Constant, mode, "constant_values");
        CheckKeyword(endValues, padMode == PadMode.LinearRamp, mode, "end_values");
        CheckKeyword(statLength, statistic, mode, "stat_length");

        if (padMode is not (PadMode.Constant or PadMode.Empty) && array.size == 0)
        {
            for (int i = 0; i < widths.Length; i++)
            {
                if (array.shape.Dims[i] == 0 && (widths[i].Before != 0 || widths[i].After != 0))
                {
                    ThrowHelper.ThrowArgument(Messages.PadEmptyAxis(i), nameof(mode));
                }
            }
        }

        NDArray? values = constantValues ?? endValues ?? statLength;
        if (values is null)
        {
            return Pad.Run(array, widths, padMode, null);
        }

        using NDArray pairs = ConstantPairs(values, array.ndim);
        if (statistic)
        {
            // _as_pairs(stat_length, as_index=True): lengths are indices.
            using NDArray negative = np.less(pairs, 0);
            using NDArray any = np.any(negative);
            if (any.item<bool>())
            {
                ThrowHelper.ThrowArgument(Messages.PadNegative, "stat_length");
            }
        }

        return Pad.Run(array, widths, padMode, pairs);
    }

    private static void CheckKeyword(NDArray? value, bool allowed, string mode, string keyword)
    {
        if (value is not null && !allowed)
        {
            ThrowHelper.ThrowArgument(Messages.PadUnsupportedKeyword(mode, keyword), keyword);
        }
    }

    /// <summary>The constants as an <c>(ndim, 2)</c> view, as NumPy's <c>_as_pairs</c>: one value for everything, a
    /// (before, after) pair for every axis, or anything that broadcasts to <c>(ndim, 2)</c>.</summary>
    private static NDArray ConstantPairs(NDArray values, int ndim)
    {
        values.ThrowIfDisposed();
        Shape target = new(ndim, 2);
        ReadOnlySpan<nint> dims = values.shape.Dims;
        if (values.ndim < 3 && values.size == 1)
        {
            return values.CreateView(values.dtype, target, new nint[2], values.Offset, writeable: false);
        }

        if (values.ndim < 3 && values.size == 2 && !(dims.Length == 2 && dims[0] == 2 && dims[1] == 1))
        {
            int axis = dims.IndexOf((nint)2);
            return values.CreateView(values.dtype, target, [0, values.StridesSpan[axis]], values.Offset, writeable: false);
        }

        if (values.ndim > 2)
        {
            ThrowHelper.ThrowArgument(Messages.PadTooDeep, "constant_values");
        }

        nint[]? strides = Broadcasting.Strides(dims, values.StridesSpan, target.Dims);
        if (strides is null)
        {
            ThrowHelper.ThrowArgument(Messages.PadRemapped(values.shape, ndim), "constant_values");
        }

        return values.CreateView(values.dtype, target, strides, values.Offset, writeable: false);
    }
}
