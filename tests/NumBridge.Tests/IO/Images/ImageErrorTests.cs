using System.Buffers.Binary;
using System.IO.Compression;
using NumBridge.Imaging;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>Each kind of bad file has its own test: exception type and full message.</summary>
public class ImageErrorTests
{
    private static Image Open(byte[] bytes) => Image.open(new MemoryStream(bytes));

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] t = System.Text.Encoding.ASCII.GetBytes(type);
        byte[] result = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(result, (uint)data.Length);
        t.CopyTo(result, 4);
        data.CopyTo(result, 8);
        uint crc = NumBridge.IO.Images.Crc32.Append(0, [.. t, .. data]);
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(8 + data.Length), crc);
        return result;
    }

    private static byte[] Png(int width, int height, byte[] raw, int bitDepth = 8, int colorType = 0)
    {
        byte[] ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colorType;
        var z = new MemoryStream();
        using (var zlib = new ZLibStream(z, CompressionLevel.Optimal, true))
        {
            zlib.Write(raw);
        }

        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", z.ToArray()), .. Chunk("IEND", [])];
    }

    [Fact]
    public void open_UnknownFormat_ThrowsCannotIdentify()
    {
        string path = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "hello, not an image");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => Image.open(path));
            Assert.Equal($"cannot identify image file '{path}'", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void open_EmptyStream_ThrowsCannotIdentify()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Open([]));
        Assert.Equal("cannot identify image file '<MemoryStream>'", ex.Message);
    }

    [Fact]
    public void open_PngBadHeaderCrc_Throws()
    {
        byte[] file = Png(2, 2, new byte[6]);
        file[29] ^= 0xFF;
        var ex = Assert.Throws<InvalidDataException>(() => Open(file));
        Assert.Equal("broken PNG file (bad header checksum in b'IHDR')", ex.Message);
    }

    [Fact]
    public void open_PngTruncatedImageData_ThrowsTruncated()
    {
        byte[] raw = new byte[65 * 64];
        new Random(3).NextBytes(raw);
        for (int y = 0; y < 64; y++)
        {
            raw[65 * y] = 0;
        }

        byte[] file = Png(64, 64, raw);
        var ex = Assert.Throws<InvalidDataException>(() => Open(file[..(file.Length / 2)]));
        Assert.Equal("image file is truncated", ex.Message);
    }

    [Fact]
    public void open_PngShortRows_ThrowsTruncated()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Open(Png(4, 4, new byte[10])));
        Assert.Equal("image file is truncated", ex.Message);
    }

    [Fact]
    public void open_PngUnknownFilter_Throws()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Open(Png(2, 1, [7, 1, 2])));
        Assert.Equal("broken PNG file (unknown row filter type 7)", ex.Message);
    }

    [Fact]
    public void open_PngBadBitDepth_Throws()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Open(Png(2, 1, [0, 1, 2], bitDepth: 3)));
        Assert.Equal("unsupported PNG: bit depth 3 with colour type 0", ex.Message);
    }

    [Fact]
    public void open_PngHugeSizeTinyFile_ThrowsBeforeAllocating()
    {
        Image.MAX_IMAGE_PIXELS = null;
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => Open(Png(100000, 100000, new byte[100])));
            Assert.StartsWith("PNG image data too short for a 100000x100000 image (", ex.Message, StringComparison.Ordinal);
            Assert.EndsWith(" bytes of data): image file is truncated", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Image.MAX_IMAGE_PIXELS = 89_478_485;
        }
    }

    [Fact]
    public void open_PngOverPixelLimit_ThrowsDecompressionBomb()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Open(Png(20000, 10000, new byte[100])));
        Assert.Equal("Image size (200000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack.", ex.Message);
    }

    [Fact]
    public void open_PngCorruptZlib_Throws()
    {
        byte[] file = Png(8, 8, new byte[72]);
        // The IDAT data starts after signature (8), IHDR (25) and IDAT's length and type (8); skip the zlib header.
        file[8 + 25 + 8 + 2] = 0xFF;
        file[8 + 25 + 8 + 3] = 0xFF;
        var ex = Assert.Throws<InvalidDataException>(() => Open(file));
        Assert.StartsWith("broken PNG file (corrupt zlib data: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void open_TruncatedJpeg_ThrowsTruncated()
    {
        byte[] file = File.ReadAllBytes(ImageTestData.PathOf(Path.Combine("more", "rgb_q75_56x40.jpg")));
        var ex = Assert.Throws<InvalidDataException>(() => Open(file[..(file.Length - 200)]));
        Assert.Equal("image file is truncated", ex.Message);
    }

    [Fact]
    public void open_JpegHugeHeader_ThrowsBeforeDecoding()
    {
        byte[] file = File.ReadAllBytes(ImageTestData.PathOf(Path.Combine("more", "rgb_q75_56x40.jpg")));
        int sof = file.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(sof + 5), 60000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(sof + 7), 60000);
        Image.MAX_IMAGE_PIXELS = null;
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => Open(file));
            Assert.Equal($"JPEG image data too short for a 60000x60000 image ({file.Length} bytes of data): image file is truncated", ex.Message);
        }
        finally
        {
            Image.MAX_IMAGE_PIXELS = 89_478_485;
        }
    }

    [Fact]
    public void open_TruncatedGif_ThrowsTruncated()
    {
        byte[] file = File.ReadAllBytes(ImageTestData.PathOf(Path.Combine("more", "p_20x17.gif")));
        var ex = Assert.Throws<InvalidDataException>(() => Open(file[..40]));
        Assert.Equal("image file is truncated", ex.Message);
    }

    [Fact]
    public void open_TruncatedBmp_ThrowsBeforeAllocating()
    {
        byte[] file = File.ReadAllBytes(ImageTestData.PathOf(Path.Combine("more", "rgb_7x5.bmp")));
        var ex = Assert.Throws<InvalidDataException>(() => Open(file[..70]));
        Assert.Equal("BMP image data too short for a 7x5 image (16 bytes of data): image file is truncated", ex.Message);
    }

    [Fact]
    public void open_BmpUnsupportedHeader_ThrowsPillowsMessage()
    {
        byte[] file = File.ReadAllBytes(ImageTestData.PathOf(Path.Combine("more", "rgb_7x5.bmp")));
        file[14] = 20;
        var ex = Assert.Throws<NotSupportedException>(() => Open(file));
        Assert.Equal("Unsupported BMP header type (20)", ex.Message);
    }

    [Fact]
    public void open_TruncatedTga_ThrowsBeforeAllocating()
    {
        byte[] file = File.ReadAllBytes(ImageTestData.PathOf(Path.Combine("more", "rgb_7x5.tga")));
        var ex = Assert.Throws<InvalidDataException>(() => Open(file[..50]));
        Assert.Equal("TGA image data too short for a 7x5 image (32 bytes of data): image file is truncated", ex.Message);
    }
}
