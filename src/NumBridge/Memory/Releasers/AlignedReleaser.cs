using System.Runtime.InteropServices;

namespace NumBridge.Memory;

/// <summary>
/// Allocates and frees NumBridge's own arrays: 64-byte aligned native memory (Arrow's default alignment), counted in
/// <see cref="MemoryPressure"/> so that forgotten arrays are finalized in time. Blocks of 1 to 64 MiB go through
/// <see cref="BlockCache"/>, which reuses recently freed ones.
/// </summary>
internal sealed unsafe class AlignedReleaser : IBufferReleaser
{
    public const int Alignment = 64;

    public static readonly AlignedReleaser Instance = new();

    private AlignedReleaser()
    {
    }

    /// <summary>Allocates a buffer of <paramref name="byteLength"/> bytes, zeroed when asked.</summary>
    /// <exception cref="OutOfMemoryException">The memory cannot be had.</exception>
    public static NativeBuffer Allocate(nint byteLength, bool zero)
    {
        // One byte at least, so that every buffer has a unique, valid address (NumPy does the same for empty arrays).
        nint size = BlockCache.SizeFor(Math.Max(byteLength, 1));
        nuint bytes = (nuint)size;
        void* p = BlockCache.TryTake(size);
        if (p == null)
        {
            p = NativeMemory.AlignedAlloc(bytes, Alignment);
            HugePages.Advise(p, byteLength);
        }

        if (zero)
        {
            NativeMemory.Clear(p, bytes);
        }

        MemoryPressure.Shared.Add(byteLength);

        return new NativeBuffer((IntPtr)p, byteLength, Instance);
    }

    public void Release(IntPtr pointer, nint byteLength)
    {
        if (!BlockCache.TryKeep((void*)pointer, BlockCache.SizeFor(Math.Max(byteLength, 1))))
        {
            NativeMemory.AlignedFree((void*)pointer);
        }

        MemoryPressure.Shared.Remove(byteLength);
    }
}
