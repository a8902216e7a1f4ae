using System.Diagnostics;
using System.Numerics;
using System.Numerics.Tensors;

namespace NumBridge.Kernels;

/// <summary><c>sqrt</c> in a float or complex loop (correctly rounded, so the span path is exact).</summary>
internal readonly struct SqrtOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Sqrt(x);

    public static Complex Complex(Complex x) => System.Numerics.Complex.Sqrt(x);

    public static bool Bool(bool x) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float))
        {
            TensorPrimitives.Sqrt(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(d));
            return true;
        }

        if (typeof(T) == typeof(double))
        {
            TensorPrimitives.Sqrt(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(d));
            return true;
        }

        return false;
    }
}

/// <summary><c>exp</c>, with the C library's <c>exp</c>/<c>expf</c> (NumPy's SIMD float32 exp may differ in the last bit).</summary>
internal readonly struct ExpOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Exp(x);

    // C99 cexp(x + 0i) = exp(x) + 0i, even for x = inf, where exp(x) * (cos 0 + i sin 0) would give inf * 0 = NaN.
    public static Complex Complex(Complex x) =>
        x.Imaginary == 0 ? new Complex(Math.Exp(x.Real), x.Imaginary) : System.Numerics.Complex.Exp(x);

    public static bool Bool(bool x) => throw new UnreachableException();
}

/// <summary><c>log</c>: natural logarithm; <c>log(0) = -inf</c>, negative gives NaN.</summary>
internal readonly struct LogOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Log(x);

    public static Complex Complex(Complex x) => System.Numerics.Complex.Log(x);

    public static bool Bool(bool x) => throw new UnreachableException();
}

/// <summary>
/// <c>log1p</c>: <c>log(1 + x)</c>, accurate for small x. .NET's <c>LogP1</c> is <c>Log(x + 1)</c>, which loses
/// every digit below 1e-16, so this uses Goldberg's correction <c>log(u) * x / (u - 1)</c> with <c>u = 1 + x</c>
/// (in double for float32, then rounded).
/// </summary>
internal readonly struct Log1pOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.CreateTruncating(Log1p(double.CreateTruncating(x)));

    public static Complex Complex(Complex x) => System.Numerics.Complex.Log(1 + x);

    public static bool Bool(bool x) => throw new UnreachableException();

    private static double Log1p(double x)
    {
        double u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        if (double.IsInfinity(u) || u <= 0 || double.IsNaN(u))
        {
            return Math.Log(u);
        }

        return Math.Log(u) * x / (u - 1.0);
    }
}
