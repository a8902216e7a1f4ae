using System.Text;
using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>Paths to the image fixtures, and a small reader for the .npy files Pillow's arrays were saved as.</summary>
internal static class ImageTestData
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "images");

    public static string PathOf(string name) => Path.Combine(Dir, name);

    private static readonly Lazy<JsonDocument> s_manifest = new(() => JsonDocument.Parse(File.ReadAllText(PathOf("manifest.json"))));

    public static JsonElement Manifest => s_manifest.Value.RootElement;

    public static JsonElement Entry(string png)
    {
        foreach (JsonElement e in Manifest.GetProperty("images").EnumerateArray())
        {
            if (e.GetProperty("png").GetString() == png)
            {
                return e;
            }
        }

        throw new KeyNotFoundException(png);
    }

    public static IEnumerable<object[]> Pngs() =>
        Manifest.GetProperty("images").EnumerateArray().Select(e => new object[] { e.GetProperty("png").GetString()! });

    /// <summary>A .npy file: its dtype string, shape and raw C-order bytes.</summary>
    public static (string Descr, long[] Shape, byte[] Data) ReadNpy(string name)
    {
        byte[] file = File.ReadAllBytes(PathOf(name));
        int major = file[6];
        int headerLength = major == 1 ? BitConverter.ToUInt16(file, 8) : BitConverter.ToInt32(file, 8);
        int start = major == 1 ? 10 : 12;
        string header = Encoding.ASCII.GetString(file, start, headerLength);
        string descr = Between(header, "'descr': '", "'");
        string shapeText = Between(header, "'shape': (", ")");
        long[] shape = shapeText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(long.Parse).ToArray();
        Assert.Contains("'fortran_order': False", header, StringComparison.Ordinal);
        return (descr, shape, file[(start + headerLength)..]);
    }

    private static string Between(string text, string open, string close)
    {
        int a = text.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return text[a..text.IndexOf(close, a, StringComparison.Ordinal)];
    }

    /// <summary>The C-order bytes of an array in its own dtype.</summary>
    public static unsafe byte[] Bytes(NDArray a)
    {
        using NDArray c = np.ascontiguousarray(a);
        byte[] result = new byte[c.nbytes];
        new ReadOnlySpan<byte>(c.Data, result.Length).CopyTo(result);
        return result;
    }

    /// <summary>Asserts that an array equals a .npy file exactly: dtype string, shape and bytes.</summary>
    public static void AssertEqualsNpy(string npy, NDArray actual)
    {
        (string descr, long[] shape, byte[] data) = ReadNpy(npy);
        Assert.Equal(descr, actual.dtype.str);
        Assert.Equal(shape, actual.shape.Dims.ToArray().Select(d => (long)d).ToArray());
        if (descr == "|b1")
        {
            // Pillow's "1" arrays hold 0xFF for True (its pixels are 0/255); NumBridge's bools are 0/1.
            data = data.Select(b => b != 0 ? (byte)1 : (byte)0).ToArray();
        }

        Assert.Equal(data, Bytes(actual));
    }
}
