using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NumBridge.Kernels;

/// <summary>
/// Runs a ufunc reduction over some axes in NumPy's order (<see cref="ReducePlan"/>): the output starts at the
/// identity (or the first element of each block), then each block is folded in chunks of
/// <see cref="PairwiseSum.ChunkSize"/>, or whole rows are accumulated when the inner axis is kept.
/// </summary>
/// <remarks>
/// Work is split across cores only where the order stays NumPy's: independent output elements (a block per output,
/// or a range of columns when rows are accumulated), and, for one float sum, the pairwise sums of the chunks, which
/// are then added in order. The result never depends on the core count.
/// </remarks>
internal static unsafe class Reduction
{
    /// <summary>
    /// Reduces <paramref name="input"/> over the axes where <paramref name="reduced"/> is true into
    /// <paramref name="result"/>, whose dtype is the input's (the loop dtype) and whose shape is the input's with those
    /// axes removed, or kept as length 1.
    /// </summary>
    public static void Reduce<TOp>(NDArray input, bool[] reduced, NDArray result)
        where TOp : IReduceOperator
    {
        Debug.Assert(input.dtype == result.dtype && reduced.Length == input.ndim);
        nint[] shape = input.shape.Dims.ToArray();
        nint[] outStrides = ReducePlan.OutputStrides(result, reduced);
        var visitor = new Visitor<TOp>((nint)input.Data, input.StridesSpan.ToArray(), (nint)result.Data, shape, outStrides, reduced);
        DTypeSwitch.Invoke<Visitor<TOp>, bool>(input.dtype.Code, ref visitor);
        GC.KeepAlive(input);
        GC.KeepAlive(result);
    }

    private readonly struct Visitor<TOp>(nint input, nint[] inStrides, nint output, nint[] shape, nint[] outStrides, bool[] reduced)
        : IDTypeVisitor<bool>
        where TOp : IReduceOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Run<TOp, T>((byte*)input, inStrides, (byte*)output, shape, outStrides, reduced);
            return true;
        }
    }

    private static void Run<TOp, T>(byte* input, nint[] inStrides, byte* output, nint[] shape, nint[] outStrides, bool[] reduced)
        where TOp : IReduceOperator
        where T : unmanaged
    {
        // 1. The start value of every output element: the identity, or the element at index 0 of the reduced axes
        // (an empty reduced axis has no such element; the caller has refused it for an operator without identity).
        nint[] kept = (nint[])shape.Clone();
        for (int i = 0; i < kept.Length; i++)
        {
            if (reduced[i])
            {
                kept[i] = 1;
            }
        }

        if (TOp.HasIdentity)
        {
            var fill = new FillLoop<T>(TOp.Identity<T>());
            StridedLoop.ForEach(ref fill, kept, output, outStrides);
        }
        else
        {
            var copy = new CopyLoop<T>();
            StridedLoop.ForEach(ref copy, kept, input, inStrides, output, outStrides);
        }

        foreach (nint d in shape)
        {
            if (d == 0)
            {
                return;
            }
        }

        // 2. The walk.
        ReducePlan plan = ReducePlan.Create(shape, inStrides, outStrides);
        int n = plan.Ndim;
        int k = plan.InnerReduced;
        if (k == n && k == 1 && typeof(TOp) == typeof(SumReduce) && (typeof(T) == typeof(float) || typeof(T) == typeof(double)))
        {
            Unsafe.WriteUnaligned(output, ChunkedFloatSum(Unsafe.ReadUnaligned<T>(output), input, plan.InStrides[0], plan.Dims[0], default(PlainChunk<T>)));
            return;
        }

        if (k == n)
        {
            var body = new BlockAction<TOp, T>(plan, input, output, 0);
            body.Invoke(0, 1);
            return;
        }

        int outer = n - k;
        if (k > 0)
        {
            // One block per outer index; outer indices are independent when the output moves along every outer axis.
            bool independent = true;
            for (int i = 0; i < outer; i++)
            {
                independent &= plan.OutStrides[i] != 0;
            }

            nint blockSize = 1;
            for (int i = outer; i < n; i++)
            {
                blockSize *= plan.Dims[i];
            }

            nint rows = 1;
            for (int i = 1; i < outer; i++)
            {
                rows *= plan.Dims[i];
            }

            var action = new BlockAction<TOp, T>(plan, input, output, outer);
            if (independent)
            {
                ParallelRange.For(plan.Dims[0], rows * blockSize * sizeof(T), action);
            }
            else
            {
                action.Invoke(0, plan.Dims[0]);
            }

            return;
        }

        // k == 0: the inner axis is kept; rows are accumulated in order, and columns are independent.
        nint total = 1;
        for (int i = 0; i < n - 1; i++)
        {
            total *= plan.Dims[i];
        }

        var rowsAction = new AccumulateAction<TOp, T>(plan, input, output);
        ParallelRange.For(plan.Dims[n - 1], total * sizeof(T), rowsAction);
    }

    /// <summary>
    /// <c>sum((x - mean)**2)</c> over a C-contiguous float32 or float64 array, bit for bit what <c>_var</c>'s subtract,
    /// in-place square and sum give (the same chunks, the same pairwise order, the same roundings), but with each chunk
    /// of squares formed in a stack buffer just before it is summed: no temporary the size of the input.
    /// </summary>
    public static T SumOfSquaredDeviations<T>(NDArray a, T mean)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Debug.Assert(a.flags.c_contiguous && a.dtype.ItemSize == sizeof(T));
        T sum = ChunkedFloatSum(SumReduce.Identity<T>(), a.Data, sizeof(T), a.size, new SquaredDeviationChunk<T>(mean));
        GC.KeepAlive(a);
        return sum;
    }

    /// <summary>
    /// One float sum over a single run: the pairwise sums of the chunks are independent, so they may be computed on
    /// several cores; they are then added to the accumulator one by one, in order, as NumPy's
    /// <c>*iop1 += pairwise_sum(chunk)</c>. <paramref name="chunk"/> gives each chunk's pairwise sum.
    /// </summary>
    private static T ChunkedFloatSum<T, TChunk>(T acc, byte* a, nint stride, nint n, TChunk chunk)
        where T : unmanaged
        where TChunk : struct, IChunkSum<T>
    {
        nint chunks = (n + PairwiseSum.ChunkSize - 1) / PairwiseSum.ChunkSize;
        if (chunks < 8)
        {
            for (nint c = 0; c < chunks; c++)
            {
                nint start = c * PairwiseSum.ChunkSize;
                acc = Add(acc, chunk.Sum(a + (start * stride), stride, Math.Min(PairwiseSum.ChunkSize, n - start)));
            }

            return acc;
        }

        T[] partial = new T[chunks];
        fixed (T* p = partial)
        {
            var action = new ChunkAction<T, TChunk>(a, stride, n, p, chunk);
            ParallelRange.For(chunks, PairwiseSum.ChunkSize * sizeof(T), action);
            for (nint c = 0; c < chunks; c++)
            {
                acc = Add(acc, p[c]);
            }
        }

        return acc;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Add<T>(T x, T y)
        where T : unmanaged => typeof(T) == typeof(float)
            ? ReduceLoops.As<float, T>(ReduceLoops.As<T, float>(x) + ReduceLoops.As<T, float>(y))
            : ReduceLoops.As<double, T>(ReduceLoops.As<T, double>(x) + ReduceLoops.As<T, double>(y));

    /// <summary>The pairwise sum of one chunk of a float run.</summary>
    private interface IChunkSum<T>
        where T : unmanaged
    {
        T Sum(byte* p, nint stride, nint count);
    }

    /// <summary>The chunk's own elements.</summary>
    private readonly struct PlainChunk<T> : IChunkSum<T>
        where T : unmanaged
    {
        public T Sum(byte* p, nint stride, nint count) => typeof(T) == typeof(float)
            ? ReduceLoops.As<float, T>(PairwiseSum.Sum<float>(p, count, stride))
            : ReduceLoops.As<double, T>(PairwiseSum.Sum<double>(p, count, stride));
    }

    /// <summary>The squares of the chunk's deviations from <paramref name="mean"/>, rounded as two ufunc passes round
    /// them (<c>d = x - mean</c>, then <c>d * d</c>), formed in a stack buffer.</summary>
    private readonly struct SquaredDeviationChunk<T>(T mean) : IChunkSum<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        [SkipLocalsInit]
        public T Sum(byte* p, nint stride, nint count)
        {
            T* squares = stackalloc T[PairwiseSum.ChunkSize];
            nint i = 0;
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
            {
                // Lane by lane the same IEEE subtract and multiply, so the same bits as the scalar loop.
                Vector256<T> m = Vector256.Create(mean);
                for (; i <= count - Vector256<T>.Count; i += Vector256<T>.Count)
                {
                    Vector256<T> d = Vector256.Load((T*)p + i) - m;
                    (d * d).Store(squares + i);
                }
            }

            for (; i < count; i++)
            {
                T d = Unsafe.ReadUnaligned<T>(p + (i * stride)) - mean;
                squares[i] = d * d;
            }

            return default(PlainChunk<T>).Sum((byte*)squares, sizeof(T), count);
        }
    }

    private readonly struct ChunkAction<T, TChunk>(byte* a, nint stride, nint n, T* partial, TChunk chunk) : IRangeAction
        where T : unmanaged
        where TChunk : struct, IChunkSum<T>
    {
        public void Invoke(nint start, nint end)
        {
            for (nint c = start; c < end; c++)
            {
                nint first = c * PairwiseSum.ChunkSize;
                nint count = Math.Min(PairwiseSum.ChunkSize, n - first);
                partial[c] = chunk.Sum(a + (first * stride), stride, count);
            }
        }
    }

    /// <summary>Folds the reduced block under each outer index in <c>[start, end)</c> of the outermost axis.</summary>
    private readonly struct BlockAction<TOp, T>(ReducePlan plan, byte* input, byte* output, int outer) : IRangeAction
        where TOp : IReduceOperator
        where T : unmanaged
    {
        public void Invoke(nint start, nint end)
        {
            int n = plan.Ndim;
            int k = n - outer;
            T[]? buffer = k > 1 ? GC.AllocateUninitializedArray<T>(PairwiseSum.ChunkSize) : null;
            fixed (T* buf = buffer)
            {
                if (outer == 0)
                {
                    T acc = Unsafe.ReadUnaligned<T>(output);
                    Unsafe.WriteUnaligned(output, FoldBlock<TOp, T>(acc, input, plan, 0, buf));
                    return;
                }

                if (start >= end)
                {
                    return;
                }

                Span<nint> counter = stackalloc nint[outer];
                counter.Clear();
                counter[0] = start;
                byte* pin = input + (start * plan.InStrides[0]);
                byte* pout = output + (start * plan.OutStrides[0]);
                while (true)
                {
                    T acc = Unsafe.ReadUnaligned<T>(pout);
                    Unsafe.WriteUnaligned(pout, FoldBlock<TOp, T>(acc, pin, plan, outer, buf));
                    int d = outer - 1;
                    while (true)
                    {
                        pin += plan.InStrides[d];
                        pout += plan.OutStrides[d];
                        nint limit = d == 0 ? end : plan.Dims[d];
                        if (++counter[d] < limit)
                        {
                            break;
                        }

                        if (d == 0)
                        {
                            return;
                        }

                        pin -= plan.InStrides[d] * plan.Dims[d];
                        pout -= plan.OutStrides[d] * plan.Dims[d];
                        counter[d] = 0;
                        d--;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Folds the block of axes <c>[first, n)</c> at <paramref name="p"/>: one axis is handed to the inner loop in
    /// chunks; several are first gathered, in order, into chunks of a contiguous buffer, as NumPy's buffered iterator.
    /// </summary>
    private static T FoldBlock<TOp, T>(T acc, byte* p, ReducePlan plan, int first, T* buffer)
        where TOp : IReduceOperator
        where T : unmanaged
    {
        int n = plan.Ndim;
        nint chunk = PairwiseSum.ChunkSize;
        if (first == n - 1)
        {
            nint len = plan.Dims[first];
            nint s = plan.InStrides[first];
            for (nint start = 0; start < len; start += chunk)
            {
                acc = TOp.Fold(acc, p + (start * s), s, Math.Min(chunk, len - start));
            }

            return acc;
        }

        int m = n - first;
        Span<nint> counter = stackalloc nint[m - 1];
        counter.Clear();
        nint inner = plan.Dims[n - 1];
        nint innerStride = plan.InStrides[n - 1];
        nint filled = 0;
        while (true)
        {
            for (nint i = 0; i < inner;)
            {
                nint take = Math.Min(inner - i, chunk - filled);
                byte* src = p + (i * innerStride);
                for (nint j = 0; j < take; j++)
                {
                    buffer[filled + j] = Unsafe.ReadUnaligned<T>(src + (j * innerStride));
                }

                filled += take;
                i += take;
                if (filled == chunk)
                {
                    acc = TOp.Fold(acc, (byte*)buffer, sizeof(T), filled);
                    filled = 0;
                }
            }

            int d = m - 2;
            while (true)
            {
                if (d < 0)
                {
                    return filled > 0 ? TOp.Fold(acc, (byte*)buffer, sizeof(T), filled) : acc;
                }

                p += plan.InStrides[first + d];
                if (++counter[d] < plan.Dims[first + d])
                {
                    break;
                }

                p -= plan.InStrides[first + d] * plan.Dims[first + d];
                counter[d] = 0;
                d--;
            }
        }
    }

    /// <summary>Accumulates every row into the output for the columns <c>[start, end)</c> of the inner axis.</summary>
    private readonly struct AccumulateAction<TOp, T>(ReducePlan plan, byte* input, byte* output) : IRangeAction
        where TOp : IReduceOperator
        where T : unmanaged
    {
        public void Invoke(nint start, nint end)
        {
            if (start >= end)
            {
                return;
            }

            int n = plan.Ndim;
            nint si = plan.InStrides[n - 1];
            nint so = plan.OutStrides[n - 1];
            byte* pin = input + (start * si);
            byte* pout = output + (start * so);
            nint count = end - start;
            if (n == 1)
            {
                TOp.Accumulate<T>(pout, so, pin, si, count);
                return;
            }

            Span<nint> counter = stackalloc nint[n - 1];
            counter.Clear();
            while (true)
            {
                TOp.Accumulate<T>(pout, so, pin, si, count);
                int d = n - 2;
                while (true)
                {
                    pin += plan.InStrides[d];
                    pout += plan.OutStrides[d];
                    if (++counter[d] < plan.Dims[d])
                    {
                        break;
                    }

                    if (d == 0)
                    {
                        return;
                    }

                    pin -= plan.InStrides[d] * plan.Dims[d];
                    pout -= plan.OutStrides[d] * plan.Dims[d];
                    counter[d] = 0;
                    d--;
                }
            }
        }
    }

    private struct FillLoop<T>(T value) : IUnaryInnerLoop
        where T : unmanaged
    {
        public readonly void Run(byte* data, nint stride, nint count)
        {
            for (nint i = 0; i < count; i++)
            {
                Unsafe.WriteUnaligned(data + (i * stride), value);
            }
        }
    }

    private struct CopyLoop<T> : IBinaryInnerLoop
        where T : unmanaged
    {
        public readonly void Run(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
        {
            for (nint i = 0; i < count; i++)
            {
                Unsafe.WriteUnaligned(dst + (i * dstStride), Unsafe.ReadUnaligned<T>(src + (i * srcStride)));
            }
        }
    }
}
