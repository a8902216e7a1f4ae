namespace NumBridge.IO.Images;

/// <summary>
/// The code and length of every symbol of one Huffman table, derived from its DHT form (code-length counts and
/// symbols) as T.81 Annex C does and libjpeg's <c>jpeg_make_c_derived_tbl</c>: canonical codes, shortest first.
/// </summary>
internal sealed class JpegHuffmanCodes
{
    public JpegHuffmanCodes(ReadOnlySpan<byte> bits, ReadOnlySpan<byte> values)
    {
        Bits = bits.ToArray();
        Values = values.ToArray();
        uint code = 0;
        int next = 0;
        for (int length = 1; length <= 16; length++)
        {
            for (int i = 0; i < bits[length - 1]; i++)
            {
                byte symbol = values[next++];
                Code[symbol] = code++;
                Length[symbol] = (byte)length;
            }

            code <<= 1;
        }
    }

    /// <summary>Counts of codes of each length 1..16, as DHT lists them.</summary>
    public byte[] Bits { get; }

    /// <summary>The symbols in code order, as DHT lists them.</summary>
    public byte[] Values { get; }

    /// <summary>The code of each symbol, right-aligned.</summary>
    public uint[] Code { get; } = new uint[256];

    /// <summary>The code length of each symbol; 0 where the table has no code for it.</summary>
    public byte[] Length { get; } = new byte[256];

    public static JpegHuffmanCodes DcLuminance { get; } = new(JpegTables.DcLuminanceBits, JpegTables.DcValues);

    public static JpegHuffmanCodes AcLuminance { get; } = new(JpegTables.AcLuminanceBits, JpegTables.AcLuminanceValues);

    public static JpegHuffmanCodes DcChrominance { get; } = new(JpegTables.DcChrominanceBits, JpegTables.DcValues);

    public static JpegHuffmanCodes AcChrominance { get; } = new(JpegTables.AcChrominanceBits, JpegTables.AcChrominanceValues);
}
