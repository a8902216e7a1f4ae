using NumBridge.Kernels;

namespace NumBridge;

// Arithmetic ufuncs (NumPy's "Mathematical functions: arithmetic operations"). Each member resolves nothing itself:
// Ufunc runs promotion, loop selection, broadcasting and the kernel.
public static partial class np
{
    /// <summary>Adds the arguments (<c>numpy.add</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x1 + x2</c>. Integers wrap around; bool is logical or. IEEE for floats: <c>inf + -inf</c> is NaN.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'add' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new byte[] { 250, 1 });
    /// Console.WriteLine(np.add(a, 10)); // [4 11] (uint8 wraps)
    /// </code>
    /// </example>
    public static NDArray add(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<AddOperator>(UfuncTable.Add, x1, x2, @out);

    /// <summary>Subtracts the second argument from the first (<c>numpy.subtract</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x1 - x2</c>. Integers wrap around. Bool has no loop.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'subtract' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); both operands are bool (NumPy's <c>numpy boolean subtract, the `-` operator, is not supported, ...</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.subtract(np.arange(3), 1)); // [-1  0  1]
    /// </code>
    /// </example>
    public static NDArray subtract(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<SubtractOperator>(UfuncTable.Subtract, x1, x2, @out);

    /// <summary>Multiplies the arguments (<c>numpy.multiply</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x1 * x2</c>. Integers wrap around; bool is logical and.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.multiply(np.arange(3), 2.5)); // [0.  2.5 5. ]
    /// </code>
    /// </example>
    public static NDArray multiply(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<MultiplyOperator>(UfuncTable.Multiply, x1, x2, @out);

    /// <summary>Divides the arguments, true division (<c>numpy.divide</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x1 / x2</c> in a float loop: integers and bool are divided as float64 (<c>uint8 / 255</c> is float64). IEEE: <c>1/0</c> is inf, <c>0/0</c> is NaN.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'divide' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.divide(np.arange(3), 2)); // [0.  0.5 1. ]
    /// </code>
    /// </example>
    public static NDArray divide(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<DivideOperator>(UfuncTable.Divide, x1, x2, @out);

    /// <summary>Divides the arguments, true division; the same as <see cref="divide"/> (<c>numpy.true_divide</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>x1 / x2</c> in a float loop.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'divide' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.true_divide(1, np.arange(1, 3))); // [1.  0.5]
    /// </code>
    /// </example>
    public static NDArray true_divide(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<DivideOperator>(UfuncTable.Divide, x1, x2, @out);

    /// <summary>Returns the largest integer not greater than the quotient, Python's <c>//</c> (<c>numpy.floor_divide</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks><c>floor(x1 / x2)</c>, rounding toward minus infinity as Python does. An integer divided by zero gives 0 (NumPy warns); floats give inf or NaN. Bool runs in int8; complex has no loop.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'floor_divide' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); the operands are complex (no loop).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.floor_divide(np.array(new int[] { -7, 7 }), 2)); // [-4  3]
    /// </code>
    /// </example>
    public static NDArray floor_divide(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<FloorDivideOperator>(UfuncTable.FloorDivide, x1, x2, @out);

    /// <summary>Returns the element-wise remainder of division, Python's <c>%</c> (<c>numpy.remainder</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>The result has the sign of the divisor, <c>x1 - floor_divide(x1, x2) * x2</c>. An integer modulo zero gives 0; a float modulo zero gives NaN.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'remainder' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); the operands are complex (no loop).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.remainder(np.array(new int[] { -7, 7 }), 3)); // [2 1]
    /// </code>
    /// </example>
    public static NDArray remainder(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<RemainderOperator>(UfuncTable.Remainder, x1, x2, @out);

    /// <summary>Returns the element-wise remainder of division; the same as <see cref="remainder"/> (<c>numpy.mod</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>The result has the sign of the divisor.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'remainder' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); the operands are complex (no loop).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.mod(np.array(new int[] { -7, 7 }), -3)); // [-1 -2]
    /// </code>
    /// </example>
    public static NDArray mod(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<RemainderOperator>(UfuncTable.Remainder, x1, x2, @out);

    /// <summary>Returns the element-wise minimum of the arguments (<c>numpy.minimum</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN if either element is NaN; of two equal elements (<c>-0.0</c>, <c>0.0</c>) the second.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'minimum' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.minimum(np.arange(4), 2)); // [0 1 2 2]
    /// </code>
    /// </example>
    public static NDArray minimum(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<MinimumOperator>(UfuncTable.Minimum, x1, x2, @out);

    /// <summary>Returns the element-wise maximum of the arguments (<c>numpy.maximum</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN if either element is NaN; of two equal elements the second.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'maximum' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.maximum(np.arange(4), 2)); // [2 2 2 3]
    /// </code>
    /// </example>
    public static NDArray maximum(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<MaximumOperator>(UfuncTable.Maximum, x1, x2, @out);

    /// <summary>Computes the bit-wise AND of the arguments (<c>numpy.bitwise_and</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Integers and bool only.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'bitwise_and' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); an operand is float or complex (NumPy's <c>ufunc 'bitwise_and' not supported for the input types, ...</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.bitwise_and(np.array(new int[] { 12, 10 }), 6)); // [4 2]
    /// </code>
    /// </example>
    public static NDArray bitwise_and(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<BitwiseAndOperator>(UfuncTable.BitwiseAnd, x1, x2, @out);

    /// <summary>Computes the bit-wise OR of the arguments (<c>numpy.bitwise_or</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Integers and bool only.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'bitwise_or' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); an operand is float or complex.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.bitwise_or(np.array(new int[] { 12, 10 }), 1)); // [13 11]
    /// </code>
    /// </example>
    public static NDArray bitwise_or(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<BitwiseOrOperator>(UfuncTable.BitwiseOr, x1, x2, @out);

    /// <summary>Computes the bit-wise XOR of the arguments (<c>numpy.bitwise_xor</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Integers and bool only.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'bitwise_xor' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>); an operand is float or complex.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.bitwise_xor(np.array(new int[] { 12, 10 }), 6)); // [10 12]
    /// </code>
    /// </example>
    public static NDArray bitwise_xor(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Binary<BitwiseXorOperator>(UfuncTable.BitwiseXor, x1, x2, @out);
}
