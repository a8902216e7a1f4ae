using NumBridge.Kernels;

namespace NumBridge;

// The arithmetic ufuncs with a rule of their own: power (negative integer exponents), absolute (complex gives
// float), clip (two bounds) and round (decimals).
public static partial class np
{
    /// <summary>First array elements raised to powers from the second array (<c>numpy.power</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The bases; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The exponents; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (same-kind cast), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x1 ** x2</c>. Integers by repeated squaring, wrapping around; floats with C's <c>pow</c>; bool runs in int8.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast; <paramref name="out"/> does not fit; an integer
    /// exponent is negative (NumPy's <c>Integers to negative integer powers are not allowed.</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the loop's integer dtype.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.power(np.arange(4), 2)); // [0 1 4 9]
    /// </code>
    /// </example>
    public static NDArray power(NDArray x1, NDArray x2, NDArray? @out = null)
    {
        ArgumentNullException.ThrowIfNull(x1);
        ArgumentNullException.ThrowIfNull(x2);
        DType loop = UfuncTable.LoopDType(UfuncTable.Power, Promotion.ResultType([x1, x2]));
        if (loop.Kind == 'i' && x2.dtype.Kind == 'i' && x2.size > 0)
        {
            using NDArray negative = less(x2, 0);
            if (Array.IndexOf(negative.ToArray<bool>(), true) >= 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeIntegerPower, nameof(x2));
            }
        }

        return Ufunc.Binary<PowerOperator>(UfuncTable.Power, x1, x2, @out);
    }

    /// <summary>Calculates the absolute value element-wise (<c>numpy.absolute</c>).</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (same-kind cast), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>|x|</c>. The most negative integer stays itself (wraps); a complex gives its magnitude
    /// <c>hypot(re, im)</c> as float32 (complex64) or float64 (complex128); <c>abs(-0.0)</c> is 0.0.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> does not fit.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.absolute(np.array(new int[] { -2, 3 }))); // [2 3]
    /// </code>
    /// </example>
    public static NDArray absolute(NDArray x, NDArray? @out = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        x.ThrowIfDisposed();
        if (!x.dtype.IsComplex || x.IsWeakScalar)
        {
            return Ufunc.Unary<AbsoluteOperator>(UfuncTable.Absolute, x, @out);
        }

        using var call = new Ufunc.Call(UfuncTable.Absolute, [x], @out);
        bool single = x.dtype.Code == DTypeCode.Complex64;
        call.Prepare(x.dtype.Native, single ? float32 : float64);
        if (single)
        {
            Ufunc.Run(call, default(ComplexAbsLoop<Complex64, float>));
        }
        else
        {
            Ufunc.Run(call, default(ComplexAbsLoop<System.Numerics.Complex, double>));
        }

        return call.Finish();
    }

    /// <summary>Calculates the absolute value element-wise; the same as <see cref="absolute"/> (<c>numpy.abs</c>).</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into, or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> does not fit.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.abs(np.array(new double[] { -1.5, 2 }))); // [1.5 2. ]
    /// </code>
    /// </example>
    public static NDArray abs(NDArray x, NDArray? @out = null) => absolute(x, @out);

    /// <summary>Clips (limits) the values in an array to <c>[a_min, a_max]</c> (<c>numpy.clip</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="a_min">The lower bound (broadcast), or null for none; a C# scalar is weak.</param>
    /// <param name="a_max">The upper bound (broadcast), or null for none; a C# scalar is weak.</param>
    /// <param name="out">An array of the broadcast shape to write into, or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>minimum(maximum(a, a_min), a_max)</c>: NaN stays NaN, and where <c>a_min &gt; a_max</c> the result is
    /// <c>a_max</c>. The dtype is NEP 50's result type of all three (<c>clip(uint8, 0, 2.5)</c> is float64).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">Both bounds are null (NumPy's <c>One of max or min must be given</c>); the
    /// shapes do not broadcast; <paramref name="out"/> does not fit.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.clip(np.arange(5), 1, 3)); // [1 1 2 3 3]
    /// </code>
    /// </example>
    public static NDArray clip(NDArray a, NDArray? a_min, NDArray? a_max, NDArray? @out = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a_min is null && a_max is null)
        {
            ThrowHelper.ThrowArgument(Messages.ClipNeedsBound, nameof(a_min));
        }

        if (a_min is null)
        {
            return minimum(a, a_max!, @out);
        }

        if (a_max is null)
        {
            return maximum(a, a_min, @out);
        }

        // Check the final dtype and shape first, so nothing is computed for an unusable out.
        nint[] shape = Ufunc.BroadcastShape([a, a_min, a_max]);
        if (@out is not null)
        {
            Ufunc.CheckOut("clip", @out, shape, Promotion.ResultType([a, a_min, a_max]));
        }

        using NDArray low = maximum(a, a_min);
        return minimum(low, a_max, @out);
    }

    /// <summary>Evenly rounds to the given number of decimals (<c>numpy.round</c>), half to even.</summary>
    /// <param name="a">The array.</param>
    /// <param name="decimals">Decimal places; negative values round to tens, hundreds, ...</param>
    /// <param name="out">An array of the same shape to write into, or null for a new array.</param>
    /// <returns>A new array of <paramref name="a"/>'s dtype, or <paramref name="out"/> when given.</returns>
    /// <remarks>As NumPy's <c>PyArray_Round</c>: <c>rint(x * 10^d) / 10^d</c> (or <c>rint(x / 10^-d) * 10^-d</c>) in
    /// the array's precision, so <c>round(2.675, 2)</c> is 2.67 or 2.68 exactly as NumPy gives it. Integers are
    /// copied unchanged for <c>decimals &gt;= 0</c>; bool gives float16 for <c>decimals = 0</c> and throws otherwise, as
    /// in NumPy; a negative <paramref name="decimals"/> rounds integers through
    /// float64. Complex rounds each part.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> does not fit.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.round(np.array(new double[] { 0.5, 1.5, 2.5 }))); // [0. 2. 2.]
    /// </code>
    /// </example>
    public static NDArray round(NDArray a, int decimals = 0, NDArray? @out = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        DType dtype = a.dtype.Native;
        if (dtype.IsBool)
        {
            // As PyArray_Round: bool is not an integer there, so decimals=0 is rint (float16) and any other
            // decimals fails casting the float64 product back into a bool array.
            if (decimals == 0)
            {
                return Ufunc.Unary<RintOperator>(UfuncTable.Rint, a, @out);
            }

            ThrowHelper.ThrowArgument(Messages.CannotCastUfuncOutput(decimals > 0 ? "multiply" : "divide", float64, @bool, "same_kind"), nameof(a));
        }

        if (dtype.IsInteger)
        {
            if (decimals >= 0)
            {
                return CopyInto(a, @out);
            }

            using NDArray asFloat = a.astype(float64);
            using NDArray rounded = round(asFloat, decimals);
            using NDArray back = rounded.astype(dtype);
            return CopyInto(back, @out);
        }

        if (decimals == 0)
        {
            return Ufunc.Unary<RintOperator>(UfuncTable.Rint, a, @out);
        }

        using var call = new Ufunc.Call(UfuncTable.Rint, [a], @out);
        call.Prepare(dtype, dtype);
        double factor = Math.Pow(10.0, Math.Abs(decimals));
        var visitor = new RoundVisitor(call, factor, decimals > 0);
        DTypeSwitch.Invoke<RoundVisitor, bool>(dtype.Code, ref visitor);
        return call.Finish();
    }

    /// <summary>Evenly rounds to the given number of decimals; the same as <see cref="round"/> (<c>numpy.around</c>).</summary>
    /// <param name="a">The array.</param>
    /// <param name="decimals">Decimal places; negative values round to tens, hundreds, ...</param>
    /// <param name="out">An array of the same shape to write into, or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> does not fit.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.around(np.array(new double[] { 1.234, 5.678 }), 1)); // [1.2 5.7]
    /// </code>
    /// </example>
    public static NDArray around(NDArray a, int decimals = 0, NDArray? @out = null) => round(a, decimals, @out);

    private static NDArray CopyInto(NDArray a, NDArray? @out)
    {
        if (@out is null)
        {
            return a.copy('K');
        }

        Ufunc.CheckOut("round", @out, a.shape.Dims, a.dtype.Native);
        Kernels.ArrayCopy.Copy(a, @out);
        return @out;
    }

    private readonly struct RoundVisitor(Ufunc.Call call, double factor, bool scaleUp) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Ufunc.Run(call, new RoundLoop<T>(factor, scaleUp));
            return true;
        }
    }
}
