using System.Globalization;

namespace NumBridge;

/// <summary>Messages for <c>.npy</c> and <c>.npz</c> files, word for word from NumPy 1.24 where it has one.</summary>
internal static partial class Messages
{
    // numpy/lib/npyio.py, load: anything that is neither .npy nor zip is taken for a pickle
    public static string LoadMapWrite(string mode) =>
        $"mmap_mode '{mode}' would replace the file: np.load maps an existing .npy, with 'r', 'r+' or 'c'";

    public const string PickledData = "Cannot load file containing pickled data when allow_pickle=False";

    // numpy/lib/format.py, read_magic
    public static string BadMagic(string gotRepr) =>
        $"the magic string is not correct; expected b'\\x93NUMPY', got {gotRepr}";

    // numpy/lib/format.py, _check_version
    public static string UnsupportedVersion(byte major, byte minor) =>
        $"we only support format version (1,0), (2,0), and (3,0), not ({major}, {minor})";

    // numpy/lib/format.py, _read_bytes
    public static string Eof(string what, long expected, long got) =>
        $"EOF: reading {what}, expected {expected} bytes got {got}";

    // numpy/lib/format.py, _read_array_header
    public static string HeaderTooLarge(long length) =>
        $"Header info length ({length}) is large and may not be safe to load securely.\n"
        + "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n"
        + "For safety against large resource use or crashes, sandboxing may be necessary.";

    // numpy/lib/format.py, _read_array_header
    public static string CannotParseHeader(string headerRepr) => $"Cannot parse header: {headerRepr}";

    // numpy/lib/format.py, _read_array_header
    public static string HeaderNotDictionary(string repr) => $"Header is not a dictionary: {repr}";

    // numpy/lib/format.py, _read_array_header
    public static string HeaderKeys(string sortedKeysRepr) => $"Header does not contain the correct keys: {sortedKeysRepr}";

    // numpy/lib/format.py, _read_array_header
    public static string ShapeNotValid(string repr) => $"shape is not valid: {repr}";

    // numpy/lib/format.py, _read_array_header
    public static string FortranOrderNotBool(string repr) => $"fortran_order is not a valid bool: {repr}";

    // numpy/lib/format.py, _read_array_header
    public static string DescrNotValid(string repr) => $"descr is not a valid dtype descriptor: {repr}";

    // CPython Objects/longobject.c, PyLong_AsLong (numpy.multiply.reduce(shape, dtype=numpy.int64) in read_array)
    public const string PythonIntTooLarge = "Python int too large to convert to C long";

    // numpy/lib/format.py, read_array
    public const string ObjectArraysNotAllowed = "Object arrays cannot be loaded when allow_pickle=False";

    public const string ObjectArraysUnsupported =
        "Object arrays cannot be loaded by NumBridge: their data is a Python pickle (descr '|O')";

    public static string UnsupportedDescr(string descrRepr) =>
        $"NumBridge cannot load an array with descr {descrRepr}: only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported";

    // numpy/lib/format.py, read_array from a real file: numpy.fromfile returns fewer items, then `array.shape = shape`
    // fails with the shape setter's message (no space after the commas).
    public static string CannotReshapeFile(long size, ReadOnlySpan<nint> shape)
    {
        string tuple = shape.Length == 1
            ? string.Create(CultureInfo.InvariantCulture, $"({shape[0]},)")
            : "(" + string.Join(",", shape.ToArray().Select(d => d.ToString(CultureInfo.InvariantCulture))) + ")";
        return $"cannot reshape array of size {size} into shape {tuple}";
    }

    // numpy/core/_exceptions.py, _ArrayMemoryError.__str__
    public static string UnableToAllocate(long bytes, Shape shape, DType dtype) =>
        $"Unable to allocate {SizeToString(bytes)} for an array with shape {shape} and data type {dtype}";

    public const string NpzGiven =
        "This file is a zip archive (.npz), for which NumPy's np.load returns an NpzFile; in NumBridge call np.load_npz";

    // numpy/lib/npyio.py, NpzFile.__getitem__ (a KeyError)
    public static string NotAFileInArchive(string key) => $"{key} is not a file in the archive";

    // CPython Lib/zipfile.py, _EndRecData fails (BadZipFile)
    public const string NotAZipFile = "File is not a zip file";

    public static string MemberNotNpy(string name) =>
        $"{name} in the archive is not a .npy file (it does not start with b'\\x93NUMPY'); NumPy's NpzFile returns its raw bytes, NumBridge returns arrays only";

    public static string ZipEntrySizeImplausible(string name, long length, long compressedLength) =>
        $"the archive member {name} claims {length} bytes uncompressed from {compressedLength} compressed bytes, more than deflate can produce";

    public const string StreamNotReadable = "The stream is not readable.";

    public const string StreamNotWritable = "The stream is not writable.";

    // numpy/lib/npyio.py, _savez
    public static string UnnamedClash(string key) => $"Cannot use un-named variables and keyword {key}";

    /// <summary>NumPy's <c>_size_to_string</c>: bytes, or three significant digits in binary units.</summary>
    private static string SizeToString(long bytes)
    {
        string[] units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
        int bitLength = 64 - (int)ulong.LeadingZeroCount((ulong)bytes);
        int unit = Math.Max(bitLength - 1, 1) / 10;
        double n = bytes / (double)(1L << (unit * 10));
        if (Math.Round(n) == 1024)
        {
            unit++;
            n /= 1024;
        }

        if (unit == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{n:F0} {units[0]}");
        }

        if (Math.Round(n) < 1000)
        {
            // '{:#.3g}': three significant digits, trailing zeros kept.
            int decimals = Math.Round(n, 1) >= 100 ? 0 : Math.Round(n, 2) >= 10 ? 1 : 2;
            string text = n.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return $"{(decimals == 0 ? text + "." : text)} {units[unit]}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{n:F0}. {units[unit]}");
    }
}
