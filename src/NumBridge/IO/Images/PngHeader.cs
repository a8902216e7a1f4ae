using System.Buffers.Binary;

namespace NumBridge.IO.Images;

/// <summary>The IHDR chunk: size, bit depth, colour type, interlace method.</summary>
internal readonly struct PngHeader
{
    public int Width { get; init; }

    public int Height { get; init; }

    public int BitDepth { get; init; }

    public int ColorType { get; init; }

    public int Interlace { get; init; }

    /// <summary>The Pillow mode of the result (see <see cref="PngFormat"/>).</summary>
    public string Mode { get; init; }

    /// <summary>Samples per pixel: 1 grey or palette, 2 grey+alpha, 3 RGB, 4 RGBA.</summary>
    public int SamplesPerPixel => ColorType switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    /// <summary>The filters' "bpp": bytes per complete pixel, at least 1.</summary>
    public int FilterBpp => Math.Max(1, BitDepth * SamplesPerPixel / 8);

    /// <summary>The bytes of a scanline of <paramref name="width"/> pixels, without the filter byte.</summary>
    public int RowBytes(int width) => checked((int)(((long)width * BitDepth * SamplesPerPixel + 7) / 8));

    /// <summary>The bytes the zlib stream must inflate to: every scanline of every pass with its filter byte.</summary>
    public long FilteredSize()
    {
        if (Interlace == 0)
        {
            return (long)Height * (((long)Width * BitDepth * SamplesPerPixel + 7) / 8 + 1);
        }

        long total = 0;
        foreach ((int x0, int y0, int dx, int dy) in PngFormat.Adam7)
        {
            long pw = ((long)Width - x0 + dx - 1) / dx;
            long ph = ((long)Height - y0 + dy - 1) / dy;
            if (pw > 0 && ph > 0)
            {
                total += ph * ((pw * BitDepth * SamplesPerPixel + 7) / 8 + 1);
            }
        }

        return total;
    }

    public static PngHeader Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 13)
        {
            // PngImagePlugin.chunk_IHDR
            ThrowHelper.ThrowInvalidData(Messages.PngBadHeader("Truncated IHDR chunk"));
        }

        uint width = BinaryPrimitives.ReadUInt32BigEndian(data);
        uint height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        int bitDepth = data[8];
        int colorType = data[9];
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            ThrowHelper.ThrowInvalidData(Messages.PngBadHeader($"invalid image size {width}x{height}"));
        }

        string? mode = (bitDepth, colorType) switch
        {
            (1, 0) => "1",
            (2 or 4 or 8, 0) => "L",
            (16, 0) => "I;16",
            (8, 2) => "RGB",
            (16, 2) => "RGB;16",
            (1 or 2 or 4 or 8, 3) => "P",
            (8, 4) => "LA",
            (16, 4) => "LA;16",
            (8, 6) => "RGBA",
            (16, 6) => "RGBA;16",
            _ => null,
        };
        if (mode is null)
        {
            ThrowHelper.ThrowInvalidData(Messages.UnsupportedPng(bitDepth, colorType));
        }

        if (data[11] != 0)
        {
            // PngImagePlugin.chunk_IHDR: "unknown filter category"
            ThrowHelper.ThrowInvalidData(Messages.PngBadHeader("unknown filter category"));
        }

        if (data[12] > 1)
        {
            ThrowHelper.ThrowInvalidData(Messages.PngBadHeader($"unknown interlace method {data[12]}"));
        }

        return new PngHeader
        {
            Width = (int)width,
            Height = (int)height,
            BitDepth = bitDepth,
            ColorType = colorType,
            Interlace = data[12],
            Mode = mode,
        };
    }
}
