using System.Diagnostics;

namespace NumBridge;

/// <summary>
/// Stride arithmetic shared by views, flags and the bridge. Strides are in bytes and may be negative or zero; an
/// array's elements live at <c>offset + Σ index[k] * strides[k]</c> bytes from the start of its buffer.
/// </summary>
internal static class StrideMath
{
    /// <summary>
    /// NumPy's size check when it makes an array (<c>PyArray_NewFromDescr_int</c>): the item size times every nonzero
    /// length must fit in <see cref="nint"/>. A zero length does not excuse the others, since the strides are still
    /// their products: <c>np.empty((0, 2**63 - 1))</c> is "array is too big".
    /// </summary>
    public static bool FitsInAddressSpace(ReadOnlySpan<nint> shape, nint itemSize)
    {
        nint bytes = Math.Max(itemSize, 1);
        foreach (nint d in shape)
        {
            if (d != 0 && (d < 0 || bytes > nint.MaxValue / d))
            {
                return false;
            }

            bytes *= Math.Max(d, 1);
        }

        return true;
    }

    /// <summary>C-order (row-major) strides for a shape.</summary>
    public static nint[] CStrides(ReadOnlySpan<nint> shape, nint itemSize)
    {
        var strides = new nint[shape.Length];
        nint stride = itemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride = checked(stride * Math.Max(shape[i], 1));
        }

        return strides;
    }

    /// <summary>Fortran-order (column-major) strides for a shape.</summary>
    public static nint[] FStrides(ReadOnlySpan<nint> shape, nint itemSize)
    {
        var strides = new nint[shape.Length];
        nint stride = itemSize;
        for (int i = 0; i < shape.Length; i++)
        {
            strides[i] = stride;
            stride = checked(stride * Math.Max(shape[i], 1));
        }

        return strides;
    }

    /// <summary>NumPy's C-contiguity test: lengths of 1 are ignored, and an empty array is contiguous.</summary>
    public static bool IsCContiguous(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint itemSize)
    {
        if (shape.Contains(0))
        {
            return true; // as _UpdateContiguousFlags: every empty array is C- and F-contiguous, whatever its strides
        }

        nint expected = itemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            nint dim = shape[i];
            if (dim != 1)
            {
                if (strides[i] != expected)
                {
                    return false;
                }

                expected *= dim;
            }
        }

        return true;
    }

    /// <summary>NumPy's Fortran-contiguity test.</summary>
    public static bool IsFContiguous(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint itemSize)
    {
        if (shape.Contains(0))
        {
            return true; // as _UpdateContiguousFlags: every empty array is C- and F-contiguous, whatever its strides
        }

        nint expected = itemSize;
        for (int i = 0; i < shape.Length; i++)
        {
            nint dim = shape[i];
            if (dim != 1)
            {
                if (strides[i] != expected)
                {
                    return false;
                }

                expected *= dim;
            }
        }

        return true;
    }

    /// <summary>
    /// The byte range an array touches, relative to its first element: <c>[low, high)</c>. An empty array touches
    /// nothing (<c>low == high == 0</c>).
    /// </summary>
    public static (nint Low, nint High) Extent(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint itemSize)
    {
        Debug.Assert(shape.Length == strides.Length);
        nint low = 0;
        nint high = 0;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] == 0)
            {
                return (0, 0);
            }

            nint span = checked(strides[i] * (shape[i] - 1));
            if (span < 0)
            {
                low += span;
            }
            else
            {
                high += span;
            }
        }

        return (low, high + itemSize);
    }
}
