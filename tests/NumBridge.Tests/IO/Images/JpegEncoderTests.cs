using System.Text.Json;
using NumBridge.Imaging;
using NumBridge.IO.Images;
using NumBridge.Tests.CrossChecks;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>
/// NumBridge's JPEG encoder against the files Pillow 9.4 wrote from the same PNG sources (TestData/images/gen_more.py,
/// more/jpegenc/): header segments (DQT, SOF0, DHT, SOS) and entropy-coded data equal byte for byte; the errors
/// Pillow gives; the vector DCT and quantizer against the scalar ones.
/// </summary>
public class JpegEncoderTests
{
    private static readonly Lazy<JsonDocument> s_manifest = new(() =>
        JsonDocument.Parse(File.ReadAllText(Golden("jpegenc.json"))));

    private static string Golden(string name) => ImageTestData.PathOf(Path.Combine("more", "jpegenc", name));

    public static IEnumerable<object[]> Files() =>
        s_manifest.Value.RootElement.GetProperty("files").EnumerateArray().Select(e => new object[] { e.GetProperty("file").GetString()! });

    private static JsonElement Entry(string file) =>
        s_manifest.Value.RootElement.GetProperty("files").EnumerateArray().First(e => e.GetProperty("file").GetString() == file);

    private static byte[] Encode(string file)
    {
        JsonElement e = Entry(file);
        using Image source = Image.open(Golden(e.GetProperty("source").GetString()!));
        using var stream = new MemoryStream();
        source.save(stream, "JPEG", quality: e.GetProperty("quality").GetInt32(), subsampling: e.GetProperty("subsampling").GetInt32());
        return stream.ToArray();
    }

    /// <summary>The marker segments before the scan data, each as its marker and bytes, then the rest (entropy-coded
    /// data and EOI).</summary>
    private static (List<(byte Marker, string Hex)> Segments, byte[] Data) Split(byte[] file)
    {
        var segments = new List<(byte, string)>();
        int pos = 2;
        while (true)
        {
            byte marker = file[pos + 1];
            int length = (file[pos + 2] << 8) | file[pos + 3];
            segments.Add((marker, Convert.ToHexString(file, pos, 2 + length)));
            pos += 2 + length;
            if (marker == 0xDA)
            {
                return (segments, file[pos..]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void save_Jpeg_HeaderSegmentsEqualPillows(string file)
    {
        (List<(byte Marker, string Hex)> ours, _) = Split(Encode(file));
        (List<(byte Marker, string Hex)> theirs, _) = Split(File.ReadAllBytes(Golden(file)));
        Assert.Equal(theirs.Select(s => s.Marker), ours.Select(s => s.Marker));
        foreach (byte marker in new byte[] { 0xE0, 0xDB, 0xC0, 0xC4, 0xDA })
        {
            Assert.Equal(theirs.Where(s => s.Marker == marker).Select(s => s.Hex), ours.Where(s => s.Marker == marker).Select(s => s.Hex));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void save_Jpeg_EntropyCodedDataEqualsPillows(string file)
    {
        (_, byte[] ours) = Split(Encode(file));
        (_, byte[] theirs) = Split(File.ReadAllBytes(Golden(file)));
        Assert.Equal(Convert.ToHexString(theirs), Convert.ToHexString(ours));
    }

    [Theory]
    [InlineData(1, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")]
    [InlineData(50, "100B0C0E0C0A100E0D0E1211101318281A181616183123251D283A333D3C3933383740485C4E404457453738506D51575F626768673E4D71797064785C656763")]
    [InlineData(100, "01010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010101")]
    public void save_JpegQuality_LuminanceTableAsLibjpeg(int quality, string expected)
    {
        // 1 scales by 5000% and clamps to 255 (force_baseline); 50 is Annex K itself, zigzag order; 100 is all ones.
        using NDArray a = np.zeros((8, 8), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        using var stream = new MemoryStream();
        img.save(stream, "JPEG", quality: quality);
        (List<(byte Marker, string Hex)> segments, _) = Split(stream.ToArray());
        string table = segments.Single(s => s.Marker == 0xDB).Hex[10..];
        Assert.Equal(expected, table);
    }

    [Fact]
    public void save_GreyJpeg_WritesOneComponentOpenedAsL()
    {
        using Image source = Image.open(Golden("gray_13x20.png"));
        using var stream = new MemoryStream();
        source.save(stream, "JPEG");
        stream.Position = 0;
        using Image back = Image.open(stream);
        Assert.Equal("L", back.mode);
        Assert.Equal([13L, 20L], np.asarray(back).shape.Dims.ToArray().Select(d => (long)d));
        (List<(byte Marker, string Hex)> segments, _) = Split(stream.ToArray());
        Assert.Equal("FFC0000B08000D00140101110" + "0", segments.Single(s => s.Marker == 0xC0).Hex);
    }

    [Fact]
    public void save_BilevelJpeg_WritesGrey()
    {
        using NDArray bits = np.array(new[] { true, false, false, true }).reshape(2, 2);
        using Image img = Image.fromarray(bits);
        Assert.Equal("1", img.mode);
        using var ours = new MemoryStream();
        using var grey = new MemoryStream();
        img.save(ours, "JPEG");
        using Image l = img.convert("L");
        l.save(grey, "JPEG");
        Assert.Equal(grey.ToArray(), ours.ToArray());
    }

    [Theory]
    [InlineData("LA", 2)]
    [InlineData("RGBA", 4)]
    public void save_AlphaAsJpeg_ThrowsCannotWriteMode(string mode, int bands)
    {
        using NDArray a = np.zeros((2, 2, bands), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<NotSupportedException>(() => img.save(new MemoryStream(), "JPEG"));
        Assert.Equal($"cannot write mode {mode} as JPEG", ex.Message);
    }

    [Fact]
    public void save_EmptyJpeg_ThrowsAsPillow()
    {
        using NDArray a = np.zeros((0, 5), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<ArgumentException>(() => img.save(new MemoryStream(), "JPEG"));
        Assert.Equal("cannot write empty image as JPEG (Parameter 'fp')", ex.Message);
    }

    [Fact]
    public void save_FloatAsJpeg_ThrowsCannotWriteMode()
    {
        using NDArray a = np.zeros((2, 2), dtype: np.float32);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<NotSupportedException>(() => img.save(new MemoryStream(), "JPEG"));
        Assert.Equal("cannot write mode F as JPEG", ex.Message);
    }

    [Fact]
    public void save_JpegWiderThanLibjpegAllows_ThrowsEncoderError()
    {
        using NDArray a = np.zeros((1, 65501), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        var ex = Assert.Throws<NotSupportedException>(() => img.save(new MemoryStream(), "JPEG"));
        Assert.Equal("encoder error -2 when writing image file (Maximum supported image dimension is 65500 pixels)", ex.Message);
    }

    [Fact]
    public void save_JpegAtLibjpegsLimit_Writes()
    {
        using NDArray a = np.zeros((1, 65500), dtype: np.uint8);
        using Image img = Image.fromarray(a);
        using var stream = new MemoryStream();
        img.save(stream, "JPEG");
        (List<(byte Marker, string Hex)> segments, _) = Split(stream.ToArray());
        Assert.Equal("FFC0000B080001FFDC01011100", segments.Single(s => s.Marker == 0xC0).Hex);
    }

    [Fact]
    public void Transform_Avx2_EqualsScalar()
    {
        var rng = new Random(42);
        int[] scalar = new int[64];
        int[] vector = new int[64];
        for (int trial = 0; trial < 2000; trial++)
        {
            // Extremes as well as noise: all -128, all 127, and checkerboards reach the largest coefficients.
            for (int i = 0; i < 64; i++)
            {
                scalar[i] = trial switch
                {
                    0 => -128,
                    1 => 127,
                    2 => ((i + (i / 8)) & 1) == 0 ? -128 : 127,
                    _ => rng.Next(-128, 128),
                };
            }

            scalar.CopyTo(vector, 0);
            JpegForwardDct.TransformScalar(scalar);
            if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                JpegForwardDct.TransformAvx2(vector);
                Assert.Equal(scalar, vector);
            }

            var quantizer = new JpegQuantizer(trial & 1, 1 + (trial % 100));
            int[] q1 = new int[64];
            int[] q2 = new int[64];
            quantizer.QuantizeScalar(scalar, q1);
            ushort[] table = new ushort[64];
            JpegTables.ScaledQuantization(trial & 1, 1 + (trial % 100), table);
            for (int i = 0; i < 64; i++)
            {
                // The reciprocal gives exactly libjpeg's rounded division by 8q, half away from zero.
                int d = table[i] * 8;
                int expected = (Math.Abs(scalar[i]) + (d / 2)) / d;
                Assert.Equal(scalar[i] < 0 ? -expected : expected, q1[i]);
            }

            if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                quantizer.QuantizeAvx2(scalar, q2);
                Assert.Equal(q1, q2);
            }
        }
    }

    [PillowFact]
    public void save_GreyJpeg_PillowOpensAsL()
    {
        string path = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}.jpg");
        try
        {
            using NDArray a = JpegEncoderCrossCheckTests.PhotoLike(11, 21, 0, 3);
            using Image img = Image.fromarray(a);
            img.save(path);
            string got = PythonPillow.Run($"im = Image.open('{path}')\nprint(im.mode, np.asarray(im).shape, im.info.get('jfif_version'), im.info.get('jfif_density'), im.info.get('jfif_unit'))").Trim();
            Assert.Equal("L (11, 21) (1, 1) (1, 1) 0", got);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
