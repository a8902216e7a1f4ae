using NumBridge.Kernels;

namespace NumBridge;

// Unary math ufuncs (NumPy's "Mathematical functions": exponents, logarithms, trigonometric, rounding).
public static partial class np
{
    /// <summary>Numerical negative (<c>numpy.negative</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>-x</c>; integers wrap (unsigned too). Bool has no loop.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result; <paramref name="x"/> is bool (NumPy's <c>The numpy boolean negative, the `-` operator, is not supported, ...</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.negative(np.arange(3))); // [ 0 -1 -2]
    /// </code>
    /// </example>
    public static NDArray negative(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<NegativeOperator>(UfuncTable.Negative, x, @out);

    /// <summary>Returns the element-wise square (<c>numpy.square</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x * x</c>; integers wrap; bool runs in int8.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.square(np.arange(4))); // [0 1 4 9]
    /// </code>
    /// </example>
    public static NDArray square(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<SquareOperator>(UfuncTable.Square, x, @out);

    /// <summary>Returns the non-negative square root (<c>numpy.sqrt</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop: int8/uint8/bool give float16, int16/uint16 float32, wider integers float64. Negative gives NaN.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.sqrt(np.array(new double[] { 4, 2 }))); // [2.         1.41421356]
    /// </code>
    /// </example>
    public static NDArray sqrt(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<SqrtOperator>(UfuncTable.Sqrt, x, @out);

    /// <summary>Calculates the exponential (<c>numpy.exp</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.exp(np.zeros(2))); // [1. 1.]
    /// </code>
    /// </example>
    public static NDArray exp(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<ExpOperator>(UfuncTable.Exp, x, @out);

    /// <summary>Natural logarithm (<c>numpy.log</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/>. <c>log(0)</c> is -inf; a negative number gives NaN.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.log(np.ones(2))); // [0. 0.]
    /// </code>
    /// </example>
    public static NDArray log(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<LogOperator>(UfuncTable.Log, x, @out);

    /// <summary>Returns <c>log(1 + x)</c>, accurate for small x (<c>numpy.log1p</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.log1p(np.zeros(2))); // [0. 0.]
    /// </code>
    /// </example>
    public static NDArray log1p(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<Log1pOperator>(UfuncTable.Log1p, x, @out);

    /// <summary>Trigonometric sine (radians) (<c>numpy.sin</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.sin(np.zeros(2))); // [0. 0.]
    /// </code>
    /// </example>
    public static NDArray sin(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<SinOperator>(UfuncTable.Sin, x, @out);

    /// <summary>Trigonometric cosine (radians) (<c>numpy.cos</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.cos(np.zeros(2))); // [1. 1.]
    /// </code>
    /// </example>
    public static NDArray cos(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<CosOperator>(UfuncTable.Cos, x, @out);

    /// <summary>Hyperbolic tangent (<c>numpy.tanh</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.tanh(np.zeros(2))); // [0. 0.]
    /// </code>
    /// </example>
    public static NDArray tanh(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<TanhOperator>(UfuncTable.Tanh, x, @out);

    /// <summary>Returns the floor of the input (<c>numpy.floor</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="sqrt"/> (integers give floats, as in NumPy 1.x and 2.0); complex has no loop.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result; <paramref name="x"/> is complex (no loop).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.floor(np.array(new double[] { -1.5, 1.5 }))); // [-2.  1.]
    /// </code>
    /// </example>
    public static NDArray floor(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<FloorOperator>(UfuncTable.Floor, x, @out);

    /// <summary>Returns the ceiling of the input (<c>numpy.ceil</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Float loop, as <see cref="floor"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result; <paramref name="x"/> is complex (no loop).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.ceil(np.array(new double[] { -1.5, 1.5 }))); // [-1.  2.]
    /// </code>
    /// </example>
    public static NDArray ceil(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<CeilOperator>(UfuncTable.Ceil, x, @out);

    /// <summary>Computes bit-wise inversion, or logical NOT for bool (<c>numpy.invert</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>~x</c>; integers and bool only.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result; <paramref name="x"/> is float or complex (no loop).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.invert(np.array(new byte[] { 0, 255 }))); // [255   0]
    /// </code>
    /// </example>
    public static NDArray invert(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<InvertOperator>(UfuncTable.Invert, x, @out);

    /// <summary>Computes bit-wise inversion; the same as <see cref="invert"/> (<c>numpy.invert</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>~x</c>; integers and bool only.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result; <paramref name="x"/> is float or complex (no loop).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.bitwise_not(np.array(new bool[] { true, false }))); // [False  True]
    /// </code>
    /// </example>
    public static NDArray bitwise_not(NDArray x, NDArray? @out = null) =>
        Ufunc.Unary<InvertOperator>(UfuncTable.Invert, x, @out);
}
