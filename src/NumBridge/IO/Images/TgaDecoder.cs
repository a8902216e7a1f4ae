using System.Buffers.Binary;
using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>
/// Reads Truevision TGA as Pillow 9.4's <c>TgaImagePlugin</c> does: colour-mapped 8-bit ("P"), grey 1-bit ("1"),
/// 8-bit ("L") and 16-bit ("LA"), true-colour 16-bit 5-5-5 ("RGB", scaled <c>v * 255 / 31</c>), 24-bit ("RGB") and
/// 32-bit ("RGBA"); uncompressed and RLE; rows bottom-up unless the descriptor's top bit (0x20) is set, and
/// mirrored when its right-to-left bit (0x10) is.
/// </summary>
/// <remarks>
/// TGA has no signature, so, as in Pillow, a file is taken for TGA only when nothing else claims it and its header
/// fields make sense. A 32-bit colour map's alpha is not kept: <c>getpalette()</c> gives its RGB, as Pillow's does.
/// </remarks>
internal static unsafe class TgaDecoder
{
    public static bool Accept(ReadOnlySpan<byte> header)
    {
        if (header.Length < 18)
        {
            return false;
        }

        int width = BinaryPrimitives.ReadUInt16LittleEndian(header[12..]);
        int height = BinaryPrimitives.ReadUInt16LittleEndian(header[14..]);
        return header[1] <= 1 && width > 0 && height > 0 && header[16] is 1 or 8 or 16 or 24 or 32 &&
            header[2] is 1 or 2 or 3 or 9 or 10 or 11;
    }

    public static Image Decode(byte[] data)
    {
        int idLength = data[0];
        int colorMapType = data[1];
        int imageType = data[2];
        int width = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(12));
        int height = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(14));
        int depth = data[16];
        int descriptor = data[17];
        (string mode, string rawMode) = (imageType & 7, depth) switch
        {
            (1, 8) => ("P", "P"),
            (3, 1) => ("1", "1"),
            (3, 8) => ("L", "L"),
            (3, 16) => ("LA", "LA"),
            (2, 16) => ("RGB", "BGR;5"),
            (2, 24) => ("RGB", "BGR"),
            (2, 32) => ("RGBA", "BGRA"),
            _ => ThrowHelper.ThrowNotSupported<(string, string)>($"unsupported TGA image type {imageType} with depth {depth}"),
        };
        if ((imageType & 8) != 0 && depth == 1)
        {
            ThrowHelper.ThrowNotSupported("unsupported TGA image type: run-length encoded 1-bit");
        }

        var info = new Dictionary<string, object> { ["orientation"] = (descriptor & 0x20) != 0 ? 1 : -1 };
        if ((imageType & 8) != 0)
        {
            info["compression"] = "tga_rle";
        }

        int pos = 18;
        if (idLength > 0)
        {
            info["id_section"] = Slice(data, pos, idLength).ToArray();
            pos += idLength;
        }

        byte[]? palette = null;
        if (colorMapType == 1)
        {
            int start = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(3));
            int size = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(5));
            int mapDepth = data[7];
            int entryBytes = (mapDepth + 7) / 8;
            ReadOnlySpan<byte> map = Slice(data, pos, size * entryBytes);
            pos += size * entryBytes;
            if (mapDepth is 16 or 24 or 32)
            {
                // Pillow puts "start" empty (black) entries in front of the map.
                int entries = Math.Min(start + size, 256);
                palette = new byte[entries * 3];
                for (int i = start; i < entries; i++)
                {
                    ReadOnlySpan<byte> e = map.Slice((i - start) * entryBytes, entryBytes);
                    if (mapDepth == 16)
                    {
                        int v = e[0] | (e[1] << 8);
                        palette[3 * i] = (byte)(((v >> 10) & 31) * 255 / 31);
                        palette[(3 * i) + 1] = (byte)(((v >> 5) & 31) * 255 / 31);
                        palette[(3 * i) + 2] = (byte)((v & 31) * 255 / 31);
                    }
                    else
                    {
                        palette[3 * i] = e[2];
                        palette[(3 * i) + 1] = e[1];
                        palette[(3 * i) + 2] = e[0];
                    }
                }
            }
        }

        if (mode == "P")
        {
            palette ??= Image.GreyRamp();
        }

        ImageLimits.CheckPixels(width, height);
        int pixelBytes = depth / 8;
        int rowBytes = depth == 1 ? (width + 7) / 8 : width * pixelBytes;
        long available = data.Length - pos;
        bool rle = (imageType & 8) != 0;
        if ((!rle && (long)rowBytes * height > available) || (rle && (long)width * height > (available * 128) + 128))
        {
            ThrowHelper.ThrowInvalidData(Messages.DataTooShortForSize("TGA", width, height, available));
        }

        byte[] stored = rle ? DecodeRle(data.AsSpan(pos), pixelBytes, (long)width * height) : data;
        int storedStart = rle ? 0 : pos;
        bool topDown = (descriptor & 0x20) != 0;
        bool mirrored = (descriptor & 0x10) != 0;
        int channels = Math.Max(1, ImageMode.Channels(mode));
        NDArray pixels = NDArray.Allocate(ImageMode.DTypeOf(mode), ImageMode.ShapeOf(mode, width, height));
        for (int row = 0; row < height; row++)
        {
            int y = topDown ? row : height - 1 - row;
            ReadOnlySpan<byte> src = stored.AsSpan(storedStart + (row * rowBytes), rowBytes);
            var dst = new Span<byte>(pixels.Data + ((long)y * width * channels), width * channels);
            for (int x = 0; x < width; x++)
            {
                int tx = mirrored ? width - 1 - x : x;
                Span<byte> q = dst.Slice(tx * channels, channels);
                switch (rawMode)
                {
                    case "1":
                        q[0] = (byte)((src[x / 8] >> (7 - (x % 8))) & 1);
                        break;
                    case "P" or "L":
                        q[0] = src[x];
                        break;
                    case "LA":
                        q[0] = src[2 * x];
                        q[1] = src[(2 * x) + 1];
                        break;
                    case "BGR;5":
                        int v = src[2 * x] | (src[(2 * x) + 1] << 8);
                        q[0] = (byte)(((v >> 10) & 31) * 255 / 31);
                        q[1] = (byte)(((v >> 5) & 31) * 255 / 31);
                        q[2] = (byte)((v & 31) * 255 / 31);
                        break;
                    default:
                        q[0] = src[(pixelBytes * x) + 2];
                        q[1] = src[(pixelBytes * x) + 1];
                        q[2] = src[pixelBytes * x];
                        if (pixelBytes == 4)
                        {
                            q[3] = src[(4 * x) + 3];
                        }

                        break;
                }
            }
        }

        GC.KeepAlive(pixels);
        return new Image(mode, pixels, mode == "P" ? palette : null, info, "TGA");
    }

    private static ReadOnlySpan<byte> Slice(byte[] data, int start, int length)
    {
        if ((long)start + length > data.Length)
        {
            ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
        }

        return data.AsSpan(start, length);
    }

    /// <summary>
    /// TGA run-length packets (Pillow's <c>TgaRleDecode.c</c>): a header byte whose top bit marks a run of
    /// <c>(h &amp; 0x7F) + 1</c> copies of one pixel, else <c>h + 1</c> literal pixels; packets may cross rows.
    /// </summary>
    private static byte[] DecodeRle(ReadOnlySpan<byte> src, int pixelBytes, long pixels)
    {
        byte[] output = new byte[checked(pixels * pixelBytes)];
        int o = 0;
        int pos = 0;
        while (o < output.Length)
        {
            if (pos >= src.Length)
            {
                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }

            int header = src[pos++];
            int count = (header & 0x7F) + 1;
            int bytes = Math.Min(count * pixelBytes, output.Length - o);
            if ((header & 0x80) != 0)
            {
                if (pos + pixelBytes > src.Length)
                {
                    ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
                }

                ReadOnlySpan<byte> pixel = src.Slice(pos, pixelBytes);
                pos += pixelBytes;
                for (int i = 0; i < bytes; i++)
                {
                    output[o + i] = pixel[i % pixelBytes];
                }
            }
            else
            {
                if (pos + bytes > src.Length)
                {
                    ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
                }

                src.Slice(pos, bytes).CopyTo(output.AsSpan(o));
                pos += count * pixelBytes;
            }

            o += bytes;
        }

        return output;
    }
}
