using NumBridge.Kernels;

namespace NumBridge;

public static partial class np
{
    /// <summary>Rolls array elements along an axis (<c>numpy.roll</c>): elements that roll beyond the last position
    /// are re-introduced at the first.</summary>
    /// <param name="a">The array.</param>
    /// <param name="shift">The number of places to shift; negative shifts left.</param>
    /// <param name="axis">The axis to roll along; null rolls the flattened array and restores the shape.</param>
    /// <returns>A new COPY, in <paramref name="a"/>'s memory order (C-ordered when <paramref name="axis"/> is null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// using var a = np.arange(5);
    /// Console.WriteLine(np.roll(a, 2));  // [3 4 0 1 2]
    /// Console.WriteLine(np.roll(a, -1)); // [1 2 3 4 0]
    /// </code>
    /// </example>
    public static NDArray roll(NDArray a, nint shift, int? axis = null) =>
        roll(a, [shift], axis is { } ax ? [ax] : null);

    /// <summary>Rolls array elements along several axes (<c>numpy.roll</c> with tuples); shifts for a repeated axis
    /// add up.</summary>
    /// <param name="a">The array.</param>
    /// <param name="shift">The shifts, one per axis, or one for all the axes.</param>
    /// <param name="axis">The axes, one per shift, or one for all the shifts; null rolls the flattened array.</param>
    /// <returns>A new COPY, in <paramref name="a"/>'s memory order (C-ordered when <paramref name="axis"/> is null).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>shape mismatch: objects cannot be broadcast to a single shape.
    /// ...</c> when the shifts and axes differ in number and neither is one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <example>
    /// <code>
    /// using var a = np.arange(6).reshape(2, 3);
    /// Console.WriteLine(np.roll(a, [1, 1], [0, 1])); // [[5 3 4]
    ///                                                //  [2 0 1]]
    /// </code>
    /// </example>
    public static NDArray roll(NDArray a, nint[] shift, int[]? axis = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(shift);
        a.ThrowIfDisposed();
        if (axis is null)
        {
            NDArray result = NDArray.Allocate(a.dtype, a.shape);
            using NDArray flat = a.ravel();
            using NDArray target = result.reshape(result.size);
            RollInto(flat, target, shift, [0]);
            return result;
        }

        int[] axes = new int[axis.Length];
        for (int i = 0; i < axes.Length; i++)
        {
            axes[i] = AxisMath.CheckAndAdjustAxis(axis[i], a.ndim);
        }

        NDArray rolled = NDArray.AllocateLike(a, a.dtype, 'K');
        RollInto(a, rolled, shift, axes);
        return rolled;
    }

    // np.broadcast(shift, axis) pairs, summed per axis, reduced modulo the axis length.
    private static void RollInto(NDArray source, NDArray target, nint[] shift, int[] axes)
    {
        if (shift.Length != axes.Length && shift.Length != 1 && axes.Length != 1)
        {
            ThrowHelper.ThrowArgument(Messages.RollShapeMismatch(shift.Length, axes.Length), nameof(shift));
        }

        int pairs = shift.Length == 1 || axes.Length == 1 ? Math.Max(shift.Length, axes.Length) : shift.Length;
        if (shift.Length == 0 || axes.Length == 0)
        {
            pairs = 0;
        }

        var offsets = new nint[source.ndim];
        ReadOnlySpan<nint> dims = source.shape.Dims;
        for (int i = 0; i < pairs; i++)
        {
            int ax = axes[axes.Length == 1 ? 0 : i];
            nint length = Math.Max(dims[ax], 1);
            nint s = shift[shift.Length == 1 ? 0 : i] % length;
            offsets[ax] = (offsets[ax] + s + length) % length;
        }

        Roll.Into(source, target, offsets);
    }
}
