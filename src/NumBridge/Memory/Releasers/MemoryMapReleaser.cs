using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace NumBridge.Memory;

/// <summary>
/// Owns one view of a memory-mapped file and unmaps it, exactly once, when the last array, view or tensor that uses
/// it is gone (NumPy's <c>mmap.mmap</c> object, the base of a <c>numpy.memmap</c>).
/// </summary>
/// <remarks>
/// <para>
/// The file and its mapping object are closed as soon as the view exists: a view keeps the mapped pages valid by
/// itself on Linux (<c>munmap</c> is all that ends it) and on Windows (a view holds its section), so a live map costs
/// no file descriptor.
/// </para>
/// <para>
/// Release unmaps without <c>msync</c>, as CPython's <c>mmap.close</c> does: pages written through a shared map are
/// already the file's pages in the page cache, and the kernel writes them back in its own time. (Disposing the
/// <see cref="MemoryMappedViewAccessor"/> would flush synchronously first, which can block the finalizer thread on disk
/// I/O.) <see cref="Flush"/> is the explicit, synchronous write-back (<c>memmap.flush</c>).
/// </para>
/// <para>
/// Mapped bytes are not reported as memory pressure: they belong to the file, and the kernel can drop clean pages at
/// any time.
/// </para>
/// </remarks>
internal sealed unsafe class MemoryMapReleaser : IBufferReleaser
{
    private static int s_live;

    private readonly MemoryMappedViewAccessor _view;
    private readonly bool _writesReachFile;
    private int _releaseCount;

    private MemoryMapReleaser(MemoryMappedViewAccessor view, bool writesReachFile)
    {
        _view = view;
        _writesReachFile = writesReachFile;
    }

    /// <summary>Mappings made and not yet unmapped, in the whole process (for tests and diagnostics).</summary>
    internal static int LiveMappings => Volatile.Read(ref s_live);

    /// <summary>How often this mapping was unmapped: 0 while in use, then 1 (for tests).</summary>
    internal int ReleaseCount => Volatile.Read(ref _releaseCount);

    /// <summary>
    /// Maps <paramref name="length"/> bytes of a file from byte <paramref name="start"/>. The caller checked that the
    /// range lies inside the file and is not empty. This method takes <paramref name="file"/> over and closes it,
    /// whether mapping succeeds or throws.
    /// </summary>
    /// <param name="file">An open handle, readable, and writable for <see cref="MemoryMappedFileAccess.ReadWrite"/>.</param>
    /// <param name="start">The file offset of the first mapped byte.</param>
    /// <param name="length">The number of bytes to map (positive).</param>
    /// <param name="access">Read, ReadWrite (shared: writes reach the file) or CopyOnWrite (private pages).</param>
    /// <returns>A buffer over the mapped bytes; read-only memory for <see cref="MemoryMappedFileAccess.Read"/>.</returns>
    /// <exception cref="IOException">The system refused the mapping.</exception>
    public static NativeBuffer Map(SafeFileHandle file, long start, long length, MemoryMappedFileAccess access)
    {
        MemoryMappedViewAccessor view;
        using (MemoryMappedFile mapping = CreateMapping(file, access))
        {
            view = mapping.CreateViewAccessor(start, length, access);
        }

        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        var releaser = new MemoryMapReleaser(view, access == MemoryMappedFileAccess.ReadWrite);
        Interlocked.Increment(ref s_live);

        // The view starts at a page boundary at or before start; PointerOffset is the distance to start.
        IntPtr data = (IntPtr)(pointer + view.PointerOffset);
        object owner = access == MemoryMappedFileAccess.Read ? new NDArray.ReadOnlyOwner(releaser) : releaser;
        return new NativeBuffer(data, checked((nint)length), releaser, owner);
    }

    private static MemoryMappedFile CreateMapping(SafeFileHandle file, MemoryMappedFileAccess access)
    {
        try
        {
            // Capacity 0 is the file's length; the mapping object owns the handle from here (leaveOpen: false).
            return MemoryMappedFile.CreateFromFile(file, null, 0, access, HandleInheritability.None, leaveOpen: false);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the pages changed through a shared (<c>'r+'</c>, <c>'w+'</c>) map to the file and waits for the write
    /// (<c>msync</c>); nothing to do for a read-only or copy-on-write map, as in CPython's <c>mmap.flush</c>.
    /// </summary>
    /// <remarks>The caller holds a lease, so the view is mapped.</remarks>
    public void Flush()
    {
        if (_writesReachFile)
        {
            _view.Flush();
        }
    }

    public void Release(IntPtr pointer, nint byteLength)
    {
        // The view handle alone is disposed, not the accessor, whose Dispose would msync first (see the remarks).
        SafeMemoryMappedViewHandle handle = _view.SafeMemoryMappedViewHandle;
        handle.ReleasePointer();
        handle.Dispose();
        Interlocked.Increment(ref _releaseCount);
        Interlocked.Decrement(ref s_live);
    }
}
