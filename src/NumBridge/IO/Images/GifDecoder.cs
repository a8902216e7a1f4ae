using System.Buffers.Binary;
using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>
/// Reads the first frame of a GIF (87a or 89a) as Pillow 9.4's <c>GifImagePlugin</c> gives it: mode "P" (palette
/// indices) with the local palette, else the global one; mode "L" when that palette is the identity grey ramp
/// (entry i is (i, i, i)) or there is none.
/// </summary>
/// <remarks>
/// The image has the logical screen's size, grown to hold the frame if the frame reaches past it. Pixels outside the
/// frame are 0, or the transparent index when the frame has one. <c>info</c> gets Pillow's <c>"version"</c> (the
/// six signature bytes), <c>"background"</c> (with a global palette), <c>"transparency"</c>, <c>"duration"</c> (ms),
/// <c>"loop"</c> and <c>"comment"</c>. Later frames are not read.
/// </remarks>
internal static unsafe class GifDecoder
{
    public static bool Accept(ReadOnlySpan<byte> header) =>
        header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8);

    public static Image Decode(byte[] data)
    {
        var reader = new ByteReader(data, 6);
        int screenWidth = reader.U16();
        int screenHeight = reader.U16();
        int flags = reader.U8();
        int background = reader.U8();
        reader.U8(); // pixel aspect ratio
        var info = new Dictionary<string, object> { ["version"] = data[..6] };
        byte[]? globalPalette = null;
        if ((flags & 0x80) != 0)
        {
            info["background"] = background;
            globalPalette = reader.Bytes(3 << ((flags & 7) + 1)).ToArray();
        }

        int? transparency = null;
        while (true)
        {
            int tag = reader.U8();
            if (tag == 0x21)
            {
                int label = reader.U8();
                byte[] block = reader.SubBlock();
                if (label == 0xF9 && block.Length >= 4)
                {
                    // Graphic control extension: transparency flag and index, delay in hundredths of a second.
                    if ((block[0] & 1) != 0)
                    {
                        transparency = block[3];
                    }

                    info["duration"] = BinaryPrimitives.ReadUInt16LittleEndian(block.AsSpan(1)) * 10;
                }
                else if (label == 0xFE)
                {
                    var comment = new List<byte>(block);
                    for (byte[] more = reader.SubBlock(); more.Length > 0; more = reader.SubBlock())
                    {
                        comment.AddRange(more);
                    }

                    info["comment"] = comment.ToArray();
                    continue;
                }
                else if (label == 0xFF && block.AsSpan().StartsWith("NETSCAPE2.0"u8))
                {
                    byte[] loop = reader.SubBlock();
                    if (loop.Length >= 3 && loop[0] == 1)
                    {
                        info["loop"] = (int)BinaryPrimitives.ReadUInt16LittleEndian(loop.AsSpan(1));
                    }

                    if (loop.Length == 0)
                    {
                        continue;
                    }
                }

                while (reader.SubBlock().Length > 0)
                {
                }
            }
            else if (tag == 0x2C)
            {
                return ReadFrame(data, ref reader, screenWidth, screenHeight, globalPalette, transparency, info);
            }
            else if (tag == 0x3B)
            {
                // Trailer before any image: Pillow's EOFError, which Image.open reports as an unidentified file.
                return ThrowHelper.ThrowInvalidData<Image>(Messages.BrokenData("GIF", "no image in file"));
            }

            // Pillow skips any other byte between blocks.
        }
    }

    private static Image ReadFrame(byte[] data, ref ByteReader reader, int screenWidth, int screenHeight, byte[]? globalPalette,
        int? transparency, Dictionary<string, object> info)
    {
        int x0 = reader.U16();
        int y0 = reader.U16();
        int frameWidth = reader.U16();
        int frameHeight = reader.U16();
        int flags = reader.U8();
        bool interlace = (flags & 0x40) != 0;
        byte[]? palette = globalPalette;
        if ((flags & 0x80) != 0)
        {
            palette = reader.Bytes(3 << ((flags & 7) + 1)).ToArray();
        }

        int minCodeSize = reader.U8();
        int width = Math.Max(screenWidth, x0 + frameWidth);
        int height = Math.Max(screenHeight, y0 + frameHeight);
        if (width == 0 || height == 0)
        {
            ThrowHelper.ThrowInvalidData(Messages.BrokenData("GIF", $"image size {width}x{height}"));
        }

        if (minCodeSize is < 1 or > 11)
        {
            ThrowHelper.ThrowInvalidData(Messages.BrokenData("GIF", $"LZW code size {minCodeSize}"));
        }

        ImageLimits.CheckPixels(width, height);
        if (!ImageLimits.LzwCanHold(data.Length - reader.Position, (long)frameWidth * frameHeight))
        {
            // Found by the fuzzer: a 51-byte file whose frame claimed 65285x128 pixels had 8.6 MB allocated and
            // filled before the missing data was noticed.
            ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
        }

        string mode = palette is not null && PaletteNeeded(palette) ? "P" : "L";
        if (transparency is int t)
        {
            info["transparency"] = t;
        }

        // The frame is decoded first, into its own rectangle: the canvas (the screen, or the frame's far corner, which
        // an offset alone can push out) needs no data, so it is allocated only once the frame's data proved whole (a
        // 51-byte file with its frame at x 16390 allocated 4.3 MB before it was found truncated; found by the fuzzer).
        byte[] frame = frameWidth > 0 && frameHeight > 0 ? DecodeFrame(data, reader.Position, minCodeSize, frameWidth, frameHeight) : [];

        // Pillow fills the canvas with the transparent index (or 0), then puts the frame in its rectangle.
        NDArray pixels = NDArray.Allocate(np.uint8, new Shape(height, width));
        byte* canvas = pixels.Data;
        new Span<byte>(canvas, checked(width * height)).Fill((byte)(transparency ?? 0));
        for (int i = 0; i < frameHeight && frame.Length > 0; i++)
        {
            int y = y0 + (interlace ? InterlacedRow(i, frameHeight) : i);
            frame.AsSpan(i * frameWidth, frameWidth).CopyTo(new Span<byte>(canvas + ((long)y * width) + x0, frameWidth));
        }

        GC.KeepAlive(pixels);
        return new Image(mode, pixels, mode == "P" ? palette : null, info, "GIF");
    }

    /// <summary>The frame's rows in stored order; <see cref="Messages.ImageTruncated"/> when the data ends first.</summary>
    private static byte[] DecodeFrame(byte[] data, int position, int minCodeSize, int frameWidth, int frameHeight)
    {
        var lzw = new GifLzwDecoder(data, position, minCodeSize);
        byte[] frame = GC.AllocateUninitializedArray<byte>(checked(frameWidth * frameHeight));
        for (int i = 0; i < frameHeight; i++)
        {
            if (!lzw.Read(frame.AsSpan(i * frameWidth, frameWidth)))
            {
                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }
        }

        return frame;
    }

    /// <summary>Pillow's <c>_is_palette_needed</c>: false when every entry i is exactly (i, i, i).</summary>
    private static bool PaletteNeeded(byte[] palette)
    {
        for (int i = 0; i + 2 < palette.Length; i += 3)
        {
            int index = i / 3;
            if (palette[i] != index || palette[i + 1] != index || palette[i + 2] != index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The image row of the i-th stored row of an interlaced frame (rows 0, 8, ..., then 4, 12, ..., then
    /// 2, 6, ..., then 1, 3, ...).</summary>
    private static int InterlacedRow(int i, int height)
    {
        int pass1 = (height + 7) / 8;
        if (i < pass1)
        {
            return i * 8;
        }

        i -= pass1;
        int pass2 = (height + 3) / 8;
        if (i < pass2)
        {
            return 4 + (i * 8);
        }

        i -= pass2;
        int pass3 = (height + 1) / 4;
        if (i < pass3)
        {
            return 2 + (i * 4);
        }

        i -= pass3;
        return 1 + (i * 2);
    }

    /// <summary>Reads the GIF's little-endian fields; running out is Pillow's "image file is truncated".</summary>
    private struct ByteReader
    {
        private readonly byte[] _data;

        public ByteReader(byte[] data, int position)
        {
            _data = data;
            Position = position;
        }

        public int Position { get; private set; }

        public int U8()
        {
            if (Position >= _data.Length)
            {
                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }

            return _data[Position++];
        }

        public int U16() => U8() | (U8() << 8);

        public ReadOnlySpan<byte> Bytes(int n)
        {
            if (Position + n > _data.Length)
            {
                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }

            ReadOnlySpan<byte> span = _data.AsSpan(Position, n);
            Position += n;
            return span;
        }

        /// <summary>One data sub-block (a length byte, then that many bytes); empty at the block terminator.</summary>
        public byte[] SubBlock() => Bytes(U8()).ToArray();
    }
}
