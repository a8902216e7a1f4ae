using System.Buffers.Binary;

namespace NumBridge.IO.Images;

/// <summary>
/// A baseline (sequential, Huffman) JPEG encoder that writes what Pillow 9.4 writes through libjpeg-turbo with its
/// defaults: JFIF 1.01 APP0 (no density unit, 1:1), the Annex K quantization tables scaled by quality, the Annex K
/// Huffman tables (no optimization), islow DCT, and for RGB the JFIF YCbCr conversion with libjpeg's fixed-point
/// coefficients and 4:2:0 chroma (h2v2 averaging with libjpeg's 1,2,1,2 bias) unless told otherwise.
/// </summary>
/// <remarks>
/// <para>
/// Edges are padded as libjpeg pads them: each row is extended by repeating its last pixel to whole blocks (of the
/// full-size plane, before downsampling), the last row is repeated to a whole row group, and the last downsampled row
/// to a whole MCU row. Blocks an interleaved MCU holds beyond a component's own block count ("dummy" blocks) are
/// coded with zero AC and the DC of the block before them, as libjpeg's <c>compress_data</c>.
/// </para>
/// <para>
/// The work goes one MCU row (8 or 16 image rows) at a time through buffers allocated once per image.
/// </para>
/// </remarks>
internal static class JpegEncoder
{
    // JFIF YCbCr (jccolor.c): 16-bit fixed point, Y rounded half up, Cb and Cr with a 0.5 - epsilon fudge.
    private const int ScaleBits = 16;
    private const int OneHalf = 1 << (ScaleBits - 1);
    private const int CbCrOffset = 128 << ScaleBits;
    private static readonly int s_rY = Fix(0.29900);
    private static readonly int s_gY = Fix(0.58700);
    private static readonly int s_bY = Fix(0.11400);
    private static readonly int s_rCb = Fix(0.16874);
    private static readonly int s_gCb = Fix(0.33126);
    private static readonly int s_half = Fix(0.50000);
    private static readonly int s_gCr = Fix(0.41869);
    private static readonly int s_bCr = Fix(0.08131);

    /// <summary>
    /// Encodes C-contiguous 8-bit pixels, 1 (grey) or 3 (RGB) per pixel.
    /// </summary>
    /// <param name="pixels">The samples, row after row.</param>
    /// <param name="width">Columns, 1 to 65500.</param>
    /// <param name="height">Rows, 1 to 65500.</param>
    /// <param name="components">1 or 3.</param>
    /// <param name="quality">Pillow's quality: -1 for libjpeg's default (75), else clamped to 1..100 as libjpeg
    /// clamps it.</param>
    /// <param name="subsampling">Pillow's subsampling: 0 = 4:4:4, 1 = 4:2:2, 2 = 4:2:0, anything else (-1) libjpeg's
    /// default, 4:2:0. A grey image is not subsampled, but its frame header carries the factors 0, 1 or 2 ask for,
    /// as libjpeg writes them under Pillow.</param>
    /// <param name="output">Where the file goes.</param>
    public static void Encode(ReadOnlySpan<byte> pixels, int width, int height, int components, int quality, int subsampling, Stream output)
    {
        if (quality == -1)
        {
            quality = 75;
        }

        // Pillow sets the factors for 0, 1 and 2 whatever the component count, and leaves libjpeg's default
        // otherwise (2x2 luma for YCbCr, 1x1 for grey).
        (int lumaH, int lumaV) = subsampling switch
        {
            0 => (1, 1),
            1 => (2, 1),
            2 => (2, 2),
            _ => components == 1 ? (1, 1) : (2, 2),
        };

        var luma = new JpegQuantizer(0, quality);
        JpegQuantizer? chroma = components == 3 ? new JpegQuantizer(1, quality) : null;
        WriteHeaders(output, width, height, components, lumaH, lumaV, luma, chroma);
        var writer = new JpegBitWriter(output);
        if (components == 1)
        {
            EncodeGrey(pixels, width, height, luma, writer);
        }
        else
        {
            EncodeColor(pixels, width, height, lumaH, lumaV, luma, chroma!, writer);
        }

        writer.Flush();
        output.Write([0xFF, 0xD9]);
    }

    /// <summary>SOI, APP0 (JFIF), DQT, SOF0, DHT and SOS, segment by segment as libjpeg's <c>jcmarker.c</c> emits
    /// them: one DQT per table, and one DHT per table in the order the scan first uses them.</summary>
    private static void WriteHeaders(Stream output, int width, int height, int components, int lumaH, int lumaV, JpegQuantizer luma, JpegQuantizer? chroma)
    {
        output.Write([0xFF, 0xD8]);
        output.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
        WriteQuantization(output, 0, luma);
        if (chroma is not null)
        {
            WriteQuantization(output, 1, chroma);
        }

        Span<byte> sof = stackalloc byte[10 + (3 * components)];
        sof[0] = 0xFF;
        sof[1] = 0xC0;
        BinaryPrimitives.WriteUInt16BigEndian(sof[2..], (ushort)(8 + (3 * components)));
        sof[4] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(sof[5..], (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(sof[7..], (ushort)width);
        sof[9] = (byte)components;
        for (int c = 0; c < components; c++)
        {
            sof[10 + (3 * c)] = (byte)(c + 1);
            sof[11 + (3 * c)] = c == 0 ? (byte)((lumaH << 4) | lumaV) : (byte)0x11;
            sof[12 + (3 * c)] = c == 0 ? (byte)0 : (byte)1;
        }

        output.Write(sof);
        WriteHuffman(output, 0x00, JpegHuffmanCodes.DcLuminance);
        WriteHuffman(output, 0x10, JpegHuffmanCodes.AcLuminance);
        if (components == 3)
        {
            WriteHuffman(output, 0x01, JpegHuffmanCodes.DcChrominance);
            WriteHuffman(output, 0x11, JpegHuffmanCodes.AcChrominance);
        }

        Span<byte> sos = stackalloc byte[8 + (2 * components)];
        sos[0] = 0xFF;
        sos[1] = 0xDA;
        BinaryPrimitives.WriteUInt16BigEndian(sos[2..], (ushort)(6 + (2 * components)));
        sos[4] = (byte)components;
        for (int c = 0; c < components; c++)
        {
            sos[5 + (2 * c)] = (byte)(c + 1);
            sos[6 + (2 * c)] = c == 0 ? (byte)0x00 : (byte)0x11;
        }

        sos[5 + (2 * components)] = 0;
        sos[6 + (2 * components)] = 63;
        sos[7 + (2 * components)] = 0;
        output.Write(sos);
    }

    private static void WriteQuantization(Stream output, int slot, JpegQuantizer table)
    {
        output.Write([0xFF, 0xDB, 0x00, 0x43, (byte)slot]);
        output.Write(table.Zigzag);
    }

    private static void WriteHuffman(Stream output, byte classAndSlot, JpegHuffmanCodes table)
    {
        int length = 2 + 1 + 16 + table.Values.Length;
        output.Write([0xFF, 0xC4, (byte)(length >> 8), (byte)length, classAndSlot]);
        output.Write(table.Bits);
        output.Write(table.Values);
    }

    /// <summary>One component, one non-interleaved scan: the blocks in raster order, the image padded by
    /// repeating its last column and row to whole blocks.</summary>
    private static void EncodeGrey(ReadOnlySpan<byte> pixels, int width, int height, JpegQuantizer luma, JpegBitWriter writer)
    {
        int blocksWide = (width + 7) / 8;
        int stripWidth = blocksWide * 8;
        byte[] strip = new byte[stripWidth * 8];
        Span<int> block = stackalloc int[64];
        Span<short> zigzag = stackalloc short[64];
        int lastDc = 0;
        for (int y0 = 0; y0 < height; y0 += 8)
        {
            for (int r = 0; r < 8; r++)
            {
                int y = Math.Min(y0 + r, height - 1);
                Span<byte> row = strip.AsSpan(r * stripWidth, stripWidth);
                pixels.Slice(y * width, width).CopyTo(row);
                row[width..].Fill(row[width - 1]);
            }

            for (int bx = 0; bx < blocksWide; bx++)
            {
                CodeBlock(strip, stripWidth, bx * 8, block, zigzag, luma, writer, ref lastDc, JpegHuffmanCodes.DcLuminance, JpegHuffmanCodes.AcLuminance);
            }
        }
    }

    /// <summary>Y, Cb and Cr interleaved, one MCU row at a time. The luma plane of an MCU row is the full-size
    /// strip itself; the chroma planes are downsampled from full-size Cb and Cr strips.</summary>
    private static void EncodeColor(ReadOnlySpan<byte> pixels, int width, int height, int lumaH, int lumaV, JpegQuantizer luma, JpegQuantizer chroma, JpegBitWriter writer)
    {
        int mcuWidth = 8 * lumaH;
        int mcuHeight = 8 * lumaV;
        int mcusWide = (width + mcuWidth - 1) / mcuWidth;
        int fullWidth = mcusWide * mcuWidth;
        // Blocks each component really has (libjpeg's width_in_blocks / height_in_blocks); the MCU may hold more.
        int lumaBlocksWide = (width + 7) / 8;
        int lumaBlocksHigh = (height + 7) / 8;
        int chromaWidth = mcusWide * 8;
        // Rows of a downsampled chroma plane that come from the image (downsampled_height); below them libjpeg
        // repeats the last one.
        int chromaRows = (height + lumaV - 1) / lumaV;

        byte[] yStrip = new byte[fullWidth * mcuHeight];
        byte[] cbFull = new byte[fullWidth * mcuHeight];
        byte[] crFull = new byte[fullWidth * mcuHeight];
        byte[] cbStrip = new byte[chromaWidth * 8];
        byte[] crStrip = new byte[chromaWidth * 8];
        Span<int> block = stackalloc int[64];
        Span<short> zigzag = stackalloc short[64];
        int dcY = 0;
        int dcCb = 0;
        int dcCr = 0;
        int mcuRows = (height + mcuHeight - 1) / mcuHeight;
        for (int mcuRow = 0; mcuRow < mcuRows; mcuRow++)
        {
            int y0 = mcuRow * mcuHeight;
            for (int r = 0; r < mcuHeight; r++)
            {
                int y = Math.Min(y0 + r, height - 1);
                ConvertRow(pixels.Slice(y * width * 3, width * 3), yStrip.AsSpan(r * fullWidth, fullWidth), cbFull.AsSpan(r * fullWidth, fullWidth), crFull.AsSpan(r * fullWidth, fullWidth));
            }

            int chromaRow0 = mcuRow * 8;
            int lastReal = Math.Min(8, chromaRows - chromaRow0);
            Downsample(cbFull, fullWidth, cbStrip, chromaWidth, lumaH, lumaV, lastReal);
            Downsample(crFull, fullWidth, crStrip, chromaWidth, lumaH, lumaV, lastReal);

            for (int mcu = 0; mcu < mcusWide; mcu++)
            {
                int previousDc = 0;
                for (int v = 0; v < lumaV; v++)
                {
                    int by = (mcuRow * lumaV) + v;
                    for (int h = 0; h < lumaH; h++)
                    {
                        int bx = (mcu * lumaH) + h;
                        if (by >= lumaBlocksHigh || bx >= lumaBlocksWide)
                        {
                            // A dummy block: a row of them below the image copies the block before (the previous
                            // row's last), one right of the image copies its left neighbour; both are that block.
                            CodeDummy(previousDc, zigzag, writer, ref dcY, JpegHuffmanCodes.DcLuminance, JpegHuffmanCodes.AcLuminance);
                            continue;
                        }

                        previousDc = CodeBlock(yStrip.AsSpan(v * 8 * fullWidth), fullWidth, bx * 8, block, zigzag, luma, writer, ref dcY, JpegHuffmanCodes.DcLuminance, JpegHuffmanCodes.AcLuminance);
                    }
                }

                CodeBlock(cbStrip, chromaWidth, mcu * 8, block, zigzag, chroma, writer, ref dcCb, JpegHuffmanCodes.DcChrominance, JpegHuffmanCodes.AcChrominance);
                CodeBlock(crStrip, chromaWidth, mcu * 8, block, zigzag, chroma, writer, ref dcCr, JpegHuffmanCodes.DcChrominance, JpegHuffmanCodes.AcChrominance);
            }
        }
    }

    /// <summary>RGB to YCbCr for one row (jccolor.c <c>rgb_ycc_convert</c>), the last pixel repeated to the end of
    /// the full-size rows.</summary>
    private static void ConvertRow(ReadOnlySpan<byte> rgb, Span<byte> yRow, Span<byte> cbRow, Span<byte> crRow)
    {
        int width = rgb.Length / 3;
        for (int x = 0; x < width; x++)
        {
            int r = rgb[3 * x];
            int g = rgb[(3 * x) + 1];
            int b = rgb[(3 * x) + 2];
            yRow[x] = (byte)(((s_rY * r) + (s_gY * g) + (s_bY * b) + OneHalf) >> ScaleBits);
            cbRow[x] = (byte)((-(s_rCb * r) - (s_gCb * g) + (s_half * b) + CbCrOffset + OneHalf - 1) >> ScaleBits);
            crRow[x] = (byte)(((s_half * r) - (s_gCr * g) - (s_bCr * b) + CbCrOffset + OneHalf - 1) >> ScaleBits);
        }

        yRow[width..].Fill(yRow[width - 1]);
        cbRow[width..].Fill(cbRow[width - 1]);
        crRow[width..].Fill(crRow[width - 1]);
    }

    /// <summary>
    /// One MCU row of a chroma plane from its full-size strip: jcsample.c's <c>fullsize_downsample</c>,
    /// <c>h2v1_downsample</c> (bias 0,1,0,1...) or <c>h2v2_downsample</c> (bias 1,2,1,2...). Rows from
    /// <paramref name="realRows"/> on lie below the image and repeat the last real one, as jcprepct.c pads.
    /// </summary>
    private static void Downsample(byte[] full, int fullWidth, byte[] strip, int stripWidth, int h, int v, int realRows)
    {
        for (int r = 0; r < 8; r++)
        {
            Span<byte> output = strip.AsSpan(r * stripWidth, stripWidth);
            if (r >= realRows)
            {
                strip.AsSpan((realRows - 1) * stripWidth, stripWidth).CopyTo(output);
                continue;
            }

            ReadOnlySpan<byte> row0 = full.AsSpan(r * v * fullWidth, fullWidth);
            if (h == 1)
            {
                row0[..stripWidth].CopyTo(output);
            }
            else if (v == 1)
            {
                for (int x = 0; x < stripWidth; x++)
                {
                    output[x] = (byte)((row0[2 * x] + row0[(2 * x) + 1] + (x & 1)) >> 1);
                }
            }
            else
            {
                ReadOnlySpan<byte> row1 = full.AsSpan(((r * 2) + 1) * fullWidth, fullWidth);
                for (int x = 0; x < stripWidth; x++)
                {
                    output[x] = (byte)((row0[2 * x] + row0[(2 * x) + 1] + row1[2 * x] + row1[(2 * x) + 1] + 1 + (x & 1)) >> 2);
                }
            }
        }
    }

    /// <summary>Level-shifts, transforms, quantizes and codes the 8x8 block at column <paramref name="x"/> of a
    /// plane whose first row is <paramref name="plane"/>; returns its quantized DC.</summary>
    private static int CodeBlock(ReadOnlySpan<byte> plane, int stride, int x, Span<int> block, Span<short> zigzag, JpegQuantizer table, JpegBitWriter writer, ref int lastDc, JpegHuffmanCodes dc, JpegHuffmanCodes ac)
    {
        for (int r = 0; r < 8; r++)
        {
            ReadOnlySpan<byte> row = plane.Slice((r * stride) + x, 8);
            for (int c = 0; c < 8; c++)
            {
                block[(r * 8) + c] = row[c] - 128;
            }
        }

        JpegForwardDct.Transform(block);
        table.Quantize(block, zigzag);
        writer.EncodeBlock(zigzag, ref lastDc, dc, ac);
        return zigzag[0];
    }

    private static void CodeDummy(int dcValue, Span<short> zigzag, JpegBitWriter writer, ref int lastDc, JpegHuffmanCodes dc, JpegHuffmanCodes ac)
    {
        zigzag.Clear();
        zigzag[0] = (short)dcValue;
        writer.EncodeBlock(zigzag, ref lastDc, dc, ac);
    }

    private static int Fix(double x) => (int)((x * (1 << ScaleBits)) + 0.5);
}
