using System.Diagnostics;

namespace NumBridge.Kernels;

/// <summary>
/// The steps every reduction shares, as NumPy's <c>PyUFunc_Reduce</c>: the axis argument becomes a mask, the result
/// dtype is resolved, the input is cast to the loop dtype (NumPy casts in buffers; the result is the same), the
/// result is allocated in the input's memory order and <c>out</c> is checked and written.
/// </summary>
internal static partial class ReduceCall
{
    /// <summary>The reduced axes: all for null, else the normalised axes (NumPy's <c>normalize_axis_tuple</c>).</summary>
    public static bool[] AxisMask(NDArray a, ReadOnlySpan<int> axes, bool all)
    {
        var mask = new bool[a.ndim];
        if (all)
        {
            Array.Fill(mask, true);
            return mask;
        }

        foreach (int axis in AxisMath.NormalizeAxisTuple(axes, a.ndim, "axis", Messages.DuplicateAxis))
        {
            mask[axis] = true;
        }

        return mask;
    }

    /// <summary>NumPy's default dtype of <c>sum</c>, <c>prod</c> and <c>cumsum</c>: bool and small integers widen to the
    /// platform integer (int64), small unsigned integers to uint64.</summary>
    public static DType AccumulateDType(DType a) => a.Code switch
    {
        DTypeCode.Bool or DTypeCode.Int8 or DTypeCode.Int16 or DTypeCode.Int32 => np.int64,
        DTypeCode.UInt8 or DTypeCode.UInt16 or DTypeCode.UInt32 => np.uint64,
        _ => a.Native,
    };

    /// <summary>The number of elements each output element reduces.</summary>
    public static nint Count(NDArray a, bool[] mask)
    {
        nint n = 1;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i])
            {
                n = checked(n * a.shape[i]);
            }
        }

        return n;
    }

    /// <summary>The result shape: the reduced axes dropped, or kept with length 1.</summary>
    public static nint[] ResultShape(NDArray a, bool[] mask, bool keepdims)
    {
        var dims = new List<nint>(a.ndim);
        for (int i = 0; i < mask.Length; i++)
        {
            if (!mask[i])
            {
                dims.Add(a.shape[i]);
            }
            else if (keepdims)
            {
                dims.Add(1);
            }
        }

        return [.. dims];
    }

    /// <summary>
    /// A new result whose kept axes are laid out in the input's memory order (largest stride outermost, stable), as
    /// the array NumPy's reduce iterator allocates.
    /// </summary>
    public static NDArray AllocateResult(NDArray a, bool[] mask, bool keepdims, DType dtype)
    {
        nint[] shape = ResultShape(a, mask, keepdims);
        var source = new List<nint>(shape.Length);
        for (int i = 0; i < mask.Length; i++)
        {
            if (!mask[i])
            {
                source.Add(a.StridesSpan[i]);
            }
            else if (keepdims)
            {
                source.Add(0);
            }
        }

        int n = shape.Length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            int c = Math.Abs(source[y]).CompareTo(Math.Abs(source[x]));
            return c != 0 ? c : x.CompareTo(y);
        });
        var strides = new nint[n];
        nint stride = dtype.ItemSize;
        for (int k = n - 1; k >= 0; k--)
        {
            strides[order[k]] = stride;
            stride = checked(stride * Math.Max(shape[order[k]], 1));
        }

        return NDArray.AllocateStrided(dtype, Shape.Wrap(shape), strides);
    }

    /// <summary>Checks <c>out</c> against the result shape (writeable, same dimensions and lengths).</summary>
    public static void CheckOut(string ufunc, NDArray @out, nint[] shape)
    {
        @out.ThrowIfDisposed();
        @out.ThrowIfNotWriteable();
        if (@out.ndim != shape.Length)
        {
            ThrowHelper.ThrowArgument(Messages.ReductionOutputDimensions(ufunc, @out.ndim, shape.Length), nameof(@out));
        }

        if (!@out.shape.Dims.SequenceEqual(shape))
        {
            ThrowHelper.ThrowArgument(Messages.NonBroadcastableOutput(@out.shape, new Shape(shape)), nameof(@out));
        }
    }

    /// <summary>
    /// A ufunc reduction of <paramref name="a"/> in the loop dtype <paramref name="loop"/>: the input is cast to it
    /// (unsafe, as NumPy's reductions), and the result is cast into <paramref name="out"/> (unsafe) when given.
    /// </summary>
    public static NDArray Ufunc<TOp>(NDArray a, bool[] mask, DType loop, NDArray? @out, bool keepdims)
        where TOp : IReduceOperator
    {
        Debug.Assert(loop.IsNativeByteOrder);
        nint[] shape = ResultShape(a, mask, keepdims);
        if (!TOp.HasIdentity && Count(a, mask) == 0)
        {
            ThrowHelper.ThrowArgument(Messages.ZeroSizeReduction(TOp.Name), nameof(a));
        }

        if (@out is not null)
        {
            CheckOut(TOp.Name, @out, shape);
        }

        NDArray src = a.dtype == loop ? a : a.astype(loop);
        try
        {
            bool direct = @out is not null && @out.dtype == loop && !np.may_share_memory(src, @out);
            NDArray result = direct ? @out! : AllocateResult(src, mask, keepdims, loop);
            Reduction.Reduce<TOp>(src, mask, result);
            if (@out is null || direct)
            {
                return result;
            }

            using (result)
            {
                ArrayCopy.Copy(result, @out);
            }

            return @out;
        }
        finally
        {
            if (!ReferenceEquals(src, a))
            {
                src.Dispose();
            }
        }
    }
}
