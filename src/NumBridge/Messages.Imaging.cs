namespace NumBridge;

internal static partial class Messages
{
    // PIL/Image.py, open (UnidentifiedImageError)
    public static string CannotIdentifyImage(string name) => $"cannot identify image file '{name}'";

    // PIL/ImageFile.py, load ("image file is truncated")
    public const string ImageTruncated = "image file is truncated";

    // PIL/Image.py, _decompression_bomb_check (DecompressionBombError)
    public static string DecompressionBomb(long pixels, long limit) =>
        $"Image size ({pixels} pixels) exceeds limit of {limit} pixels, could be decompression bomb DOS attack.";

    // PIL/Image.py, fromarray (TypeError)
    public static string CannotHandleDataType(string shape, string typestr) => $"Cannot handle this data type: {shape}, {typestr}";

    // PIL/Image.py, fromarray (ValueError)
    public static string TooManyDimensions(int ndim, int ndmax) => $"Too many dimensions: {ndim} > {ndmax}.";

    // PIL/Image.py, fromarray, for arrays of fewer than two dimensions.
    public static string TooFewDimensions(int ndim) => $"Too few dimensions: {ndim} < 2.";

    // PIL/Image.py, fromarray with a mode the array's dtype and shape do not hold.
    public static string ModeDoesNotMatchArray(string mode, string shape, string typestr) =>
        $"mode '{mode}' does not match an array of shape {shape} and dtype {typestr}";

    // libImaging/Convert.c, convert ("conversion from %s to %s not supported")
    public static string ConversionNotSupported(string from, string to) => $"conversion from {from} to {to} not supported";

    // PIL/PngImagePlugin.py, _save / JpegImagePlugin.py, _save (OSError)
    public static string CannotWriteMode(string mode, string format) => $"cannot write mode {mode} as {format}";

    // PIL/Image.py, save (ValueError)
    public static string UnknownExtension(string extension) => $"unknown file extension: {extension}";

    // PIL/Image.py, save (KeyError of the format name)
    public static string UnknownFormat(string format) => $"unknown file format: {format}";

    // PIL/Image.py, putpalette ("illegal image mode")
    public const string IllegalImageMode = "illegal image mode";

    // PIL/JpegImagePlugin.py, _save (ValueError)
    public static string CannotWriteEmptyImage(string format) => $"cannot write empty image as {format}";

    // PIL/ImageFile.py, _save (OSError), with the reason libjpeg prints (JERR_IMAGE_TOO_BIG).
    public static string JpegTooBig(int limit) => $"encoder error -2 when writing image file (Maximum supported image dimension is {limit} pixels)";

    // PIL/PngImagePlugin.py: a PNG's own faults, said the way Pillow and libpng say them.
    public static string BadChunkChecksum(string chunk) => $"broken PNG file (bad header checksum in {chunk})";

    public static string PngBadHeader(string what) => $"broken PNG file ({what})";

    public static string UnsupportedPng(int bitDepth, int colorType) =>
        $"unsupported PNG: bit depth {bitDepth} with colour type {colorType}";

    public static string UnknownFilterType(int filter) => $"broken PNG file (unknown row filter type {filter})";

    public static string DataTooShortForSize(string format, int width, int height, long available) =>
        $"{format} image data too short for a {width}x{height} image ({available} bytes of data): image file is truncated";

    public static string BrokenData(string format, string what) => $"broken {format} file ({what})";
}
