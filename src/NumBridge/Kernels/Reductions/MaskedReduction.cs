using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// A ufunc reduction with NumPy's <c>initial=</c> start value and <c>where=</c> mask: the output already holds the
/// start value, and the input's elements are visited in the order of <see cref="ReducePlan"/>. When the inner axes
/// are reduced, each output's block is walked in chunks of <see cref="PairwiseSum.ChunkSize"/> (NumPy's buffer) and
/// every run of selected elements inside a chunk is one call of the operator's inner loop, as NumPy's masked loop
/// (<c>generic_masked_strided_loop</c>) calls the unmasked loop once per run; so a float sum is pairwise within a run
/// and sequential across runs, NumPy's result to the last bit. When the inner axis is kept, the selected elements are
/// folded one by one, in order.
/// </summary>
/// <remarks>
/// The mask is NumPy's third operand: it votes on the axis order and must be contiguous for axes to merge
/// (<see cref="ReducePlan"/>), so a C-ordered mask over a transposed input walks it as NumPy does.
/// </remarks>
internal static unsafe class MaskedReduction
{
    /// <summary>Folds <paramref name="input"/> over the <paramref name="reduced"/> axes into <paramref name="result"/>
    /// (same dtype, already filled with the start values); <paramref name="mask"/> is null (all selected) or a bool
    /// view of the input's shape (zero strides where it broadcasts).</summary>
    public static void Reduce<TOp>(NDArray input, NDArray? mask, bool[] reduced, NDArray result)
        where TOp : IReduceOperator
    {
        Debug.Assert(input.dtype == result.dtype && reduced.Length == input.ndim);
        nint[] shape = input.shape.Dims.ToArray();
        if (input.size == 0)
        {
            return;
        }

        nint[] outStrides = ReducePlan.OutputStrides(result, reduced);
        ReducePlan plan = ReducePlan.Create(shape, input.StridesSpan, outStrides, mask is null ? default : mask.StridesSpan);
        var visitor = new Visitor<TOp>((nint)input.Data, mask is null ? 0 : (nint)mask.Data, (nint)result.Data, plan);
        DTypeSwitch.Invoke<Visitor<TOp>, bool>(input.dtype.Code, ref visitor);
        GC.KeepAlive(input);
        GC.KeepAlive(mask);
        GC.KeepAlive(result);
    }

    private readonly struct Visitor<TOp>(nint input, nint mask, nint output, ReducePlan plan) : IDTypeVisitor<bool>
        where TOp : IReduceOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Run<TOp, T>((byte*)input, (byte*)mask, (byte*)output, plan);
            return true;
        }
    }

    private static void Run<TOp, T>(byte* input, byte* mask, byte* output, ReducePlan plan)
        where TOp : IReduceOperator
        where T : unmanaged
    {
        int n = plan.Ndim;
        int k = plan.InnerReduced;
        int outer = n - k;
        nint[] maskStrides = plan.MaskStrides ?? new nint[n];
        T[] values = GC.AllocateUninitializedArray<T>(k > 0 ? (int)PairwiseSum.ChunkSize : 0);
        bool[] flags = new bool[values.Length];
        Span<nint> counter = stackalloc nint[outer];
        counter.Clear();
        byte* pin = input;
        byte* pmask = mask;
        byte* pout = output;
        while (true)
        {
            T acc = Unsafe.ReadUnaligned<T>(pout);
            if (k > 0)
            {
                acc = FoldBlock<TOp, T>(acc, pin, pmask, plan, maskStrides, values, flags);
            }
            else if (pmask == null || *pmask != 0)
            {
                acc = TOp.Fold(acc, pin, 0, 1);
            }

            Unsafe.WriteUnaligned(pout, acc);
            int d = outer - 1;
            while (true)
            {
                if (d < 0)
                {
                    return;
                }

                pin += plan.InStrides[d];
                pmask += maskStrides[d];
                pout += plan.OutStrides[d];
                if (++counter[d] < plan.Dims[d])
                {
                    break;
                }

                pin -= plan.InStrides[d] * plan.Dims[d];
                pmask -= maskStrides[d] * plan.Dims[d];
                pout -= plan.OutStrides[d] * plan.Dims[d];
                counter[d] = 0;
                d--;
            }
        }
    }

    /// <summary>Folds the reduced block of axes <c>[n - k, n)</c> at <paramref name="p"/>, gathered in order into chunks
    /// of <see cref="PairwiseSum.ChunkSize"/>.</summary>
    private static T FoldBlock<TOp, T>(T acc, byte* p, byte* m, ReducePlan plan, nint[] maskStrides, T[] values, bool[] flags)
        where TOp : IReduceOperator
        where T : unmanaged
    {
        int n = plan.Ndim;
        int first = n - plan.InnerReduced;
        Span<nint> counter = stackalloc nint[n - first];
        counter.Clear();
        int filled = 0;
        while (true)
        {
            values[filled] = Unsafe.ReadUnaligned<T>(p);
            flags[filled] = m == null || *m != 0;
            if (++filled == values.Length)
            {
                acc = FoldRuns<TOp, T>(acc, values, flags, filled);
                filled = 0;
            }

            int d = n - first - 1;
            while (true)
            {
                if (d < 0)
                {
                    return filled > 0 ? FoldRuns<TOp, T>(acc, values, flags, filled) : acc;
                }

                nint s = plan.InStrides[first + d];
                p += s;
                m += maskStrides[first + d];
                if (++counter[d] < plan.Dims[first + d])
                {
                    break;
                }

                p -= s * plan.Dims[first + d];
                m -= maskStrides[first + d] * plan.Dims[first + d];
                counter[d] = 0;
                d--;
            }
        }
    }

    /// <summary>One inner-loop call per run of selected elements in the chunk.</summary>
    private static T FoldRuns<TOp, T>(T acc, T[] values, bool[] flags, int count)
        where TOp : IReduceOperator
        where T : unmanaged
    {
        fixed (T* v = values)
        {
            int i = 0;
            while (i < count)
            {
                if (!flags[i])
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < count && flags[i])
                {
                    i++;
                }

                acc = TOp.Fold(acc, (byte*)(v + start), sizeof(T), i - start);
            }
        }

        return acc;
    }
}
