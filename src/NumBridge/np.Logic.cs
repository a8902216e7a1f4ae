using NumBridge.Kernels;

namespace NumBridge;

// Comparison and logic ufuncs (NumPy's "Logic functions"): bool results.
public static partial class np
{
    /// <summary>Returns <c>x1 == x2</c> element-wise as bool (<c>numpy.equal</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN equals nothing, itself included.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'equal' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.equal(np.arange(3), 1)); // [False  True False]
    /// </code>
    /// </example>
    public static NDArray equal(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<EqualOperator>(UfuncTable.Equal, x1, x2, @out);

    /// <summary>Returns <c>x1 != x2</c> element-wise as bool (<c>numpy.not_equal</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>NaN differs from everything.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'not_equal' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.not_equal(np.arange(3), 1)); // [ True False  True]
    /// </code>
    /// </example>
    public static NDArray not_equal(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<NotEqualOperator>(UfuncTable.NotEqual, x1, x2, @out);

    /// <summary>Returns <c>x1 &lt; x2</c> element-wise as bool (<c>numpy.less</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>False where either is NaN; complex compares lexicographically.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'less' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.less(np.arange(3), 1)); // [ True False False]
    /// </code>
    /// </example>
    public static NDArray less(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<LessOperator>(UfuncTable.Less, x1, x2, @out);

    /// <summary>Returns <c>x1 &lt;= x2</c> element-wise as bool (<c>numpy.less_equal</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>False where either is NaN.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'less_equal' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.less_equal(np.arange(3), 1)); // [ True  True False]
    /// </code>
    /// </example>
    public static NDArray less_equal(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<LessEqualOperator>(UfuncTable.LessEqual, x1, x2, @out);

    /// <summary>Returns <c>x1 &gt; x2</c> element-wise as bool (<c>numpy.greater</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>False where either is NaN.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'greater' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.greater(np.arange(3), 1)); // [False False  True]
    /// </code>
    /// </example>
    public static NDArray greater(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<GreaterOperator>(UfuncTable.Greater, x1, x2, @out);

    /// <summary>Returns <c>x1 &gt;= x2</c> element-wise as bool (<c>numpy.greater_equal</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>False where either is NaN.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'greater_equal' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.greater_equal(np.arange(3), 1)); // [False  True  True]
    /// </code>
    /// </example>
    public static NDArray greater_equal(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<GreaterEqualOperator>(UfuncTable.GreaterEqual, x1, x2, @out);

    /// <summary>Computes the truth value of <c>x1 AND x2</c> element-wise (<c>numpy.logical_and</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Nonzero (NaN included) is true.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'logical_and' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.logical_and(np.arange(3), 1)); // [False  True  True]
    /// </code>
    /// </example>
    public static NDArray logical_and(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<LogicalAndOperator>(UfuncTable.LogicalAnd, x1, x2, @out);

    /// <summary>Computes the truth value of <c>x1 OR x2</c> element-wise (<c>numpy.logical_or</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Nonzero (NaN included) is true.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'logical_or' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.logical_or(np.arange(3), 0)); // [False  True  True]
    /// </code>
    /// </example>
    public static NDArray logical_or(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<LogicalOrOperator>(UfuncTable.LogicalOr, x1, x2, @out);

    /// <summary>Computes the truth value of <c>x1 XOR x2</c> element-wise (<c>numpy.logical_xor</c>), element-wise with broadcasting.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak (NEP 50).</param>
    /// <param name="out">An array of the broadcast shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Nonzero (NaN included) is true.</remarks>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast (NumPy's <c>operands could not be broadcast together with shapes (2,3) (4,) </c>); <paramref name="out"/> has another shape or cannot hold the result (<c>Cannot cast ufunc 'logical_xor' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the loop (NumPy's <c>Python integer 300 out of bounds for uint8</c>).</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.logical_xor(np.arange(3), 1)); // [ True False False]
    /// </code>
    /// </example>
    public static NDArray logical_xor(NDArray x1, NDArray x2, NDArray? @out = null) =>
        Ufunc.Predicate<LogicalXorOperator>(UfuncTable.LogicalXor, x1, x2, @out);

    /// <summary>Computes the truth value of NOT x element-wise (<c>numpy.logical_not</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Zero is false, anything else (NaN included) true.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.logical_not(np.arange(2))); // [ True False]
    /// </code>
    /// </example>
    public static NDArray logical_not(NDArray x, NDArray? @out = null) =>
        Ufunc.UnaryPredicate<LogicalNotOperator>(UfuncTable.LogicalNot, x, @out);

    /// <summary>Tests element-wise for NaN (<c>numpy.isnan</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Integers and bool are never NaN; a complex is NaN when either part is.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.isnan(np.array(new double[] { 1, double.NaN }))); // [False  True]
    /// </code>
    /// </example>
    public static NDArray isnan(NDArray x, NDArray? @out = null) =>
        Ufunc.UnaryPredicate<IsNaNOperator>(UfuncTable.IsNaN, x, @out);

    /// <summary>Tests element-wise for finiteness (not infinity and not NaN) (<c>numpy.isfinite</c>), element-wise.</summary>
    /// <param name="x">The input array.</param>
    /// <param name="out">An array of the same shape to write into (the result is cast with the same-kind rule), or null for a new array.</param>
    /// <returns>A new array, or <paramref name="out"/> when given.</returns>
    /// <remarks>Integers and bool are always finite.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape or cannot hold the result.</exception>
    /// <exception cref="NotSupportedException"><paramref name="out"/> is read-only.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.isfinite(np.array(new double[] { 1, double.PositiveInfinity }))); // [ True False]
    /// </code>
    /// </example>
    public static NDArray isfinite(NDArray x, NDArray? @out = null) =>
        Ufunc.UnaryPredicate<IsFiniteOperator>(UfuncTable.IsFinite, x, @out);
}
