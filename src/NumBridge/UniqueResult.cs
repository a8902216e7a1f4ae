namespace NumBridge;

/// <summary>
/// What <see cref="np.unique"/> returns, NumPy 2's <c>UniqueAllResult</c> fields: the sorted unique values, and, when
/// asked for, the first indices, the inverse and the counts. Disposing it disposes every array in it.
/// </summary>
/// <param name="values">The sorted unique values (1-D, the input's dtype).</param>
/// <param name="indices">The index of each value's first occurrence in the flattened input (int64), or null.</param>
/// <param name="inverse_indices">For each input element, the index of its value in <paramref name="values"/> (int64, the input's shape), or null.</param>
/// <param name="counts">How often each value occurs (int64), or null.</param>
/// <example>
/// <code>
/// using UniqueResult u = np.unique(np.array(new[] { 2, 1, 2 }), return_inverse: true);
/// Console.WriteLine(u.inverse_indices); // [1 0 1]
/// </code>
/// </example>
public sealed record UniqueResult(NDArray values, NDArray? indices, NDArray? inverse_indices, NDArray? counts) : IDisposable
{
    /// <summary>Disposes every array in the result.</summary>
    /// <example>
    /// <code>
    /// using UniqueResult u = np.unique(np.array(new[] { 3, 1, 3 }), return_counts: true);
    /// Console.WriteLine(u.counts); // [1 2]
    /// </code>
    /// </example>
    public void Dispose()
    {
        values.Dispose();
        indices?.Dispose();
        inverse_indices?.Dispose();
        counts?.Dispose();
    }
}
