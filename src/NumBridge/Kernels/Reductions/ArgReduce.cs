using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>Which way <see cref="ArgReduce"/> looks: <c>argmax</c> or <c>argmin</c>.</summary>
internal interface IArgDirection
{
    static abstract string Name { get; }

    static abstract bool IsMax { get; }
}

internal readonly struct ArgMaxDirection : IArgDirection
{
    public static string Name => "argmax";

    public static bool IsMax => true;
}

internal readonly struct ArgMinDirection : IArgDirection
{
    public static string Name => "argmin";

    public static bool IsMax => false;
}

/// <summary>
/// <c>argmax</c> and <c>argmin</c> as NumPy's <c>@TYPE@_argmax</c> loops (<c>numpy/_core/src/multiarray/arraytypes.c.src</c>):
/// the first index of the extreme value; for floats and complex the first NaN wins (<c>!(x &lt;= best)</c> takes a NaN
/// and the scan stops there); complex compares lexicographically; bool finds the first true (or false).
/// </summary>
/// <remarks>
/// Along an axis that is not the innermost in memory the scan goes row by row, keeping the best value and index of
/// every output element, so memory is walked forward; the updates per element are the same comparisons in the same
/// order, so the indices are the same. Contiguous float runs use <see cref="TensorPrimitives"/>'s index search (in
/// parallel blocks when long), whose only difference (it ranks -0.0 below 0.0) is undone by a rescan for the first
/// zero.
/// </remarks>
internal static unsafe class ArgReduce
{
    /// <summary>
    /// Writes into the int64 array <paramref name="result"/> (C order, the input shape without the last axis) the
    /// index of the extreme along the last axis of <paramref name="a"/> (a view whose last axis is the one searched).
    /// </summary>
    public static void Run<TDir>(NDArray a, NDArray result)
        where TDir : IArgDirection
    {
        var visitor = new Visitor<TDir>(a, result);
        DTypeSwitch.Invoke<Visitor<TDir>, bool>(a.dtype.Code, ref visitor);
        GC.KeepAlive(a);
        GC.KeepAlive(result);
    }

    private readonly struct Visitor<TDir>(NDArray a, NDArray result) : IDTypeVisitor<bool>
        where TDir : IArgDirection
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Search<TDir, T>(a, result);
            return true;
        }
    }

    private static void Search<TDir, T>(NDArray a, NDArray result)
        where TDir : IArgDirection
        where T : unmanaged
    {
        int nd = a.ndim;
        nint n = a.shape[nd - 1];
        nint s = a.StridesSpan[nd - 1];
        nint[] outer = a.shape.Dims[..(nd - 1)].ToArray();
        nint[] outerStrides = a.StridesSpan[..(nd - 1)].ToArray();
        long* dst = (long*)result.Data;
        nint count = result.size;
        if (count == 0)
        {
            return;
        }

        // Row by row when the searched axis is not the fastest in memory.
        nint minOuter = nint.MaxValue;
        for (int i = 0; i < outer.Length; i++)
        {
            if (outer[i] > 1)
            {
                minOuter = Math.Min(minOuter, Math.Abs(outerStrides[i]));
            }
        }

        if (count > 1 && Math.Abs(s) > minOuter)
        {
            SearchRows<TDir, T>(a.Data, outer, outerStrides, n, s, dst, count);
            return;
        }

        var loop = new ScanLoop<TDir, T>(dst, n, s);
        StridedLoop.ForEach(ref loop, outer, a.Data, outerStrides);
    }

    /// <summary>Index of the extreme of one strided run (n &gt; 0).</summary>
    public static long Scan<TDir, T>(byte* p, nint n, nint stride)
        where TDir : IArgDirection
        where T : unmanaged
    {
        if (stride == sizeof(T) && n <= ElementwiseLoops.MaxSpan && (typeof(T) == typeof(float) || typeof(T) == typeof(double)))
        {
            return typeof(T) == typeof(float) ? ScanSpan<TDir, float>(new ReadOnlySpan<float>(p, (int)n)) : ScanSpan<TDir, double>(new ReadOnlySpan<double>(p, (int)n));
        }

        T best = Unsafe.ReadUnaligned<T>(p);
        long index = 0;
        if (IsNaN(best))
        {
            return 0;
        }

        for (nint i = 1; i < n; i++)
        {
            T x = Unsafe.ReadUnaligned<T>(p + (i * stride));
            if (Better<TDir, T>(x, best))
            {
                best = x;
                index = i;
                if (IsNaN(x))
                {
                    break;
                }
            }
        }

        return index;
    }

    /// <summary>Elements per block of a parallel index search: 256 KB of float32.</summary>
    private const int SearchBlock = 1 << 16;

    private static long ScanSpan<TDir, T>(ReadOnlySpan<T> x)
        where TDir : IArgDirection
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = x.Length >= 4 * SearchBlock ? IndexOfExtremeByBlocks<TDir, T>(x) : IndexOfExtreme<TDir, T>(x);
        if (T.IsZero(x[i]))
        {
            // NumPy does not order -0.0 and 0.0: the first zero of either sign is the extreme.
            for (int j = 0; j < i; j++)
            {
                if (T.IsZero(x[j]))
                {
                    return j;
                }
            }
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfExtreme<TDir, T>(ReadOnlySpan<T> x)
        where TDir : IArgDirection
        where T : unmanaged, IFloatingPointIeee754<T> =>
        TDir.IsMax ? TensorPrimitives.IndexOfMax(x) : TensorPrimitives.IndexOfMin(x);

    /// <summary>
    /// The search of a long run split into fixed blocks searched on every core, then joined in block order: the
    /// first block holding a NaN, else the first block whose extreme is strictly beyond every earlier one. Block
    /// edges do not depend on the core count, so neither does the index.
    /// </summary>
    private static int IndexOfExtremeByBlocks<TDir, T>(ReadOnlySpan<T> x)
        where TDir : IArgDirection
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int blocks = (x.Length + SearchBlock - 1) / SearchBlock;
        int[] found = new int[blocks];
        fixed (T* p = x)
        fixed (int* f = found)
        {
            ParallelRange.For(blocks, (long)SearchBlock * sizeof(T), new BlockSearch<TDir, T>(p, x.Length, f));
        }

        int best = found[0];
        for (int b = 0; b < blocks; b++)
        {
            T v = x[found[b]];
            if (T.IsNaN(v))
            {
                return found[b];
            }

            if (b > 0 && (TDir.IsMax ? v > x[best] : v < x[best]))
            {
                best = found[b];
            }
        }

        return best;
    }

    private readonly struct BlockSearch<TDir, T>(T* data, int length, int* found) : IRangeAction
        where TDir : IArgDirection
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public void Invoke(nint start, nint end)
        {
            for (nint b = start; b < end; b++)
            {
                int first = (int)b * SearchBlock;
                int n = Math.Min(SearchBlock, length - first);
                found[b] = first + IndexOfExtreme<TDir, T>(new ReadOnlySpan<T>(data + first, n));
            }
        }
    }

    private static void SearchRows<TDir, T>(byte* data, nint[] outer, nint[] outerStrides, nint n, nint s, long* dst, nint count)
        where TDir : IArgDirection
        where T : unmanaged
    {
        T[] best = GC.AllocateUninitializedArray<T>((int)count);
        fixed (T* b = best)
        {
            for (nint i = 0; i < n; i++)
            {
                var loop = new RowLoop<TDir, T>(b, dst, i);
                StridedLoop.ForEach(ref loop, outer, data + (i * s), outerStrides);
            }
        }
    }

    /// <summary>One row of the row-by-row search; positions are visited in C order, as the output is laid out.</summary>
    private struct RowLoop<TDir, T>(T* best, long* index, nint row) : IUnaryInnerLoop
        where TDir : IArgDirection
        where T : unmanaged
    {
        private nint _position;

        public void Run(byte* data, nint stride, nint count)
        {
            T* b = best + _position;
            long* idx = index + _position;
            if (row == 0)
            {
                for (nint j = 0; j < count; j++)
                {
                    b[j] = Unsafe.ReadUnaligned<T>(data + (j * stride));
                    idx[j] = 0;
                }
            }
            else
            {
                for (nint j = 0; j < count; j++)
                {
                    T x = Unsafe.ReadUnaligned<T>(data + (j * stride));
                    if (!IsNaN(b[j]) && Better<TDir, T>(x, b[j]))
                    {
                        b[j] = x;
                        idx[j] = row;
                    }
                }
            }

            _position += count;
        }
    }

    private struct ScanLoop<TDir, T>(long* dst, nint n, nint stride) : IUnaryInnerLoop
        where TDir : IArgDirection
        where T : unmanaged
    {
        private nint _position;

        public void Run(byte* data, nint outerStride, nint count)
        {
            for (nint j = 0; j < count; j++)
            {
                dst[_position++] = Scan<TDir, T>(data + (j * outerStride), n, stride);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNaN<T>(T x)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            return float.IsNaN(ReduceLoops.As<T, float>(x));
        }

        if (typeof(T) == typeof(double))
        {
            return double.IsNaN(ReduceLoops.As<T, double>(x));
        }

        if (typeof(T) == typeof(Half))
        {
            return Half.IsNaN(ReduceLoops.As<T, Half>(x));
        }

        if (typeof(T) == typeof(Complex))
        {
            Complex c = ReduceLoops.As<T, Complex>(x);
            return double.IsNaN(c.Real) || double.IsNaN(c.Imaginary);
        }

        if (typeof(T) == typeof(Complex64))
        {
            Complex64 c = ReduceLoops.As<T, Complex64>(x);
            return float.IsNaN(c.Real) || float.IsNaN(c.Imaginary);
        }

        return false;
    }

    /// <summary>Whether <paramref name="x"/> replaces <paramref name="best"/>: strictly beyond it, or NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Better<TDir, T>(T x, T best)
        where TDir : IArgDirection
        where T : unmanaged
    {
        if (typeof(T) == typeof(Complex) || typeof(T) == typeof(Complex64))
        {
            Complex cx = typeof(T) == typeof(Complex) ? ReduceLoops.As<T, Complex>(x) : ReduceLoops.As<T, Complex64>(x);
            Complex cb = typeof(T) == typeof(Complex) ? ReduceLoops.As<T, Complex>(best) : ReduceLoops.As<T, Complex64>(best);
            bool beyond = TDir.IsMax
                ? cx.Real > cb.Real || (cx.Real == cb.Real && cx.Imaginary > cb.Imaginary)
                : cx.Real < cb.Real || (cx.Real == cb.Real && cx.Imaginary < cb.Imaginary);
            return beyond || double.IsNaN(cx.Real) || double.IsNaN(cx.Imaginary);
        }

        if (typeof(T) == typeof(bool))
        {
            bool bx = ReduceLoops.As<T, bool>(x);
            bool bb = ReduceLoops.As<T, bool>(best);
            return TDir.IsMax ? bx && !bb : !bx && bb;
        }

        // !(x <= best) for argmax and !(x >= best) for argmin, so a NaN is taken.
        return TDir.IsMax
            ? Elementwise.Predicate<LessEqualOperator, T>(x, best) == false
            : Elementwise.Predicate<GreaterEqualOperator, T>(x, best) == false;
    }
}
