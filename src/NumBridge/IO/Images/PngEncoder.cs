using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>
/// Writes an image as PNG the way Pillow 9.4's <c>PngImagePlugin._save</c> and <c>ZipEncode.c</c> do: the same
/// chunks (IHDR, PLTE, tRNS, IDAT, IEND), the same bit depths (a P image with at most 2, 4 or 16 palette entries
/// is written with 1, 2 or 4 bits), and the same row filters (the minimum sum of absolute differences over None,
/// Up, Sub and Paeth, Average too when optimizing; none for palettes), deflated at <c>compress_level</c> with
/// zlib's <c>Z_FILTERED</c> strategy. zlib-ng, behind <see cref="ZLibStream"/>, chooses other matches than zlib,
/// so the bytes differ from Pillow's while the pixels are the same.
/// </summary>
internal static unsafe class PngEncoder
{
    /// <summary>Pillow writes IDAT in blocks of this many bytes (<c>ImageFile.MAXBLOCK</c>).</summary>
    private const int IdatBlock = 65536;

    public static void Encode(Image image, Stream output, int compressLevel, bool optimize)
    {
        string mode = image.mode;
        NDArray pixels = image.Pixels;
        int width = image.width;
        int height = image.height;
        byte[]? palette = mode == "P" ? image.Palette ?? Image.GreyRamp() : null;
        int colors = palette is null ? 0 : Math.Clamp(palette.Length / 3, 1, 256);
        (int bitDepth, int colorType) = mode switch
        {
            "1" => (1, 0),
            "L" => (8, 0),
            "LA" => (8, 4),
            "RGB" => (8, 2),
            "RGBA" => (8, 6),
            "P" => (colors <= 2 ? 1 : colors <= 4 ? 2 : colors <= 16 ? 4 : 8, 3),
            "I" or "I;16" => (16, 0),
            "LA;16" => (16, 4),
            "RGB;16" => (16, 2),
            "RGBA;16" => (16, 6),
            _ => ThrowHelper.ThrowNotSupported<(int, int)>(Messages.CannotWriteMode(mode, "PNG")),
        };
        var header = new PngHeader { Width = width, Height = height, BitDepth = bitDepth, ColorType = colorType, Mode = mode };

        output.Write(PngFormat.Signature);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr[4..], (uint)height);
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colorType;
        WriteChunk(output, PngFormat.IHDR, ihdr);
        if (palette is not null)
        {
            byte[] plte = new byte[colors * 3];
            palette.AsSpan(0, Math.Min(palette.Length, plte.Length)).CopyTo(plte);
            WriteChunk(output, PngFormat.PLTE, plte);
        }

        if (Transparency(image, mode, colors) is { } trns)
        {
            WriteChunk(output, PngFormat.TRNS, trns);
        }

        int rowBytes = header.RowBytes(width);
        int bpp = Math.Max(1, (bitDepth * header.SamplesPerPixel + 7) / 8);
        bool filter = colorType != 3;
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = compressLevel,
            CompressionStrategy = filter ? ZLibCompressionStrategy.Filtered : ZLibCompressionStrategy.Default,
        };
        byte[] raw = ArrayPool<byte>.Shared.Rent(rowBytes);
        byte[] priorRaw = ArrayPool<byte>.Shared.Rent(rowBytes);
        byte[] filtered = ArrayPool<byte>.Shared.Rent(rowBytes + 1);
        byte[] scratch = ArrayPool<byte>.Shared.Rent(rowBytes + 1);
        try
        {
            using var idat = new IdatWriter(output, IdatBlock);
            using (var zlib = new ZLibStream(idat, options, leaveOpen: true))
            {
                Span<byte> prior = priorRaw.AsSpan(0, rowBytes);
                prior.Clear();
                nint pixelRow = checked((nint)width * Math.Max(1, ImageMode.Channels(mode)) * pixels.itemsize);
                byte* data = pixels.Data;
                for (int y = 0; y < height; y++)
                {
                    var source = new ReadOnlySpan<byte>(data + (y * pixelRow), (int)pixelRow);
                    ReadOnlySpan<byte> row = Pack(mode, bitDepth, source, raw.AsSpan(0, rowBytes), width);
                    if (filter)
                    {
                        PngFilters.FilterRow(row, prior, bpp, optimize, filtered, scratch);
                    }
                    else
                    {
                        filtered[0] = PngFilters.None;
                        row.CopyTo(filtered.AsSpan(1));
                    }

                    zlib.Write(filtered, 0, rowBytes + 1);
                    if (filter)
                    {
                        // The next row's "above" is this raw row; keep a copy unless it already lives in the image.
                        if (row.Overlaps(raw))
                        {
                            row.CopyTo(prior);
                        }
                        else
                        {
                            prior = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(row), row.Length);
                        }
                    }
                }
            }

            idat.Flush();
            GC.KeepAlive(pixels);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
            ArrayPool<byte>.Shared.Return(priorRaw);
            ArrayPool<byte>.Shared.Return(filtered);
            ArrayPool<byte>.Shared.Return(scratch);
        }

        WriteChunk(output, PngFormat.IEND, []);
    }

    /// <summary>The tRNS chunk for <c>info["transparency"]</c>, as Pillow's <c>_save</c> writes it, or null.</summary>
    private static byte[]? Transparency(Image image, string mode, int colors)
    {
        if (!image.info.TryGetValue("transparency", out object? t) || t is null)
        {
            return null;
        }

        switch (mode, t)
        {
            case ("P", byte[] alphas):
                return alphas.Length == 0 ? null : alphas[..Math.Min(alphas.Length, colors)];
            case ("P", int index):
                byte[] alpha = new byte[Math.Clamp(index, 0, 255) + 1];
                alpha.AsSpan().Fill(0xFF);
                alpha[^1] = 0;
                return alpha[..Math.Min(alpha.Length, colors)];
            case ("1" or "L" or "I" or "I;16", int grey):
                byte[] g = new byte[2];
                BinaryPrimitives.WriteUInt16BigEndian(g, (ushort)Math.Clamp(grey, 0, 65535));
                return g;
            case ("RGB" or "RGB;16", ValueTuple<int, int, int> rgb):
                byte[] c = new byte[6];
                BinaryPrimitives.WriteUInt16BigEndian(c, (ushort)rgb.Item1);
                BinaryPrimitives.WriteUInt16BigEndian(c.AsSpan(2), (ushort)rgb.Item2);
                BinaryPrimitives.WriteUInt16BigEndian(c.AsSpan(4), (ushort)rgb.Item3);
                return c;
            default:
                // Pillow leaves a stale transparency of an RGBA image out silently.
                return null;
        }
    }

    /// <summary>One row in PNG's sample format: the pixels themselves for 8 bits, else packed into <paramref name="raw"/>.</summary>
    private static ReadOnlySpan<byte> Pack(string mode, int bitDepth, ReadOnlySpan<byte> source, Span<byte> raw, int width)
    {
        switch (bitDepth)
        {
            case 8:
                return source;
            case 16 when mode == "I":
                ReadOnlySpan<int> ints = MemoryMarshal.Cast<byte, int>(source);
                for (int x = 0; x < width; x++)
                {
                    // Pillow's I_I16B: CLIP16, then big-endian.
                    BinaryPrimitives.WriteUInt16BigEndian(raw[(2 * x)..], (ushort)Math.Clamp(ints[x], 0, 65535));
                }

                return raw;
            case 16:
                ReadOnlySpan<ushort> samples = MemoryMarshal.Cast<byte, ushort>(source);
                Span<ushort> target = MemoryMarshal.Cast<byte, ushort>(raw);
                if (BitConverter.IsLittleEndian)
                {
                    BinaryPrimitives.ReverseEndianness(samples, target);
                }
                else
                {
                    samples.CopyTo(target);
                }

                return raw;
            default:
                // "1" (bool 0/1) and P indices below 8 bits: MSB first, the last byte padded with zeros.
                int perByte = 8 / bitDepth;
                int mask = (1 << bitDepth) - 1;
                raw.Clear();
                for (int x = 0; x < width; x++)
                {
                    int shift = 8 - (bitDepth * ((x % perByte) + 1));
                    raw[x / perByte] |= (byte)((source[x] & mask) << shift);
                }

                return raw;
        }
    }

    internal static void WriteChunk(Stream output, uint type, ReadOnlySpan<byte> data)
    {
        Span<byte> head = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(head, (uint)data.Length);
        BinaryPrimitives.WriteUInt32BigEndian(head[4..], type);
        output.Write(head);
        output.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Append(Crc32.Append(0, head[4..]), data));
        output.Write(crc);
    }

    /// <summary>Collects deflated bytes and writes them out as IDAT chunks of <c>block</c> bytes (the last one shorter).</summary>
    private sealed class IdatWriter : Stream
    {
        private readonly Stream _output;
        private readonly byte[] _buffer;
        private int _count;

        public IdatWriter(Stream output, int block)
        {
            _output = output;
            _buffer = ArrayPool<byte>.Shared.Rent(block);
            BlockSize = block;
        }

        private int BlockSize { get; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                int n = Math.Min(BlockSize - _count, buffer.Length);
                buffer[..n].CopyTo(_buffer.AsSpan(_count));
                _count += n;
                buffer = buffer[n..];
                if (_count == BlockSize)
                {
                    Flush();
                }
            }
        }

        /// <summary>Writes what is collected as one IDAT chunk.</summary>
        public override void Flush()
        {
            if (_count > 0)
            {
                WriteChunk(_output, PngFormat.IDAT, _buffer.AsSpan(0, _count));
                _count = 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            base.Dispose(disposing);
        }
    }
}
