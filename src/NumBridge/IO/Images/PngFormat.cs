using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NumBridge.IO.Images;

/// <summary>
/// The PNG container (PNG specification, ISO/IEC 15948): the 8-byte signature, then chunks of
/// <c>length (4, big-endian) · type (4) · data · CRC-32 of type and data (4)</c>. IHDR comes first; PLTE and tRNS
/// before the image data; the image data is one zlib stream split across IDAT chunks; IEND ends the file.
/// </summary>
/// <remarks>
/// The data inflates to scanlines of one filter-type byte and the row's samples, big-endian, packed MSB first when
/// below 8 bits. Modes on read, as Pillow 9.4's <c>_MODES</c> except for 16 bits, where NumBridge keeps every bit:
/// <code>
/// colour type   1/2/4-bit          8-bit    16-bit
/// 0 grey        "1" (1-bit) / "L"  "L"      "I;16"    (Pillow 9.4: "I", int32, same values; Pillow 10: "I;16")
/// 2 RGB         -                  "RGB"    "RGB;16"  (Pillow: "RGB", the high bytes)
/// 3 palette     "P" indices        "P"      -
/// 4 grey+alpha  -                  "LA"     "LA;16"   (Pillow: "RGBA", the high bytes)
/// 6 RGBA        -                  "RGBA"   "RGBA;16" (Pillow: "RGBA", the high bytes)
/// </code>
/// 2- and 4-bit grey is scaled to 0..255 as Pillow's unpackers do (×0x55, ×0x11); 1-bit grey gives a bool array.
/// </remarks>
internal static class PngFormat
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public const uint IHDR = 0x49484452;
    public const uint PLTE = 0x504C5445;
    public const uint IDAT = 0x49444154;
    public const uint IEND = 0x49454E44;
    public const uint TRNS = 0x74524E53;

    /// <summary>The seven Adam7 passes: first column, first row, column step, row step.</summary>
    public static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>A chunk type as text, e.g. <c>IHDR</c> (bytes outside printable ASCII as <c>\xNN</c>).</summary>
    public static string ChunkName(uint type)
    {
        Span<char> chars = stackalloc char[16];
        int n = 0;
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            byte b = (byte)(type >> shift);
            if (b is >= 0x20 and < 0x7F && b != (byte)'\\' && b != (byte)'\'')
            {
                chars[n++] = (char)b;
            }
            else
            {
                $"\\x{b:x2}".AsSpan().CopyTo(chars[n..]);
                n += 4;
            }
        }

        return new string(chars[..n]);
    }

    /// <summary>The palette as Pillow's <c>getpalette()</c> gives it: the PLTE entries, whole triples only.</summary>
    public static byte[] TrimPalette(byte[] plte) => plte.Length % 3 == 0 ? plte : plte[..(plte.Length / 3 * 3)];

    /// <summary>
    /// Turns one unfiltered scanline of <paramref name="width"/> pixels into the result's row: 16-bit samples from
    /// big-endian to this machine's order, samples below 8 bits unpacked to a byte each (scaled for grey).
    /// </summary>
    public static void Unpack(in PngHeader header, ReadOnlySpan<byte> row, Span<byte> output, int width)
    {
        int channels = header.SamplesPerPixel;
        switch (header.BitDepth)
        {
            case 8:
                row[..(width * channels)].CopyTo(output);
                break;
            case 16:
                int count = width * channels;
                ReadOnlySpan<ushort> source = MemoryMarshal.Cast<byte, ushort>(row[..(count * 2)]);
                Span<ushort> target = MemoryMarshal.Cast<byte, ushort>(output[..(count * 2)]);
                if (BitConverter.IsLittleEndian)
                {
                    BinaryPrimitives.ReverseEndianness(source, target);
                }
                else
                {
                    source.CopyTo(target);
                }

                break;
            default:
                int bits = header.BitDepth;
                int perByte = 8 / bits;
                int mask = (1 << bits) - 1;
                // "1" is a bool array (0/1); 2- and 4-bit grey is stretched to 0..255; palette indices stay as they are.
                int scale = header.ColorType == 3 || bits == 1 ? 1 : 255 / mask;
                for (int x = 0; x < width; x++)
                {
                    int b = row[x / perByte];
                    int shift = 8 - (bits * ((x % perByte) + 1));
                    output[x] = (byte)(((b >> shift) & mask) * scale);
                }

                break;
        }
    }
}
