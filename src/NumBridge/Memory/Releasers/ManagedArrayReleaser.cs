namespace NumBridge.Memory;

/// <summary>
/// For memory in a pinned managed array (allocated on the pinned object heap): the garbage collector owns it, and
/// the buffer keeps the array reachable as its <see cref="NativeBuffer.Owner"/>, so releasing has nothing to free and
/// the buffer needs no finalizable guardian. Used for the small 0-d arrays that C# scalars convert to
/// (<c>a[i, j] = 3.0</c>), which are made often and rarely disposed.
/// </summary>
internal sealed unsafe class ManagedArrayReleaser : IBufferReleaser
{
    public static readonly ManagedArrayReleaser Instance = new();

    private ManagedArrayReleaser()
    {
    }

    /// <summary>A buffer of <paramref name="byteLength"/> zeroed bytes in a pinned managed array.</summary>
    public static NativeBuffer Allocate(int byteLength)
    {
        // 16-byte items (complex128) need at least 8-byte alignment, which the pinned heap's arrays have.
        byte[] storage = GC.AllocateArray<byte>(Math.Max(byteLength, 1), pinned: true);
        fixed (byte* p = storage)
        {
            return new NativeBuffer((IntPtr)p, byteLength, Instance, storage);
        }
    }

    public void Release(IntPtr pointer, nint byteLength)
    {
    }
}
