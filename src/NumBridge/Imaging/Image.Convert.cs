namespace NumBridge.Imaging;

public sealed partial class Image
{
    /// <summary>
    /// Returns a converted copy of this image (<c>Image.convert</c>), with Pillow 9.4's formulas: grey from colour is
    /// the integer ITU-R 601-2 luma <c>(r*19595 + g*38470 + b*7471 + 0x8000) &gt;&gt; 16</c>; "P" looks its indices up in
    /// the palette, with alpha from <c>info["transparency"]</c>; "1" dithers (Floyd-Steinberg) unless
    /// <paramref name="dither"/> is <see cref="Dither.NONE"/>.
    /// </summary>
    /// <param name="mode">The target mode: "1", "L", "LA", "RGB", "RGBA", "I", "F", "I;16", or "P" from "L" (a grey
    /// palette). Null converts P to RGB (RGBA when it has transparency) and copies other modes, as Pillow.</param>
    /// <param name="dither">For conversion to "1" from L or RGB: <see cref="Dither.FLOYDSTEINBERG"/> when null (Pillow's
    /// default), or <see cref="Dither.NONE"/> to threshold at 128.</param>
    /// <returns>A new image.</returns>
    /// <remarks>
    /// The 16-bit modes convert through the 8-bit mode Pillow 9.4 reads the same file as: "RGB;16", "RGBA;16",
    /// "LA;16" keep each sample's high byte (<c>v &gt;&gt; 8</c>), "I;16" clips to 255. Conversion to "P" from colour
    /// (Pillow's web palette with dithering, or quantize) is not supported.
    /// </remarks>
    /// <exception cref="ArgumentException">Pillow's <c>conversion from X to Y not supported</c>.</exception>
    /// <exception cref="ObjectDisposedException">The image was disposed.</exception>
    /// <example>
    /// <code>
    /// using var grey = Image.open("cat.png").convert("L");
    /// using var rgb = Image.open("indexed.png").convert("RGB");
    /// using var bw = grey.convert("1", dither: Dither.NONE);
    /// </code>
    /// </example>
    public Image convert(string? mode = null, Dither? dither = null)
    {
        ThrowIfDisposed();
        string target = mode ?? (_mode == "P" ? (_info.ContainsKey("transparency") ? "RGBA" : "RGB") : _mode);
        return ModeConverter.Convert(this, target, dither ?? Dither.FLOYDSTEINBERG);
    }
}
