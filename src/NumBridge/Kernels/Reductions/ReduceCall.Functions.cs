namespace NumBridge.Kernels;

// The reductions built from ufunc reductions as NumPy's numpy/_core/_methods.py builds them (_mean, _var, _std), and
// the index searches and cumulative sum of numpy/_core/fromnumeric.py.
internal static partial class ReduceCall
{
    public static NDArray Sum(NDArray a, bool[] mask, DType? dtype, NDArray? @out, bool keepdims, NDArray? initial = null, NDArray? where = null) =>
        Ufunc<SumReduce>(a, mask, dtype?.Native ?? AccumulateDType(a.dtype), @out, keepdims, initial, where);

    public static NDArray Prod(NDArray a, bool[] mask, DType? dtype, NDArray? @out, bool keepdims, NDArray? initial = null, NDArray? where = null) =>
        Ufunc<ProductReduce>(a, mask, dtype?.Native ?? AccumulateDType(a.dtype), @out, keepdims, initial, where);

    public static NDArray Min(NDArray a, bool[] mask, NDArray? @out, bool keepdims, NDArray? initial = null, NDArray? where = null) =>
        Ufunc<MinimumReduce>(a, mask, a.dtype.Native, @out, keepdims, initial, where);

    public static NDArray Max(NDArray a, bool[] mask, NDArray? @out, bool keepdims, NDArray? initial = null, NDArray? where = null) =>
        Ufunc<MaximumReduce>(a, mask, a.dtype.Native, @out, keepdims, initial, where);

    public static NDArray Any(NDArray a, bool[] mask, NDArray? @out, bool keepdims, NDArray? where = null) =>
        Logical<AnyReduce>(a, mask, @out, keepdims, where);

    public static NDArray All(NDArray a, bool[] mask, NDArray? @out, bool keepdims, NDArray? where = null) =>
        Logical<AllReduce>(a, mask, @out, keepdims, where);

    private static NDArray Logical<TOp>(NDArray a, bool[] mask, NDArray? @out, bool keepdims, NDArray? where)
        where TOp : IReduceOperator
    {
        NDArray b = a.dtype.Code == DTypeCode.Bool ? a : a.astype(np.@bool);
        try
        {
            return Ufunc<TOp>(b, mask, np.@bool, @out, keepdims, null, where);
        }
        finally
        {
            if (!ReferenceEquals(a, b))
            {
                b.Dispose();
            }
        }
    }

    /// <summary>
    /// <c>_mean</c>: the sum in float64 for bool and integers, in float32 for float16 (rounded back to float16),
    /// else in the input dtype; then divided by the count, a NumPy integer (strong), so the division runs in float64
    /// (complex128) and is cast back. With <paramref name="where"/> the sum is masked and each output is divided by its
    /// own count of selected elements.
    /// </summary>
    public static NDArray Mean(NDArray a, bool[] mask, DType? dtype, NDArray? @out, bool keepdims, NDArray? where = null)
    {
        a.ThrowIfDisposed();
        bool half = dtype is null && a.dtype.Code == DTypeCode.Float16;
        DType sumType = dtype?.Native ?? (a.dtype.Kind is 'b' or 'i' or 'u' ? np.float64 : half ? np.float32 : a.dtype.Native);
        nint count = Count(a, mask);
        using NDArray? counts = where is null ? null : CountWhere(a, mask, keepdims, where);
        using NDArray sum = Ufunc<SumReduce>(a, mask, sumType, null, keepdims, null, where);
        if (@out is not null)
        {
            // NumPy sums into out, then divides out in place.
            ArrayCopy.Copy(sum, @out);
            DivideInto(@out, count, counts, @out);
            return @out;
        }

        bool scalar = sum.ndim == 0;
        using NDArray quotient = Divide(sum, count, counts);
        if (half && !scalar)
        {
            // The array path divides into the float32 sum, then casts to float16 (two roundings, as NumPy).
            using NDArray single = quotient.astype(np.float32);
            return single.astype(np.float16);
        }

        return quotient.astype(half ? np.float16 : sumType);
    }

    /// <summary>
    /// <c>_var</c>: two passes, <c>sum(abs(x - mean)**2) / max(n - ddof, 0)</c>; the mean keeps the reduced axes so it
    /// broadcasts; complex deviations are squared part by part (<c>re*re + im*im</c>), so the result is real.
    /// </summary>
    public static NDArray Var(NDArray a, bool[] mask, DType? dtype, NDArray? @out, int ddof, bool keepdims, NDArray? where = null)
    {
        a.ThrowIfDisposed();
        DType sumType = dtype?.Native ?? (a.dtype.Kind is 'b' or 'i' or 'u' ? np.float64 : a.dtype.Native);
        nint count = Count(a, mask);
        using NDArray? counts = where is null ? null : CountWhere(a, mask, keepdims: true, where);
        using NDArray mean = Ufunc<SumReduce>(a, mask, sumType, null, keepdims: true, null, where);
        DivideInto(mean, count, counts, mean);
        if (TryFusedVar(a, mask, dtype, @out, ddof, keepdims, where, mean, count) is { } fused)
        {
            return fused;
        }

        using NDArray deviation = np.subtract(a, mean);
        // Real deviations are squared in place, as NumPy's umr_multiply(x, x, out=x): one temporary, not two (for
        // those, squares is deviation, and disposing it twice is harmless).
        using NDArray squares = deviation.dtype.Kind == 'c'
            ? ComplexSquares.Compute(deviation)
            : np.multiply(deviation, deviation, @out: deviation);
        DType secondType = dtype is null ? squares.dtype : sumType;
        NDArray ret = Ufunc<SumReduce>(squares, mask, secondType, @out, keepdims, null, where);
        if (counts is null)
        {
            DivideInto(ret, Math.Max(count - ddof, 0), null, ret);
            return ret;
        }

        // NumPy's maximum(rcount - ddof, 0), per output.
        using NDArray shaped = counts.reshape(ret.shape);
        using NDArray fewer = np.subtract(shaped, (long)ddof);
        using NDArray degrees = np.maximum(fewer, 0L);
        DivideInto(ret, 0, degrees, ret);
        return ret;
    }

    /// <summary>
    /// The variance of a whole C-contiguous float32/float64 array with no <c>out</c>, <c>dtype</c> or <c>where</c>:
    /// the deviations are squared and summed chunk by chunk (<see cref="Reduction.SumOfSquaredDeviations{T}"/>), with
    /// the same bits as the general path's temporaries; null when the call is not that case.
    /// </summary>
    private static unsafe NDArray? TryFusedVar(NDArray a, bool[] mask, DType? dtype, NDArray? @out, int ddof, bool keepdims,
        NDArray? where, NDArray mean, nint count)
    {
        if (dtype is not null || @out is not null || where is not null || count == 0 || !a.flags.c_contiguous
            || !a.dtype.IsNativeByteOrder || a.dtype.Code is not (DTypeCode.Float32 or DTypeCode.Float64)
            || Array.IndexOf(mask, false) >= 0)
        {
            return null;
        }

        var shape = new nint[keepdims ? a.ndim : 0];
        Array.Fill(shape, 1);
        NDArray ret = NDArray.Allocate(a.dtype, Shape.Wrap(shape));
        if (a.dtype.Code == DTypeCode.Float32)
        {
            *(float*)ret.Data = Reduction.SumOfSquaredDeviations(a, mean.item<float>());
        }
        else
        {
            *(double*)ret.Data = Reduction.SumOfSquaredDeviations(a, mean.item<double>());
        }

        DivideInto(ret, Math.Max(count - ddof, 0), null, ret);
        return ret;
    }

    public static NDArray Std(NDArray a, bool[] mask, DType? dtype, NDArray? @out, int ddof, bool keepdims, NDArray? where = null)
    {
        NDArray v = Var(a, mask, dtype, @out, ddof, keepdims, where);
        return np.sqrt(v, @out: v);
    }

    /// <summary><c>argmax</c>/<c>argmin</c> over the flattened array (C order) or along one axis; int64 indices.</summary>
    public static NDArray Arg<TDir>(NDArray a, int? axis, NDArray? @out, bool keepdims)
        where TDir : IArgDirection
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        NDArray view;
        nint[] shape;
        if (axis is null)
        {
            if (a.size == 0)
            {
                ThrowHelper.ThrowArgument(Messages.EmptyArgReduction(TDir.Name), nameof(a));
            }

            view = a.ravel();
            shape = new nint[keepdims ? a.ndim : 0];
            Array.Fill(shape, 1);
        }
        else
        {
            int k = AxisMath.CheckAndAdjustAxis(axis.Value, a.ndim);
            if (a.shape[k] == 0)
            {
                ThrowHelper.ThrowArgument(Messages.EmptyArgReduction(TDir.Name), nameof(a));
            }

            view = np.moveaxis(a, k, -1);
            var mask = new bool[a.ndim];
            mask[k] = true;
            shape = ResultShape(a, mask, keepdims);
        }

        try
        {
            if (@out is not null)
            {
                CheckOut(TDir.Name, @out, shape);
            }

            NDArray result = NDArray.Allocate(np.int64, Shape.Wrap(shape));
            ArgReduce.Run<TDir>(view, result);
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
        finally
        {
            view.Dispose();
        }
    }

    /// <summary><c>cumsum</c>: <c>add.accumulate</c> over the flattened array (C order) or along one axis.</summary>
    public static NDArray CumSum(NDArray a, int? axis, DType? dtype, NDArray? @out)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        DType loop = dtype?.Native ?? AccumulateDType(a.dtype);
        NDArray result;
        int k;
        if (axis is null)
        {
            using NDArray flat = a.ravel();
            result = flat.astype(loop, 'C');
            k = 0;
        }
        else
        {
            k = AxisMath.CheckAndAdjustAxis(axis.Value, a.ndim);
            result = a.astype(loop, 'C');
        }

        if (@out is not null)
        {
            try
            {
                CheckOut("add", @out, result.shape.Dims.ToArray());
            }
            catch
            {
                result.Dispose();
                throw;
            }
        }

        CumulativeSum.InPlace(result, k);
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

    /// <summary><paramref name="x"/> divided by a NumPy integer count (strong int64), as NumPy's <c>ret / rcount</c>;
    /// by the int64 array <paramref name="counts"/> (one count per element) when given.</summary>
    private static NDArray Divide(NDArray x, nint count, NDArray? counts)
    {
        if (counts is not null)
        {
            return x.dtype.Kind == 'c' ? ComplexDivision.ByCounts(x, counts) : np.divide(x, counts);
        }

        if (x.dtype.Kind == 'c')
        {
            return ComplexDivision.ByCount(x, count);
        }

        using NDArray one = np.array(new long[] { count });
        using NDArray scalar = one.reshape(new Shape());
        return np.divide(x, scalar);
    }

    /// <summary><c>true_divide(x, count, out=dst, casting='unsafe')</c>.</summary>
    private static void DivideInto(NDArray x, nint count, NDArray? counts, NDArray dst)
    {
        using NDArray q = Divide(x, count, counts);
        ArrayCopy.Copy(q, dst);
    }
}
