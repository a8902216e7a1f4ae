using System.Diagnostics;
using System.Numerics;

namespace NumBridge.Kernels;

/// <summary>
/// Python's floor division and modulo, as NumPy's <c>npy_divmod</c> (<c>numpy/_core/src/npymath/npy_math_internal.h.src</c>)
/// and the integer loops in <c>loops_arithmetic.dispatch.c.src</c>: the quotient rounds toward minus infinity and the
/// remainder takes the divisor's sign. Integer division by zero gives 0 (NumPy warns), and <c>MIN // -1</c> wraps to
/// <c>MIN</c>, where C# would throw.
/// </summary>
internal static class PythonDivision
{
    public static T FloorDivideInteger<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (y == T.Zero)
        {
            return T.Zero;
        }

        if (T.IsNegative(y) && x == T.MinValue && y == T.Zero - T.One)
        {
            return x;
        }

        T q = x / y;
        if (T.IsNegative(x) != T.IsNegative(y) && q * y != x)
        {
            q -= T.One;
        }

        return q;
    }

    public static T RemainderInteger<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (y == T.Zero || (T.IsNegative(y) && y == T.Zero - T.One))
        {
            return T.Zero;
        }

        T r = x % y;
        if (r != T.Zero && T.IsNegative(r) != T.IsNegative(y))
        {
            r += y;
        }

        return r;
    }

    /// <summary><c>npy_divmod</c>: returns the floor quotient and sets the modulo.</summary>
    public static T DivMod<T>(T a, T b, out T mod)
        where T : IFloatingPointIeee754<T>
    {
        mod = a % b; // C's fmod
        if (b == T.Zero)
        {
            return a / b;
        }

        T div = (a - mod) / b;
        if (mod != T.Zero)
        {
            if (T.IsNegative(b) != T.IsNegative(mod))
            {
                mod += b;
                div -= T.One;
            }
        }
        else
        {
            mod = T.CopySign(T.Zero, b);
        }

        T floorDiv;
        if (div != T.Zero)
        {
            floorDiv = T.Floor(div);
            if (div - floorDiv > T.CreateTruncating(0.5))
            {
                floorDiv += T.One;
            }
        }
        else
        {
            floorDiv = T.CopySign(T.Zero, a / b);
        }

        return floorDiv;
    }
}

/// <summary><c>floor_divide</c> (Python's <c>//</c>).</summary>
internal readonly struct FloorDivideOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => PythonDivision.FloorDivideInteger(x, y);

    // npy_floor_divide: a zero divisor gives a / b (inf or nan), else the divmod quotient.
    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => y == T.Zero ? x / y : PythonDivision.DivMod<T>(x, y, out T _);

    public static Complex Complex(Complex x, Complex y) => throw new UnreachableException();

    public static bool Bool(bool x, bool y) => throw new UnreachableException();
}

/// <summary><c>remainder</c> (<c>mod</c>, Python's <c>%</c>): the result has the divisor's sign.</summary>
internal readonly struct RemainderOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => PythonDivision.RemainderInteger(x, y);

    // npy_remainder: a zero divisor gives fmod(a, 0) = nan, else the divmod modulo.
    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T>
    {
        if (y == T.Zero)
        {
            return x % y;
        }

        PythonDivision.DivMod<T>(x, y, out T mod);
        return mod;
    }

    public static Complex Complex(Complex x, Complex y) => throw new UnreachableException();

    public static bool Bool(bool x, bool y) => throw new UnreachableException();
}
