using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>
/// Reads a PNG into the array <c>np.asarray(PIL.Image.open(path))</c> gives, with Pillow 9.4's modes, except that
/// 16-bit images keep all 16 bits (see <see cref="PngFormat"/>).
/// </summary>
/// <remarks>
/// Like Pillow's <c>PngImagePlugin</c>, chunks before the image data have their CRC checked and IDAT's is not read;
/// unknown chunks, critical or not, are skipped. The zlib stream is inflated one scanline at a time, straight from
/// the IDAT chunks, and unfiltered into the result, so the only memory the size of the image is the result itself,
/// which is allocated only once the compressed data is large enough to possibly hold it.
/// </remarks>
internal static unsafe class PngDecoder
{
    public static bool Accept(ReadOnlySpan<byte> header) => header.StartsWith(PngFormat.Signature);

    public static Image Decode(byte[] file)
    {
        PngHeader header = default;
        bool haveHeader = false;
        byte[]? palette = null;
        byte[]? trns = null;
        var idat = new List<(int Offset, int Length)>();
        long idatBytes = 0;
        int pos = PngFormat.Signature.Length;
        while (true)
        {
            if (pos + 8 > file.Length)
            {
                // No IEND: Pillow reads what is there, so a file cut after its image data still opens.
                if (idat.Count > 0)
                {
                    break;
                }

                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }

            uint length = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(pos));
            uint type = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(pos + 4));
            string name = PngFormat.ChunkName(type);
            if (length > int.MaxValue)
            {
                ThrowHelper.ThrowInvalidData(Messages.PngBadHeader($"chunk {name} claims {length} bytes"));
            }

            int start = pos + 8;
            long end = (long)start + length + 4;
            if (!haveHeader && type != PngFormat.IHDR)
            {
                ThrowHelper.ThrowInvalidData(Messages.PngBadHeader($"first chunk is {name}, not IHDR"));
            }

            if (end > file.Length)
            {
                if (type == PngFormat.IDAT)
                {
                    // A cut IDAT: inflate what is there; a short image then reports the truncation.
                    int have = Math.Max(0, file.Length - start);
                    idat.Add((start, have));
                    idatBytes += have;
                    break;
                }

                if (idat.Count > 0)
                {
                    break;
                }

                ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
            }

            ReadOnlySpan<byte> data = file.AsSpan(start, (int)length);
            if (type != PngFormat.IDAT)
            {
                uint stored = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(start + (int)length));
                uint actual = Crc32.Append(Crc32.Append(0, file.AsSpan(pos + 4, 4)), data);
                if (stored != actual)
                {
                    ThrowHelper.ThrowInvalidData(Messages.BadChunkChecksum($"b'{name}'"));
                }
            }

            if (type == PngFormat.IHDR)
            {
                header = PngHeader.Parse(data);
                haveHeader = true;
            }
            else if (type == PngFormat.PLTE)
            {
                palette = data.ToArray();
            }
            else if (type == PngFormat.TRNS)
            {
                trns = data.ToArray();
            }
            else if (type == PngFormat.IDAT)
            {
                idat.Add((start, (int)length));
                idatBytes += length;
            }
            else if (type == PngFormat.IEND)
            {
                break;
            }

            pos = (int)end;
        }

        if (idat.Count == 0)
        {
            ThrowHelper.ThrowInvalidData(Messages.PngBadHeader("no IDAT chunk"));
        }

        ImageLimits.CheckPixels(header.Width, header.Height);
        if (!ImageLimits.DeflateCanHold(idatBytes, header.FilteredSize()))
        {
            ThrowHelper.ThrowInvalidData(Messages.DataTooShortForSize("PNG", header.Width, header.Height, idatBytes));
        }

        var info = new Dictionary<string, object>();
        if (header.Interlace != 0)
        {
            info["interlace"] = 1;
        }

        if (trns is not null && TransparencyOf(header, trns) is { } transparency)
        {
            info["transparency"] = transparency;
        }

        if (header.ColorType == 3 && palette is null)
        {
            // Pillow gives a P image without PLTE its default palette: the greyscale ramp.
            palette = Image.GreyRamp();
        }

        NDArray pixels = NDArray.Allocate(ImageMode.DTypeOf(header.Mode), ImageMode.ShapeOf(header.Mode, header.Width, header.Height));
        try
        {
            using var zlib = new ZLibStream(new IdatStream(file, idat), CompressionMode.Decompress);
            using var lines = new ScanlineReader(zlib, header.RowBytes(header.Width) + 1);
            if (header.Interlace == 0)
            {
                DecodeProgressive(lines, header, pixels);
            }
            else
            {
                DecodeAdam7(lines, header, pixels);
            }
        }
        catch (InvalidDataException ex) when (ex.Message != Messages.ImageTruncated && !ex.Message.StartsWith("broken PNG", StringComparison.Ordinal))
        {
            pixels.Dispose();
            throw new InvalidDataException(Messages.PngBadHeader($"corrupt zlib data: {ex.Message}"), ex);
        }
        catch (IOException ex)
        {
            // zlib reports some corrupt streams as a ZLibException (an IOException: "unexpected error code"), not as
            // InvalidDataException; the source is in memory, so no other I/O error can occur here.
            pixels.Dispose();
            throw new InvalidDataException(Messages.PngBadHeader($"corrupt zlib data: {ex.Message}"), ex);
        }
        catch
        {
            pixels.Dispose();
            throw;
        }

        return new Image(header.Mode, pixels, palette is null ? null : PngFormat.TrimPalette(palette), info, "PNG");
    }

    /// <summary>Pillow's <c>chunk_tRNS</c>: an index or per-entry alphas for P, a sample value for grey, a triple for RGB.</summary>
    private static object? TransparencyOf(PngHeader header, byte[] trns)
    {
        switch (header.ColorType)
        {
            case 3:
                // ^\xff*\x00\xff*$ (one fully transparent entry, all others opaque) becomes that entry's index.
                int zero = Array.IndexOf(trns, (byte)0);
                bool simple = zero >= 0 && Array.IndexOf(trns, (byte)0, zero + 1) < 0 &&
                    Array.TrueForAll(trns, b => b is 0 or 0xFF);
                return simple ? zero : trns;
            case 0 when trns.Length >= 2:
                return (int)BinaryPrimitives.ReadUInt16BigEndian(trns);
            case 2 when trns.Length >= 6:
                return (BinaryPrimitives.ReadUInt16BigEndian(trns), BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(2)),
                    BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(4))) is var (r, g, b) ? ((int)r, (int)g, (int)b) : null;
            default:
                return null;
        }
    }

    private static void DecodeProgressive(ScanlineReader lines, PngHeader header, NDArray pixels)
    {
        int rowBytes = header.RowBytes(header.Width);
        int bpp = header.FilterBpp;
        nint outRowBytes = checked((nint)header.Width * Math.Max(1, ImageMode.Channels(header.Mode)) * pixels.itemsize);
        byte[] rowsA = ArrayPool<byte>.Shared.Rent(rowBytes);
        byte[] rowsB = ArrayPool<byte>.Shared.Rent(rowBytes);
        try
        {
            // Eight-bit samples unfilter straight into the result; others through a row of their own, then unpacked.
            bool direct = header.BitDepth == 8;
            Span<byte> prior = rowsB.AsSpan(0, rowBytes);
            prior.Clear();
            Span<byte> current = rowsA.AsSpan(0, rowBytes);
            byte* basePtr = pixels.Data;
            for (int y = 0; y < header.Height; y++)
            {
                ReadOnlySpan<byte> scanline = lines.Next(rowBytes + 1);
                Span<byte> outRow = new(basePtr + (y * outRowBytes), (int)outRowBytes);
                Span<byte> target = direct ? outRow : current;
                if (!PngFilters.Unfilter(scanline[0], scanline[1..], target, prior, bpp))
                {
                    ThrowHelper.ThrowInvalidData(Messages.UnknownFilterType(scanline[0]));
                }

                if (direct)
                {
                    prior = outRow;
                }
                else
                {
                    PngFormat.Unpack(header, current, outRow, header.Width);
                    Span<byte> done = current;
                    current = prior;
                    prior = done;
                }
            }

            GC.KeepAlive(pixels);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rowsA);
            ArrayPool<byte>.Shared.Return(rowsB);
        }
    }

    private static void DecodeAdam7(ScanlineReader lines, PngHeader header, NDArray pixels)
    {
        int pixelBytes = Math.Max(1, ImageMode.Channels(header.Mode)) * pixels.itemsize;
        nint outRowBytes = checked((nint)header.Width * pixelBytes);
        int maxRow = header.RowBytes(header.Width);
        byte[] rowA = ArrayPool<byte>.Shared.Rent(maxRow);
        byte[] rowB = ArrayPool<byte>.Shared.Rent(maxRow);
        byte[] unpacked = ArrayPool<byte>.Shared.Rent(checked(header.Width * pixelBytes));
        try
        {
            byte* basePtr = pixels.Data;
            foreach ((int x0, int y0, int dx, int dy) in PngFormat.Adam7)
            {
                int pw = (header.Width - x0 + dx - 1) / dx;
                int ph = (header.Height - y0 + dy - 1) / dy;
                if (pw <= 0 || ph <= 0)
                {
                    continue;
                }

                int rowBytes = header.RowBytes(pw);
                Span<byte> prior = rowB.AsSpan(0, rowBytes);
                prior.Clear();
                Span<byte> current = rowA.AsSpan(0, rowBytes);
                for (int j = 0; j < ph; j++)
                {
                    ReadOnlySpan<byte> scanline = lines.Next(rowBytes + 1);
                    if (!PngFilters.Unfilter(scanline[0], scanline[1..], current, prior, header.FilterBpp))
                    {
                        ThrowHelper.ThrowInvalidData(Messages.UnknownFilterType(scanline[0]));
                    }

                    Span<byte> passPixels = unpacked.AsSpan(0, pw * pixelBytes);
                    PngFormat.Unpack(header, current, passPixels, pw);
                    byte* outRow = basePtr + ((y0 + (j * dy)) * outRowBytes);
                    for (int i = 0; i < pw; i++)
                    {
                        passPixels.Slice(i * pixelBytes, pixelBytes).CopyTo(new Span<byte>(outRow + ((x0 + (i * dx)) * pixelBytes), pixelBytes));
                    }

                    Span<byte> t = prior;
                    prior = current;
                    current = t;
                }
            }

            GC.KeepAlive(pixels);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rowA);
            ArrayPool<byte>.Shared.Return(rowB);
            ArrayPool<byte>.Shared.Return(unpacked);
        }
    }
}
