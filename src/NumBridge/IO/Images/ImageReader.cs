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

        return ThrowHelper.ThrowInvalidData<Image>(Messages.CannotIdentifyImage(name));
    }
}
