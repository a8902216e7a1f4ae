namespace NumBridge.IO;

/// <summary>How a file is mapped: NumPy's <c>memmap</c> modes.</summary>
internal enum MemoryMapMode
{
    /// <summary><c>'r'</c> / <c>'readonly'</c>: the array cannot be written.</summary>
    ReadOnly,

    /// <summary><c>'r+'</c> / <c>'readwrite'</c>: writes reach the file; the file grows to fit the shape.</summary>
    ReadWrite,

    /// <summary><c>'w+'</c> / <c>'write'</c>: the file is created or truncated, then sized to the shape.</summary>
    Write,

    /// <summary><c>'c'</c> / <c>'copyonwrite'</c>: writes go to private pages and never reach the file.</summary>
    CopyOnWrite,
}

/// <summary>Parses NumPy's mode names.</summary>
internal static class MemoryMapModes
{
    /// <summary>Parses a mode or one of its aliases (<c>numpy.core.memmap.mode_equivalents</c>).</summary>
    /// <exception cref="ArgumentException">NumPy's <c>mode must be one of [...] (got '...')</c>.</exception>
    public static MemoryMapMode Parse(string mode, string paramName) => mode switch
    {
        "r" or "readonly" => MemoryMapMode.ReadOnly,
        "r+" or "readwrite" => MemoryMapMode.ReadWrite,
        "w+" or "write" => MemoryMapMode.Write,
        "c" or "copyonwrite" => MemoryMapMode.CopyOnWrite,
        _ => ThrowHelper.ThrowArgument<MemoryMapMode>(Messages.MemoryMapMode(mode), paramName),
    };
}
