namespace NumBridge.Imaging;

/// <summary>
/// How <see cref="Image.convert"/> maps grey or colour to the two levels of mode "1" (Pillow's <c>Image.Dither</c>).
/// </summary>
/// <example>
/// <code>
/// var bw = img.convert("1", dither: Dither.NONE); // threshold: values of 128 and up become white
/// </code>
/// </example>
public enum Dither
{
    /// <summary>No dithering: a threshold at 128 (Pillow's <c>Dither.NONE</c>).</summary>
    /// <example><code>img.convert("1", dither: Dither.NONE);</code></example>
    NONE = 0,

    /// <summary>Floyd-Steinberg error diffusion, Pillow's default (<c>Dither.FLOYDSTEINBERG</c>).</summary>
    /// <example><code>img.convert("1", dither: Dither.FLOYDSTEINBERG);</code></example>
    FLOYDSTEINBERG = 3,
}
