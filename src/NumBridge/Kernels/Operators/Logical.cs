using System.Numerics;

namespace NumBridge.Kernels;

/// <summary>Truth of an element: nonzero (NaN is true; a complex is true when either part is nonzero).</summary>
internal static class Truth
{
    public static bool Of<T>(T x)
        where T : INumberBase<T> => x != T.Zero;

    public static bool Of(Complex x) => x.Real != 0 || x.Imaginary != 0;
}

/// <summary><c>logical_and</c>.</summary>
internal readonly struct LogicalAndOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => Truth.Of(x) & Truth.Of(y);

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => Truth.Of(x) & Truth.Of(y);

    public static bool Complex(Complex x, Complex y) => Truth.Of(x) & Truth.Of(y);

    public static bool Bool(bool x, bool y) => x & y;
}

/// <summary><c>logical_or</c>.</summary>
internal readonly struct LogicalOrOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => Truth.Of(x) | Truth.Of(y);

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => Truth.Of(x) | Truth.Of(y);

    public static bool Complex(Complex x, Complex y) => Truth.Of(x) | Truth.Of(y);

    public static bool Bool(bool x, bool y) => x | y;
}

/// <summary><c>logical_xor</c>.</summary>
internal readonly struct LogicalXorOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => Truth.Of(x) ^ Truth.Of(y);

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => Truth.Of(x) ^ Truth.Of(y);

    public static bool Complex(Complex x, Complex y) => Truth.Of(x) ^ Truth.Of(y);

    public static bool Bool(bool x, bool y) => x ^ y;
}

/// <summary><c>logical_not</c>.</summary>
internal readonly struct LogicalNotOperator : IUnaryPredicateOperator
{
    public static bool Integer<T>(T x)
        where T : IBinaryInteger<T> => !Truth.Of(x);

    public static bool Float<T>(T x)
        where T : IFloatingPointIeee754<T> => !Truth.Of(x);

    public static bool Complex(Complex x) => !Truth.Of(x);

    public static bool Bool(bool x) => !x;
}

/// <summary><c>isnan</c>: false for integers and bool; a complex is NaN when either part is.</summary>
internal readonly struct IsNaNOperator : IUnaryPredicateOperator
{
    public static bool Integer<T>(T x)
        where T : IBinaryInteger<T> => false;

    public static bool Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.IsNaN(x);

    public static bool Complex(Complex x) => double.IsNaN(x.Real) || double.IsNaN(x.Imaginary);

    public static bool Bool(bool x) => false;
}

/// <summary><c>isfinite</c>: true for integers and bool; a complex is finite when both parts are.</summary>
internal readonly struct IsFiniteOperator : IUnaryPredicateOperator
{
    public static bool Integer<T>(T x)
        where T : IBinaryInteger<T> => true;

    public static bool Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.IsFinite(x);

    public static bool Complex(Complex x) => double.IsFinite(x.Real) && double.IsFinite(x.Imaginary);

    public static bool Bool(bool x) => true;
}
