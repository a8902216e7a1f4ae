namespace NumBridge;

/// <summary>
/// The NumPy namespace: <c>np.zeros</c>, <c>np.array</c>, <c>np.float32</c> and the rest, spelled as in Python so a
/// script ports line by line. Split by NumPy's documentation sections (creation, indexing, shape, printing, ...).
/// </summary>
/// <example>
/// <code>
/// using NumBridge;
/// var a = np.zeros((2, 3), dtype: np.float32);
/// Console.WriteLine(a.dtype); // float32
/// </code>
/// </example>
public static partial class np
{
    /// <summary><c>numpy.bool</c>: one byte holding 0 or 1.</summary>
    public static readonly DType @bool = DType.FromCode(DTypeCode.Bool);

    /// <summary><c>numpy.bool_</c>, the same dtype as <see cref="@bool"/>.</summary>
    public static readonly DType bool_ = @bool;

    /// <summary><c>numpy.int8</c>.</summary>
    public static readonly DType int8 = DType.FromCode(DTypeCode.Int8);

    /// <summary><c>numpy.uint8</c>, the usual pixel type.</summary>
    public static readonly DType uint8 = DType.FromCode(DTypeCode.UInt8);

    /// <summary><c>numpy.int16</c>.</summary>
    public static readonly DType int16 = DType.FromCode(DTypeCode.Int16);

    /// <summary><c>numpy.uint16</c>.</summary>
    public static readonly DType uint16 = DType.FromCode(DTypeCode.UInt16);

    /// <summary><c>numpy.int32</c>.</summary>
    public static readonly DType int32 = DType.FromCode(DTypeCode.Int32);

    /// <summary><c>numpy.uint32</c>.</summary>
    public static readonly DType uint32 = DType.FromCode(DTypeCode.UInt32);

    /// <summary><c>numpy.int64</c>, NumPy's default integer on 64-bit Linux.</summary>
    public static readonly DType int64 = DType.FromCode(DTypeCode.Int64);

    /// <summary><c>numpy.uint64</c>.</summary>
    public static readonly DType uint64 = DType.FromCode(DTypeCode.UInt64);

    /// <summary><c>numpy.float16</c> (<see cref="System.Half"/>).</summary>
    public static readonly DType float16 = DType.FromCode(DTypeCode.Float16);

    /// <summary><c>numpy.float32</c>.</summary>
    public static readonly DType float32 = DType.FromCode(DTypeCode.Float32);

    /// <summary><c>numpy.float64</c>, NumPy's default float.</summary>
    public static readonly DType float64 = DType.FromCode(DTypeCode.Float64);

    /// <summary><c>numpy.complex64</c> (<see cref="Complex64"/>).</summary>
    public static readonly DType complex64 = DType.FromCode(DTypeCode.Complex64);

    /// <summary><c>numpy.complex128</c> (<see cref="System.Numerics.Complex"/>).</summary>
    public static readonly DType complex128 = DType.FromCode(DTypeCode.Complex128);

    /// <summary>Parses a dtype (<c>numpy.dtype</c>): a name, a character code or a type string with byte order.</summary>
    /// <param name="obj">The dtype text, e.g. <c>"float32"</c>, <c>"&lt;f4"</c>, <c>"u1"</c>.</param>
    /// <returns>The dtype.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>data type '...' not understood</c>.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.dtype("&lt;f4")); // float32
    /// </code>
    /// </example>
    public static DType dtype(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return DType.Parse(obj);
    }
}
