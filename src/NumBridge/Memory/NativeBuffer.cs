using System.Diagnostics;

namespace NumBridge.Memory;

/// <summary>
/// A block of native memory with an atomic reference count. Every <see cref="NDArray"/>, base or view, holds one
/// <see cref="BufferLease"/> on it; when the last lease goes, the <see cref="IBufferReleaser"/> frees the block,
/// exactly once.
/// </summary>
/// <remarks>
/// <para>
/// The count starts at one, owned by the first lease. <see cref="TryRetain"/> is a compare-and-swap loop that refuses
/// a buffer whose count already reached zero, so a buffer can never come back to life after its release
/// (Arrow's <c>SharedMemoryOwner</c>).
/// </para>
/// <para>
/// The safety net for leases nobody disposed is one finalizable <see cref="Guardian"/> per buffer, not a finalizer
/// on every lease: every lease references the buffer and the buffer its guardian, so once the guardian is
/// unreachable no lease, array or view of this memory can be reached either, and freeing it then is safe whatever the
/// count says. Leases, and so the 0-d views that <c>a[i, j]</c> makes, stay cheap, non-finalizable objects. Both
/// paths go through one <see cref="Interlocked.Exchange(ref int, int)"/>, so the memory is freed exactly once.
/// </para>
/// </remarks>
internal sealed class NativeBuffer
{
    private readonly IBufferReleaser _releaser;
    private readonly Guardian? _guardian;
    private readonly long _id;
    private int _refCount = 1;
    private int _released;

    public NativeBuffer(IntPtr pointer, nint byteLength, IBufferReleaser releaser, object? owner = null)
    {
        Debug.Assert(byteLength >= 0);
        Pointer = pointer;
        ByteLength = byteLength;
        _releaser = releaser;
        Owner = owner;
        _id = NativeLedger.OnCreated(releaser, byteLength);
        // A scalar slab frees its block itself, once no buffer in it can be reached.
        _guardian = releaser is ScalarSlab ? null : new Guardian(this);
    }

    /// <summary>The start of the block (may be zero for an empty block).</summary>
    public IntPtr Pointer { get; }

    /// <summary>The block's length in bytes.</summary>
    public nint ByteLength { get; }

    /// <summary>What the memory belongs to outside NumBridge (a tensor, a mapping), if anything.</summary>
    public object? Owner { get; }

    /// <summary>The releaser that frees the block.</summary>
    public IBufferReleaser Releaser => _releaser;

    /// <summary>The current count (for tests and diagnostics).</summary>
    public int RefCount => Volatile.Read(ref _refCount);

    /// <summary>Whether the releaser ran: the memory is gone.</summary>
    public bool IsReleased => Volatile.Read(ref _released) != 0;

    /// <summary>Takes one more reference, unless the block was already released.</summary>
    public bool TryRetain()
    {
        int current = Volatile.Read(ref _refCount);
        while (current > 0)
        {
            int seen = Interlocked.CompareExchange(ref _refCount, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }

    /// <summary>Drops one reference; the last one frees the block.</summary>
    public void Release()
    {
        int remaining = Interlocked.Decrement(ref _refCount);
        Debug.Assert(remaining >= 0, "A buffer was released more often than it was retained.");
        if (remaining < 0)
        {
            NativeLedger.OnCountBelowZero();
        }
        else if (remaining == 0)
        {
            _guardian?.Disarm();
            ReleaseOnce();
        }
    }

    private void ReleaseOnce()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            NativeLedger.OnReleased(_id, _releaser);
            _releaser.Release(Pointer, ByteLength);
        }
        else
        {
            // The count reaching zero disarms the guardian, and the guardian runs only when nothing can reach the
            // buffer to count it down: no path releases twice. The ledger proves it.
            NativeLedger.OnSecondRelease();
        }
    }

    /// <summary>Frees the buffer when nothing that could use it is reachable any more (see the remarks above).</summary>
    private sealed class Guardian
    {
        private readonly NativeBuffer _buffer;

        public Guardian(NativeBuffer buffer) => _buffer = buffer;

        /// <summary>The count reached zero and the buffer was freed: no finalization needed.</summary>
#pragma warning disable CA1816 // The guardian is not IDisposable; this is how its owner turns the safety net off.
        public void Disarm() => GC.SuppressFinalize(this);
#pragma warning restore CA1816

        ~Guardian() => _buffer.ReleaseOnce();
    }
}
