using System.Buffers.Binary;
using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>
/// Reads Windows bitmaps as Pillow 9.4's <c>BmpImagePlugin</c> does: headers of 12 (OS/2), 40, 64, 108 and 124
/// bytes; 1-, 4- and 8-bit palettes ("P", or "1" for a black-and-white two-entry palette, "L" when entry i is
/// (i, i, i)); 16-bit 5-5-5 and 5-6-5 (scaled by <c>v * 255 / 31</c> or <c>/ 63</c>), 24-bit and 32-bit ("RGB"; the
/// fourth byte is ignored unless BITFIELDS gives an alpha mask, then "RGBA"); bottom-up and top-down rows; RLE8
/// and RLE4.
/// </summary>
/// <remarks>
/// Where Pillow's grey-palette shortcut would read packed 1- or 4-bit data as bytes, NumBridge unpacks the indices
/// (which then equal the grey values).
/// </remarks>
internal static unsafe class BmpDecoder
{
    private const int Raw = 0;
    private const int Rle8 = 1;
    private const int Rle4 = 2;
    private const int Bitfields = 3;

    public static bool Accept(ReadOnlySpan<byte> header) => header.StartsWith("BM"u8);

    public static Image Decode(byte[] data)
    {
        if (data.Length < 18)
        {
            ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
        }

        int offset = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(10));
        int headerSize = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(14));
        if (headerSize is not (12 or 40 or 64 or 108 or 124))
        {
            ThrowHelper.ThrowNotSupported($"Unsupported BMP header type ({headerSize})");
        }

        ReadOnlySpan<byte> h = Slice(data, 18, headerSize - 4);
        int width, height, bits, compression = Raw, colors = 0, paletteEntrySize;
        bool topDown = false;
        uint[]? masks = null;
        int afterHeader = 14 + headerSize;
        if (headerSize == 12)
        {
            width = BinaryPrimitives.ReadUInt16LittleEndian(h);
            height = BinaryPrimitives.ReadUInt16LittleEndian(h[2..]);
            bits = BinaryPrimitives.ReadUInt16LittleEndian(h[6..]);
            paletteEntrySize = 3;
        }
        else
        {
            width = BinaryPrimitives.ReadInt32LittleEndian(h);
            height = BinaryPrimitives.ReadInt32LittleEndian(h[4..]);
            topDown = height < 0;
            height = topDown ? -height : height;
            bits = BinaryPrimitives.ReadUInt16LittleEndian(h[10..]);
            compression = BinaryPrimitives.ReadInt32LittleEndian(h[12..]);
            colors = BinaryPrimitives.ReadInt32LittleEndian(h[28..]);
            paletteEntrySize = 4;
            if (compression == Bitfields)
            {
                masks = new uint[4];
                if (headerSize >= 56)
                {
                    for (int i = 0; i < 4; i++)
                    {
                        masks[i] = BinaryPrimitives.ReadUInt32LittleEndian(h[(36 + (4 * i))..]);
                    }
                }
                else
                {
                    ReadOnlySpan<byte> m = Slice(data, afterHeader, 12);
                    for (int i = 0; i < 3; i++)
                    {
                        masks[i] = BinaryPrimitives.ReadUInt32LittleEndian(m[(4 * i)..]);
                    }

                    afterHeader += 12;
                }
            }
        }

        if (width <= 0 || height <= 0)
        {
            ThrowHelper.ThrowInvalidData(Messages.BrokenData("BMP", $"image size {width}x{height}"));
        }

        if (colors == 0 && bits <= 8)
        {
            colors = 1 << bits;
        }

        if (offset == 14 + headerSize && bits <= 8)
        {
            offset += 4 * colors;
        }

        string rawMode = bits switch
        {
            1 or 4 or 8 => "P",
            16 => "BGR;15",
            24 => "BGR",
            32 => "BGRX",
            _ => ThrowHelper.ThrowNotSupported<string>($"Unsupported BMP pixel depth ({bits})"),
        };
        if (compression == Bitfields)
        {
            rawMode = (bits, masks![0], masks[1], masks[2], masks[3]) switch
            {
                (32, 0xFF0000, 0xFF00, 0xFF, 0) => "BGRX",
                (32, 0xFF000000, 0xFF0000, 0xFF00, 0) => "XBGR",
                (32, 0xFF000000, 0xFF0000, 0xFF00, 0xFF) => "ABGR",
                (32, 0xFF, 0xFF00, 0xFF0000, 0xFF000000) => "RGBA",
                (32, 0xFF0000, 0xFF00, 0xFF, 0xFF000000) => "BGRA",
                (32, 0, 0, 0, 0) => "BGRA",
                (24, 0xFF0000, 0xFF00, 0xFF, _) => "BGR",
                (16, 0xF800, 0x7E0, 0x1F, _) => "BGR;16",
                (16, 0x7C00, 0x3E0, 0x1F, _) => "BGR;15",
                _ => ThrowHelper.ThrowNotSupported<string>("Unsupported BMP bitfields layout"),
            };
        }
        else if (compression is Rle8 or Rle4)
        {
            if (bits != (compression == Rle8 ? 8 : 4))
            {
                ThrowHelper.ThrowInvalidData(Messages.BrokenData("BMP", $"RLE{(compression == Rle8 ? 8 : 4)} with {bits} bits per pixel"));
            }
        }
        else if (compression != Raw)
        {
            ThrowHelper.ThrowNotSupported($"Unsupported BMP compression ({compression})");
        }

        string mode = rawMode switch
        {
            "P" => "P",
            "ABGR" or "RGBA" or "BGRA" => "RGBA",
            _ => "RGB",
        };
        byte[]? palette = null;
        if (mode == "P")
        {
            if (colors is <= 0 or > 65536)
            {
                ThrowHelper.ThrowNotSupported($"Unsupported BMP Palette size ({colors})");
            }

            int entries = Math.Min(colors, 256);
            ReadOnlySpan<byte> raw = Slice(data, afterHeader, Math.Min(colors, 1 << 16) * paletteEntrySize);
            palette = new byte[entries * 3];
            bool grey = true;
            for (int i = 0; i < entries; i++)
            {
                byte b = raw[i * paletteEntrySize], g = raw[(i * paletteEntrySize) + 1], r = raw[(i * paletteEntrySize) + 2];
                palette[3 * i] = r;
                palette[(3 * i) + 1] = g;
                palette[(3 * i) + 2] = b;
                int expected = colors == 2 ? i * 255 : i;
                grey &= r == expected && g == expected && b == expected;
            }

            grey &= colors <= 256;
            if (grey)
            {
                mode = colors == 2 ? "1" : "L";
                palette = null;
            }
        }

        if (offset < 0 || offset > data.Length)
        {
            ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
        }

        ImageLimits.CheckPixels(width, height);
        long stride = (((long)width * bits) + 31) / 32 * 4;
        if (compression is Raw or Bitfields && stride * height > data.Length - offset)
        {
            ThrowHelper.ThrowInvalidData(Messages.DataTooShortForSize("BMP", width, height, data.Length - offset));
        }

        if (compression is Rle8 or Rle4 && (long)width * height > ((long)(data.Length - offset) * 128) + 4096)
        {
            // An RLE pair (two bytes) gives at most 255 pixels.
            ThrowHelper.ThrowInvalidData(Messages.DataTooShortForSize("BMP", width, height, data.Length - offset));
        }

        NDArray pixels = NDArray.Allocate(ImageMode.DTypeOf(mode), ImageMode.ShapeOf(mode, width, height));
        try
        {
            if (compression is Rle8 or Rle4)
            {
                DecodeRle(data.AsSpan(offset), compression == Rle4, width, height, pixels);
            }
            else
            {
                int outPixel = Math.Max(1, ImageMode.Channels(mode));
                for (int row = 0; row < height; row++)
                {
                    int y = topDown ? row : height - 1 - row;
                    ReadOnlySpan<byte> src = data.AsSpan(offset + (int)(row * stride), (int)stride);
                    var dst = new Span<byte>(pixels.Data + ((long)y * width * outPixel), width * outPixel);
                    UnpackRow(rawMode, bits, mode == "1", src, dst, width);
                }
            }

            GC.KeepAlive(pixels);
        }
        catch
        {
            pixels.Dispose();
            throw;
        }

        var info = new Dictionary<string, object> { ["compression"] = compression };
        return new Image(mode, pixels, palette, info, "BMP");
    }

    private static ReadOnlySpan<byte> Slice(byte[] data, int start, int length)
    {
        if (start < 0 || length < 0 || (long)start + length > data.Length)
        {
            ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
        }

        return data.AsSpan(start, length);
    }

    private static void UnpackRow(string rawMode, int bits, bool bilevel, ReadOnlySpan<byte> src, Span<byte> dst, int width)
    {
        switch (rawMode)
        {
            case "P":
                int perByte = 8 / bits;
                int mask = (1 << bits) - 1;
                for (int x = 0; x < width; x++)
                {
                    int v = (src[x / perByte] >> (8 - (bits * ((x % perByte) + 1)))) & mask;
                    dst[x] = bilevel ? (byte)(v != 0 ? 1 : 0) : (byte)v;
                }

                break;
            case "BGR":
                for (int x = 0; x < width; x++)
                {
                    dst[3 * x] = src[(3 * x) + 2];
                    dst[(3 * x) + 1] = src[(3 * x) + 1];
                    dst[(3 * x) + 2] = src[3 * x];
                }

                break;
            case "BGR;15" or "BGR;16":
                bool six = rawMode == "BGR;16";
                for (int x = 0; x < width; x++)
                {
                    int v = src[2 * x] | (src[(2 * x) + 1] << 8);
                    // Pillow's ImagingUnpackBGR15 / BGR16.
                    dst[(3 * x) + 2] = (byte)((v & 31) * 255 / 31);
                    dst[(3 * x) + 1] = six ? (byte)(((v >> 5) & 63) * 255 / 63) : (byte)(((v >> 5) & 31) * 255 / 31);
                    dst[3 * x] = six ? (byte)(((v >> 11) & 31) * 255 / 31) : (byte)(((v >> 10) & 31) * 255 / 31);
                }

                break;
            default:
                // Four bytes per pixel; where each channel sits in them.
                (int r, int g, int b, int a) = rawMode switch
                {
                    "BGRX" => (2, 1, 0, -1),
                    "XBGR" => (3, 2, 1, -1),
                    "ABGR" => (3, 2, 1, 0),
                    "RGBA" => (0, 1, 2, 3),
                    _ => (2, 1, 0, 3),
                };
                int channels = a < 0 ? 3 : 4;
                for (int x = 0; x < width; x++)
                {
                    ReadOnlySpan<byte> p = src.Slice(4 * x, 4);
                    Span<byte> q = dst.Slice(channels * x, channels);
                    q[0] = p[r];
                    q[1] = p[g];
                    q[2] = p[b];
                    if (a >= 0)
                    {
                        q[3] = p[a];
                    }
                }

                break;
        }
    }

    /// <summary>
    /// RLE8 / RLE4 as Pillow's <c>BmpRleDecoder</c>: (count, value) runs, escapes 0 (end of line), 1 (end of bitmap),
    /// 2 (delta) and absolute runs padded to 16 bits; pixels not written are 0; rows run bottom-up.
    /// </summary>
    private static void DecodeRle(ReadOnlySpan<byte> src, bool rle4, int width, int height, NDArray pixels)
    {
        long total = (long)width * height;
        var output = new Span<byte>(pixels.Data, checked((int)total));
        output.Clear();
        long n = 0;
        int pos = 0;
        int x = 0;
        while (n < total)
        {
            if (pos + 2 > src.Length)
            {
                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }

            int count = src[pos];
            int value = src[pos + 1];
            pos += 2;
            if (count > 0)
            {
                count = Math.Min(count, Math.Max(0, width - x));
                for (int i = 0; i < count && n < total; i++)
                {
                    Put(output, width, height, n++, rle4 ? (i % 2 == 0 ? value >> 4 : value & 0x0F) : value);
                }

                x += count;
            }
            else if (value == 0)
            {
                n = (n + width - 1) / width * width;
                x = 0;
            }
            else if (value == 1)
            {
                break;
            }
            else if (value == 2)
            {
                if (pos + 2 > src.Length)
                {
                    ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
                }

                n += src[pos] + ((long)src[pos + 1] * width);
                pos += 2;
                x = (int)(n % width);
            }
            else
            {
                int bytes = rle4 ? value / 2 : value;
                if (pos + bytes > src.Length)
                {
                    ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
                }

                for (int i = 0; i < bytes && n < total; i++)
                {
                    if (rle4)
                    {
                        Put(output, width, height, n++, src[pos + i] >> 4);
                        if (n < total)
                        {
                            Put(output, width, height, n++, src[pos + i] & 0x0F);
                        }
                    }
                    else
                    {
                        Put(output, width, height, n++, src[pos + i]);
                    }
                }

                pos += bytes + ((pos + bytes) % 2);
                x += value;
            }
        }
    }

    /// <summary>Writes the n-th decoded pixel; the data runs bottom-up, so row n / width is image row height - 1 - it.</summary>
    private static void Put(Span<byte> output, int width, int height, long n, int value)
    {
        long row = n / width;
        if (row < height)
        {
            output[(int)(((height - 1 - row) * width) + (n % width))] = (byte)value;
        }
    }
}
