using System.Numerics;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// A ufunc reduction (<c>add.reduce</c>, <c>multiply.reduce</c>, <c>minimum.reduce</c>, ...), written once for all
/// element types as <see cref="IBinaryOperator"/> is. <see cref="Reduction"/> drives it in NumPy's iteration order.
/// </summary>
internal unsafe interface IReduceOperator
{
    /// <summary>NumPy's ufunc name, for the message of an empty reduction without identity.</summary>
    static abstract string Name { get; }

    /// <summary>Whether the output starts at <see cref="Identity{T}"/>; else it starts at the first element of each
    /// reduced block (NumPy copies it in), so an empty block has no result.</summary>
    static abstract bool HasIdentity { get; }

    static abstract T Identity<T>()
        where T : unmanaged;

    /// <summary>Folds one inner-loop run into <paramref name="acc"/>: <c>acc = acc op a[0] op ... op a[n-1]</c>, in
    /// the order NumPy's reduce loop uses for this operator (pairwise for float sums).</summary>
    static abstract T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged;

    /// <summary><c>dst[i] = dst[i] op src[i]</c>: an outer axis is reduced by adding whole rows in order.</summary>
    static abstract void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged;
}

/// <summary>The loops the reduce operators share.</summary>
internal static unsafe class ReduceLoops
{
    /// <summary>A left fold with the binary operator, one element at a time (NumPy's <c>BINARY_REDUCE_LOOP</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FoldSequential<TOp, T>(T acc, byte* a, nint stride, nint n)
        where TOp : IBinaryOperator
        where T : unmanaged
    {
        for (nint i = 0; i < n; i++)
        {
            acc = Elementwise.Binary<TOp, T>(acc, Unsafe.ReadUnaligned<T>(a + (i * stride)));
        }

        return acc;
    }

    /// <summary><c>dst[i] = dst[i] op src[i]</c>, with the operator's span path when both are contiguous.</summary>
    public static void Accumulate<TOp, T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where TOp : IBinaryOperator
        where T : unmanaged
    {
        if (dstStride == sizeof(T) && srcStride == sizeof(T) && n <= ElementwiseLoops.MaxSpan)
        {
            var d = new Span<T>(dst, (int)n);
            if (Elementwise.SpanBinary<TOp, T>(d, new ReadOnlySpan<T>(src, (int)n), d))
            {
                return;
            }
        }

        for (nint i = 0; i < n; i++)
        {
            byte* p = dst + (i * dstStride);
            Unsafe.WriteUnaligned(p, Elementwise.Binary<TOp, T>(Unsafe.ReadUnaligned<T>(p), Unsafe.ReadUnaligned<T>(src + (i * srcStride))));
        }
    }

    /// <summary>One of <typeparamref name="T"/> (<c>multiply</c>'s identity).</summary>
    public static T One<T>()
        where T : unmanaged
    {
        if (typeof(T) == typeof(bool))
        {
            return As<bool, T>(true);
        }

        if (typeof(T) == typeof(Half))
        {
            return As<Half, T>(Half.One);
        }

        if (typeof(T) == typeof(float))
        {
            return As<float, T>(1f);
        }

        if (typeof(T) == typeof(double))
        {
            return As<double, T>(1d);
        }

        if (typeof(T) == typeof(Complex))
        {
            return As<Complex, T>(Complex.One);
        }

        if (typeof(T) == typeof(Complex64))
        {
            return As<Complex64, T>(new Complex64(1f, 0f));
        }

        // Integers: a little-endian 1 in the low byte.
        T one = default;
        Unsafe.As<T, byte>(ref one) = 1;
        return one;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TTo As<TFrom, TTo>(TFrom value) => Unsafe.As<TFrom, TTo>(ref value);
}
