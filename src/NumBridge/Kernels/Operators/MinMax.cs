using System.Numerics;

namespace NumBridge.Kernels;

/// <summary>
/// <c>minimum</c>: the smaller element, NaN if either is NaN. As NumPy's loop <c>(x &lt; y || isnan(x)) ? x : y</c>, so
/// of two equal values (<c>-0.0</c> and <c>0.0</c>) the second is returned, where TensorPrimitives.Min orders -0 first.
/// Complex compares lexicographically.
/// </summary>
internal readonly struct MinimumOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x < y ? x : y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x < y || T.IsNaN(x) ? x : y;

    public static Complex Complex(Complex x, Complex y) =>
        double.IsNaN(x.Real) || double.IsNaN(x.Imaginary) || ComplexOrder.LessEqual(x, y) ? x : y;

    public static bool Bool(bool x, bool y) => x & y;
}

/// <summary><c>maximum</c>: the larger element, NaN if either is NaN (see <see cref="MinimumOperator"/>).</summary>
internal readonly struct MaximumOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x > y ? x : y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x > y || T.IsNaN(x) ? x : y;

    public static Complex Complex(Complex x, Complex y) =>
        double.IsNaN(x.Real) || double.IsNaN(x.Imaginary) || ComplexOrder.GreaterEqual(x, y) ? x : y;

    public static bool Bool(bool x, bool y) => x | y;
}

/// <summary>NumPy's lexicographic complex order (<c>CLT</c>, <c>CLE</c> in <c>numpy/_core/src/umath/loops.c.src</c>).</summary>
internal static class ComplexOrder
{
    public static bool Less(Complex x, Complex y) =>
        (x.Real < y.Real && !double.IsNaN(x.Imaginary) && !double.IsNaN(y.Imaginary)) || (x.Real == y.Real && x.Imaginary < y.Imaginary);

    public static bool LessEqual(Complex x, Complex y) =>
        (x.Real < y.Real && !double.IsNaN(x.Imaginary) && !double.IsNaN(y.Imaginary)) || (x.Real == y.Real && x.Imaginary <= y.Imaginary);

    public static bool Greater(Complex x, Complex y) => Less(y, x);

    public static bool GreaterEqual(Complex x, Complex y) => LessEqual(y, x);
}
