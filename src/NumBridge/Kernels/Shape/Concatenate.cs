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
    public static NDArray Run(IReadOnlyList<NDArray> arrays, int axis, DType? dtype, Casting casting)
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

        DType resultType = dtype ?? ResultType(arrays);
        foreach (NDArray a in arrays)
        {
            if (!Promotion.CanCast(a.dtype, resultType, casting))
            {
                ThrowHelper.ThrowArgument(Messages.CannotCastArrayData(a.dtype, resultType, Promotion.CastingName(casting)), nameof(casting));
            }
        }

        NDArray result = NDArray.Allocate(resultType, Shape.Wrap(dims));
        nint at = 0;
        foreach (NDArray a in arrays)
        {
            nint length = a.shape.Dims[axis];
            using NDArray slab = Blocks.Slab(result, axis, at, length);
            ArrayCopy.Copy(a, slab);
            at += length;
        }

        return result;
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
