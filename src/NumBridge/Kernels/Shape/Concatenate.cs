namespace NumBridge.Kernels;

/// <summary>
/// Joins arrays along an existing axis, as NumPy's <c>PyArray_ConcatenateArrays</c>
/// (<c>numpy/_core/src/multiarray/multiarraymodule.c</c>): the shapes are checked in NumPy's order, the result dtype
/// is the <c>result_type</c> of the inputs (or the requested dtype, checked against the casting rule), and each input
/// is copied, cast on the way, into its slab of the result.
/// </summary>
internal static class Concatenate
{
    /// <summary>Checks the inputs, allocates the result and copies every input into it.</summary>
    /// <param name="arrays">The inputs; at least one, none 0-d, all of one ndim.</param>
    /// <param name="axis">The joining axis, not yet normalised.</param>
    /// <param name="dtype">The requested dtype, or null for the inputs' result type.</param>
    /// <param name="casting">The casting rule the inputs must satisfy towards the result dtype.</param>
    /// <param name="out">The array to write into (its dtype is the result dtype), or null for a new one.</param>
    public static NDArray Run(IReadOnlyList<NDArray> arrays, int axis, DType? dtype, Casting casting, NDArray? @out = null)
    {
        NDArray first = arrays[0];
        first.ThrowIfDisposed();
        int ndim = first.ndim;
        if (ndim == 0)
        {
            ThrowHelper.ThrowArgument(Messages.ZeroDimensionalConcatenate, nameof(arrays));
        }

        axis = AxisMath.CheckAndAdjustAxis(axis, ndim);
        nint[] dims = first.shape.Dims.ToArray();
        for (int i = 1; i < arrays.Count; i++)
        {
            NDArray a = arrays[i];
            ArgumentNullException.ThrowIfNull(a, nameof(arrays));
            a.ThrowIfDisposed();
            if (a.ndim != ndim)
            {
                ThrowHelper.ThrowArgument(Messages.ConcatenateDimensionCount(ndim, i, a.ndim), nameof(arrays));
            }

            ReadOnlySpan<nint> d = a.shape.Dims;
            for (int k = 0; k < ndim; k++)
            {
                if (k == axis)
                {
                    dims[k] = checked(dims[k] + d[k]);
                }
                else if (d[k] != dims[k])
                {
                    ThrowHelper.ThrowArgument(Messages.ConcatenateDimensionMismatch(k, dims[k], i, d[k]), nameof(arrays));
                }
            }
        }

        if (@out is not null)
        {
            CheckOut(@out, dims);
        }

        DType resultType = @out?.dtype ?? dtype ?? ResultType(arrays);
        foreach (NDArray a in arrays)
        {
            if (!Promotion.CanCast(a.dtype, resultType, casting))
            {
                ThrowHelper.ThrowArgument(Messages.CannotCastArrayData(a.dtype, resultType, Promotion.CastingName(casting)), nameof(casting));
            }
        }

        // An out that overlaps an input is filled from a temporary, so no input is overwritten before it is read.
        bool direct = @out is not null && !Overlaps(arrays, @out);
        NDArray result = direct ? @out! : NDArray.Allocate(resultType, Shape.Wrap(dims));
        nint at = 0;
        foreach (NDArray a in arrays)
        {
            nint length = a.shape.Dims[axis];
            using NDArray slab = Blocks.Slab(result, axis, at, length);
            ArrayCopy.Copy(a, slab);
            at += length;
        }

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

    /// <summary>NumPy's checks of <c>out</c>: writeable, the result's number of dimensions, then its shape.</summary>
    private static void CheckOut(NDArray @out, nint[] dims)
    {
        @out.ThrowIfDisposed();
        @out.ThrowIfNotWriteable();
        if (@out.ndim != dims.Length)
        {
            ThrowHelper.ThrowArgument(Messages.ConcatenateOutDimensions, nameof(@out));
        }

        if (!@out.shape.Dims.SequenceEqual(dims))
        {
            ThrowHelper.ThrowArgument(Messages.ConcatenateOutShape, nameof(@out));
        }
    }

    private static bool Overlaps(IReadOnlyList<NDArray> arrays, NDArray @out)
    {
        foreach (NDArray a in arrays)
        {
            if (np.may_share_memory(a, @out))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// NumPy's <c>result_type</c> of the inputs. Arrays are never weak here (a weak scalar is 0-d and cannot be
    /// joined), so this is the plain promotion of their dtypes.
    /// </summary>
    private static DType ResultType(IReadOnlyList<NDArray> arrays)
    {
        DTypeCode code = arrays[0].dtype.Code;
        for (int i = 1; i < arrays.Count; i++)
        {
            code = Promotion.Promote(code, arrays[i].dtype.Code);
        }

        return DType.FromCode(code);
    }
}
