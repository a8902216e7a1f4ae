using System.Diagnostics;
using System.Numerics;

namespace NumBridge.Kernels;

/// <summary>
/// <c>power</c>: <c>x ** y</c>. Integers by repeated squaring with wrap-around, as NumPy's <c>@TYPE@_power</c> loop
/// (a negative exponent is rejected before the loop runs); floats with C's <c>pow</c>; bool runs in int8.
/// </summary>
internal readonly struct PowerOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        T result = T.One;
        T b = x;
        T e = y;
        while (e != T.Zero)
        {
            if (!T.IsEvenInteger(e))
            {
                result *= b;
            }

            e >>>= 1;
            if (e != T.Zero)
            {
                b *= b;
            }
        }

        return result;
    }

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => T.Pow(x, y);

    public static Complex Complex(Complex x, Complex y)
    {
        // As npy_cpow: a zero exponent gives 1, exponents 1, 2, 3 multiply out, other small integers square and multiply.
        if (y == System.Numerics.Complex.Zero)
        {
            return System.Numerics.Complex.One;
        }

        if (y.Imaginary == 0 && y.Real == Math.Floor(y.Real) && Math.Abs(y.Real) < 100)
        {
            int n = (int)y.Real;
            switch (n)
            {
                case 1:
                    return x;
                case 2:
                    return x * x;
                case 3:
                    return x * (x * x);
            }

            Complex r = System.Numerics.Complex.One;
            Complex b = x;
            int m = Math.Abs(n);
            while (m > 0)
            {
                if ((m & 1) != 0)
                {
                    r *= b;
                }

                m >>= 1;
                b *= b;
            }

            return n < 0 ? System.Numerics.Complex.One / r : r;
        }

        return System.Numerics.Complex.Pow(x, y);
    }

    public static bool Bool(bool x, bool y) => throw new UnreachableException();
}

/// <summary><c>square</c>: <c>x * x</c>; bool runs in int8.</summary>
internal readonly struct SquareOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x * x;

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => x * x;

    public static Complex Complex(Complex x) => x * x;

    public static bool Bool(bool x) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        System.Numerics.Tensors.TensorPrimitives.Multiply(x, x, d);
        return true;
    }
}
