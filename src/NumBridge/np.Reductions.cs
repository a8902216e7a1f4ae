using NumBridge.Kernels;

namespace NumBridge;

// Reductions (NumPy's "Sums, products, differences", "Order statistics", "Averages and variances", "Truth value
// testing"). Each member normalises the axes and calls ReduceCall, which resolves the dtype and runs the kernel.
public static partial class np
{
    /// <summary>Sum of array elements over the given axes (<c>numpy.sum</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="dtype">The accumulator and result dtype; by default bool and small integers sum in int64, small unsigned integers in uint64, others in their own dtype.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at 0, the identity.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>Floats are summed pairwise exactly as NumPy (the same result to the last bit): blocks of 8192 elements, each summed pairwise, added in order; an outer axis is reduced by adding rows in order. Integers wrap around. NaN propagates. The sum of nothing is 0.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.sum(np.arange(6).reshape(2, 3), axis: 0)); // [3 5 7]
    /// Console.WriteLine(np.sum(np.arange(3), initial: 10, where: np.array(new[] { true, false, true }))); // 12
    /// </code>
    /// </example>
    public static NDArray sum(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Sum(a, Mask(a, axis), dtype, @out, keepdims, initial, where);

    /// <summary>Sum of array elements over the given axes (<c>numpy.sum</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="dtype">The accumulator and result dtype; by default bool and small integers sum in int64, small unsigned integers in uint64, others in their own dtype.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at 0, the identity.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>Floats are summed pairwise exactly as NumPy (the same result to the last bit): blocks of 8192 elements, each summed pairwise, added in order; an outer axis is reduced by adding rows in order. Integers wrap around. NaN propagates. The sum of nothing is 0.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.sum(np.arange(6).reshape(2, 3), axis: 0)); // [3 5 7]
    /// Console.WriteLine(np.sum(np.arange(3), initial: 10, where: np.array(new[] { true, false, true }))); // 12
    /// </code>
    /// </example>
    public static NDArray sum(NDArray a, int[] axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Sum(a, Mask(a, axis), dtype, @out, keepdims, initial, where);

    /// <summary>Product of array elements over the given axes (<c>numpy.prod</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="dtype">The accumulator and result dtype; by default bool and small integers multiply in int64, small unsigned integers in uint64, others in their own dtype.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at 1, the identity.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>Elements are multiplied one by one in order, as NumPy. Integers wrap around. The product of nothing is 1.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.prod(np.arange(1, 5))); // 24
    /// </code>
    /// </example>
    public static NDArray prod(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Prod(a, Mask(a, axis), dtype, @out, keepdims, initial, where);

    /// <summary>Product of array elements over the given axes (<c>numpy.prod</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="dtype">The accumulator and result dtype; by default bool and small integers multiply in int64, small unsigned integers in uint64, others in their own dtype.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at 1, the identity.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>Elements are multiplied one by one in order, as NumPy. Integers wrap around. The product of nothing is 1.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.prod(np.arange(1, 5))); // 24
    /// </code>
    /// </example>
    public static NDArray prod(NDArray a, int[] axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Prod(a, Mask(a, axis), dtype, @out, keepdims, initial, where);

    /// <summary>Arithmetic mean over the given axes (<c>numpy.mean</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="dtype">The dtype of the sum and result; by default float64 for bool and integers, float32 (result float16) for float16, else the input dtype.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks><c>sum(a) / n</c>; the division runs in float64 as NumPy's (the count is a NumPy integer). The mean of nothing is NaN (NumPy also warns). With <paramref name="where"/>, each output divides by its own count of selected elements.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.mean(np.array(new[] { 1, 2, 4 }))); // 2.3333333333333335
    /// Console.WriteLine(np.mean(np.array(new[] { 1, 2, 4 }), where: np.array(new[] { true, false, true }))); // 2.5
    /// </code>
    /// </example>
    public static NDArray mean(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Mean(a, Mask(a, axis), dtype, @out, keepdims, where);

    /// <summary>Arithmetic mean over the given axes (<c>numpy.mean</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="dtype">The dtype of the sum and result; by default float64 for bool and integers, float32 (result float16) for float16, else the input dtype.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks><c>sum(a) / n</c>; the division runs in float64 as NumPy's (the count is a NumPy integer). The mean of nothing is NaN (NumPy also warns). With <paramref name="where"/>, each output divides by its own count of selected elements.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.mean(np.array(new[] { 1, 2, 4 }))); // 2.3333333333333335
    /// Console.WriteLine(np.mean(np.array(new[] { 1, 2, 4 }), where: np.array(new[] { true, false, true }))); // 2.5
    /// </code>
    /// </example>
    public static NDArray mean(NDArray a, int[] axis, DType? dtype = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Mean(a, Mask(a, axis), dtype, @out, keepdims, where);

    /// <summary>Variance over the given axes (<c>numpy.var</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="dtype">The dtype of the sums; by default float64 for bool and integers, else the input dtype (complex gives its real dtype).</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>Two passes as NumPy's <c>_var</c>: <c>sum(abs(x - x.mean())**2) / max(n - ddof, 0)</c>; complex deviations square as <c>re*re + im*im</c>. With <c>n - ddof &lt;= 0</c> the result is inf or NaN (NumPy also warns). With <paramref name="where"/>, each output divides by its own count of selected elements.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.var(np.array(new[] { 1.0, 2.0, 4.0 }))); // 1.5555555555555556
    /// </code>
    /// </example>
    public static NDArray @var(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Var(a, Mask(a, axis), dtype, @out, ddof, keepdims, where);

    /// <summary>Variance over the given axes (<c>numpy.var</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="dtype">The dtype of the sums; by default float64 for bool and integers, else the input dtype (complex gives its real dtype).</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>Two passes as NumPy's <c>_var</c>: <c>sum(abs(x - x.mean())**2) / max(n - ddof, 0)</c>; complex deviations square as <c>re*re + im*im</c>. With <c>n - ddof &lt;= 0</c> the result is inf or NaN (NumPy also warns). With <paramref name="where"/>, each output divides by its own count of selected elements.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.var(np.array(new[] { 1.0, 2.0, 4.0 }))); // 1.5555555555555556
    /// </code>
    /// </example>
    public static NDArray @var(NDArray a, int[] axis, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Var(a, Mask(a, axis), dtype, @out, ddof, keepdims, where);

    /// <summary>Standard deviation over the given axes (<c>numpy.std</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="dtype">The dtype of the sums; by default float64 for bool and integers, else the input dtype (complex gives its real dtype).</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks><c>sqrt(var(a))</c>, see <see cref="var(NDArray, int?, DType?, NDArray?, int, bool, NDArray?)"/>. With <paramref name="where"/>, each output divides by its own count of selected elements.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.std(np.array(new[] { 1.0, 2.0, 4.0 }))); // 1.247219128924647
    /// </code>
    /// </example>
    public static NDArray std(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Std(a, Mask(a, axis), dtype, @out, ddof, keepdims, where);

    /// <summary>Standard deviation over the given axes (<c>numpy.std</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="dtype">The dtype of the sums; by default float64 for bool and integers, else the input dtype (complex gives its real dtype).</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="ddof">Delta degrees of freedom: the divisor is <c>n - ddof</c>.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks><c>sqrt(var(a))</c>, see <see cref="var(NDArray, int?, DType?, NDArray?, int, bool, NDArray?)"/>. With <paramref name="where"/>, each output divides by its own count of selected elements.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.std(np.array(new[] { 1.0, 2.0, 4.0 }))); // 1.247219128924647
    /// </code>
    /// </example>
    public static NDArray std(NDArray a, int[] axis, DType? dtype = null, NDArray? @out = null, int ddof = 0, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Std(a, Mask(a, axis), dtype, @out, ddof, keepdims, where);

    /// <summary>Minimum of array elements over the given axes (<c>numpy.min</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. Complex compares lexicographically. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'minimum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.min(np.array(new[] { 3.0, 1.0, 2.0 }))); // 1.0
    /// Console.WriteLine(np.min(np.array(new[] { 3.0, 1.0, 2.0 }), initial: 5.0, where: np.array(new[] { true, false, false }))); // 3.0
    /// </code>
    /// </example>
    public static NDArray min(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Min(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Minimum of array elements over the given axes (<c>numpy.min</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. Complex compares lexicographically. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'minimum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.min(np.array(new[] { 3.0, 1.0, 2.0 }))); // 1.0
    /// Console.WriteLine(np.min(np.array(new[] { 3.0, 1.0, 2.0 }), initial: 5.0, where: np.array(new[] { true, false, false }))); // 3.0
    /// </code>
    /// </example>
    public static NDArray min(NDArray a, int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Min(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Minimum of array elements over the given axes; the same as <see cref="min(NDArray, int?, NDArray?, bool, NDArray?, NDArray?)"/> (<c>numpy.amin</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'minimum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.amin(np.array(new[] { 3, 1, 2 }))); // 1
    /// </code>
    /// </example>
    public static NDArray amin(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Min(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Minimum of array elements over the given axes; the same as <see cref="min(NDArray, int?, NDArray?, bool, NDArray?, NDArray?)"/> (<c>numpy.amin</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'minimum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.amin(np.array(new[] { 3, 1, 2 }))); // 1
    /// </code>
    /// </example>
    public static NDArray amin(NDArray a, int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Min(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Maximum of array elements over the given axes (<c>numpy.max</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. Complex compares lexicographically. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'maximum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.max(np.array(new[] { 3.0, double.NaN }))); // nan
    /// </code>
    /// </example>
    public static NDArray max(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Max(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Maximum of array elements over the given axes (<c>numpy.max</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. Complex compares lexicographically. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'maximum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.max(np.array(new[] { 3.0, double.NaN }))); // nan
    /// </code>
    /// </example>
    public static NDArray max(NDArray a, int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Max(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Maximum of array elements over the given axes; the same as <see cref="max(NDArray, int?, NDArray?, bool, NDArray?, NDArray?)"/> (<c>numpy.amax</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'maximum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.amax(np.array(new[] { 3, 1, 2 }))); // 3
    /// </code>
    /// </example>
    public static NDArray amax(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Max(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Maximum of array elements over the given axes; the same as <see cref="max(NDArray, int?, NDArray?, bool, NDArray?, NDArray?)"/> (<c>numpy.amax</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="initial">The start value of every output: a scalar cast to the result dtype (unsafe, as NumPy; a C# integer out of an integer dtype's range raises); null starts at the first element (there is no identity).</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN propagates. There is no identity, so an empty reduction raises.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); the reduction is empty (<c>zero-size array to reduction operation minimum which has no identity</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>; <paramref name="where"/> without <paramref name="initial"/> (<c>reduction operation 'maximum' does not have an identity, so to use a where mask one has to specify 'initial'</c>); <paramref name="initial"/> has more than one element (<c>setting an array element with a sequence.</c>).</exception>
    /// <exception cref="OverflowException"><paramref name="initial"/> is a C# integer outside an integer result dtype (<c>Python integer -1 out of bounds for uint64</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.amax(np.array(new[] { 3, 1, 2 }))); // 3
    /// </code>
    /// </example>
    public static NDArray amax(NDArray a, int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? initial = null, NDArray? where = null) =>
        ReduceCall.Max(a, Mask(a, axis), @out, keepdims, initial, where);

    /// <summary>Tests whether any element over the given axes is true (nonzero; NaN counts as true) (<c>numpy.any</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>The result is bool. <c>any</c> of nothing is false.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.any(np.array(new[] { 0.0, double.NaN }))); // True
    /// </code>
    /// </example>
    public static NDArray any(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Any(a, Mask(a, axis), @out, keepdims, where);

    /// <summary>Tests whether any element over the given axes is true (nonzero; NaN counts as true) (<c>numpy.any</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>The result is bool. <c>any</c> of nothing is false.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.any(np.array(new[] { 0.0, double.NaN }))); // True
    /// </code>
    /// </example>
    public static NDArray any(NDArray a, int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.Any(a, Mask(a, axis), @out, keepdims, where);

    /// <summary>Tests whether all elements over the given axes are true (nonzero; NaN counts as true) (<c>numpy.all</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to reduce; null reduces all axes; negative counts from the end.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>The result is bool. <c>all</c> of nothing is true.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.all(np.array(new[] { 1, 0 }))); // False
    /// </code>
    /// </example>
    public static NDArray all(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.All(a, Mask(a, axis), @out, keepdims, where);

    /// <summary>Tests whether all elements over the given axes are true (nonzero; NaN counts as true) (<c>numpy.all</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to reduce (negative counts from the end); an empty array reduces none.</param>
    /// <param name="out">An array of the result shape to write into (the result is cast to its dtype, unsafe as NumPy's reductions), or null for a new array.</param>
    /// <param name="keepdims">Keep the reduced axes with length 1, so the result broadcasts against <paramref name="a"/>.</param>
    /// <param name="where">A bool array that broadcasts to <paramref name="a"/>: only the elements where it is true are reduced; null reduces all.</param>
    /// <returns>A new array (0-d when every axis is reduced), or <paramref name="out"/> when given.</returns>
    /// <remarks>The result is bool. <c>all</c> of nothing is true.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">An axis is repeated (<c>duplicate value in 'axis'</c>); <paramref name="out"/> has another shape (<c>output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1</c>); <paramref name="where"/> is not bool (<c>Cannot cast array data from dtype('int64') to dtype('bool') according to the rule 'safe'</c>) or does not broadcast to <paramref name="a"/>.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.all(np.array(new[] { 1, 0 }))); // False
    /// </code>
    /// </example>
    public static NDArray all(NDArray a, int[] axis, NDArray? @out = null, bool keepdims = false, NDArray? where = null) =>
        ReduceCall.All(a, Mask(a, axis), @out, keepdims, where);

    /// <summary>Indices of the maximum values along an axis (<c>numpy.argmax</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to search; null searches the flattened array (C order).</param>
    /// <param name="out">An array of the result shape to write the indices into, or null for a new int64 array.</param>
    /// <param name="keepdims">Keep the searched axis with length 1.</param>
    /// <returns>A new int64 array (0-d for the flattened array), or <paramref name="out"/> when given.</returns>
    /// <remarks>The first occurrence of the maximum. A NaN is the maximum: the index of the first NaN is returned. Complex compares lexicographically.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">The searched axis is empty (<c>attempt to get argmax of an empty sequence</c>); <paramref name="out"/> has another shape.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.argmax(np.array(new[] { 1.0, 5.0, 5.0 }))); // 1
    /// </code>
    /// </example>
    public static NDArray argmax(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false) =>
        ReduceCall.Arg<ArgMaxDirection>(a, axis, @out, keepdims);

    /// <summary>Indices of the minimum values along an axis (<c>numpy.argmin</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to search; null searches the flattened array (C order).</param>
    /// <param name="out">An array of the result shape to write the indices into, or null for a new int64 array.</param>
    /// <param name="keepdims">Keep the searched axis with length 1.</param>
    /// <returns>A new int64 array (0-d for the flattened array), or <paramref name="out"/> when given.</returns>
    /// <remarks>The first occurrence of the minimum. A NaN is the minimum: the index of the first NaN is returned. Complex compares lexicographically.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException">The searched axis is empty (<c>attempt to get argmin of an empty sequence</c>); <paramref name="out"/> has another shape.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.argmin(np.array(new[] { 3, 1, 1 }))); // 1
    /// </code>
    /// </example>
    public static NDArray argmin(NDArray a, int? axis = null, NDArray? @out = null, bool keepdims = false) =>
        ReduceCall.Arg<ArgMinDirection>(a, axis, @out, keepdims);

    /// <summary>Cumulative sum of the elements along an axis (<c>numpy.cumsum</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axis to accumulate along; null accumulates the flattened array (C order).</param>
    /// <param name="dtype">The accumulator and result dtype; by default bool and small integers accumulate in int64, small unsigned integers in uint64, others in their own dtype.</param>
    /// <param name="out">An array of the result shape to write into (cast, unsafe), or null for a new array.</param>
    /// <returns>A new array of <paramref name="a"/>'s shape (1-D for the flattened array), or <paramref name="out"/> when given.</returns>
    /// <remarks><c>out[i] = out[i - 1] + a[i]</c>, one element at a time in order as NumPy's <c>add.accumulate</c>. Integers wrap around.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The axis is out of range (NumPy's AxisError <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.cumsum(np.arange(1, 5))); // [ 1  3  6 10]
    /// </code>
    /// </example>
    public static NDArray cumsum(NDArray a, int? axis = null, DType? dtype = null, NDArray? @out = null) =>
        ReduceCall.CumSum(a, axis, dtype, @out);

    private static bool[] Mask(NDArray a, int? axis)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        return axis is { } k ? ReduceCall.AxisMask(a, [k], all: false) : ReduceCall.AxisMask(a, default, all: true);
    }

    private static bool[] Mask(NDArray a, int[] axis)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(axis);
        a.ThrowIfDisposed();
        return ReduceCall.AxisMask(a, axis, all: false);
    }
}
