namespace NumBridge;

public sealed partial class NDArray
{
    /// <summary>Matrix product with <paramref name="other"/>, Python's <c>self @ other</c> (<c>numpy.matmul</c>).</summary>
    /// <param name="other">The right operand, at least 1-D.</param>
    /// <returns>A new array; see <see cref="np.matmul"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="np.matmul"/>.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.eye(2).matmul(np.array(new[] { 3.0, 4.0 }))); // [3. 4.]
    /// </code>
    /// </example>
    public NDArray matmul(NDArray other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return np.matmul(this, other);
    }

    /// <summary>Dot product with <paramref name="b"/> (<c>ndarray.dot</c>).</summary>
    /// <param name="b">The right operand.</param>
    /// <returns>A new array; see <see cref="np.dot"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="np.dot"/>.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(3).dot(np.arange(3))); // 5
    /// </code>
    /// </example>
    public NDArray dot(NDArray b) => np.dot(this, b);
}
