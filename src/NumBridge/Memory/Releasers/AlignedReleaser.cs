using System.Runtime.InteropServices;

namespace NumBridge.Memory;

/// <summary>
/// Allocates and frees NumBridge's own arrays: 64-byte aligned native memory (Arrow's default alignment), counted in
/// <see cref="MemoryPressure"/> so that forgotten arrays are finalized in time.
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
        nuint bytes = (nuint)Math.Max(byteLength, 1);
        void* p = NativeMemory.AlignedAlloc(bytes, Alignment);
        HugePages.Advise(p, byteLength);
        if (zero)
        {
            NativeMemory.Clear(p, bytes);
        }

        MemoryPressure.Shared.Add(byteLength);

        return new NativeBuffer((IntPtr)p, byteLength, Instance);
    }

    public void Release(IntPtr pointer, nint byteLength)
    {
        NativeMemory.AlignedFree((void*)pointer);
        MemoryPressure.Shared.Remove(byteLength);
    }
}
