using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NumBridge.Kernels;

/// <summary>
/// Calls an operator's family member (<c>Integer</c>, <c>Float</c>, <c>Complex</c>, <c>Bool</c>) for one of the 14
/// element types. Every test is on <c>typeof(T)</c>, so a specialised method keeps one call and no branch. Complex64
/// is computed as <see cref="System.Numerics.Complex"/> and rounded back to float parts; float16 is computed in
/// float32 and rounded back, as NumPy's half loops do (<c>npy_half_to_float</c>, then the float function).
/// </summary>
internal static class Elementwise
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo As<TFrom, TTo>(TFrom value) => Unsafe.As<TFrom, TTo>(ref value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Binary<TOp, T>(T x, T y)
        where TOp : IBinaryOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(bool))
        {
            return As<bool, T>(TOp.Bool(As<T, bool>(x), As<T, bool>(y)));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return As<sbyte, T>(TOp.Integer(As<T, sbyte>(x), As<T, sbyte>(y)));
        }

        if (typeof(T) == typeof(byte))
        {
            return As<byte, T>(TOp.Integer(As<T, byte>(x), As<T, byte>(y)));
        }

        if (typeof(T) == typeof(short))
        {
            return As<short, T>(TOp.Integer(As<T, short>(x), As<T, short>(y)));
        }

        if (typeof(T) == typeof(ushort))
        {
            return As<ushort, T>(TOp.Integer(As<T, ushort>(x), As<T, ushort>(y)));
        }

        if (typeof(T) == typeof(int))
        {
            return As<int, T>(TOp.Integer(As<T, int>(x), As<T, int>(y)));
        }

        if (typeof(T) == typeof(uint))
        {
            return As<uint, T>(TOp.Integer(As<T, uint>(x), As<T, uint>(y)));
        }

        if (typeof(T) == typeof(long))
        {
            return As<long, T>(TOp.Integer(As<T, long>(x), As<T, long>(y)));
        }

        if (typeof(T) == typeof(ulong))
        {
            return As<ulong, T>(TOp.Integer(As<T, ulong>(x), As<T, ulong>(y)));
        }

        if (typeof(T) == typeof(float))
        {
            return As<float, T>(TOp.Float(As<T, float>(x), As<T, float>(y)));
        }

        if (typeof(T) == typeof(double))
        {
            return As<double, T>(TOp.Float(As<T, double>(x), As<T, double>(y)));
        }

        if (typeof(T) == typeof(Half))
        {
            return As<Half, T>((Half)TOp.Float((float)As<T, Half>(x), (float)As<T, Half>(y)));
        }

        if (typeof(T) == typeof(Complex))
        {
            return As<Complex, T>(TOp.Complex(As<T, Complex>(x), As<T, Complex>(y)));
        }

        if (typeof(T) == typeof(Complex64))
        {
            return As<Complex64, T>((Complex64)TOp.Complex(As<T, Complex64>(x), As<T, Complex64>(y)));
        }

        throw new NotSupportedException(typeof(T).Name);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Predicate<TOp, T>(T x, T y)
        where TOp : IPredicateOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(bool))
        {
            return TOp.Bool(As<T, bool>(x), As<T, bool>(y));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return TOp.Integer(As<T, sbyte>(x), As<T, sbyte>(y));
        }

        if (typeof(T) == typeof(byte))
        {
            return TOp.Integer(As<T, byte>(x), As<T, byte>(y));
        }

        if (typeof(T) == typeof(short))
        {
            return TOp.Integer(As<T, short>(x), As<T, short>(y));
        }

        if (typeof(T) == typeof(ushort))
        {
            return TOp.Integer(As<T, ushort>(x), As<T, ushort>(y));
        }

        if (typeof(T) == typeof(int))
        {
            return TOp.Integer(As<T, int>(x), As<T, int>(y));
        }

        if (typeof(T) == typeof(uint))
        {
            return TOp.Integer(As<T, uint>(x), As<T, uint>(y));
        }

        if (typeof(T) == typeof(long))
        {
            return TOp.Integer(As<T, long>(x), As<T, long>(y));
        }

        if (typeof(T) == typeof(ulong))
        {
            return TOp.Integer(As<T, ulong>(x), As<T, ulong>(y));
        }

        if (typeof(T) == typeof(float))
        {
            return TOp.Float(As<T, float>(x), As<T, float>(y));
        }

        if (typeof(T) == typeof(double))
        {
            return TOp.Float(As<T, double>(x), As<T, double>(y));
        }

        if (typeof(T) == typeof(Half))
        {
            return TOp.Float((float)As<T, Half>(x), (float)As<T, Half>(y));
        }

        if (typeof(T) == typeof(Complex))
        {
            return TOp.Complex(As<T, Complex>(x), As<T, Complex>(y));
        }

        if (typeof(T) == typeof(Complex64))
        {
            return TOp.Complex(As<T, Complex64>(x), As<T, Complex64>(y));
        }

        throw new NotSupportedException(typeof(T).Name);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Unary<TOp, T>(T x)
        where TOp : IUnaryOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(bool))
        {
            return As<bool, T>(TOp.Bool(As<T, bool>(x)));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return As<sbyte, T>(TOp.Integer(As<T, sbyte>(x)));
        }

        if (typeof(T) == typeof(byte))
        {
            return As<byte, T>(TOp.Integer(As<T, byte>(x)));
        }

        if (typeof(T) == typeof(short))
        {
            return As<short, T>(TOp.Integer(As<T, short>(x)));
        }

        if (typeof(T) == typeof(ushort))
        {
            return As<ushort, T>(TOp.Integer(As<T, ushort>(x)));
        }

        if (typeof(T) == typeof(int))
        {
            return As<int, T>(TOp.Integer(As<T, int>(x)));
        }

        if (typeof(T) == typeof(uint))
        {
            return As<uint, T>(TOp.Integer(As<T, uint>(x)));
        }

        if (typeof(T) == typeof(long))
        {
            return As<long, T>(TOp.Integer(As<T, long>(x)));
        }

        if (typeof(T) == typeof(ulong))
        {
            return As<ulong, T>(TOp.Integer(As<T, ulong>(x)));
        }

        if (typeof(T) == typeof(float))
        {
            return As<float, T>(TOp.Float(As<T, float>(x)));
        }

        if (typeof(T) == typeof(double))
        {
            return As<double, T>(TOp.Float(As<T, double>(x)));
        }

        if (typeof(T) == typeof(Half))
        {
            return As<Half, T>((Half)TOp.Float((float)As<T, Half>(x)));
        }

        if (typeof(T) == typeof(Complex))
        {
            return As<Complex, T>(TOp.Complex(As<T, Complex>(x)));
        }

        if (typeof(T) == typeof(Complex64))
        {
            return As<Complex64, T>((Complex64)TOp.Complex(As<T, Complex64>(x)));
        }

        throw new NotSupportedException(typeof(T).Name);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool UnaryPredicate<TOp, T>(T x)
        where TOp : IUnaryPredicateOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(bool))
        {
            return TOp.Bool(As<T, bool>(x));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return TOp.Integer(As<T, sbyte>(x));
        }

        if (typeof(T) == typeof(byte))
        {
            return TOp.Integer(As<T, byte>(x));
        }

        if (typeof(T) == typeof(short))
        {
            return TOp.Integer(As<T, short>(x));
        }

        if (typeof(T) == typeof(ushort))
        {
            return TOp.Integer(As<T, ushort>(x));
        }

        if (typeof(T) == typeof(int))
        {
            return TOp.Integer(As<T, int>(x));
        }

        if (typeof(T) == typeof(uint))
        {
            return TOp.Integer(As<T, uint>(x));
        }

        if (typeof(T) == typeof(long))
        {
            return TOp.Integer(As<T, long>(x));
        }

        if (typeof(T) == typeof(ulong))
        {
            return TOp.Integer(As<T, ulong>(x));
        }

        if (typeof(T) == typeof(float))
        {
            return TOp.Float(As<T, float>(x));
        }

        if (typeof(T) == typeof(double))
        {
            return TOp.Float(As<T, double>(x));
        }

        if (typeof(T) == typeof(Half))
        {
            return TOp.Float((float)As<T, Half>(x));
        }

        if (typeof(T) == typeof(Complex))
        {
            return TOp.Complex(As<T, Complex>(x));
        }

        if (typeof(T) == typeof(Complex64))
        {
            return TOp.Complex(As<T, Complex64>(x));
        }

        throw new NotSupportedException(typeof(T).Name);
    }

    /// <summary>The operator's span path for integer and float32/float64 elements; false for the rest.</summary>
    public static bool SpanBinary<TOp, T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> d)
        where TOp : IBinaryOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(sbyte))
        {
            return TOp.Span(MemoryMarshal.Cast<T, sbyte>(x), MemoryMarshal.Cast<T, sbyte>(y), MemoryMarshal.Cast<T, sbyte>(d));
        }

        if (typeof(T) == typeof(byte))
        {
            return TOp.Span(MemoryMarshal.Cast<T, byte>(x), MemoryMarshal.Cast<T, byte>(y), MemoryMarshal.Cast<T, byte>(d));
        }

        if (typeof(T) == typeof(short))
        {
            return TOp.Span(MemoryMarshal.Cast<T, short>(x), MemoryMarshal.Cast<T, short>(y), MemoryMarshal.Cast<T, short>(d));
        }

        if (typeof(T) == typeof(ushort))
        {
            return TOp.Span(MemoryMarshal.Cast<T, ushort>(x), MemoryMarshal.Cast<T, ushort>(y), MemoryMarshal.Cast<T, ushort>(d));
        }

        if (typeof(T) == typeof(int))
        {
            return TOp.Span(MemoryMarshal.Cast<T, int>(x), MemoryMarshal.Cast<T, int>(y), MemoryMarshal.Cast<T, int>(d));
        }

        if (typeof(T) == typeof(uint))
        {
            return TOp.Span(MemoryMarshal.Cast<T, uint>(x), MemoryMarshal.Cast<T, uint>(y), MemoryMarshal.Cast<T, uint>(d));
        }

        if (typeof(T) == typeof(long))
        {
            return TOp.Span(MemoryMarshal.Cast<T, long>(x), MemoryMarshal.Cast<T, long>(y), MemoryMarshal.Cast<T, long>(d));
        }

        if (typeof(T) == typeof(ulong))
        {
            return TOp.Span(MemoryMarshal.Cast<T, ulong>(x), MemoryMarshal.Cast<T, ulong>(y), MemoryMarshal.Cast<T, ulong>(d));
        }

        if (typeof(T) == typeof(float))
        {
            return TOp.Span(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(y), MemoryMarshal.Cast<T, float>(d));
        }

        if (typeof(T) == typeof(double))
        {
            return TOp.Span(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(y), MemoryMarshal.Cast<T, double>(d));
        }

        return false;
    }

    /// <summary>The operator's span path for integer and float32/float64 elements; false for the rest.</summary>
    public static bool SpanBinary<TOp, T>(ReadOnlySpan<T> x, T y, Span<T> d)
        where TOp : IBinaryOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(sbyte))
        {
            return TOp.Span(MemoryMarshal.Cast<T, sbyte>(x), As<T, sbyte>(y), MemoryMarshal.Cast<T, sbyte>(d));
        }

        if (typeof(T) == typeof(byte))
        {
            return TOp.Span(MemoryMarshal.Cast<T, byte>(x), As<T, byte>(y), MemoryMarshal.Cast<T, byte>(d));
        }

        if (typeof(T) == typeof(short))
        {
            return TOp.Span(MemoryMarshal.Cast<T, short>(x), As<T, short>(y), MemoryMarshal.Cast<T, short>(d));
        }

        if (typeof(T) == typeof(ushort))
        {
            return TOp.Span(MemoryMarshal.Cast<T, ushort>(x), As<T, ushort>(y), MemoryMarshal.Cast<T, ushort>(d));
        }

        if (typeof(T) == typeof(int))
        {
            return TOp.Span(MemoryMarshal.Cast<T, int>(x), As<T, int>(y), MemoryMarshal.Cast<T, int>(d));
        }

        if (typeof(T) == typeof(uint))
        {
            return TOp.Span(MemoryMarshal.Cast<T, uint>(x), As<T, uint>(y), MemoryMarshal.Cast<T, uint>(d));
        }

        if (typeof(T) == typeof(long))
        {
            return TOp.Span(MemoryMarshal.Cast<T, long>(x), As<T, long>(y), MemoryMarshal.Cast<T, long>(d));
        }

        if (typeof(T) == typeof(ulong))
        {
            return TOp.Span(MemoryMarshal.Cast<T, ulong>(x), As<T, ulong>(y), MemoryMarshal.Cast<T, ulong>(d));
        }

        if (typeof(T) == typeof(float))
        {
            return TOp.Span(MemoryMarshal.Cast<T, float>(x), As<T, float>(y), MemoryMarshal.Cast<T, float>(d));
        }

        if (typeof(T) == typeof(double))
        {
            return TOp.Span(MemoryMarshal.Cast<T, double>(x), As<T, double>(y), MemoryMarshal.Cast<T, double>(d));
        }

        return false;
    }

    /// <summary>The operator's span path for integer and float32/float64 elements; false for the rest.</summary>
    public static bool SpanBinary<TOp, T>(T x, ReadOnlySpan<T> y, Span<T> d)
        where TOp : IBinaryOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(sbyte))
        {
            return TOp.Span(As<T, sbyte>(x), MemoryMarshal.Cast<T, sbyte>(y), MemoryMarshal.Cast<T, sbyte>(d));
        }

        if (typeof(T) == typeof(byte))
        {
            return TOp.Span(As<T, byte>(x), MemoryMarshal.Cast<T, byte>(y), MemoryMarshal.Cast<T, byte>(d));
        }

        if (typeof(T) == typeof(short))
        {
            return TOp.Span(As<T, short>(x), MemoryMarshal.Cast<T, short>(y), MemoryMarshal.Cast<T, short>(d));
        }

        if (typeof(T) == typeof(ushort))
        {
            return TOp.Span(As<T, ushort>(x), MemoryMarshal.Cast<T, ushort>(y), MemoryMarshal.Cast<T, ushort>(d));
        }

        if (typeof(T) == typeof(int))
        {
            return TOp.Span(As<T, int>(x), MemoryMarshal.Cast<T, int>(y), MemoryMarshal.Cast<T, int>(d));
        }

        if (typeof(T) == typeof(uint))
        {
            return TOp.Span(As<T, uint>(x), MemoryMarshal.Cast<T, uint>(y), MemoryMarshal.Cast<T, uint>(d));
        }

        if (typeof(T) == typeof(long))
        {
            return TOp.Span(As<T, long>(x), MemoryMarshal.Cast<T, long>(y), MemoryMarshal.Cast<T, long>(d));
        }

        if (typeof(T) == typeof(ulong))
        {
            return TOp.Span(As<T, ulong>(x), MemoryMarshal.Cast<T, ulong>(y), MemoryMarshal.Cast<T, ulong>(d));
        }

        if (typeof(T) == typeof(float))
        {
            return TOp.Span(As<T, float>(x), MemoryMarshal.Cast<T, float>(y), MemoryMarshal.Cast<T, float>(d));
        }

        if (typeof(T) == typeof(double))
        {
            return TOp.Span(As<T, double>(x), MemoryMarshal.Cast<T, double>(y), MemoryMarshal.Cast<T, double>(d));
        }

        return false;
    }

    /// <summary>The operator's span path for integer and float32/float64 elements; false for the rest.</summary>
    public static bool SpanUnary<TOp, T>(ReadOnlySpan<T> x, Span<T> d)
        where TOp : IUnaryOperator
        where T : unmanaged
    {
        if (typeof(T) == typeof(sbyte))
        {
            return TOp.Span(MemoryMarshal.Cast<T, sbyte>(x), MemoryMarshal.Cast<T, sbyte>(d));
        }

        if (typeof(T) == typeof(byte))
        {
            return TOp.Span(MemoryMarshal.Cast<T, byte>(x), MemoryMarshal.Cast<T, byte>(d));
        }

        if (typeof(T) == typeof(short))
        {
            return TOp.Span(MemoryMarshal.Cast<T, short>(x), MemoryMarshal.Cast<T, short>(d));
        }

        if (typeof(T) == typeof(ushort))
        {
            return TOp.Span(MemoryMarshal.Cast<T, ushort>(x), MemoryMarshal.Cast<T, ushort>(d));
        }

        if (typeof(T) == typeof(int))
        {
            return TOp.Span(MemoryMarshal.Cast<T, int>(x), MemoryMarshal.Cast<T, int>(d));
        }

        if (typeof(T) == typeof(uint))
        {
            return TOp.Span(MemoryMarshal.Cast<T, uint>(x), MemoryMarshal.Cast<T, uint>(d));
        }

        if (typeof(T) == typeof(long))
        {
            return TOp.Span(MemoryMarshal.Cast<T, long>(x), MemoryMarshal.Cast<T, long>(d));
        }

        if (typeof(T) == typeof(ulong))
        {
            return TOp.Span(MemoryMarshal.Cast<T, ulong>(x), MemoryMarshal.Cast<T, ulong>(d));
        }

        if (typeof(T) == typeof(float))
        {
            return TOp.Span(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(d));
        }

        if (typeof(T) == typeof(double))
        {
            return TOp.Span(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(d));
        }

        return false;
    }
}
