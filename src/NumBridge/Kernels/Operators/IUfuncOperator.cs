using System.Numerics;

namespace NumBridge.Kernels;

/// <summary>
/// A binary ufunc whose output has the loop's dtype, written once per family of element types with static abstract
/// members (as dotnet/runtime's <c>IBinaryOperator&lt;T&gt;</c> in <c>TensorPrimitives</c>). <see cref="Elementwise"/>
/// picks the family for each of NumBridge's 14 element types; the type tests fold away when the JIT specialises.
/// </summary>
internal interface IBinaryOperator
{
    static abstract T Integer<T>(T x, T y)
        where T : IBinaryInteger<T>, IMinMaxValue<T>;

    static abstract T Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T>;

    static abstract Complex Complex(Complex x, Complex y);

    static abstract bool Bool(bool x, bool y);

    /// <summary>Contiguous spans of int or float (not float16): fills <paramref name="d"/> and returns true, or
    /// returns false to fall back to the element loop.</summary>
    static virtual bool Span<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T> => false;

    /// <summary>A contiguous span and one repeated value (<c>a * 2</c>).</summary>
    static virtual bool Span<T>(ReadOnlySpan<T> x, T y, Span<T> d)
        where T : unmanaged, INumber<T> => false;

    /// <summary>One repeated value and a contiguous span (<c>1 - a</c>).</summary>
    static virtual bool Span<T>(T x, ReadOnlySpan<T> y, Span<T> d)
        where T : unmanaged, INumber<T> => false;
}

/// <summary>A binary ufunc with a bool output (comparisons, logical functions).</summary>
internal interface IPredicateOperator
{
    static abstract bool Integer<T>(T x, T y)
        where T : IBinaryInteger<T>;

    static abstract bool Float<T>(T x, T y)
        where T : IFloatingPointIeee754<T>;

    static abstract bool Complex(Complex x, Complex y);

    static abstract bool Bool(bool x, bool y);
}

/// <summary>A unary ufunc whose output has the loop's dtype.</summary>
internal interface IUnaryOperator
{
    static abstract T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T>;

    static abstract T Float<T>(T x)
        where T : IFloatingPointIeee754<T>;

    static abstract Complex Complex(Complex x);

    static abstract bool Bool(bool x);

    /// <summary>Contiguous spans of int or float (not float16), or false to use the element loop.</summary>
    static virtual bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T> => false;
}

/// <summary>A unary ufunc with a bool output (<c>isnan</c>, <c>logical_not</c>).</summary>
internal interface IUnaryPredicateOperator
{
    static abstract bool Integer<T>(T x)
        where T : IBinaryInteger<T>;

    static abstract bool Float<T>(T x)
        where T : IFloatingPointIeee754<T>;

    static abstract bool Complex(Complex x);

    static abstract bool Bool(bool x);
}
