using NumBridge.Imaging;
using NumBridge.Tests.CrossChecks;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>
/// Pillow reads what NumBridge writes and gets the same pixels: PNG exactly, for every mode and from views of any
/// layout; JPEG within the decoders' rounding.
/// </summary>
public class PillowCrossCheckTests
{
    private static NDArray Random(Shape shape, DType dtype, int max, int seed)
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

    /// <summary>Pillow's mode and array for a file, as text: "mode|shape|values" with values as integers.</summary>
    private static string PillowReads(string path, string? convert = null) =>
        PythonPillow.Run($$"""
            im = Image.open({{Python(path)}})
            {{(convert is null ? "" : $"im = im.convert('{convert}')")}}
            a = np.asarray(im).astype(np.int64)
            print(im.mode + '|' + str(a.shape) + '|' + ','.join(map(str, a.ravel().tolist())))
            """).Trim();

    private static string Python(string path) => "'" + path.Replace("\\", "\\\\", StringComparison.Ordinal) + "'";

    private static string Expected(string mode, NDArray a)
    {
        using NDArray wide = a.astype(np.int64);
        string shape = a.ndim == 2 ? $"({a.shape[0]}, {a.shape[1]})" : $"({a.shape[0]}, {a.shape[1]}, {a.shape[2]})";
        return mode + "|" + shape + "|" + string.Join(',', wide.ToArray<long>());
    }

    [PillowTheory]
    [InlineData("1", "bool", 0, 2, "1")]
    [InlineData("L", "uint8", 0, 256, "L")]
    [InlineData("LA", "uint8", 2, 256, "LA")]
    [InlineData("RGB", "uint8", 3, 256, "RGB")]
    [InlineData("RGBA", "uint8", 4, 256, "RGBA")]
    [InlineData("I;16", "uint16", 0, 65536, "I")]
    public void save_Png_PillowReadsSamePixels(string mode, string dtype, int bands, int max, string pillowMode)
    {
        string path = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}.png");
        try
        {
            using NDArray source = Random(bands == 0 ? new Shape(9, 13) : new Shape(9, 13, bands), np.dtype(dtype), max, 7);
            foreach (string view in new[] { "...", "::-1, 1:12:2", "2:8, ::-3" })
            {
                using NDArray a = source[view];
                using Image img = Image.fromarray(a);
                Assert.Equal(mode, img.mode);
                img.save(path);
                Assert.Equal(Expected(pillowMode, a), PillowReads(path));
            }

            using NDArray transposed = bands == 0 ? source.T : source.transpose(1, 0, 2);
            using Image t = Image.fromarray(transposed);
            t.save(path);
            Assert.Equal(Expected(pillowMode, transposed), PillowReads(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [PillowTheory]
    [InlineData("RGB;16", 3, "RGB")]
    [InlineData("RGBA;16", 4, "RGBA")]
    public void save_Png16Bit_PillowReadsTheHighBytes(string mode, int bands, string pillowMode)
    {
        string path = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}.png");
        try
        {
            using NDArray a = Random((5, 6, bands), np.uint16, 65536, 11);
            using Image img = Image.fromarray(a);
            Assert.Equal(mode, img.mode);
            img.save(path);
            using Image eight = img.convert(pillowMode);
            Assert.Equal(Expected(pillowMode, np.asarray(eight)), PillowReads(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [PillowFact]
    public void save_PngPalette_PillowReadsIndicesPaletteAndTransparency()
    {
        string path = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}.png");
        try
        {
            using NDArray a = Random((4, 7), np.uint8, 5, 3);
            using Image img = Image.fromarray(a, "P");
            img.putpalette(new byte[] { 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9 });
            img.info["transparency"] = new byte[] { 0, 128, 255, 255, 7 };
            img.save(path);
            Assert.Equal(Expected("P", a), PillowReads(path));
            string meta = PythonPillow.Run($"im = Image.open({Python(path)})\nprint(im.getpalette(), im.info['transparency'])").Trim();
            Assert.Equal("[0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9] b'\\x00\\x80\\xff\\xff\\x07'", meta);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [PillowTheory]
    [InlineData("RGB", 3)]
    [InlineData("L", 0)]
    public void save_Jpeg_PillowDecodesCloseToNumBridge(string mode, int bands)
    {
        string path = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}.jpg");
        try
        {
            using Image photo = Image.open(ImageTestData.PathOf(Path.Combine("more", "rgb_q75_56x40.jpg")));
            using Image source = mode == "RGB" ? photo.copy() : photo.convert("L");
            source.save(path, quality: 90);
            using Image opened = Image.open(path);
            using Image ours = opened.convert(mode);
            string[] parts = PillowReads(path).Split('|');
            Assert.Equal(mode, parts[0]);
            int[] theirs = parts[2].Split(',').Select(int.Parse).ToArray();
            using NDArray wide = np.asarray(ours).astype(np.int64);
            long[] mine = wide.ToArray<long>();
            Assert.Equal(mine.Length, theirs.Length);
            Assert.InRange(mine.Zip(theirs, (x, y) => Math.Abs(x - y)).Max(), 0, 6);
            Assert.InRange(mine.Zip(theirs, (x, y) => (double)Math.Abs(x - y)).Average(), 0.0, 0.5);
            Assert.True(bands >= 0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
