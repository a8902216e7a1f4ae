using NumBridge.IO.Images;

namespace NumBridge.Imaging;

/// <summary>
/// An image with Pillow's API (<c>PIL.Image.Image</c>): <see cref="open(string)"/> reads PNG, JPEG, BMP, GIF (the first
/// frame) and TGA; <see cref="fromarray"/> wraps an array; <see cref="convert"/> changes the mode with Pillow's
/// formulas; <see cref="save(string, string?, int, int, bool, int)"/> writes PNG and JPEG. <c>np.asarray(img)</c> gives the
/// pixels as Pillow 9.4 does: shape <c>(height, width)</c> or <c>(height, width, bands)</c>, read-only.
/// </summary>
/// <remarks>
/// <para>Modes, and the arrays they give:</para>
/// <code>
/// "1"       bool    (H, W)        bilevel
/// "L"       uint8   (H, W)        grey
/// "P"       uint8   (H, W)        palette indices; getpalette() gives the colours, info["transparency"] the alpha
/// "LA"      uint8   (H, W, 2)     grey and alpha
/// "RGB"     uint8   (H, W, 3)
/// "RGBA"    uint8   (H, W, 4)
/// "I"       int32   (H, W)        from fromarray of int8/int16/int32/uint32
/// "F"       float32 (H, W)        from fromarray of float32/float64
/// "I;16"    uint16  (H, W)        16-bit grey PNG (Pillow 10's mode; Pillow 9.4 gives "I", int32, same values)
/// "LA;16"   uint16  (H, W, 2)     16-bit grey+alpha PNG (Pillow: "RGBA" of the high bytes)
/// "RGB;16"  uint16  (H, W, 3)     16-bit RGB PNG (Pillow: "RGB" of the high bytes; OpenCV's IMREAD_UNCHANGED, in RGB order)
/// "RGBA;16" uint16  (H, W, 4)     16-bit RGBA PNG (Pillow: "RGBA" of the high bytes)
/// </code>
/// <para>
/// Unlike Pillow, <see cref="open(string)"/> decodes at once (Pillow waits for the first access to the pixels), and an
/// image never changes after it is made: <c>np.asarray</c> views are read-only, <c>np.array</c> copies.
/// <see cref="Dispose"/> releases the pixels; views taken with <c>np.asarray</c> keep them alive.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using NumBridge.Imaging;
/// using var img = Image.open("cat.png");
/// Console.WriteLine($"{img.mode} {img.size}");   // RGB (640, 480)
/// NDArray a = np.asarray(img);                   // (480, 640, 3) uint8, read-only
/// Image.fromarray(a).save("out.jpg", quality: 90);
/// </code>
/// </example>
public sealed partial class Image : IDisposable
{
    private readonly NDArray _pixels;
    private readonly Dictionary<string, object> _info;
    private byte[]? _palette;
    private readonly string? _format;
    private string _mode;

    /// <summary>Takes ownership of <paramref name="pixels"/> (C-contiguous, shaped and typed for <paramref name="mode"/>).</summary>
    internal Image(string mode, NDArray pixels, byte[]? palette, Dictionary<string, object>? info, string? format)
    {
        System.Diagnostics.Debug.Assert(pixels.IsCContiguous && pixels.dtype == ImageMode.DTypeOf(mode));
        System.Diagnostics.Debug.Assert(pixels.shape == ImageMode.ShapeOf(mode, (int)pixels.shape[1], (int)pixels.shape[0]));
        _mode = mode;
        _pixels = pixels;
        _palette = palette;
        _info = info ?? [];
        _format = format;
    }

    /// <summary>
    /// The pixel count above which opening a file is refused, as Pillow's <c>Image.MAX_IMAGE_PIXELS</c>
    /// (89,478,485): an image of more than twice this many pixels throws <see cref="InvalidDataException"/> with
    /// Pillow's <c>DecompressionBombError</c> text. Null turns the check off.
    /// </summary>
    /// <example>
    /// <code>
    /// Image.MAX_IMAGE_PIXELS = null; // trust every file
    /// </code>
    /// </example>
    public static long? MAX_IMAGE_PIXELS { get; set; } = 89_478_485;

    /// <summary>The mode (<c>Image.mode</c>), e.g. <c>"RGB"</c>; see the class remarks for every mode.</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(Image.open("gray.png").mode); // L
    /// </code>
    /// </example>
    public string mode
    {
        get
        {
            ThrowIfDisposed();
            return _mode;
        }
    }

    /// <summary>The size in pixels as <c>(width, height)</c> (<c>Image.size</c>); note the order, the reverse of the array's shape.</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(img.size); // (640, 480)
    /// </code>
    /// </example>
    public (int Width, int Height) size => (width, height);

    /// <summary>The width in pixels (<c>Image.width</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(img.width); // 640
    /// </code>
    /// </example>
    public int width
    {
        get
        {
            ThrowIfDisposed();
            return (int)_pixels.shape[1];
        }
    }

    /// <summary>The height in pixels (<c>Image.height</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(img.height); // 480
    /// </code>
    /// </example>
    public int height
    {
        get
        {
            ThrowIfDisposed();
            return (int)_pixels.shape[0];
        }
    }

    /// <summary>The file format the image was read from (<c>"PNG"</c>, <c>"JPEG"</c>, <c>"GIF"</c>, <c>"BMP"</c>,
    /// <c>"TGA"</c>), or null for an image made in memory (<c>Image.format</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(Image.open("a.png").format); // PNG
    /// </code>
    /// </example>
    public string? format => _format;

    /// <summary>
    /// Facts about the image (<c>Image.info</c>), with Pillow's keys: <c>"transparency"</c> (an <see cref="int"/>
    /// palette index or grey value, a <see cref="byte"/>[] of per-entry alphas for P, or an
    /// <c>(int, int, int)</c> colour for RGB), <c>"interlace"</c>, and for GIF <c>"background"</c> and
    /// <c>"version"</c>. Saving as PNG writes <c>"transparency"</c> as a tRNS chunk.
    /// </summary>
    /// <example>
    /// <code>
    /// if (img.info.TryGetValue("transparency", out object? t)) Console.WriteLine(t);
    /// </code>
    /// </example>
    public IDictionary<string, object> info => _info;

    /// <summary>The pixels: C-contiguous, writeable only by NumBridge itself.</summary>
    internal NDArray Pixels
    {
        get
        {
            ThrowIfDisposed();
            return _pixels;
        }
    }

    /// <summary>The palette as RGB triples, for mode P.</summary>
    internal byte[]? Palette => _palette;

    /// <summary>Whether <see cref="Dispose"/> was called.</summary>
    /// <example>
    /// <code>
    /// img.Dispose();
    /// Console.WriteLine(img.IsDisposed); // True
    /// </code>
    /// </example>
    public bool IsDisposed => _pixels.IsDisposed;

    /// <summary>
    /// Opens and decodes an image file (<c>PIL.Image.open</c>). The format is found from the file's first bytes, not
    /// its name: PNG, JPEG, GIF (first frame), BMP or TGA.
    /// </summary>
    /// <param name="fp">The file's path.</param>
    /// <returns>The decoded image.</returns>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">Pillow's <c>cannot identify image file 'x'</c> for an unknown format; a
    /// message naming the fault for a corrupt or truncated file, or a size beyond <see cref="MAX_IMAGE_PIXELS"/>.</exception>
    /// <exception cref="NotSupportedException">A variant of a known format that NumBridge does not read.</exception>
    /// <example>
    /// <code>
    /// using var img = Image.open("cat.png");
    /// Console.WriteLine($"{img.mode} {img.size}"); // RGB (640, 480)
    /// </code>
    /// </example>
    public static Image open(string fp)
    {
        ArgumentNullException.ThrowIfNull(fp);
        return ImageReader.Decode(File.ReadAllBytes(fp), fp);
    }

    /// <summary>Decodes an image from a stream, read from its current position to its end (<c>PIL.Image.open</c>
    /// of a file object).</summary>
    /// <param name="fp">The stream.</param>
    /// <returns>The decoded image.</returns>
    /// <exception cref="InvalidDataException">An unknown format, or a corrupt or truncated file.</exception>
    /// <exception cref="NotSupportedException">A variant of a known format that NumBridge does not read.</exception>
    /// <example>
    /// <code>
    /// using var stream = File.OpenRead("cat.png");
    /// using var img = Image.open(stream);
    /// </code>
    /// </example>
    public static Image open(Stream fp)
    {
        ArgumentNullException.ThrowIfNull(fp);
        using var memory = new MemoryStream();
        fp.CopyTo(memory);
        string name = fp is FileStream file ? file.Name : $"<{fp.GetType().Name}>";
        return ImageReader.Decode(memory.ToArray(), name);
    }

    /// <summary>The palette of a P image as <c>[r0, g0, b0, r1, ...]</c> (<c>Image.getpalette()</c>), one triple per
    /// entry the file defines; null for other modes.</summary>
    /// <returns>A new array of the palette's values, or null.</returns>
    /// <example>
    /// <code>
    /// int[]? pal = Image.open("indexed.png").getpalette(); // [0, 0, 0, 255, 0, 0, ...]
    /// </code>
    /// </example>
    public int[]? getpalette()
    {
        ThrowIfDisposed();
        return _mode == "P" && _palette is not null ? Array.ConvertAll(_palette, b => (int)b) : null;
    }

    /// <summary>Attaches a palette (<c>Image.putpalette</c>): an L image becomes P, its values the indices.</summary>
    /// <param name="data">The palette as <c>[r0, g0, b0, r1, ...]</c>, at most 256 triples.</param>
    /// <exception cref="ArgumentException">Pillow's <c>illegal image mode</c> for modes other than L and P; a length
    /// that is not a whole number of triples, or over 768 values.</exception>
    /// <example>
    /// <code>
    /// var img = Image.fromarray(indices, "P");
    /// img.putpalette(new byte[] { 0, 0, 0, 255, 0, 0 });
    /// </code>
    /// </example>
    public void putpalette(ReadOnlySpan<byte> data)
    {
        ThrowIfDisposed();
        if (_mode is not ("L" or "P"))
        {
            ThrowHelper.ThrowArgument(Messages.IllegalImageMode, nameof(data));
        }

        if (data.Length % 3 != 0 || data.Length > 768)
        {
            ThrowHelper.ThrowArgument("palette must be a sequence of at most 256 RGB triples", nameof(data));
        }

        _palette = data.ToArray();
        _mode = "P";
    }

    /// <summary>Copies the image (<c>Image.copy</c>): pixels, palette and info.</summary>
    /// <returns>A new image.</returns>
    /// <example>
    /// <code>
    /// using var twin = img.copy();
    /// </code>
    /// </example>
    public Image copy()
    {
        ThrowIfDisposed();
        return new Image(_mode, _pixels.copy(), (byte[]?)_palette?.Clone(), new Dictionary<string, object>(_info), _format);
    }

    /// <summary>Releases the pixels; arrays taken with <c>np.asarray</c> keep them alive.</summary>
    /// <example>
    /// <code>
    /// NDArray a;
    /// using (var img = Image.open("cat.png")) { a = np.asarray(img); }
    /// Console.WriteLine(a.shape); // still valid: (480, 640, 3)
    /// </code>
    /// </example>
    public void Dispose() => _pixels.Dispose();

    /// <summary>Pillow's repr, e.g. <c>&lt;NumBridge.Imaging.Image image mode=RGB size=640x480&gt;</c>; never throws.</summary>
    /// <returns>The text.</returns>
    /// <example>
    /// <code>
    /// Console.WriteLine(Image.open("cat.png")); // &lt;NumBridge.Imaging.Image image mode=RGB size=640x480&gt;
    /// </code>
    /// </example>
    public override string ToString() => IsDisposed
        ? "<NumBridge.Imaging.Image (disposed)>"
        : $"<NumBridge.Imaging.Image image mode={_mode} size={_pixels.shape[1]}x{_pixels.shape[0]}>";

    internal void ThrowIfDisposed() => _pixels.ThrowIfDisposed();
}
