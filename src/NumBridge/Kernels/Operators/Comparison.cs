using System.Numerics;

namespace NumBridge.Kernels;

/// <summary><c>equal</c> (<c>==</c> element-wise); NaN equals nothing.</summary>
internal readonly struct EqualOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => x == y;

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x == y;

    public static bool Complex(Complex x, Complex y) => x.Real == y.Real && x.Imaginary == y.Imaginary;

    public static bool Bool(bool x, bool y) => x == y;
}

/// <summary><c>not_equal</c>; NaN differs from everything, itself included.</summary>
internal readonly struct NotEqualOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => x != y;

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x != y;

    public static bool Complex(Complex x, Complex y) => !(x.Real == y.Real && x.Imaginary == y.Imaginary);

    public static bool Bool(bool x, bool y) => x != y;
}

/// <summary><c>less</c>; complex compares lexicographically, False for NaN.</summary>
internal readonly struct LessOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => x < y;

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x < y;

    public static bool Complex(Complex x, Complex y) => ComplexOrder.Less(x, y);

    public static bool Bool(bool x, bool y) => !x & y;
}

/// <summary><c>less_equal</c>.</summary>
internal readonly struct LessEqualOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => x <= y;

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x <= y;

    public static bool Complex(Complex x, Complex y) => ComplexOrder.LessEqual(x, y);

    public static bool Bool(bool x, bool y) => !x | y;
}

/// <summary><c>greater</c>.</summary>
internal readonly struct GreaterOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => x > y;

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x > y;

    public static bool Complex(Complex x, Complex y) => ComplexOrder.Greater(x, y);

    public static bool Bool(bool x, bool y) => x & !y;
}

/// <summary><c>greater_equal</c>.</summary>
internal readonly struct GreaterEqualOperator : IPredicateOperator
{
    public static bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T> => x >= y;

    public static bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x >= y;

    public static bool Complex(Complex x, Complex y) => ComplexOrder.GreaterEqual(x, y);

    public static bool Bool(bool x, bool y) => x | !y;
}
