using NumBridge.Kernels;

namespace NumBridge;

// Matrix products (NumPy's "Linear algebra: matrix and vector products").
public static partial class np
{
    /// <summary>Matrix product of two arrays (<c>numpy.matmul</c>, Python's <c>x1 @ x2</c>).</summary>
    /// <param name="x1">The first operand, at least 1-D. A 1-D array is a row vector whose added dimension is removed from the result.</param>
    /// <param name="x2">The second operand, at least 1-D. A 1-D array is a column vector whose added dimension is removed from the result.</param>
    /// <param name="out">An array of exactly the result's shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new C-ordered array of the promoted dtype (NEP 50), or <paramref name="out"/> when given.</returns>
    /// <remarks>
    /// <para>The gufunc <c>(n?,k),(k,m?)-&gt;(n?,m?)</c>: <c>out[..., i, j] = sum(x1[..., i, :] * x2[..., :, j])</c>;
    /// the dimensions before the last two broadcast as a stack of matrices.</para>
    /// <para>float32 and float64 run a packed, cache-blocked, multi-threaded kernel, so sums run in another order
    /// than NumPy's BLAS: results agree within rounding. Integers wrap and are exact; bool is <c>any(a &amp; b)</c>;
    /// float16 sums in float32 and rounds once, as NumPy. NaN and inf propagate as IEEE arithmetic says.</para>
    /// <para>NumPy also accepts an <paramref name="out"/> with extra broadcast dimensions; NumBridge asks for the
    /// exact shape.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">An operand is 0-d (<c>matmul: Input operand 0 does not have enough dimensions ...</c>); the core dimensions differ (<c>matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)-&gt;(n?,m?) (size 2 is different from 3)</c>); the stack dimensions do not broadcast; <paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(6).reshape(2, 3);
    /// var b = np.arange(6).reshape(3, 2);
    /// Console.WriteLine(np.matmul(a, b)); // [[10 13] [28 40]]
    /// </code>
    /// </example>
    public static NDArray matmul(NDArray x1, NDArray x2, NDArray? @out = null) => MatMul.Matmul(x1, x2, @out);

    /// <summary>Dot product of two arrays (<c>numpy.dot</c>).</summary>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand.</param>
    /// <returns>A new array of the promoted dtype: 0-d for two 1-D arrays, <c>a.shape[:-1] + b.shape[:-2] + b.shape[-1:]</c> otherwise.</returns>
    /// <remarks>
    /// 0-d operands multiply element-wise (<see cref="multiply"/>). 1-D by 1-D is the inner product; N-D by 1-D sums
    /// over the last axis of <paramref name="a"/> and <paramref name="b"/>; N-D by M-D (M &gt;= 2) sums over the last
    /// axis of <paramref name="a"/> and the second-to-last of <paramref name="b"/>:
    /// <c>dot(a, b)[i, j, k, m] = sum(a[i, j, :] * b[k, :, m])</c>. Numerics as <see cref="matmul"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The summed axes differ (<c>shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)</c>).</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.dot(np.array(new[] { 1, 2, 3 }), np.array(new[] { 4, 5, 6 }))); // 32
    /// </code>
    /// </example>
    public static NDArray dot(NDArray a, NDArray b) => MatMul.Dot(a, b);
}
