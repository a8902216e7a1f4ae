namespace NumBridge.IO;

/// <summary>
/// The constants and the version rules of NumPy's <c>.npy</c> format, version 1.0 to 3.0.
/// </summary>
/// <remarks>
/// <para>The format, as <c>numpy/lib/format.py</c> (NumPy 1.24) specifies it:</para>
/// <code>
/// offset  size  content
/// 0       6     magic string b'\x93NUMPY'
/// 6       1     major version (1, 2 or 3), unsigned byte
/// 7       1     minor version (0), unsigned byte
/// 8       2|4   HEADER_LEN, little-endian: uint16 in version 1.0, uint32 in 2.0 and 3.0
/// 10|12   HEADER_LEN  the header: an ASCII (1.0, 2.0: latin1; 3.0: UTF-8) Python literal dict, padded with
///               spaces and ended by '\n' so that 10|12 + HEADER_LEN is a multiple of 64 (ARRAY_ALIGN)
/// ...           the data: size * itemsize bytes, C order, or Fortran order when 'fortran_order' is True
/// </code>
/// <para>
/// The dict has exactly three keys: <c>'descr'</c>, the dtype as <c>numpy.lib.format.dtype_to_descr</c> writes it
/// (<c>'&lt;f4'</c>, <c>'|u1'</c>, <c>'&gt;f8'</c>; a list of fields for structured dtypes; <c>'|O'</c> for Python
/// objects, whose data is a pickle); <c>'fortran_order'</c>, a bool; and <c>'shape'</c>, a tuple of ints
/// (<c>()</c> for 0-d, <c>(3,)</c>, <c>(2, 3)</c>). NumPy writes the keys sorted and follows each value with
/// <c>", "</c>: <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c>.
/// </para>
/// <para>
/// Since NumPy 1.23 the writer adds <c>21 - len(repr(shape[0]))</c> spaces after the dict (<c>shape[-1]</c> for
/// Fortran order; none for 0-d) so that the growing axis can be rewritten in place, then the alignment padding.
/// When <c>(10 + HEADER_LEN) % 64</c> is already 0 the writer still adds 64 spaces (<c>_wrap_header</c> computes
/// <c>64 - x % 64</c>). A writer picks the oldest version that fits: 1.0 unless HEADER_LEN exceeds 65535, then
/// 2.0; 3.0 only for headers that latin1 cannot encode (structured field names), which NumBridge never writes.
/// </para>
/// <para>
/// Readers (<c>read_array</c>) accept any padding, even none, and any key order; they refuse headers over
/// <see cref="MaxHeaderSize"/> characters unless <c>allow_pickle</c> is set, because <c>literal_eval</c> on a
/// large text may use much memory or time. Versions 1.0 and 2.0 are filtered first for Python 2's <c>10L</c>.
/// </para>
/// </remarks>
internal static class NpyFormat
{
    /// <summary>The six bytes every <c>.npy</c> starts with.</summary>
    public static ReadOnlySpan<byte> MagicPrefix => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>A zip archive's local-file signature, <c>PK\x03\x04</c> (how <c>np.load</c> spots an <c>.npz</c>).</summary>
    public static ReadOnlySpan<byte> ZipPrefix => [(byte)'P', (byte)'K', 3, 4];

    /// <summary>An empty zip archive starts with its end record, <c>PK\x05\x06</c>.</summary>
    public static ReadOnlySpan<byte> ZipSuffix => [(byte)'P', (byte)'K', 5, 6];

    /// <summary>The magic string and the two version bytes.</summary>
    public const int MagicLength = 8;

    /// <summary>The data starts at a multiple of this many bytes.</summary>
    public const int ArrayAlign = 64;

    /// <summary>The largest header <c>np.load</c> parses without <c>allow_pickle</c> (NumPy 1.24's <c>_MAX_HEADER_SIZE</c>).</summary>
    public const int MaxHeaderSize = 10000;

    /// <summary>Spare room for the growing axis: <c>len(str(8 * 2**64 - 1))</c> digits.</summary>
    public const int GrowthAxisMaxDigits = 21;

    /// <summary>The chunk size <c>read_array</c> reads file-like objects in (<c>BUFFER_SIZE = 2**18</c>); its
    /// end-of-file message names the chunk that ran short.</summary>
    public const int BufferSize = 1 << 18;

    /// <summary>Whether a version is one NumPy 1.24 reads.</summary>
    public static bool IsSupportedVersion(byte major, byte minor) => minor == 0 && major is 1 or 2 or 3;

    /// <summary>The size of the HEADER_LEN field: 2 bytes in version 1.0, 4 after.</summary>
    public static int HeaderLengthSize(byte major) => major == 1 ? 2 : 4;
}
