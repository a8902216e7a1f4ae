using NumBridge.Imaging;
using NumBridge.Tests.CrossChecks;
using Xunit;

namespace NumBridge.Tests.IO.Images;

/// <summary>
/// The live Pillow 9.4 (libjpeg-turbo) writes the same pixels as JPEG with the same options, and its file is
/// compared with NumBridge's byte for byte, for grey and RGB, every subsampling, odd sizes and several qualities.
/// </summary>
public class JpegEncoderCrossCheckTests
{
    /// <summary>A smooth gradient with seeded noise: enough detail for nonzero AC coefficients of every size.</summary>
    internal static NDArray PhotoLike(int height, int width, int bands, int seed)
    {
        var rng = new Random(seed);
        int count = height * width * Math.Max(bands, 1);
        long[] values = new long[count];
        for (int i = 0; i < count; i++)
        {
            int pixel = i / Math.Max(bands, 1);
            int band = i % Math.Max(bands, 1);
            int y = pixel / width;
            int x = pixel % width;
            values[i] = Math.Clamp((x * 255 / Math.Max(width - 1, 1) * (band + 1) / 3) + (y * 2) + rng.Next(-40, 41), 0, 255);
        }

        using NDArray flat = np.array(values);
        using NDArray bytes = flat.astype(np.uint8);
        return bands == 0 ? bytes.reshape(height, width) : bytes.reshape(height, width, bands);
    }

    /// <summary>Saves <paramref name="a"/> with NumBridge as JPEG and, through a lossless PNG, with Pillow; returns
    /// "same" or where the files first differ.</summary>
    internal static string CompareWithPillow(NDArray a, int quality, int subsampling)
    {
        string stem = Path.Combine(Path.GetTempPath(), $"numbridge-{Guid.NewGuid():N}");
        try
        {
            using Image img = Image.fromarray(a);
            img.save(stem + ".png");
            img.save(stem + ".jpg", quality: quality, subsampling: subsampling);
            return PythonPillow.Run($$"""
                import io
                b = io.BytesIO()
                Image.open('{{stem}}.png').save(b, 'JPEG', quality={{quality}}, subsampling={{subsampling}})
                theirs = b.getvalue()
                ours = open('{{stem}}.jpg', 'rb').read()
                if ours == theirs:
                    print('same')
                else:
                    n = next((i for i in range(min(len(ours), len(theirs))) if ours[i] != theirs[i]), min(len(ours), len(theirs)))
                    print(f'differ at {n} of {len(ours)} (Pillow {len(theirs)})')
                """).Trim();
        }
        finally
        {
            File.Delete(stem + ".png");
            File.Delete(stem + ".jpg");
        }
    }

    [PillowTheory]
    [InlineData(8, 8, 75)]
    [InlineData(1, 1, 75)]
    [InlineData(13, 20, 75)]
    [InlineData(40, 56, 75)]
    [InlineData(130, 257, 75)]
    [InlineData(17, 33, 1)]
    [InlineData(17, 33, 10)]
    [InlineData(17, 33, 50)]
    [InlineData(17, 33, 90)]
    [InlineData(17, 33, 95)]
    [InlineData(17, 33, 100)]
    public void save_GreyJpeg_SameBytesAsPillow(int height, int width, int quality)
    {
        using NDArray a = PhotoLike(height, width, 0, height * width);
        Assert.Equal("same", CompareWithPillow(a, quality, -1));
    }

    [PillowTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void save_GreyJpegSubsampling_SameBytesAsPillow(int subsampling)
    {
        // Grey is never subsampled, but Pillow puts the factors it was asked for into the frame header.
        using NDArray a = PhotoLike(11, 19, 0, 5);
        Assert.Equal("same", CompareWithPillow(a, 75, subsampling));
    }

    [PillowTheory]
    [InlineData(8, 8, 75, -1)]
    [InlineData(16, 16, 75, -1)]
    [InlineData(1, 1, 75, -1)]
    [InlineData(13, 20, 75, -1)]
    [InlineData(40, 56, 75, -1)]
    [InlineData(130, 257, 75, -1)]
    [InlineData(130, 257, 92, 1)]
    [InlineData(17, 33, 75, 0)]
    [InlineData(17, 33, 75, 1)]
    [InlineData(17, 33, 75, 2)]
    [InlineData(17, 33, 75, 3)]
    [InlineData(9, 7, 90, 1)]
    [InlineData(31, 47, 1, -1)]
    [InlineData(31, 47, 10, -1)]
    [InlineData(31, 47, 50, 0)]
    [InlineData(31, 47, 95, -1)]
    [InlineData(31, 47, 100, -1)]
    [InlineData(31, 47, 100, 0)]
    public void save_RgbJpeg_SameBytesAsPillow(int height, int width, int quality, int subsampling)
    {
        using NDArray a = PhotoLike(height, width, 3, height + width);
        Assert.Equal("same", CompareWithPillow(a, quality, subsampling));
    }
}
