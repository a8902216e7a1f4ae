using System.Diagnostics;

namespace NumBridge.Kernels;

/// <summary>
/// The iteration of one reduction, in the order NumPy's reduce iterator uses, so that float sums round exactly as
/// NumPy's do. Operands are the output (stride 0 along every reduced axis) and the input.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Axes are sorted as <c>npyiter_find_best_axis_ordering</c> (<c>numpy/_core/src/multiarray/nditer_constr.c</c>):
/// an insertion sort from the innermost axis outward that moves an axis inward only when every operand with
/// non-zero strides on both axes agrees that its stride is smaller, so memory is walked forward.</item>
/// <item>Length-1 axes are dropped and neighbours that are contiguous in both operands are merged
/// (<c>npyiter_coalesce_axes</c>), so all axes of a C-contiguous array are one run, and a
/// <c>(m, n)</c> array reduced over its last axis is m runs of n.</item>
/// <item><see cref="InnerReduced"/> counts the innermost axes along which the output does not move. When it is
/// non-zero each output element is the fold of that block, flattened in order and handed to the inner loop in
/// chunks of <see cref="PairwiseSum.ChunkSize"/> (NumPy's buffer); when it is zero the inner axis is kept and the
/// reduced axes are outer, so whole rows are added element-wise in order.</item>
/// </list>
/// </remarks>
internal sealed class ReducePlan
{
    private ReducePlan(nint[] dims, nint[] inStrides, nint[] outStrides, nint[]? maskStrides, int innerReduced)
    {
        Dims = dims;
        InStrides = inStrides;
        OutStrides = outStrides;
        MaskStrides = maskStrides;
        InnerReduced = innerReduced;
    }

    /// <summary>The merged axes, outermost first (at least one).</summary>
    public nint[] Dims { get; }

    public nint[] InStrides { get; }

    public nint[] OutStrides { get; }

    /// <summary>The strides of the <c>where=</c> mask, a third operand (null when there is none).</summary>
    public nint[]? MaskStrides { get; }

    public int Ndim => Dims.Length;

    /// <summary>How many innermost axes have output stride 0.</summary>
    public int InnerReduced { get; }

    /// <summary>The output's strides on every input axis: 0 along the <paramref name="reduced"/> ones, whether the
    /// result keeps them (length 1) or drops them.</summary>
    public static nint[] OutputStrides(NDArray result, bool[] reduced)
    {
        int nd = reduced.Length;
        nint[] strides = new nint[nd];
        bool keepdims = result.ndim == nd;
        for (int i = 0, r = 0; i < nd; i++)
        {
            if (reduced[i])
            {
                r += keepdims ? 1 : 0;
                continue;
            }

            strides[i] = result.StridesSpan[r++];
        }

        return strides;
    }

    /// <summary>Plans the walk of <paramref name="shape"/> (no length is zero); a <c>where=</c> mask, when its strides
    /// are given, votes on the axis order and must be contiguous for axes to merge, as NumPy's third operand.</summary>
    public static ReducePlan Create(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> inStrides, ReadOnlySpan<nint> outStrides, ReadOnlySpan<nint> maskStrides = default)
    {
        int nd = shape.Length;
        bool masked = maskStrides.Length == nd && nd > 0;
        Debug.Assert(inStrides.Length == nd && outStrides.Length == nd);

        // perm[0] is the innermost axis, as NumPy's axisdata order.
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++)
        {
            perm[i] = nd - 1 - i;
        }

        for (int i0 = 1; i0 < nd; i0++)
        {
            int ipos = i0;
            int j0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--)
            {
                int j1 = perm[i1];
                bool ambiguous = true;
                bool shouldSwap = false;
                Compare(outStrides[j0], outStrides[j1], ref ambiguous, ref shouldSwap);
                Compare(inStrides[j0], inStrides[j1], ref ambiguous, ref shouldSwap);
                if (masked)
                {
                    Compare(maskStrides[j0], maskStrides[j1], ref ambiguous, ref shouldSwap);
                }
                if (!ambiguous)
                {
                    if (!shouldSwap)
                    {
                        break;
                    }

                    ipos = i1;
                }
            }

            if (ipos != i0)
            {
                for (int i = i0; i > ipos; i--)
                {
                    perm[i] = perm[i - 1];
                }

                perm[ipos] = j0;
            }
        }

        // Outermost first, length-1 axes dropped, neighbours merged.
        var dims = new List<nint>(nd);
        var si = new List<nint>(nd);
        var so = new List<nint>(nd);
        var sm = new List<nint>(nd);
        for (int i = nd - 1; i >= 0; i--)
        {
            int axis = perm[i];
            nint d = shape[axis];
            if (d == 1)
            {
                continue;
            }

            int last = dims.Count - 1;
            nint mask = masked ? maskStrides[axis] : 0;
            if (last >= 0 && si[last] == inStrides[axis] * d && so[last] == outStrides[axis] * d && sm[last] == mask * d)
            {
                dims[last] *= d;
                si[last] = inStrides[axis];
                so[last] = outStrides[axis];
                sm[last] = mask;
                continue;
            }

            dims.Add(d);
            si.Add(inStrides[axis]);
            so.Add(outStrides[axis]);
            sm.Add(mask);
        }

        if (dims.Count == 0)
        {
            dims.Add(1);
            si.Add(0);
            so.Add(0);
            sm.Add(0);
        }

        int k = 0;
        while (k < so.Count && so[so.Count - 1 - k] == 0)
        {
            k++;
        }

        return new ReducePlan([.. dims], [.. si], [.. so], masked ? [.. sm] : null, k);
    }

    private static void Compare(nint stride0, nint stride1, ref bool ambiguous, ref bool shouldSwap)
    {
        if (stride0 != 0 && stride1 != 0)
        {
            if (Math.Abs(stride1) <= Math.Abs(stride0))
            {
                shouldSwap = false;
            }
            else if (ambiguous)
            {
                shouldSwap = true;
            }

            ambiguous = false;
        }
    }
}
