using System.Diagnostics;
using System.Numerics;

namespace NumBridge.Kernels;

/// <summary><c>sin</c> (radians).</summary>
internal readonly struct SinOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Sin(x);

    // C99 csin(x + 0i) = sin(x) + 0i cos(x), and NaN + 0i for x = inf (System.Numerics.Complex gives NaN + NaN i).
    public static Complex Complex(Complex x) => x.Imaginary == 0
        ? new Complex(Math.Sin(x.Real), double.IsFinite(x.Real) ? x.Imaginary * Math.Cos(x.Real) : x.Imaginary)
        : System.Numerics.Complex.Sin(x);

    public static bool Bool(bool x) => throw new UnreachableException();
}

/// <summary><c>cos</c> (radians).</summary>
internal readonly struct CosOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Cos(x);

    // C99 ccos(x + 0i) = cos(x) - 0i sin(x), and NaN + 0i for x = inf.
    public static Complex Complex(Complex x) => x.Imaginary == 0
        ? new Complex(Math.Cos(x.Real), double.IsFinite(x.Real) ? -x.Imaginary * Math.Sin(x.Real) : x.Imaginary)
        : System.Numerics.Complex.Cos(x);

    public static bool Bool(bool x) => throw new UnreachableException();
}

/// <summary><c>tanh</c>.</summary>
internal readonly struct TanhOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Tanh(x);

    public static Complex Complex(Complex x) => System.Numerics.Complex.Tanh(x);

    public static bool Bool(bool x) => throw new UnreachableException();
}
