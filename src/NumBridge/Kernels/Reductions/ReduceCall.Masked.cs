using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

// The initial= and where= keywords of NumPy's ufunc reductions (PyUFunc_Reduce with a start value and a masked loop).
internal static partial class ReduceCall
{
    /// <summary>
    /// <see cref="Ufunc{TOp}(NDArray, bool[], DType, NDArray?, bool)"/> with NumPy's <c>initial</c> (a scalar cast to
    /// the loop dtype; every output starts there instead of at the identity or the first element) and <c>where</c> (a
    /// bool array that broadcasts to <paramref name="a"/>; only its true elements are folded).
    /// </summary>
    public static NDArray Ufunc<TOp>(NDArray a, bool[] mask, DType loop, NDArray? @out, bool keepdims, NDArray? initial, NDArray? where)
        where TOp : IReduceOperator
    {
        if (initial is null && where is null)
        {
            return Ufunc<TOp>(a, mask, loop, @out, keepdims);
        }

        a.ThrowIfDisposed();
        using NDArray? selected = where is null ? null : BroadcastWhere(a, where);
        if (initial is null && !TOp.HasIdentity)
        {
            ThrowHelper.ThrowArgument(Messages.WhereWithoutIdentity(TOp.Name), nameof(where));
        }

        nint[] shape = ResultShape(a, mask, keepdims);
        if (@out is not null)
        {
            CheckOut(TOp.Name, @out, shape);
        }

        using NDArray start = StartValue<TOp>(loop, initial);
        NDArray result = AllocateResult(a, mask, keepdims, loop);
        try
        {
            using (NDArray fill = np.broadcast_to(start, result.shape))
            {
                ArrayCopy.Copy(fill, result);
            }

            NDArray src = a.dtype == loop ? a : a.astype(loop);
            try
            {
                MaskedReduction.Reduce<TOp>(src, selected, mask, result);
            }
            finally
            {
                if (!ReferenceEquals(src, a))
                {
                    src.Dispose();
                }
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        if (@out is null)
        {
            return result;
        }

        using (result)
        {
            ArrayCopy.Copy(result, @out);
        }

        return @out;
    }

    /// <summary>The number of selected elements each output reduces, as NumPy's <c>_count_reduce_items</c>: a strong
    /// int64 array of the result shape (0-d when every axis is reduced).</summary>
    public static NDArray CountWhere(NDArray a, bool[] mask, bool keepdims, NDArray where)
    {
        if (where.ndim > a.ndim)
        {
            ThrowHelper.ThrowArgument(Messages.OperandTooDeep, nameof(where));
        }

        // _count_reduce_items broadcasts first, so a bad shape raises broadcast_to's message.
        using NDArray broadcast = np.broadcast_to(where, a.shape);
        if (broadcast.dtype.Code != DTypeCode.Bool)
        {
            ThrowHelper.ThrowArgument(Messages.CannotCastArrayData(where.dtype, np.@bool, "safe"), nameof(where));
        }

        return Ufunc<SumReduce>(broadcast, mask, np.int64, null, keepdims);
    }

    /// <summary><paramref name="where"/> as a read-only view of <paramref name="a"/>'s shape, with the errors of the
    /// reduce iterator.</summary>
    private static NDArray BroadcastWhere(NDArray a, NDArray where)
    {
        where.ThrowIfDisposed();
        if (where.dtype.Code != DTypeCode.Bool)
        {
            ThrowHelper.ThrowArgument(Messages.CannotCastArrayData(where.dtype, np.@bool, "safe"), nameof(where));
        }

        if (where.ndim > a.ndim)
        {
            ThrowHelper.ThrowArgument(Messages.OperandTooDeep, nameof(where));
        }

        nint[]? strides = Broadcasting.Strides(where.shape.Dims, where.StridesSpan, a.shape.Dims);
        if (strides is null)
        {
            ThrowHelper.ThrowArgument(Messages.CannotBroadcastRemapped([a.shape, where.shape]), nameof(where));
        }

        return where.CreateView(where.dtype, a.shape, strides, where.Offset, writeable: false);
    }

    /// <summary>A 0-d array of the loop dtype holding <paramref name="initial"/> (cast unsafely, as NumPy assigns it
    /// to the output; a Python int out of the integer range raises) or the operator's identity.</summary>
    private static unsafe NDArray StartValue<TOp>(DType loop, NDArray? initial)
        where TOp : IReduceOperator
    {
        if (initial is null)
        {
            NDArray identity = NDArray.Allocate(loop, new Shape());
            var visitor = new IdentityVisitor<TOp>((nint)identity.Data);
            DTypeSwitch.Invoke<IdentityVisitor<TOp>, bool>(loop.Code, ref visitor);
            return identity;
        }

        initial.ThrowIfDisposed();
        if (initial.size != 1)
        {
            ThrowHelper.ThrowArgument(Messages.SequenceInElement, nameof(initial));
        }

        Promotion.CheckWeakIntegerFits(initial, loop);
        using NDArray one = initial.reshape(new Shape());
        return one.astype(loop);
    }

    private readonly unsafe struct IdentityVisitor<TOp>(nint data) : IDTypeVisitor<bool>
        where TOp : IReduceOperator
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            Unsafe.WriteUnaligned((void*)data, TOp.Identity<T>());
            return true;
        }
    }
}
