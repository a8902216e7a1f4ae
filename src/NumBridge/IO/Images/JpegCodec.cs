using NumBridge.Imaging;

namespace NumBridge.IO.Images;

/// <summary>JPEG decode and encode (placeholder until the library is chosen).</summary>
internal static class JpegCodec
{
    public static bool Accept(ReadOnlySpan<byte> header) => header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF;

    public static Image Decode(byte[] data) => throw new NotSupportedException("JPEG");

    public static void Encode(Image image, Stream output, int quality) => throw new NotSupportedException("JPEG");
}
