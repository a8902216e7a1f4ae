namespace NumBridge;

/// <summary>Messages for memory-mapped arrays, word for word from NumPy 1.24 and the CPython 3.11 it runs on.</summary>
internal static partial class Messages
{
    // numpy/core/memmap.py, memmap.__new__ (the valid modes, then the aliases)
    public static string MemoryMapMode(string mode) =>
        $"mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got {PythonRepr(mode)})";

    // numpy/core/memmap.py, memmap.__new__ with mode 'w+' and no shape
    public const string MemoryMapShapeRequired = "shape must be given";

    // numpy/core/memmap.py, memmap.__new__ with no shape
    public const string MemoryMapNotMultiple = "Size of available data is not a multiple of the data-type size.";

    // CPython Modules/mmapmodule.c, new_mmap_object (an OverflowError there)
    public const string MemoryMapLengthNegative = "memory mapped length must be positive";

    // CPython Modules/mmapmodule.c, new_mmap_object (an OverflowError there)
    public const string MemoryMapOffsetNegative = "memory mapped offset must be positive";

    // CPython Modules/mmapmodule.c, new_mmap_object
    public const string MemoryMapEmptyFile = "cannot mmap an empty file";

    // CPython Modules/mmapmodule.c, new_mmap_object (a zero length asks for the rest of the file)
    public const string MemoryMapOffsetBeyondFile = "mmap offset is greater than file size";

    // CPython Modules/mmapmodule.c, new_mmap_object
    public const string MemoryMapLengthBeyondFile = "mmap length is greater than file size";

    // CPython's FileNotFoundError from open(), errno ENOENT
    public static string NoSuchFile(string path) => $"[Errno 2] No such file or directory: {PythonRepr(path)}";

    // numpy/core/src/multiarray/conversion_utils.c, PyArray_OrderConverter
    public static string OrderWithValue(char order) =>
        $"order must be one of 'C', 'F', 'A', or 'K' (got {PythonRepr(order.ToString())})";

    /// <summary>Python's <c>repr</c> of a string without quotes or control characters in it: <c>'text'</c>.</summary>
    private static string PythonRepr(string text) =>
        text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal)
            ? $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal)}\""
            : $"'{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'";
}
