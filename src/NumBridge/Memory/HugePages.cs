using System.Runtime.InteropServices;

namespace NumBridge.Memory;

/// <summary>
/// Asks Linux to back a fresh, large block with transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>) before anything
/// is written to it, as NumPy does (<c>numpy/_core/src/multiarray/alloc.c</c>, from 4 MiB; here from 32 MiB).
/// </summary>
/// <remarks>
/// Large blocks come straight from <c>mmap</c>, so the first write to every 4 KiB page faults and the kernel zeroes
/// that page: filling 256 MiB that way is 65,536 faults, several times the cost of the copy or read itself (a new
/// 400 MB tensor cost 9 to 16 times a memcpy into touched memory, BENCHMARKS.md <c>Perf_Bridge</c>); 2 MiB pages take
/// 512 times fewer. libtorch does the same with <c>THP_MEM_ALLOC_ENABLE=1</c> (<c>c10/core/impl/alloc_cpu.cpp</c>).
/// This is advice only: the values are unchanged, the head and tail that do not fill a whole 2 MiB page keep small
/// pages, and nothing happens off Linux, where transparent huge pages are <c>never</c>, or when libc cannot be bound.
/// </remarks>
internal static unsafe partial class HugePages
{
    /// <summary>
    /// Smaller blocks are left alone. glibc serves every request from 32 MiB up (<c>DEFAULT_MMAP_THRESHOLD_MAX</c> on
    /// 64-bit) with a fresh <c>mmap</c>; below that it may hand back heap memory that is already paged in, where the
    /// advice was measured to gain nothing and sometimes cost (BENCHMARKS.md, <c>Perf_Bridge</c>). NumPy starts at
    /// 4 MiB.
    /// </summary>
    public const long Threshold = 32L << 20;

    private const int MadvHugePage = 14; // <linux/mman.h> MADV_HUGEPAGE
    private const nint HugePageSize = 2 << 20;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>Whether advice is given: on Linux, until binding <c>madvise</c> in libc failed.</summary>
    internal static bool IsAvailable => !s_unavailable;

    /// <summary>Advises huge pages for the whole 2 MiB pages inside <c>[data, data + bytes)</c>.</summary>
    public static void Advise(void* data, long bytes)
    {
        if (s_unavailable || bytes < Threshold)
        {
            return;
        }

        nint start = ((nint)data + HugePageSize - 1) & ~(HugePageSize - 1);
        nint end = ((nint)data + (nint)bytes) & ~(HugePageSize - 1);
        if (end <= start)
        {
            return;
        }

        try
        {
            _ = Madvise(start, (nuint)(end - start), MadvHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
