using System.Buffers.Binary;
using NumBridge.Imaging;
using NumBridge.Memory;
using StbImageSharp;

namespace NumBridge.IO.Images;

/// <summary>
/// JPEG: decoded through StbImageSharp, a managed port of Sean Barrett's stb_image 2.30 (public domain, or MIT);
/// encoded by NumBridge's own <see cref="JpegEncoder"/>.
/// </summary>
/// <remarks>
/// <para>
/// Decoding gives "L" for one-component files and "RGB" otherwise, as Pillow. stb's IDCT, chroma upsampling and
/// YCbCr conversion round differently from the libjpeg-turbo behind Pillow: on a 1024x1024 4:2:0 photo-like image
/// at quality 90 the largest difference was 3 and the mean 0.08 per sample (94% of samples equal); on grey, at most
/// 1 and a mean of 0.002. Adobe CMYK/YCCK files become RGB (Pillow gives "CMYK"); 12-bit and arithmetic-coded
/// files are refused.
/// </para>
/// <para>
/// Encoding follows libjpeg-turbo under Pillow's defaults step for step (see <see cref="JpegEncoder"/>), so the
/// file is Pillow's byte for byte: "L" as one component, "RGB" as YCbCr with 4:2:0 chroma at every quality unless
/// <c>subsampling</c> says otherwise. Huffman tables are always the standard ones (Pillow's <c>optimize=False</c>).
/// </para>
/// <para>
/// Before stb sees a file its frame header is read here: a size beyond <see cref="Image.MAX_IMAGE_PIXELS"/>, or
/// one that the file is far too short to hold, is refused before any pixel memory is allocated.
/// </para>
/// </remarks>
internal static unsafe class JpegCodec
{
    /// <summary>libjpeg's <c>JPEG_MAX_DIMENSION</c>.</summary>
    private const int JpegMaxDimension = 65500;

    public static bool Accept(ReadOnlySpan<byte> header) => header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF;

    public static Image Decode(byte[] data)
    {
        (int width, int height, int components, int scan) = ReadFrameHeader(data);
        ImageLimits.CheckPixels(width, height);
        // Entropy-coded data takes at least about two bits per 8x8 block of each component; a file shorter than
        // one byte per 4096 pixels cannot be whole, whatever its header says.
        if ((long)width * height > ((long)data.Length * 4096) + (1 << 20))
        {
            ThrowHelper.ThrowInvalidData(Messages.DataTooShortForSize("JPEG", width, height, data.Length));
        }

        // stb fills in what a cut file lacks; Pillow refuses it. In entropy-coded data 0xFF is always followed by 0x00
        // or a restart marker, so the end-of-image marker FF D9 after the first scan is the file's real end.
        if (data.AsSpan(scan).IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) < 0)
        {
            ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
        }

        ImageResult result;
        try
        {
            result = ImageResult.FromMemory(data, components == 1 ? ColorComponents.Grey : ColorComponents.RedGreenBlue);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ThrowHelper.ThrowInvalidData<Image>(Messages.BrokenData("JPEG", ex.Message));
        }

        string mode = result.Comp == ColorComponents.Grey ? "L" : "RGB";
        byte[] pixels = result.Data;
        // The decoded bytes are the array's memory: pinned, not copied.
        NativeBuffer buffer = PinnedArrayReleaser.Pin(pixels, pixels.Length);
        Shape shape = ImageMode.ShapeOf(mode, result.Width, result.Height);
        NDArray array = NDArray.FromBuffer(buffer, np.uint8, shape, StrideMath.CStrides(shape.Dims, 1), 0, writeable: true);
        return new Image(mode, array, null, null, "JPEG");
    }

    /// <summary>Writes "L" (and "1", as grey) as one component and "RGB" as YCbCr, through <see cref="JpegEncoder"/>;
    /// <paramref name="quality"/> and <paramref name="subsampling"/> as Pillow takes them.</summary>
    public static void Encode(Image image, Stream output, int quality, int subsampling)
    {
        string mode = image.mode;
        if (mode == "1")
        {
            // Pillow writes "1" as grey (rawmode "L").
            using Image grey = image.convert("L");
            Encode(grey, output, quality, subsampling);
            return;
        }

        int components = mode switch
        {
            "L" => 1,
            "RGB" => 3,
            _ => ThrowHelper.ThrowNotSupported<int>(Messages.CannotWriteMode(mode, "JPEG")),
        };
        int width = image.width;
        int height = image.height;
        if (width == 0 || height == 0)
        {
            ThrowHelper.ThrowArgument(Messages.CannotWriteEmptyImage("JPEG"), "fp");
        }

        if (width > JpegMaxDimension || height > JpegMaxDimension)
        {
            ThrowHelper.ThrowNotSupported(Messages.JpegTooBig(JpegMaxDimension));
        }

        NDArray pixels = image.Pixels;
        var samples = new ReadOnlySpan<byte>(pixels.Data, checked(width * height * components));
        JpegEncoder.Encode(samples, width, height, components, quality, subsampling, output);
        GC.KeepAlive(pixels);
    }

    /// <summary>The size and component count from the first SOFn marker (ITU-T T.81, B.2.2), and where the first
    /// scan (SOS) starts.</summary>
    private static (int Width, int Height, int Components, int Scan) ReadFrameHeader(byte[] data)
    {
        int pos = 2;
        (int Width, int Height, int Components)? frame = null;
        while (pos + 4 <= data.Length)
        {
            if (data[pos] != 0xFF)
            {
                return ThrowHelper.ThrowInvalidData<(int, int, int, int)>(Messages.BrokenData("JPEG", $"no marker at offset {pos}"));
            }

            byte marker = data[pos + 1];
            if (marker == 0xFF)
            {
                pos++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                pos += 2;
                continue;
            }

            if (marker == 0xDA)
            {
                return frame is (int w, int h, int c) ? (w, h, c, pos) : ThrowHelper.ThrowInvalidData<(int, int, int, int)>(Messages.BrokenData("JPEG", "scan before frame header"));
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos + 2));
            bool isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrame && frame is null)
            {
                if (pos + 10 > data.Length)
                {
                    break;
                }

                int height = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos + 5));
                int width = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos + 7));
                int components = data[pos + 9];
                if (width == 0 || height == 0 || components is not (1 or 3 or 4))
                {
                    ThrowHelper.ThrowInvalidData(Messages.BrokenData("JPEG", $"frame header says {width}x{height} with {components} components"));
                }

                if (marker is not (0xC0 or 0xC1 or 0xC2))
                {
                    ThrowHelper.ThrowNotSupported($"JPEG process SOF{marker - 0xC0} (lossless, hierarchical or arithmetic coding) is not supported");
                }

                frame = (width, height, components);
            }

            pos += 2 + length;
        }

        return ThrowHelper.ThrowInvalidData<(int, int, int, int)>(Messages.ImageTruncated);
    }
}
