using NumBridge.Imaging;

namespace NumBridge;

public static partial class np
{
    /// <summary>
    /// The pixels of an image as an array (<c>numpy.asarray(PIL.Image)</c>): shape <c>(height, width)</c> or
    /// <c>(height, width, bands)</c>, dtype from the mode (see <see cref="Image"/>).
    /// </summary>
    /// <param name="a">The image.</param>
    /// <param name="dtype">The dtype to convert to, or null to keep the mode's.</param>
    /// <returns>A READ-ONLY VIEW of the image's pixels (Pillow 9.4's array is read-only too) when
    /// <paramref name="dtype"/> is null or the mode's dtype; otherwise a converted copy. The view keeps the pixels
    /// alive after the image is disposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The image was disposed.</exception>
    /// <example>
    /// <code>
    /// using var img = Image.open("cat.png");
    /// NDArray a = np.asarray(img);
    /// Console.WriteLine($"{a.shape} {a.dtype} {a.flags.writeable}"); // (480, 640, 3) uint8 False
    /// </code>
    /// </example>
    public static NDArray asarray(Image a, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        NDArray pixels = a.Pixels;
        if (dtype is null || dtype == pixels.dtype)
        {
            return pixels.CreateView(pixels.dtype, pixels.shape, pixels.strides, pixels.Offset, writeable: false);
        }

        return pixels.astype(dtype);
    }

    /// <summary>A writeable copy of an image's pixels (<c>numpy.array(PIL.Image)</c>).</summary>
    /// <param name="a">The image.</param>
    /// <param name="dtype">The dtype of the copy, or null for the mode's.</param>
    /// <returns>A new C-contiguous array that owns its memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The image was disposed.</exception>
    /// <example>
    /// <code>
    /// NDArray b = np.array(Image.open("cat.png"));
    /// b[0, 0] = 255;   // the image is unchanged
    /// </code>
    /// </example>
    public static NDArray array(Image a, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        NDArray pixels = a.Pixels;
        return pixels.astype(dtype ?? pixels.dtype, 'C', copy: true);
    }
}
