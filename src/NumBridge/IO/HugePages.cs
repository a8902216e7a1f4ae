using System.Runtime.InteropServices;

namespace NumBridge.IO;

/// <summary>
/// Asks Linux to back a large, not yet touched block with transparent huge pages before a file is read into it, as
/// NumPy does for every allocation of 4 MiB or more (<c>numpy/core/src/multiarray/alloc.c</c>, <c>madvise(...,
/// MADV_HUGEPAGE)</c>). Filling 256 MiB of fresh 4 KiB pages costs 65536 page faults, several times the read itself;
/// with 2 MiB pages it costs 128. Elsewhere, or where the kernel says no, nothing happens.
/// </summary>
internal static partial class HugePages
{
    /// <summary>NumPy's threshold, <c>1 &lt;&lt; 22</c>.</summary>
    private const long Threshold = 1L << 22;

    private const int MadvHugePage = 14;
    private const nint PageSize = 4096;

    public static unsafe void Advise(void* block, nint length)
    {
        if (!OperatingSystem.IsLinux() || length < Threshold)
        {
            return;
        }

        // madvise wants a page-aligned start; the partial pages at either end are left as they are.
        nint start = ((nint)block + PageSize - 1) & ~(PageSize - 1);
        nint end = ((nint)block + length) & ~(PageSize - 1);
        if (end > start)
        {
            _ = Madvise(start, (nuint)(end - start), MadvHugePage);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
