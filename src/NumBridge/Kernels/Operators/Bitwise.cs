using System.Diagnostics;
using System.Numerics;

namespace NumBridge.Kernels;

/// <summary><c>bitwise_and</c> (<c>&amp;</c>): integers and bool only.</summary>
internal readonly struct BitwiseAndOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x & y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => throw new UnreachableException();

    public static Complex Complex(Complex x, Complex y) => throw new UnreachableException();

    public static bool Bool(bool x, bool y) => x & y;
}

/// <summary><c>bitwise_or</c> (<c>|</c>): integers and bool only.</summary>
internal readonly struct BitwiseOrOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x | y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => throw new UnreachableException();

    public static Complex Complex(Complex x, Complex y) => throw new UnreachableException();

    public static bool Bool(bool x, bool y) => x | y;
}

/// <summary><c>bitwise_xor</c> (<c>^</c>): integers and bool only.</summary>
internal readonly struct BitwiseXorOperator : IBinaryOperator
{
    public static T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x ^ y;

    public static T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T> => throw new UnreachableException();

    public static Complex Complex(Complex x, Complex y) => throw new UnreachableException();

    public static bool Bool(bool x, bool y) => x ^ y;
}

/// <summary><c>invert</c> (<c>~</c>): bitwise not; logical not for bool.</summary>
internal readonly struct InvertOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => ~x;

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => throw new UnreachableException();

    public static Complex Complex(Complex x) => throw new UnreachableException();

    public static bool Bool(bool x) => !x;
}
