namespace NumBridge.IO.Images;

/// <summary>
/// What a Pillow mode means as an array: its channel count (0 for a 2-D array) and dtype. The modes are Pillow's
/// ("1", "L", "LA", "P", "RGB", "RGBA", "I", "F", "I;16"), plus three that keep every bit of 16-bit PNGs where
/// Pillow 9.4 keeps only eight: "LA;16", "RGB;16" and "RGBA;16" (what OpenCV's IMREAD_UNCHANGED gives, in RGB order).
/// </summary>
internal static class ImageMode
{
    /// <summary>The channel count for a 3-D array, or 0 for a 2-D one; -1 for a mode NumBridge does not know.</summary>
    public static int Channels(string mode) => mode switch
    {
        "1" or "L" or "P" or "I" or "F" or "I;16" => 0,
        "LA" or "LA;16" => 2,
        "RGB" or "RGB;16" => 3,
        "RGBA" or "RGBA;16" => 4,
        _ => -1,
    };

    /// <summary>The element type of the mode's array.</summary>
    public static DType DTypeOf(string mode) => mode switch
    {
        "1" => np.@bool,
        "I" => np.int32,
        "F" => np.float32,
        "I;16" or "LA;16" or "RGB;16" or "RGBA;16" => np.uint16,
        _ => np.uint8,
    };

    public static bool IsKnown(string mode) => Channels(mode) >= 0;

    /// <summary>The array shape of a <paramref name="width"/> x <paramref name="height"/> image in this mode.</summary>
    public static Shape ShapeOf(string mode, int width, int height)
    {
        int channels = Channels(mode);
        return channels == 0 ? new Shape(height, width) : new Shape(height, width, channels);
    }

    /// <summary>The 8-bit mode a 16-bit one becomes when Pillow reads it ("RGB;16" → "RGB").</summary>
    public static string EightBit(string mode) => mode switch
    {
        "I;16" => "L",
        "LA;16" => "LA",
        "RGB;16" => "RGB",
        "RGBA;16" => "RGBA",
        _ => mode,
    };
}
