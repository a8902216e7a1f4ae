using System.Numerics;
using System.Numerics.Tensors;

namespace NumBridge.Kernels;

/// <summary>
/// <c>add.reduce</c>: float, float16 and complex runs are summed pairwise, bit for bit as NumPy
/// (<see cref="PairwiseSum"/>); integers wrap, so their order does not matter and contiguous runs go to
/// <see cref="TensorPrimitives"/>. bool is logical or.
/// </summary>
internal readonly unsafe struct SumReduce : IReduceOperator
{
    public static string Name => "add";

    public static bool HasIdentity => true;

    public static T Identity<T>()
        where T : unmanaged => default;

    public static T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return ReduceLoops.As<float, T>(ReduceLoops.As<T, float>(acc) + PairwiseSum.Sum<float>(a, n, stride));
        }

        if (typeof(T) == typeof(double))
        {
            return ReduceLoops.As<double, T>(ReduceLoops.As<T, double>(acc) + PairwiseSum.Sum<double>(a, n, stride));
        }

        if (typeof(T) == typeof(Half))
        {
            // NumPy's HALF_add reduce: the run is summed in float, added to the float of the accumulator, rounded once.
            return ReduceLoops.As<Half, T>((Half)((float)ReduceLoops.As<T, Half>(acc) + PairwiseSum.SumHalf(a, n, stride)));
        }

        if (typeof(T) == typeof(Complex64))
        {
            PairwiseSum.SumComplex(a, n * 2, stride / 2, out float rr, out float ri);
            Complex64 c = ReduceLoops.As<T, Complex64>(acc);
            return ReduceLoops.As<Complex64, T>(new Complex64(c.Real + rr, c.Imaginary + ri));
        }

        if (typeof(T) == typeof(Complex))
        {
            PairwiseSum.SumComplex(a, n * 2, stride / 2, out double rr, out double ri);
            Complex c = ReduceLoops.As<T, Complex>(acc);
            return ReduceLoops.As<Complex, T>(new Complex(c.Real + rr, c.Imaginary + ri));
        }

        if (stride == sizeof(T) && n <= ElementwiseLoops.MaxSpan)
        {
            if (typeof(T) == typeof(long))
            {
                return ReduceLoops.As<long, T>(ReduceLoops.As<T, long>(acc) + TensorPrimitives.Sum(new ReadOnlySpan<long>(a, (int)n)));
            }

            if (typeof(T) == typeof(ulong))
            {
                return ReduceLoops.As<ulong, T>(ReduceLoops.As<T, ulong>(acc) + TensorPrimitives.Sum(new ReadOnlySpan<ulong>(a, (int)n)));
            }

            if (typeof(T) == typeof(int))
            {
                return ReduceLoops.As<int, T>(ReduceLoops.As<T, int>(acc) + TensorPrimitives.Sum(new ReadOnlySpan<int>(a, (int)n)));
            }
        }

        return ReduceLoops.FoldSequential<AddOperator, T>(acc, a, stride, n);
    }

    public static void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged => ReduceLoops.Accumulate<AddOperator, T>(dst, dstStride, src, srcStride, n);
}

/// <summary><c>multiply.reduce</c>: one element at a time, in order, as NumPy's reduce loop (no pairwise product).</summary>
internal readonly unsafe struct ProductReduce : IReduceOperator
{
    public static string Name => "multiply";

    public static bool HasIdentity => true;

    public static T Identity<T>()
        where T : unmanaged => ReduceLoops.One<T>();

    public static T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged => ReduceLoops.FoldSequential<MultiplyOperator, T>(acc, a, stride, n);

    public static void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged => ReduceLoops.Accumulate<MultiplyOperator, T>(dst, dstStride, src, srcStride, n);
}

/// <summary><c>minimum.reduce</c>: NaN propagates; no identity, so an empty reduction raises.</summary>
internal readonly unsafe struct MinimumReduce : IReduceOperator
{
    public static string Name => "minimum";

    public static bool HasIdentity => false;

    public static T Identity<T>()
        where T : unmanaged => default;

    public static T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged => ReduceLoops.FoldSequential<MinimumOperator, T>(acc, a, stride, n);

    public static void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged => ReduceLoops.Accumulate<MinimumOperator, T>(dst, dstStride, src, srcStride, n);
}

/// <summary><c>maximum.reduce</c>: NaN propagates; no identity, so an empty reduction raises.</summary>
internal readonly unsafe struct MaximumReduce : IReduceOperator
{
    public static string Name => "maximum";

    public static bool HasIdentity => false;

    public static T Identity<T>()
        where T : unmanaged => default;

    public static T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged => ReduceLoops.FoldSequential<MaximumOperator, T>(acc, a, stride, n);

    public static void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged => ReduceLoops.Accumulate<MaximumOperator, T>(dst, dstStride, src, srcStride, n);
}
