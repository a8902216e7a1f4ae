using System.Runtime.InteropServices;

namespace NumBridge.Memory;

/// <summary>
/// Native memory for the small 0-d arrays that C# scalars convert to (<c>a[i, j] = 3.0</c>), which are made often and
/// rarely disposed. Each thread bump-allocates 16-byte slots from its current 4 KiB slab; a slot is never reused, and
/// the slab's block is freed by the slab's finalizer once no buffer that points into it can be reached.
/// </summary>
/// <remarks>
/// <para>
/// Every buffer in a slab holds the slab as its <see cref="NativeBuffer.Owner"/>, so the slab outlives every array,
/// view or tensor that uses one of its slots, and releasing a buffer has nothing to free. This keeps a scalar to one
/// finalizable object per 256 scalars instead of one each, and away from the pinned object heap, whose allocations
/// are only reclaimed by generation-2 collections.
/// </para>
/// <para>
/// The cost: one scalar that lives long keeps its 4 KiB slab alive.
/// </para>
/// </remarks>
internal sealed unsafe class ScalarSlab : IBufferReleaser
{
    /// <summary>The slot size: the largest item (complex128), and its alignment.</summary>
    public const int SlotSize = 16;

    private const int SlabSize = 4096;

    [ThreadStatic]
    private static ScalarSlab? t_current;

    private readonly byte* _block;
    private int _used;

    private ScalarSlab()
    {
        _block = (byte*)NativeMemory.AlignedAlloc(SlabSize, SlotSize);
        NativeLedger.OnSlabAllocated();
    }

    ~ScalarSlab()
    {
        NativeMemory.AlignedFree(_block);
        NativeLedger.OnSlabFreed();
    }

    /// <summary>A buffer of <paramref name="byteLength"/> (at most <see cref="SlotSize"/>) uninitialized bytes.</summary>
    public static NativeBuffer Allocate(int byteLength)
    {
        ScalarSlab? slab = t_current;
        if (slab is null || slab._used == SlabSize)
        {
            slab = t_current = new ScalarSlab();
        }

        byte* slot = slab._block + slab._used;
        slab._used += SlotSize;
        return new NativeBuffer((IntPtr)slot, byteLength, slab, owner: slab);
    }

    /// <summary>Nothing to do: the slot goes with its slab (see the remarks).</summary>
    public void Release(IntPtr pointer, nint byteLength)
    {
    }
}
