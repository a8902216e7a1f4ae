using System.Text.Json;
using NumBridge.Imaging;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>
/// The golden files of TestData/images/gen_more.py (PNG, GIF, BMP, TGA and JPEG made and read by the real Pillow
/// 9.4): mode, size, info, palette, array and conversions match Pillow's; JPEG pixels within the tolerance recorded
/// per file (largest difference, mean difference), since stb and libjpeg-turbo round differently.
/// </summary>
public class MoreGoldenTests
{
    private static readonly Lazy<JsonDocument> s_manifest = new(() =>
        JsonDocument.Parse(File.ReadAllText(ImageTestData.PathOf(Path.Combine("more", "more.json")))));

    private static JsonElement Entry(string file) =>
        s_manifest.Value.RootElement.GetProperty("images").EnumerateArray().First(e => e.GetProperty("file").GetString() == file);

    private static string More(string name) => ImageTestData.PathOf(Path.Combine("more", name));

    public static IEnumerable<object[]> Files =>
        s_manifest.Value.RootElement.GetProperty("images").EnumerateArray().Select(e => new object[] { e.GetProperty("file").GetString()! });

    public static IEnumerable<object[]> Conversions =>
        s_manifest.Value.RootElement.GetProperty("images").EnumerateArray().SelectMany(e =>
            e.GetProperty("conversions").EnumerateObject().Select(c => new object[] { e.GetProperty("file").GetString()!, c.Name }));

    /// <summary>NumBridge's mode for a file Pillow reads with another (16-bit PNGs keep their bits).</summary>
    private static string OurMode(string file, string pillowMode) => file switch
    {
        "rgb16_adam7_5x5.png" => "RGB;16",
        "la16_3x2.png" => "LA;16",
        _ => pillowMode,
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void open_GoldenFile_ModeSizeFormatAndInfoArePillows(string file)
    {
        JsonElement e = Entry(file);
        using Image img = Image.open(More(file));
        Assert.Equal(OurMode(file, e.GetProperty("mode").GetString()!), img.mode);
        Assert.Equal((e.GetProperty("size")[0].GetInt32(), e.GetProperty("size")[1].GetInt32()), img.size);
        Assert.Equal(e.GetProperty("format").GetString(), img.format);
        var expected = e.GetProperty("info").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var actual = img.info.Where(kv => kv.Key is "transparency" or "interlace" or "background" or "version" or "duration" or "loop" or "orientation" or "compression")
            .ToDictionary(kv => kv.Key, kv => Repr(kv.Value));
        Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
        if (e.TryGetProperty("palette", out JsonElement palette))
        {
            Assert.Equal(palette.EnumerateArray().Select(v => v.GetInt32()).ToArray(), img.getpalette());
        }
        else
        {
            Assert.Null(img.getpalette());
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void asarray_GoldenFile_EqualsPillowsArray(string file)
    {
        JsonElement e = Entry(file);
        string pillowMode = e.GetProperty("mode").GetString()!;
        using Image img = Image.open(More(file));
        // 16-bit files: Pillow's array is the 8-bit conversion of NumBridge's.
        using Image compared = img.mode == pillowMode ? img.copy() : img.convert(pillowMode);
        using NDArray a = np.asarray(compared);
        string npy = e.GetProperty("npy").GetString()!;
        if (e.TryGetProperty("tolerance", out JsonElement tolerance))
        {
            (string descr, long[] shape, byte[] data) = ImageTestData.ReadNpy(Path.Combine("more", npy));
            Assert.Equal(descr, a.dtype.str);
            Assert.Equal(shape, a.shape.Dims.ToArray().Select(d => (long)d).ToArray());
            byte[] ours = ImageTestData.Bytes(a);
            int max = 0;
            long sum = 0;
            for (int i = 0; i < ours.Length; i++)
            {
                int d = Math.Abs(ours[i] - data[i]);
                max = Math.Max(max, d);
                sum += d;
            }

            Assert.InRange(max, 0, tolerance[0].GetInt32());
            Assert.InRange((double)sum / ours.Length, 0.0, tolerance[1].GetDouble());
        }
        else
        {
            ImageTestData.AssertEqualsNpy(Path.Combine("more", npy), a);
        }
    }

    [Theory]
    [MemberData(nameof(Conversions))]
    public void convert_GoldenFile_EqualsPillowsConversion(string file, string npy)
    {
        JsonElement c = Entry(file).GetProperty("conversions").GetProperty(npy);
        string mode = c.GetProperty("mode").GetString()!;
        Dither? dither = c.GetProperty("dither").ValueKind == JsonValueKind.Null ? null : (Dither)c.GetProperty("dither").GetInt32();
        using Image img = Image.open(More(file));
        using Image converted = img.convert(mode, dither);
        Assert.Equal(mode, converted.mode);
        using NDArray a = np.asarray(converted);
        ImageTestData.AssertEqualsNpy(Path.Combine("more", npy), a);
        var expected = c.GetProperty("info").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var actual = converted.info.Where(kv => kv.Key == "transparency").ToDictionary(kv => kv.Key, kv => Repr(kv.Value));
        Assert.Equal(expected, actual);
    }

    /// <summary>Python's repr of the info values.</summary>
    private static string Repr(object value) => value switch
    {
        string s => $"'{s}'",
        _ => PngFixtureTests.PythonRepr(value),
    };
}
