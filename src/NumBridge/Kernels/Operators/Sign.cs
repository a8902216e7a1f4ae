using System.Diagnostics;
using System.Numerics;
using System.Numerics.Tensors;

namespace NumBridge.Kernels;

/// <summary><c>negative</c> (unary <c>-</c>): integers wrap (unsigned too); bool has no loop (NumPy's TypeError).</summary>
internal readonly struct NegativeOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => T.Zero - x;

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => -x;

    public static Complex Complex(Complex x) => -x;

    public static bool Bool(bool x) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
        {
            return false;
        }

        TensorPrimitives.Negate(x, d);
        return true;
    }
}

/// <summary>
/// <c>absolute</c> for real types: <c>|x|</c>; the most negative integer stays itself (wraps, as in NumPy, where
/// TensorPrimitives.Abs throws); bool is itself. The complex loop (to a float result) is <see cref="ComplexAbsLoop{TC, TR}"/>.
/// </summary>
internal readonly struct AbsoluteOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => T.IsNegative(x) ? T.Zero - x : x;

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Abs(x);

    public static Complex Complex(Complex x) => throw new UnreachableException();

    public static bool Bool(bool x) => x;

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
        {
            return false;
        }

        TensorPrimitives.Abs(x, d);
        return true;
    }
}

/// <summary>Operands: x (complex64 or complex128), out (float32 or float64): <c>hypot(re, im)</c>, as NumPy's
/// <c>npy_cabs</c>; complex64 is computed in double and rounded, as glibc's <c>hypotf</c> does.</summary>
internal readonly unsafe struct ComplexAbsLoop<TC, TR> : IInnerLoop
    where TC : unmanaged
    where TR : unmanaged
{
    public void Run(in LoopArgs args, nint count)
    {
        byte* x = args.P(0);
        byte* d = args.P(1);
        nint sx = args.S(0);
        nint sd = args.S(1);
        for (nint i = 0; i < count; i++)
        {
            if (typeof(TC) == typeof(Complex))
            {
                Complex z = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<Complex>(x);
                System.Runtime.CompilerServices.Unsafe.WriteUnaligned(d, Hypot(z.Real, z.Imaginary));
            }
            else
            {
                Complex64 z = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<Complex64>(x);
                System.Runtime.CompilerServices.Unsafe.WriteUnaligned(d, (float)Hypot(z.Real, z.Imaginary));
            }

            x += sx;
            d += sd;
        }
    }

    private static double Hypot(double re, double im)
    {
        if (double.IsInfinity(re) || double.IsInfinity(im))
        {
            return double.PositiveInfinity;
        }

        return double.Hypot(re, im);
    }
}
