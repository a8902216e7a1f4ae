namespace NumBridge;

// The reductions as methods (ndarray.sum, ndarray.mean, ...): each forwards to the np function of the same name.
public sealed partial class NDArray
{
    /// <summary>The same as <see cref="np.sum(NDArray, int?, DType?, NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.sum</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(6).reshape(2, 3).sum(axis: 1)); // [ 3 12]
    /// </code>
    /// </example>
    public NDArray sum(int? axis = null, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.sum(this, axis, dtype, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.sum(NDArray, int[], DType?, NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.sum</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).sum(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray sum(int[] axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.sum(this, axis, dtype, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.prod(NDArray, int?, DType?, NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.prod</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(1, 5).prod()); // 24
    /// </code>
    /// </example>
    public NDArray prod(int? axis = null, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.prod(this, axis, dtype, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.prod(NDArray, int[], DType?, NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.prod</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).prod(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray prod(int[] axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.prod(this, axis, dtype, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.mean(NDArray, int?, DType?, NDArray?, bool, NDArray?)"/> on this array (<c>numpy.ndarray.mean</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).mean()); // 1.5
    /// </code>
    /// </example>
    public NDArray mean(int? axis = null, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) => np.mean(this, axis, dtype, @out, keepdims, where: where);

    /// <summary>The same as <see cref="np.mean(NDArray, int[], DType?, NDArray?, bool, NDArray?)"/> on this array (<c>numpy.ndarray.mean</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).mean(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray mean(int[] axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) => np.mean(this, axis, dtype, @out, keepdims, where: where);

    /// <summary>The same as <see cref="np.var(NDArray, int?, DType?, NDArray?, int, bool, NDArray?)"/> on this array (<c>numpy.ndarray.var</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).var()); // 1.25
    /// </code>
    /// </example>
    public NDArray @var(int? axis = null, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) => np.@var(this, axis, dtype, @out, ddof, keepdims, where: where);

    /// <summary>The same as <see cref="np.var(NDArray, int[], DType?, NDArray?, int, bool, NDArray?)"/> on this array (<c>numpy.ndarray.var</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).var(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray @var(int[] axis, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) => np.@var(this, axis, dtype, @out, ddof, keepdims, where: where);

    /// <summary>The same as <see cref="np.std(NDArray, int?, DType?, NDArray?, int, bool, NDArray?)"/> on this array (<c>numpy.ndarray.std</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).std()); // 1.118033988749895
    /// </code>
    /// </example>
    public NDArray std(int? axis = null, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) => np.std(this, axis, dtype, @out, ddof, keepdims, where: where);

    /// <summary>The same as <see cref="np.std(NDArray, int[], DType?, NDArray?, int, bool, NDArray?)"/> on this array (<c>numpy.ndarray.std</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="dtype">The accumulator and result dtype (see the np function).</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).std(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray std(int[] axis, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) => np.std(this, axis, dtype, @out, ddof, keepdims, where: where);

    /// <summary>The same as <see cref="np.min(NDArray, int?, NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.min</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape; the reduction is empty.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).min()); // 0
    /// </code>
    /// </example>
    public NDArray min(int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.min(this, axis, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.min(NDArray, int[], NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.min</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape; the reduction is empty.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).min(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray min(int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.min(this, axis, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.max(NDArray, int?, NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.max</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape; the reduction is empty.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).max()); // 3
    /// </code>
    /// </example>
    public NDArray max(int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.max(this, axis, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.max(NDArray, int[], NDArray?, bool, NDArray?, NDArray?)"/> on this array (<c>numpy.ndarray.max</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="initial">The start value of every output (a scalar), or null.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape; the reduction is empty.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).max(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray max(int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) => np.max(this, axis, @out, keepdims, initial, where);

    /// <summary>The same as <see cref="np.any(NDArray, int?, NDArray?, bool, NDArray?)"/> on this array (<c>numpy.ndarray.any</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).any()); // True
    /// </code>
    /// </example>
    public NDArray any(int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) => np.any(this, axis, @out, keepdims, where: where);

    /// <summary>The same as <see cref="np.any(NDArray, int[], NDArray?, bool, NDArray?)"/> on this array (<c>numpy.ndarray.any</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).any(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray any(int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? where = null) => np.any(this, axis, @out, keepdims, where: where);

    /// <summary>The same as <see cref="np.all(NDArray, int?, NDArray?, bool, NDArray?)"/> on this array (<c>numpy.ndarray.all</c>).</summary>
    /// <param name="axis">The axis to reduce; null reduces all axes.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(4).all()); // False
    /// </code>
    /// </example>
    public NDArray all(int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) => np.all(this, axis, @out, keepdims, where: where);

    /// <summary>The same as <see cref="np.all(NDArray, int[], NDArray?, bool, NDArray?)"/> on this array (<c>numpy.ndarray.all</c>).</summary>
    /// <param name="axis">The axes to reduce.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1.</param>
    /// <param name="where">A bool array that broadcasts to this array: only its true elements are reduced; null reduces all.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    /// <exception cref="ArgumentException">An axis is repeated; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ones((2, 3)).all(new[] { 0, 1 }));
    /// </code>
    /// </example>
    public NDArray all(int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? where = null) => np.all(this, axis, @out, keepdims, where: where);

    /// <summary>The same as <see cref="np.argmax(NDArray, int?, NDArray?, bool)"/> on this array (<c>numpy.ndarray.argmax</c>).</summary>
    /// <param name="axis">The axis to search; null searches the flattened array.</param>
    /// <param name="out">An array of the result shape to write the indices into, or null for a new int64 array.</param>
    /// <param name="keepdims">Keep the searched axis with length 1.</param>
    /// <returns>A new int64 array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException">The searched axis is empty; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[] { 1, 5, 5 }).argmax()); // 1
    /// </code>
    /// </example>
    public NDArray argmax(int? axis = null, NDArray? @out = null, bool keepdims = false) => np.argmax(this, axis, @out, keepdims);

    /// <summary>The same as <see cref="np.argmin(NDArray, int?, NDArray?, bool)"/> on this array (<c>numpy.ndarray.argmin</c>).</summary>
    /// <param name="axis">The axis to search; null searches the flattened array.</param>
    /// <param name="out">An array of the result shape to write the indices into, or null for a new int64 array.</param>
    /// <param name="keepdims">Keep the searched axis with length 1.</param>
    /// <returns>A new int64 array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException">The searched axis is empty; <paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[] { 3, 1, 1 }).argmin()); // 1
    /// </code>
    /// </example>
    public NDArray argmin(int? axis = null, NDArray? @out = null, bool keepdims = false) => np.argmin(this, axis, @out, keepdims);

    /// <summary>The same as <see cref="np.cumsum(NDArray, int?, DType?, NDArray?)"/> on this array (<c>numpy.ndarray.cumsum</c>).</summary>
    /// <param name="axis">The axis to accumulate along; null accumulates the flattened array.</param>
    /// <param name="dtype">The accumulator and result dtype.</param>
    /// <param name="out">An array of the result shape to write into, or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(1, 5).cumsum()); // [ 1  3  6 10]
    /// </code>
    /// </example>
    public NDArray cumsum(int? axis = null, DType? dtype = null, NDArray? @out = null) => np.cumsum(this, axis, dtype, @out);
}
