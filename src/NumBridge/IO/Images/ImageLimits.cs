using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>Checks that a file's claimed size is worth allocating before any pixel memory is taken.</summary>
internal static class ImageLimits
{
    /// <summary>
    /// Pillow's <c>_decompression_bomb_check</c>: more than twice <see cref="Image.MAX_IMAGE_PIXELS"/> pixels is an
    /// error (Pillow only warns between one and two times the limit; NumBridge says nothing there).
    /// </summary>
    public static void CheckPixels(int width, int height)
    {
        long? max = Image.MAX_IMAGE_PIXELS;
        long pixels = (long)width * height;
        if (max is long limit && pixels > 2 * limit)
        {
            ThrowHelper.ThrowInvalidData(Messages.DecompressionBomb(pixels, 2 * limit));
        }
    }

    /// <summary>
    /// Whether <paramref name="available"/> bytes of deflate data can hold <paramref name="needed"/> bytes at all:
    /// deflate's best case is 1032:1 (one 258-byte match in two bits), so a file that claims more cannot be whole,
    /// and is refused before the image's memory is allocated.
    /// </summary>
    public static bool DeflateCanHold(long available, long needed) => needed <= (available * 1032) + 1024;

    /// <summary>
    /// Whether <paramref name="available"/> bytes of GIF LZW data can hold <paramref name="pixels"/> pixels at all: a
    /// code takes at least two bits and stands for at most 4096 pixels (the longest string a 12-bit table holds), so a
    /// frame that claims more cannot be whole, and is refused before its canvas is allocated.
    /// </summary>
    public static bool LzwCanHold(long available, long pixels) => pixels <= available * 4 * 4096;
}
