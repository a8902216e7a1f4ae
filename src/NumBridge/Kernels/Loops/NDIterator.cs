using System.Diagnostics;

namespace NumBridge.Kernels;

/// <summary>
/// The (pointer, byte stride) pairs of one 1-D inner-loop call: NumPy's single loop signature
/// (<c>numpy/_core/src/umath/fast_loop_macros.h</c>). Operand order is inputs first, then the output.
/// </summary>
internal unsafe struct LoopArgs
{
    public const int MaxOperands = 4;

    public fixed long Pointer[MaxOperands];
    public fixed long Stride[MaxOperands];

    public readonly byte* P(int operand) => (byte*)Pointer[operand];

    public readonly nint S(int operand) => (nint)Stride[operand];
}

/// <summary>A 1-D inner loop over <c>count</c> elements of every operand.</summary>
internal interface IInnerLoop
{
    void Run(in LoopArgs args, nint count);
}

/// <summary>
/// Walks operands that already have one broadcast shape (zero strides where they repeat), calling a struct inner
/// loop once per innermost run, as NumPy's <c>nditer</c> does for ufuncs
/// (<c>numpy/_core/src/multiarray/nditer_constr.c</c>):
/// <list type="number">
/// <item>axes are put in the memory order of the output (largest stride first), so a transposed or F-ordered
/// operation still walks memory forward;</item>
/// <item>length-1 axes are dropped and neighbours that are contiguous with each other in every operand are merged,
/// so contiguous operands are one run;</item>
/// <item>above about a megabyte per core, the outermost axis is split across cores with a struct action.</item>
/// </list>
/// Every element is visited exactly once and elements are independent, so the result does not depend on the order
/// or the core count. The caller guarantees that an output does not overlap an input unless it is the same elements.
/// </summary>
internal static unsafe class NDIterator
{
    /// <summary>Runs <paramref name="loop"/> over every element.</summary>
    /// <param name="loop">The inner loop.</param>
    /// <param name="shape">The broadcast shape.</param>
    /// <param name="data">The address of element 0 of each operand.</param>
    /// <param name="strides">Each operand's byte strides over <paramref name="shape"/>.</param>
    /// <param name="bytesPerElement">Bytes read and written per element over all operands (for the split).</param>
    public static void Run<TLoop>(in TLoop loop, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> data,
        nint[][] strides, long bytesPerElement)
        where TLoop : struct, IInnerLoop
    {
        int nops = data.Length;
        Debug.Assert(nops is > 0 and <= LoopArgs.MaxOperands && strides.Length == nops);
        int ndim = shape.Length;
        foreach (nint d in shape)
        {
            if (d == 0)
            {
                return;
            }
        }

        // 1. Axis order: by the output's absolute stride, largest first (stable), as NPY_KEEPORDER.
        int[] axes = new int[ndim];
        for (int i = 0; i < ndim; i++)
        {
            axes[i] = i;
        }

        nint[] outStrides = strides[nops - 1];
        for (int i = 1; i < ndim; i++)
        {
            int a = axes[i];
            int j = i - 1;
            while (j >= 0 && Math.Abs(outStrides[axes[j]]) < Math.Abs(outStrides[a]))
            {
                axes[j + 1] = axes[j];
                j--;
            }

            axes[j + 1] = a;
        }

        // 2. Coalesce, in that order.
        var plan = new Plan(nops, Math.Max(ndim, 1));
        int n = 0;
        foreach (int axis in axes)
        {
            nint d = shape[axis];
            if (d == 1)
            {
                continue;
            }

            bool merge = n > 0;
            for (int op = 0; op < nops && merge; op++)
            {
                merge = plan.Strides[op][n - 1] == strides[op][axis] * d;
            }

            if (merge)
            {
                plan.Dims[n - 1] *= d;
                for (int op = 0; op < nops; op++)
                {
                    plan.Strides[op][n - 1] = strides[op][axis];
                }

                continue;
            }

            plan.Dims[n] = d;
            for (int op = 0; op < nops; op++)
            {
                plan.Strides[op][n] = strides[op][axis];
            }

            n++;
        }

        if (n == 0)
        {
            plan.Dims[0] = 1;
            n = 1;
        }

        plan.Ndim = n;
        for (int op = 0; op < nops; op++)
        {
            plan.Data[op] = data[op];
        }

        // 3. Split the outermost axis across cores when it is big enough.
        nint inner = 1;
        for (int k = 1; k < n; k++)
        {
            inner *= plan.Dims[k];
        }

        var action = new RangeAction<TLoop>(plan, loop);
        ParallelRange.For(plan.Dims[0], inner * bytesPerElement, action);
    }

    private sealed class Plan
    {
        public Plan(int nops, int ndim)
        {
            Nops = nops;
            Dims = new nint[ndim];
            Strides = new nint[nops][];
            for (int op = 0; op < nops; op++)
            {
                Strides[op] = new nint[ndim];
            }

            Data = new nint[nops];
        }

        public int Nops { get; }

        public int Ndim { get; set; }

        public nint[] Dims { get; }

        public nint[][] Strides { get; }

        public nint[] Data { get; }
    }

    private readonly struct RangeAction<TLoop> : IRangeAction
        where TLoop : struct, IInnerLoop
    {
        private readonly Plan _plan;
        private readonly TLoop _loop;

        public RangeAction(Plan plan, in TLoop loop)
        {
            _plan = plan;
            _loop = loop;
        }

        public void Invoke(nint start, nint end)
        {
            if (start >= end)
            {
                return;
            }

            Plan plan = _plan;
            int nops = plan.Nops;
            int n = plan.Ndim;
            LoopArgs args = default;
            for (int op = 0; op < nops; op++)
            {
                args.Pointer[op] = plan.Data[op] + (start * plan.Strides[op][0]);
                args.Stride[op] = plan.Strides[op][n - 1];
            }

            if (n == 1)
            {
                _loop.Run(args, end - start);
                return;
            }

            // Outer axes 0..n-2 are walked with a counter; axis 0 only over [start, end).
            nint inner = plan.Dims[n - 1];
            Span<nint> counter = stackalloc nint[n - 1];
            counter.Clear();
            counter[0] = start;
            while (true)
            {
                _loop.Run(args, inner);
                int k = n - 2;
                while (true)
                {
                    for (int op = 0; op < nops; op++)
                    {
                        args.Pointer[op] += plan.Strides[op][k];
                    }

                    nint limit = k == 0 ? end : plan.Dims[k];
                    if (++counter[k] < limit)
                    {
                        break;
                    }

                    if (k == 0)
                    {
                        return;
                    }

                    for (int op = 0; op < nops; op++)
                    {
                        args.Pointer[op] -= plan.Strides[op][k] * plan.Dims[k];
                    }

                    counter[k] = 0;
                    k--;
                }
            }
        }
    }
}
