using NumBridge.Imaging;
using Xunit;

namespace NumBridge.Tests.IO.Images;

public class ImageTests
{
    private static NDArray Random(Shape shape, DType dtype, int max, int seed = 42)
    {
        var rng = new Random(seed);
        long[] values = new long[shape.size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = rng.Next(max);
        }

        using NDArray flat = np.array(values);
        return flat.astype(dtype).reshape(shape);
    }

    private static Image RoundTrip(Image img, string format = "PNG")
    {
        var memory = new MemoryStream();
        img.save(memory, format);
        memory.Position = 0;
        return Image.open(memory);
    }

    [Fact]
    public void asarray_IsReadOnlyView_arrayIsWritableCopy()
    {
        using Image img = Image.open(ImageTestData.PathOf("rgb_4x3.png"));
        using NDArray a = np.asarray(img);
        using NDArray b = np.array(img);
        Assert.False(a.flags.writeable);
        Assert.True(b.flags.writeable);
        Assert.True(b.flags.owndata);
        Assert.True(np.shares_memory(a, np.asarray(img)));
        Assert.False(np.shares_memory(a, b));
        var ex = Assert.Throws<NotSupportedException>(() => a[0, 0, 0] = 1);
        Assert.Equal("assignment destination is read-only", ex.Message);
    }

    [Fact]
    public void asarray_OutlivesDisposedImage()
    {
        NDArray a;
        using (Image img = Image.open(ImageTestData.PathOf("gray_L_4x3.png")))
        {
            a = np.asarray(img);
        }

        Assert.Equal(new byte[] { 0, 64, 128, 255 }, a["0"].ToArray<byte>());
        a.Dispose();
    }

    [Fact]
    public void Dispose_ThenMode_ThrowsObjectDisposed()
    {
        Image img = Image.open(ImageTestData.PathOf("gray_L_4x3.png"));
        img.Dispose();
        Assert.Throws<ObjectDisposedException>(() => img.mode);
        Assert.Equal("<NumBridge.Imaging.Image (disposed)>", img.ToString());
    }

    [Fact]
    public void ToString_ShowsModeAndSize()
    {
        using Image img = Image.open(ImageTestData.PathOf("rgb_4x3.png"));
        Assert.Equal("<NumBridge.Imaging.Image image mode=RGB size=4x3>", img.ToString());
        Assert.Equal("(4, 3)", img.size.ToString());
    }

    [Theory]
    [InlineData("bool", 0, "1")]
    [InlineData("uint8", 0, "L")]
    [InlineData("uint8", 2, "LA")]
    [InlineData("uint8", 3, "RGB")]
    [InlineData("uint8", 4, "RGBA")]
    [InlineData("uint16", 0, "I;16")]
    [InlineData("int16", 0, "I")]
    [InlineData("int32", 0, "I")]
    [InlineData("uint32", 0, "I")]
    [InlineData("float64", 0, "F")]
    [InlineData("uint16", 3, "RGB;16")]
    [InlineData("uint16", 4, "RGBA;16")]
    public void fromarray_DTypeAndShape_InferPillowsMode(string dtype, int bands, string mode)
    {
        Shape shape = bands == 0 ? new Shape(3, 5) : new Shape(3, 5, bands);
        using NDArray a = np.zeros(shape, dtype: np.dtype(dtype));
        using Image img = Image.fromarray(a);
        Assert.Equal(mode, img.mode);
        Assert.Equal((5, 3), img.size);
    }

    [Theory]
    [InlineData(new long[] { 2, 3, 5 }, "uint8", "Cannot handle this data type: (1, 1, 5), |u1 (Parameter 'obj')")]
    [InlineData(new long[] { 2, 3, 1 }, "uint8", "Cannot handle this data type: (1, 1, 1), |u1 (Parameter 'obj')")]
    [InlineData(new long[] { 2, 3 }, "int64", "Cannot handle this data type: (1, 1), <i8 (Parameter 'obj')")]
    [InlineData(new long[] { 2, 3, 4, 1 }, "uint8", "Cannot handle this data type: (1, 1, 4, 1), |u1 (Parameter 'obj')")]
    [InlineData(new long[] { 2, 3, 3 }, "int16", "Cannot handle this data type: (1, 1, 3), <i2 (Parameter 'obj')")]
    public void fromarray_UnknownDTypeOrShape_ThrowsPillowsTypeError(long[] shape, string dtype, string message)
    {
        using NDArray a = np.zeros(shape, dtype: np.dtype(dtype));
        var ex = Assert.Throws<ArgumentException>(() => Image.fromarray(a));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void fromarray_TooManyDimensionsForMode_ThrowsPillowsValueError()
    {
        using NDArray a = np.zeros((2, 3, 3), dtype: np.uint8);
        var ex = Assert.Throws<ArgumentException>(() => Image.fromarray(a, "L"));
        Assert.Equal("Too many dimensions: 3 > 2. (Parameter 'mode')", ex.Message);
    }

    [Fact]
    public void fromarray_ModeNotMatchingArray_Throws()
    {
        using NDArray a = np.zeros((2, 3), dtype: np.uint8);
        var ex = Assert.Throws<ArgumentException>(() => Image.fromarray(a, "RGB"));
        Assert.Equal("mode 'RGB' does not match an array of shape (2, 3) and dtype |u1 (Parameter 'mode')", ex.Message);
    }

    [Fact]
    public void fromarray_OneDimensional_IsOnePixelWide()
    {
        using NDArray a = np.arange(4, dtype: np.uint8);
        using Image img = Image.fromarray(a);
        Assert.Equal((1, 4), img.size);
        Assert.Equal(new Shape(4, 1), np.asarray(img).shape);
    }

    [Fact]
    public void fromarray_P_GetsGreyPaletteUntilPutpalette()
    {
        using NDArray a = np.zeros((2, 2), dtype: np.uint8);
        using Image img = Image.fromarray(a, "P");
        Assert.Equal(768, img.getpalette()!.Length);
        img.putpalette(new byte[] { 1, 2, 3, 4, 5, 6 });
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, img.getpalette());
    }

    [Fact]
    public void putpalette_OnRgb_ThrowsIllegalImageMode()
    {
        using NDArray a = np.zeros((2, 2, 3), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<ArgumentException>(() => img.putpalette(new byte[3]));
        Assert.Equal("illegal image mode (Parameter 'data')", ex.Message);
    }

    public static IEnumerable<object[]> Layouts =>
    [
        ["C", ""],
        ["transposed", "T"],
        ["cropped", "1:6, 2:9"],
        ["negative step", "::-1, ::-2"],
    ];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void save_AnyLayout_EncodesThePixelsTheViewShows(string layout, string index)
    {
        using NDArray source = Random((8, 11, 3), np.uint8, 256);
        using NDArray view = index switch
        {
            "" => source["..."],
            "T" => source.transpose(1, 0, 2),
            _ => source[index],
        };
        using Image img = Image.fromarray(view);
        using Image back = RoundTrip(img);
        Assert.Equal(ImageTestData.Bytes(view), ImageTestData.Bytes(np.asarray(back)));
        Assert.NotNull(layout);
    }

    [Theory]
    [InlineData("1", "bool", 0, 2)]
    [InlineData("L", "uint8", 0, 256)]
    [InlineData("LA", "uint8", 2, 256)]
    [InlineData("RGB", "uint8", 3, 256)]
    [InlineData("RGBA", "uint8", 4, 256)]
    [InlineData("I;16", "uint16", 0, 65536)]
    [InlineData("LA;16", "uint16", 2, 65536)]
    [InlineData("RGB;16", "uint16", 3, 65536)]
    [InlineData("RGBA;16", "uint16", 4, 65536)]
    public void save_Png_RoundTripsEveryMode(string mode, string dtype, int bands, int max)
    {
        foreach ((int h, int w) in new[] { (1, 1), (5, 7), (3, 9), (17, 33) })
        {
            using NDArray a = Random(bands == 0 ? new Shape(h, w) : new Shape(h, w, bands), np.dtype(dtype), max, h * w);
            using Image img = Image.fromarray(a);
            Assert.Equal(mode, img.mode);
            using Image back = RoundTrip(img);
            Assert.Equal(mode, back.mode);
            Assert.Equal(ImageTestData.Bytes(a), ImageTestData.Bytes(np.asarray(back)));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(256)]
    public void save_Palette_WritesPillowsBitDepthAndRoundTrips(int colors)
    {
        using NDArray a = Random((5, 13), np.uint8, colors);
        using Image img = Image.fromarray(a, "P");
        byte[] palette = new byte[colors * 3];
        new Random(1).NextBytes(palette);
        img.putpalette(palette);
        img.info["transparency"] = 1;
        var memory = new MemoryStream();
        img.save(memory, "PNG");
        byte[] file = memory.ToArray();
        Assert.Equal(colors <= 2 ? 1 : colors <= 4 ? 2 : colors <= 16 ? 4 : 8, file[24]);
        memory.Position = 0;
        using Image back = Image.open(memory);
        Assert.Equal("P", back.mode);
        Assert.Equal(Array.ConvertAll(palette, b => (int)b), back.getpalette());
        Assert.Equal(1, back.info["transparency"]);
        Assert.Equal(ImageTestData.Bytes(a), ImageTestData.Bytes(np.asarray(back)));
    }

    [Fact]
    public void save_AtomicReplace_LeavesNoTemporaryFile()
    {
        string dir = Directory.CreateTempSubdirectory("numbridge-img").FullName;
        try
        {
            string path = Path.Combine(dir, "out.png");
            using NDArray a = Random((4, 4), np.uint8, 256);
            using Image img = Image.fromarray(a);
            img.save(path);
            img.save(path, compress_level: 9);
            Assert.Equal(["out.png"], Directory.GetFiles(dir).Select(Path.GetFileName));
            using Image back = Image.open(path);
            Assert.Equal("PNG", back.format);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void save_UnknownExtension_ThrowsPillowsValueError()
    {
        using NDArray a = np.zeros((2, 2), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<ArgumentException>(() => img.save("out.xyz"));
        Assert.Equal("unknown file extension: .xyz (Parameter 'path')", ex.Message);
    }

    [Fact]
    public void save_FloatAsPng_ThrowsCannotWriteMode()
    {
        using NDArray a = np.zeros((2, 2), dtype: np.float32);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<NotSupportedException>(() => img.save(new MemoryStream(), "PNG"));
        Assert.Equal("cannot write mode F as PNG", ex.Message);
    }

    [Fact]
    public void save_RgbaAsJpeg_ThrowsCannotWriteMode()
    {
        using NDArray a = np.zeros((2, 2, 4), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<NotSupportedException>(() => img.save(new MemoryStream(), "JPEG"));
        Assert.Equal("cannot write mode RGBA as JPEG", ex.Message);
    }

    [Fact]
    public void save_Bmp_ThrowsReadOnlyFormat()
    {
        using NDArray a = np.zeros((2, 2), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<NotSupportedException>(() => img.save(new MemoryStream(), "BMP"));
        Assert.Equal("NumBridge reads BMP files but does not write them; save as PNG or JPEG", ex.Message);
    }

    [Theory]
    [InlineData(101, 100)]
    [InlineData(1000, 100)]
    [InlineData(0, 1)]
    [InlineData(-2, 1)]
    [InlineData(-1, 75)]
    public void save_JpegQualityOutOfRange_ClampedAsPillow(int quality, int same)
    {
        // Pillow 9.4 passes any integer to libjpeg, which clamps it to 1..100; -1 is its default, 75.
        using NDArray a = np.arange(48).astype(np.uint8).reshape(4, 4, 3);
        using Image img = Image.fromarray(a);
        using var given = new MemoryStream();
        using var clamped = new MemoryStream();
        img.save(given, "JPEG", quality: quality);
        img.save(clamped, "JPEG", quality: same);
        Assert.Equal(clamped.ToArray(), given.ToArray());
    }

    [Fact]
    public void save_Jpeg_DecodesCloseToSource()
    {
        using Image img = Image.open(ImageTestData.PathOf(Path.Combine("more", "rgb_7x5.png")));
        using NDArray smooth = np.asarray(Image.open(ImageTestData.PathOf("rgb_gradient_16x16.png")));
        using Image source = Image.fromarray(smooth);
        using Image back = RoundTrip(source, "JPEG");
        Assert.Equal("RGB", back.mode);
        byte[] a = ImageTestData.Bytes(smooth);
        byte[] b = ImageTestData.Bytes(np.asarray(back));
        Assert.InRange(a.Zip(b, (x, y) => Math.Abs(x - y)).Max(), 0, 24);
        Assert.NotNull(img);
    }

    [Fact]
    public void convert_UnsupportedTarget_ThrowsPillowsValueError()
    {
        using Image img = Image.open(ImageTestData.PathOf("rgb_4x3.png"));
        var ex = Assert.Throws<ArgumentException>(() => img.convert("P"));
        Assert.Equal("conversion from RGB to P not supported (Parameter 'mode')", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => img.convert("XYZ"));
        Assert.Equal("conversion from RGB to XYZ not supported (Parameter 'mode')", ex.Message);
    }

    [Fact]
    public void convert_NoMode_PaletteWithTransparencyBecomesRgba()
    {
        using Image img = Image.open(ImageTestData.PathOf("palette_P_tRNS_4x3.png"));
        using Image converted = img.convert();
        Assert.Equal("RGBA", converted.mode);
        Assert.False(converted.info.ContainsKey("transparency"));
    }
}
