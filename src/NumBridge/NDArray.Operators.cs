namespace NumBridge;

// C# operators on arrays, each the NumPy ufunc of the same Python operator. A C# scalar on either side converts
// implicitly to a weak (NEP 50) 0-d array, so uint8_array + 1 stays uint8 and uint8_array / 255 is float64.
//
// == and != are deliberately NOT overloaded. NumPy's are element-wise and return arrays, but in C# an == that returns
// an NDArray breaks `a == null`, Equals/GetHashCode contracts, and every collection that compares references. So
// == and != keep reference equality (a == null works), and element-wise equality is np.equal / np.not_equal. Because
// no user-defined == exists, `a == 1` does not compile (instead of silently comparing references).
// <, >, <= and >= have no reference meaning, so they are element-wise and return bool arrays, as in NumPy.
// Python's // and ** have no C# operator: use np.floor_divide and np.power.
public sealed partial class NDArray
{
    /// <summary>Adds element-wise with broadcasting (<c>numpy.add</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a + 1); // [1. 2. 3.]
    /// </code>
    /// </example>
    public static NDArray operator +(NDArray x1, NDArray x2) => np.add(x1, x2);

    /// <summary>Subtracts element-wise with broadcasting (<c>numpy.subtract</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a - 1); // [-1.  0.  1.]
    /// </code>
    /// </example>
    public static NDArray operator -(NDArray x1, NDArray x2) => np.subtract(x1, x2);

    /// <summary>Multiplies element-wise with broadcasting (<c>numpy.multiply</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a * 2); // [0. 2. 4.]
    /// </code>
    /// </example>
    public static NDArray operator *(NDArray x1, NDArray x2) => np.multiply(x1, x2);

    /// <summary>Divides element-wise with broadcasting, true division (<c>numpy.divide</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a / 2); // [0.  0.5 1. ]
    /// </code>
    /// </example>
    public static NDArray operator /(NDArray x1, NDArray x2) => np.divide(x1, x2);

    /// <summary>Python's modulo element-wise with broadcasting (<c>numpy.remainder</c>); the result has the divisor's sign.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a % 2); // [0. 1. 0.]
    /// </code>
    /// </example>
    public static NDArray operator %(NDArray x1, NDArray x2) => np.remainder(x1, x2);

    /// <summary>Bit-wise AND (logical and for bool) with broadcasting (<c>numpy.bitwise_and</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(np.arange(3) &amp; 1); // [0 1 0]
    /// </code>
    /// </example>
    public static NDArray operator &(NDArray x1, NDArray x2) => np.bitwise_and(x1, x2);

    /// <summary>Bit-wise OR (logical or for bool) with broadcasting (<c>numpy.bitwise_or</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(np.arange(3) | 1); // [1 1 3]
    /// </code>
    /// </example>
    public static NDArray operator |(NDArray x1, NDArray x2) => np.bitwise_or(x1, x2);

    /// <summary>Bit-wise XOR with broadcasting (<c>numpy.bitwise_xor</c>).</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast, or the dtypes have no loop.</exception>
    /// <exception cref="OverflowException">A C# integer does not fit the integer dtype of the other operand.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(np.arange(3) ^ 1); // [1 0 3]
    /// </code>
    /// </example>
    public static NDArray operator ^(NDArray x1, NDArray x2) => np.bitwise_xor(x1, x2);

    /// <summary>Compares element-wise with broadcasting (<c>numpy.less</c>), giving a bool array.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new bool array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a &lt; 1); // [ True False False]
    /// </code>
    /// </example>
    public static NDArray operator <(NDArray x1, NDArray x2) => np.less(x1, x2);

    /// <summary>Compares element-wise with broadcasting (<c>numpy.greater</c>), giving a bool array.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new bool array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a &gt; 1); // [False False  True]
    /// </code>
    /// </example>
    public static NDArray operator >(NDArray x1, NDArray x2) => np.greater(x1, x2);

    /// <summary>Compares element-wise with broadcasting (<c>numpy.less_equal</c>), giving a bool array.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new bool array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a &lt;= 1); // [ True  True False]
    /// </code>
    /// </example>
    public static NDArray operator <=(NDArray x1, NDArray x2) => np.less_equal(x1, x2);

    /// <summary>Compares element-wise with broadcasting (<c>numpy.greater_equal</c>), giving a bool array.</summary>
    /// <param name="x1">The first operand; a C# scalar converts implicitly and is weak.</param>
    /// <param name="x2">The second operand; a C# scalar converts implicitly and is weak.</param>
    /// <returns>A new bool array.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3.0);
    /// Console.WriteLine(a &gt;= 1); // [False  True  True]
    /// </code>
    /// </example>
    public static NDArray operator >=(NDArray x1, NDArray x2) => np.greater_equal(x1, x2);

    /// <summary>Numerical negative (<c>numpy.negative</c>).</summary>
    /// <param name="x">The array.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is bool (NumPy's TypeError text).</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(-np.arange(3)); // [ 0 -1 -2]
    /// </code>
    /// </example>
    public static NDArray operator -(NDArray x) => np.negative(x);

    /// <summary>Bit-wise inversion, logical not for bool (<c>numpy.invert</c>).</summary>
    /// <param name="x">The array.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is float or complex.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(~np.array(new bool[] { true, false })); // [False  True]
    /// </code>
    /// </example>
    public static NDArray operator ~(NDArray x) => np.invert(x);

    /// <summary>In place: <c>numpy.add(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array += 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'add' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a += 1; // a changes in place
    /// </code>
    /// </example>
    public void operator +=(NDArray other) => np.add(this, other, this);

    /// <summary>In place: <c>numpy.subtract(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array -= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'subtract' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a -= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator -=(NDArray other) => np.subtract(this, other, this);

    /// <summary>In place: <c>numpy.multiply(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array *= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a *= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator *=(NDArray other) => np.multiply(this, other, this);

    /// <summary>In place: <c>numpy.divide(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array /= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'divide' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a /= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator /=(NDArray other) => np.divide(this, other, this);

    /// <summary>In place: <c>numpy.remainder(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array %= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'remainder' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a %= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator %=(NDArray other) => np.remainder(this, other, this);

    /// <summary>In place: <c>numpy.bitwise_and(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array &amp;= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'bitwise_and' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a &amp;= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator &=(NDArray other) => np.bitwise_and(this, other, this);

    /// <summary>In place: <c>numpy.bitwise_or(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array |= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'bitwise_or' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a |= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator |=(NDArray other) => np.bitwise_or(this, other, this);

    /// <summary>In place: <c>numpy.bitwise_xor(this, other, out=this)</c>. The result is cast back with the same-kind
    /// rule, so <c>uint8_array ^= 1</c> stays uint8 and an operation that needs a wider kind throws.</summary>
    /// <param name="other">The other operand (broadcast to this array's shape); a C# scalar is weak.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast to this array's shape, or the result cannot be
    /// cast back (NumPy's <c>Cannot cast ufunc 'bitwise_xor' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind'</c>).</exception>
    /// <exception cref="NotSupportedException">This array is read-only.</exception>
    /// <example>
    /// <code>
    /// var a = np.arange(3);
    /// a ^= 1; // a changes in place
    /// </code>
    /// </example>
    public void operator ^=(NDArray other) => np.bitwise_xor(this, other, this);
}
