using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>Finds a file's format from its first bytes, as Pillow's plugins' <c>_accept</c> functions do, and decodes it.</summary>
internal static class ImageReader
{
    public static Image Decode(byte[] data, string name)
    {
        ReadOnlySpan<byte> head = data;
        if (PngDecoder.Accept(head))
        {
            return PngDecoder.Decode(data);
        }

        if (JpegCodec.Accept(head))
        {
            return JpegCodec.Decode(data);
        }

        if (GifDecoder.Accept(head))
        {
            return GifDecoder.Decode(data);
        }

        if (BmpDecoder.Accept(head))
        {
            return BmpDecoder.Decode(data);
        }

        // TGA has no signature: Pillow tries it last, on a header whose fields make sense.
        if (TgaDecoder.Accept(head))
        {
            return TgaDecoder.Decode(data);
        }

        return ThrowHelper.ThrowInvalidData<Image>(Messages.CannotIdentifyImage(name));
    }
}
