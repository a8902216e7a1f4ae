using NumBridge.Kernels;

namespace NumBridge;

public sealed partial class NDArray
{
    /// <summary>Sorts the array in place (<c>ndarray.sort</c>).</summary>
    /// <param name="axis">The axis to sort along (negative counts from the end).</param>
    /// <param name="kind">As <see cref="np.sort"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis 2 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ArgumentException">An unknown <paramref name="kind"/>.</exception>
    /// <exception cref="NotSupportedException">NumPy's <c>assignment destination is read-only</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new[] { 3, 1, 2 });
    /// a.sort();
    /// Console.WriteLine(a); // [1 2 3]
    /// </code>
    /// </example>
    public void sort(int axis = -1, string? kind = null)
    {
        ThrowIfNotWriteable();
        np.CheckSortKind(kind);
        LaneSort.Sort(this, AxisMath.CheckAndAdjustAxis(axis, ndim));
    }

    /// <summary>Returns the indices that would sort the array (<c>ndarray.argsort</c>).</summary>
    /// <param name="axis">The axis to sort along; null sorts the flattened array.</param>
    /// <param name="kind">As <see cref="np.argsort"/>; the sort is always stable.</param>
    /// <returns>A new int64 array; see <see cref="np.argsort"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bad axis.</exception>
    /// <exception cref="ArgumentException">An unknown <paramref name="kind"/>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[] { 3, 1, 2 }).argsort()); // [1 2 0]
    /// </code>
    /// </example>
    public NDArray argsort(int? axis = -1, string? kind = null) => np.argsort(this, axis, kind);

    /// <summary>Returns the indices of the nonzero elements, one array per dimension (<c>ndarray.nonzero</c>).</summary>
    /// <returns>New int64 arrays; see <see cref="np.nonzero"/>.</returns>
    /// <exception cref="ArgumentException">The array is 0-d.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[] { 0, 5, 7 }).nonzero()[0]); // [1 2]
    /// </code>
    /// </example>
    public NDArray[] nonzero() => np.nonzero(this);
}
