using System.Text;
using System.Text.Json;
using NumBridge.Imaging;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>
/// Every PNG of the shared fixtures (made and read by the real Pillow 9.4, see TestData/images/gen_images.py) gives
/// Pillow's mode, size, info, palette, array and conversions. 16-bit files differ on purpose: gray is "I;16" uint16
/// (Pillow 9.4: "I" int32, same values), RGB/RGBA keep 16 bits ("RGB;16", "RGBA;16"; Pillow: the high bytes).
/// </summary>
public class PngFixtureTests
{
    public static IEnumerable<object[]> Pngs => ImageTestData.Pngs();

    private static string ExpectedMode(JsonElement e)
    {
        JsonElement ihdr = e.GetProperty("png_ihdr");
        int depth = ihdr.GetProperty("bit_depth").GetInt32();
        int type = ihdr.GetProperty("color_type").GetInt32();
        return (depth, type) switch
        {
            (16, 0) => "I;16",
            (16, 2) => "RGB;16",
            (16, 4) => "LA;16",
            (16, 6) => "RGBA;16",
            _ => e.GetProperty("pil_mode_on_open").GetString()!,
        };
    }

    [Theory]
    [MemberData(nameof(Pngs))]
    public void open_Fixture_ModeSizeAndFormatArePillows(string png)
    {
        JsonElement e = ImageTestData.Entry(png);
        using Image img = Image.open(ImageTestData.PathOf(png));
        Assert.Equal(ExpectedMode(e), img.mode);
        JsonElement size = e.GetProperty("pil_size_wh");
        Assert.Equal((size[0].GetInt32(), size[1].GetInt32()), img.size);
        Assert.Equal("PNG", img.format);
    }

    [Theory]
    [MemberData(nameof(Pngs))]
    public void asarray_Fixture_EqualsPillowsArray(string png)
    {
        JsonElement e = ImageTestData.Entry(png);
        using Image img = Image.open(ImageTestData.PathOf(png));
        using NDArray a = np.asarray(img);
        Assert.False(a.flags.writeable);
        Assert.True(a.flags.c_contiguous);
        string npy = e.GetProperty("npy").GetString()!;
        switch (img.mode)
        {
            case "I;16":
                // Pillow 9.4 reads 16-bit grey as "I" (int32); the values are the same.
                Assert.Equal(np.uint16, a.dtype);
                using (NDArray wide = a.astype(np.int32))
                {
                    ImageTestData.AssertEqualsNpy(npy, wide);
                }

                break;
            case "RGB;16" or "RGBA;16":
                // Pillow keeps the high byte of each sample.
                Assert.Equal(np.uint16, a.dtype);
                byte[] high = a.ToArray<ushort>().Select(v => (byte)(v >> 8)).ToArray();
                (string descr, long[] shape, byte[] data) = ImageTestData.ReadNpy(npy);
                Assert.Equal("|u1", descr);
                Assert.Equal(shape, a.shape.Dims.ToArray().Select(d => (long)d).ToArray());
                Assert.Equal(data, high);
                break;
            default:
                ImageTestData.AssertEqualsNpy(npy, a);
                break;
        }
    }

    [Fact]
    public void asarray_Rgb16_KeepsAllSixteenBits()
    {
        using Image img = Image.open(ImageTestData.PathOf("rgb16_handmade_3x2.png"));
        using NDArray a = np.asarray(img);
        Assert.Equal(new Shape(2, 3, 3), a.shape);
        Assert.Equal(
            new ushort[] { 0, 32768, 65535, 256, 257, 511, 65280, 255, 1, 1000, 2000, 3000, 40000, 50000, 60000, 12345, 23456, 34567 },
            a.ToArray<ushort>());
    }

    [Fact]
    public void asarray_Rgba16_KeepsAllSixteenBits()
    {
        using Image img = Image.open(ImageTestData.PathOf("rgba16_handmade_2x1.png"));
        using NDArray a = np.asarray(img);
        Assert.Equal(new Shape(1, 2, 4), a.shape);
        Assert.Equal(new ushort[] { 0, 65535, 0, 65535, 65535, 0, 0, 32768 }, a.ToArray<ushort>());
    }

    [Fact]
    public void asarray_Gray16_KeepsAllSixteenBits()
    {
        using Image img = Image.open(ImageTestData.PathOf("gray16_4x3.png"));
        using NDArray a = np.asarray(img);
        Assert.Equal(new ushort[] { 0, 1, 256, 65535, 1000, 2000, 30000, 40000, 65534, 12345, 255, 4096 }, a.ToArray<ushort>());
    }

    [Theory]
    [MemberData(nameof(Pngs))]
    public void info_Fixture_EqualsPillowsInfo(string png)
    {
        JsonElement e = ImageTestData.Entry(png);
        using Image img = Image.open(ImageTestData.PathOf(png));
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty p in e.GetProperty("pil_info").EnumerateObject())
        {
            expected[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
        }

        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, object value) in img.info)
        {
            actual[key] = PythonRepr(value);
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Pngs))]
    public void getpalette_Fixture_EqualsPillowsPalette(string png)
    {
        JsonElement e = ImageTestData.Entry(png);
        using Image img = Image.open(ImageTestData.PathOf(png));
        int[]? palette = img.getpalette();
        if (!e.TryGetProperty("palette_len_entries", out JsonElement length))
        {
            Assert.Null(palette);
            return;
        }

        Assert.NotNull(palette);
        Assert.Equal(length.GetInt32() * 3, palette.Length);
        int entry = 0;
        foreach (JsonElement rgb in e.GetProperty("palette_rgb_first_entries").EnumerateArray())
        {
            Assert.Equal(rgb.EnumerateArray().Select(v => v.GetInt32()).ToArray(), palette[(3 * entry)..((3 * entry) + 3)]);
            entry++;
        }
    }

    public static IEnumerable<object[]> Conversions()
    {
        foreach (JsonElement e in ImageTestData.Manifest.GetProperty("images").EnumerateArray())
        {
            foreach (JsonProperty p in e.EnumerateObject())
            {
                if (p.Name.StartsWith("convert_", StringComparison.Ordinal))
                {
                    yield return [e.GetProperty("png").GetString()!, p.Name["convert_".Length..], p.Value.GetProperty("npy").GetString()!];
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Conversions))]
    public void convert_Fixture_EqualsPillowsConversion(string png, string mode, string npy)
    {
        using Image img = Image.open(ImageTestData.PathOf(png));
        using Image converted = img.convert(mode);
        Assert.Equal(mode, converted.mode);
        using NDArray a = np.asarray(converted);
        ImageTestData.AssertEqualsNpy(npy, a);
    }

    /// <summary>How Python's repr writes the info values the manifest records.</summary>
    internal static string PythonRepr(object value) => value switch
    {
        byte[] bytes => "b'" + string.Concat(bytes.Select(b => b is >= 0x20 and < 0x7F && b != (byte)'\\' && b != (byte)'\'' ? ((char)b).ToString() : $"\\x{b:x2}")) + "'",
        ValueTuple<int, int, int> t => $"({t.Item1}, {t.Item2}, {t.Item3})",
        string s => s,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
