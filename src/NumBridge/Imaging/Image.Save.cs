using NumBridge.IO.Images;

namespace NumBridge.Imaging;

public sealed partial class Image
{
    /// <summary>
    /// Saves the image (<c>Image.save</c>) as PNG or JPEG, the format taken from <paramref name="format"/> or else from
    /// the file name's extension (<c>.png</c>; <c>.jpg</c>, <c>.jpeg</c>, <c>.jpe</c>, <c>.jfif</c>). The file is
    /// written beside the target under a temporary name and then moved into place, so a failed save leaves an
    /// existing file whole.
    /// </summary>
    /// <param name="fp">The path to write.</param>
    /// <param name="format"><c>"PNG"</c> or <c>"JPEG"</c> (any case), or null to go by the extension.</param>
    /// <param name="quality">JPEG quality, 1 (worst) to 95 (best sensible) or 100; 75 as in Pillow. As in Pillow any
    /// integer is taken: -1 means the default, others are clamped to 1..100 as libjpeg clamps them. Ignored for PNG.</param>
    /// <param name="compress_level">PNG zlib level, 0 (none) to 9 (smallest); 6 as in Pillow. Ignored for JPEG.</param>
    /// <param name="optimize">PNG: compress at level 9 and also try the Average filter, as Pillow's
    /// <c>optimize=True</c>. Ignored for JPEG, which always uses the standard Huffman tables.</param>
    /// <param name="subsampling">JPEG chroma subsampling of an RGB image, as Pillow: -1 (default) or 2 = 4:2:0,
    /// 1 = 4:2:2, 0 = 4:4:4. Ignored for PNG.</param>
    /// <remarks>
    /// PNG writes modes "1", "L", "LA", "P" (with its palette, at 1, 2, 4 or 8 bits as Pillow chooses), "RGB",
    /// "RGBA", "I;16" and "I" (16-bit grey, "I" clipped to 0..65535 as Pillow) and the 16-bit "LA;16", "RGB;16",
    /// "RGBA;16"; <c>info["transparency"]</c> becomes a tRNS chunk. JPEG writes "L" and "RGB" (and "1", as grey).
    /// </remarks>
    /// <exception cref="ArgumentException">Pillow's <c>unknown file extension: .xyz</c>; an unknown format; a PNG
    /// level out of range; an empty image as JPEG.</exception>
    /// <exception cref="NotSupportedException">Pillow's <c>cannot write mode F as PNG</c>; a format NumBridge reads but
    /// does not write (BMP, GIF, TGA).</exception>
    /// <example>
    /// <code>
    /// Image.fromarray(a).save("out.png");
    /// Image.fromarray(a).save("out.jpg", quality: 90);
    /// Image.fromarray(rgb).save("out444.jpg", quality: 95, subsampling: 0);
    /// </code>
    /// </example>
    public void save(string fp, string? format = null, int quality = 75, int compress_level = 6, bool optimize = false, int subsampling = -1)
    {
        ArgumentNullException.ThrowIfNull(fp);
        ThrowIfDisposed();
        string kind = ResolveFormat(format ?? FormatFromExtension(fp));
        CheckSaveArguments(kind, compress_level);
        string full = Path.GetFullPath(fp);
        string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Encode(stream, kind, quality, compress_level, optimize, subsampling);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes the image to a stream (<c>Image.save</c> of a file object), which must be given a format.</summary>
    /// <param name="fp">The stream to write to, from its current position.</param>
    /// <param name="format"><c>"PNG"</c> or <c>"JPEG"</c> (any case).</param>
    /// <param name="quality">JPEG quality as in Pillow: 75 by default, -1 the default too, others clamped to 1..100.</param>
    /// <param name="compress_level">PNG zlib level, 0 to 9; 6 as in Pillow.</param>
    /// <param name="optimize">PNG: level 9 and the Average filter too, as Pillow's <c>optimize=True</c>. Ignored for
    /// JPEG (standard Huffman tables).</param>
    /// <param name="subsampling">JPEG chroma subsampling: -1 or 2 = 4:2:0, 1 = 4:2:2, 0 = 4:4:4.</param>
    /// <exception cref="ArgumentException">An unknown format; a PNG level out of range; an empty image as JPEG.</exception>
    /// <exception cref="NotSupportedException">A mode the format cannot hold; a format NumBridge does not write.</exception>
    /// <example>
    /// <code>
    /// using var memory = new MemoryStream();
    /// img.save(memory, "PNG");
    /// </code>
    /// </example>
    public void save(Stream fp, string format, int quality = 75, int compress_level = 6, bool optimize = false, int subsampling = -1)
    {
        ArgumentNullException.ThrowIfNull(fp);
        ArgumentNullException.ThrowIfNull(format);
        ThrowIfDisposed();
        string kind = ResolveFormat(format);
        CheckSaveArguments(kind, compress_level);
        Encode(fp, kind, quality, compress_level, optimize, subsampling);
    }

    private void Encode(Stream stream, string kind, int quality, int compressLevel, bool optimize, int subsampling)
    {
        if (kind == "PNG")
        {
            PngEncoder.Encode(this, stream, optimize ? 9 : compressLevel, optimize);
        }
        else
        {
            JpegCodec.Encode(this, stream, quality, subsampling);
        }
    }

    /// <summary>Pillow takes any integer JPEG quality (libjpeg clamps it), so only the PNG level is checked.</summary>
    private static void CheckSaveArguments(string kind, int compressLevel)
    {
        if (kind == "PNG" && compressLevel is < 0 or > 9)
        {
            ThrowHelper.ThrowArgument("compress_level must be between 0 and 9", "compress_level");
        }
    }

    /// <summary>Pillow's <c>EXTENSION</c> registry, for the formats NumBridge knows.</summary>
    private static string FormatFromExtension(string path)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".png" or ".apng" => "PNG",
            ".jpg" or ".jpeg" or ".jpe" or ".jfif" => "JPEG",
            ".gif" => "GIF",
            ".bmp" or ".dib" => "BMP",
            ".tga" or ".icb" or ".vda" or ".vst" => "TGA",
            _ => ThrowHelper.ThrowArgument<string>(Messages.UnknownExtension(ext), nameof(path)),
        };
    }

    private static string ResolveFormat(string format)
    {
        string upper = format.ToUpperInvariant();
        return upper switch
        {
            "PNG" or "JPEG" => upper,
            "JPG" => "JPEG",
            "GIF" or "BMP" or "TGA" => ThrowHelper.ThrowNotSupported<string>($"NumBridge reads {upper} files but does not write them; save as PNG or JPEG"),
            _ => ThrowHelper.ThrowArgument<string>(Messages.UnknownFormat(format), nameof(format)),
        };
    }
}
