using NumBridge.Kernels;

namespace NumBridge;

public static partial class np
{
    /// <summary>Splits an array into equal sub-arrays along an axis (<c>numpy.split</c>).</summary>
    /// <param name="ary">The array.</param>
    /// <param name="sections">The number of sub-arrays; it must divide the length of the axis.</param>
    /// <param name="axis">The axis to split along.</param>
    /// <returns>VIEWS of <paramref name="ary"/>, one per section.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ary"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>array split does not result in an equal division</c>, or
    /// <c>number sections must be larger than 0.</c> for a negative count that divides the length.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="sections"/> is 0 (Python's <c>integer modulo by
    /// zero</c>).</exception>
    /// <exception cref="IndexOutOfRangeException">The axis is out of range (NumPy reads <c>ary.shape[axis]</c>:
    /// <c>tuple index out of range</c>).</exception>
    /// <example>
    /// <code>
    /// NDArray[] parts = np.split(np.arange(6), 3);
    /// Console.WriteLine(parts[1]); // [2 3]
    /// </code>
    /// </example>
    public static NDArray[] split(NDArray ary, int sections, int axis = 0)
    {
        ArgumentNullException.ThrowIfNull(ary);
        nint length = AxisLength(ary, axis);
        if (sections == 0)
        {
            ThrowHelper.ThrowDivideByZero(Messages.IntegerModuloByZero);
        }

        if (length % sections != 0)
        {
            ThrowHelper.ThrowArgument(Messages.SplitUnequal, nameof(sections));
        }

        return array_split(ary, sections, axis);
    }

    /// <summary>Splits an array at the given indices along an axis (<c>numpy.split</c>).</summary>
    /// <param name="ary">The array.</param>
    /// <param name="indices">Where to split: the parts are <c>ary[:i0]</c>, <c>ary[i0:i1]</c>, ..., <c>ary[ik:]</c>
    /// along the axis, with Python's slice rules (negative indices count from the end, indices past the end clip, and
    /// an index below its predecessor gives an empty part).</param>
    /// <param name="axis">The axis to split along.</param>
    /// <returns>VIEWS of <paramref name="ary"/>, <c>indices.Length + 1</c> of them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IndexOutOfRangeException">The axis is out of range (<c>tuple index out of range</c>).</exception>
    /// <example>
    /// <code>
    /// NDArray[] parts = np.split(np.arange(5), [1, 3]);
    /// Console.WriteLine(parts[1]); // [1 2]
    /// </code>
    /// </example>
    public static NDArray[] split(NDArray ary, nint[] indices, int axis = 0) => array_split(ary, indices, axis);

    /// <summary>Splits an array into sub-arrays of nearly equal length along an axis (<c>numpy.array_split</c>): with
    /// <c>l</c> elements and <c>n</c> sections, the first <c>l % n</c> parts get one element more.</summary>
    /// <param name="ary">The array.</param>
    /// <param name="sections">The number of sub-arrays, at least 1.</param>
    /// <param name="axis">The axis to split along.</param>
    /// <returns>VIEWS of <paramref name="ary"/>, one per section.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ary"/> is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>number sections must be larger than 0.</c></exception>
    /// <exception cref="IndexOutOfRangeException">The axis is out of range (<c>tuple index out of range</c>).</exception>
    /// <example>
    /// <code>
    /// NDArray[] parts = np.array_split(np.arange(5), 3);
    /// Console.WriteLine(parts[0]); // [0 1]
    /// Console.WriteLine(parts[2]); // [4]
    /// </code>
    /// </example>
    public static NDArray[] array_split(NDArray ary, int sections, int axis = 0)
    {
        ArgumentNullException.ThrowIfNull(ary);
        nint length = AxisLength(ary, axis);
        if (sections <= 0)
        {
            ThrowHelper.ThrowArgument(Messages.SectionsNotPositive, nameof(sections));
        }

        nint each = length / sections;
        nint extras = length % sections;
        var bounds = new nint[sections + 1];
        for (int i = 0; i < sections; i++)
        {
            bounds[i + 1] = bounds[i] + each + (i < extras ? 1 : 0);
        }

        return SplitAt(ary, axis, bounds);
    }

    /// <summary>Splits an array at the given indices along an axis (<c>numpy.array_split</c>; the same as
    /// <see cref="split(NDArray, nint[], int)"/>).</summary>
    /// <param name="ary">The array.</param>
    /// <param name="indices">Where to split, with Python's slice rules.</param>
    /// <param name="axis">The axis to split along.</param>
    /// <returns>VIEWS of <paramref name="ary"/>, <c>indices.Length + 1</c> of them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IndexOutOfRangeException">The axis is out of range (<c>tuple index out of range</c>).</exception>
    /// <example>
    /// <code>
    /// NDArray[] parts = np.array_split(np.arange(5), [-2]);
    /// Console.WriteLine(parts[1]); // [3 4]
    /// </code>
    /// </example>
    public static NDArray[] array_split(NDArray ary, nint[] indices, int axis = 0)
    {
        ArgumentNullException.ThrowIfNull(ary);
        ArgumentNullException.ThrowIfNull(indices);
        nint length = AxisLength(ary, axis);
        var bounds = new nint[indices.Length + 2];
        indices.CopyTo(bounds, 1);
        bounds[^1] = length;
        return SplitAt(ary, axis, bounds);
    }

    // NumPy reads ary.shape[axis], so a bad axis is Python's IndexError on a tuple, not an AxisError.
    private static nint AxisLength(NDArray ary, int axis)
    {
        ary.ThrowIfDisposed();
        if (axis < -ary.ndim || axis >= ary.ndim)
        {
            ThrowHelper.ThrowIndexError(Messages.TupleIndexOutOfRange);
        }

        return ary.shape.Dims[axis < 0 ? axis + ary.ndim : axis];
    }

    // Part i is ary[bounds[i]:bounds[i + 1]] along the axis, with Python's slice rules.
    private static NDArray[] SplitAt(NDArray ary, int axis, nint[] bounds)
    {
        axis = axis < 0 ? axis + ary.ndim : axis;
        nint length = ary.shape.Dims[axis];
        var parts = new NDArray[bounds.Length - 1];
        for (int i = 0; i < parts.Length; i++)
        {
            (nint start, _, nint count) = new Slice(bounds[i], bounds[i + 1]).Resolve(length);
            parts[i] = Blocks.Slab(ary, axis, start, count);
        }

        return parts;
    }
}
