using System.Diagnostics;
using System.Numerics;
using System.Numerics.Tensors;

namespace NumBridge.Kernels;

/// <summary><c>add</c>: <c>x + y</c>; integers wrap, bool is logical or.</summary>
internal readonly struct AddOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x + y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x + y;

    public static Complex Complex(Complex x, Complex y) => x + y;

    public static bool Bool(bool x, bool y) => x | y;

    public static bool Span<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Add(x, y, d);
        return true;
    }

    public static bool Span<T>(ReadOnlySpan<T> x, T y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Add(x, y, d);
        return true;
    }

    public static bool Span<T>(T x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Add(y, x, d);
        return true;
    }
}

/// <summary><c>subtract</c>: <c>x - y</c>; integers wrap. Bool has no loop (NumPy's TypeError, checked before).</summary>
internal readonly struct SubtractOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x - y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x - y;

    public static Complex Complex(Complex x, Complex y) => x - y;

    public static bool Bool(bool x, bool y) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Subtract(x, y, d);
        return true;
    }

    public static bool Span<T>(ReadOnlySpan<T> x, T y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Subtract(x, y, d);
        return true;
    }

    public static bool Span<T>(T x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Subtract(x, y, d);
        return true;
    }
}

/// <summary><c>multiply</c>: <c>x * y</c>; integers wrap, bool is logical and.</summary>
internal readonly struct MultiplyOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x * y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x * y;

    public static Complex Complex(Complex x, Complex y) => x * y;

    public static bool Bool(bool x, bool y) => x & y;

    public static bool Span<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Multiply(x, y, d);
        return true;
    }

    public static bool Span<T>(ReadOnlySpan<T> x, T y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Multiply(x, y, d);
        return true;
    }

    public static bool Span<T>(T x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        TensorPrimitives.Multiply(y, x, d);
        return true;
    }
}

/// <summary>
/// <c>divide</c> (<c>true_divide</c>): <c>x / y</c> in a float or complex loop (integers were cast to float64
/// first), IEEE: <c>1/0 = inf</c>, <c>0/0 = nan</c>.
/// </summary>
internal readonly struct DivideOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => x / y;

    public static Complex Complex(Complex x, Complex y) => x / y;

    public static bool Bool(bool x, bool y) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (!IsFloat<T>())
        {
            return false;
        }

        TensorPrimitives.Divide(x, y, d);
        return true;
    }

    public static bool Span<T>(ReadOnlySpan<T> x, T y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (!IsFloat<T>())
        {
            return false;
        }

        TensorPrimitives.Divide(x, y, d);
        return true;
    }

    public static bool Span<T>(T x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (!IsFloat<T>())
        {
            return false;
        }

        TensorPrimitives.Divide(x, y, d);
        return true;
    }

    private static bool IsFloat<T>() => typeof(T) == typeof(float) || typeof(T) == typeof(double);
}
