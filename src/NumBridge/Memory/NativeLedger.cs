using System.Collections.Concurrent;

namespace NumBridge.Memory;

/// <summary>
/// Counts every native buffer made and released, by kind, and every broken lifetime rule it sees: a second release,
/// a reference count below zero, an array touching released memory. Always compiled in; the counters cost one
/// interlocked increment per buffer. Tests and the reliability tools read it to prove that every buffer and mapping is
/// released exactly once.
/// </summary>
/// <remarks>
/// <para>
/// Counting alone cannot tell one buffer released twice and another never from two buffers released once, so
/// <see cref="StartTracking"/> also keeps the id of every live buffer (a set, not the buffers: tracking keeps nothing
/// alive). A release whose id is missing is a second release; an id left after everything was disposed and collected
/// is a leak.
/// </para>
/// <para>
/// Scalar buffers (<see cref="ScalarSlab"/>, the 0-d arrays <c>a[i, j]</c> makes) free nothing on release: their memory
/// is their slab's, which its finalizer frees. They stay off the counters (they are the hot path), and slab blocks are
/// counted instead (<see cref="SlabsAllocated"/>, <see cref="SlabsFreed"/>).
/// </para>
/// </remarks>
internal static class NativeLedger
{
    private const int KindCount = 5;

    private static readonly long[] s_created = new long[KindCount];
    private static readonly long[] s_released = new long[KindCount];
    private static long s_secondReleases;
    private static long s_countBelowZero;
    private static long s_useAfterRelease;
    private static long s_slabsAllocated;
    private static long s_slabsFreed;
    private static long s_alignedBytes;
    private static long s_nextId;
    private static long s_trackedFrom = long.MaxValue;
    private static ConcurrentDictionary<long, Kind>? s_live;

    /// <summary>Where a buffer's memory comes from, as its releaser says.</summary>
    internal enum Kind
    {
        /// <summary>NumBridge's own aligned allocation.</summary>
        Aligned,

        /// <summary>A view of a memory-mapped file.</summary>
        MemoryMap,

        /// <summary>A pinned .NET array.</summary>
        PinnedArray,

        /// <summary>A slot of a <see cref="ScalarSlab"/> (not counted; see the remarks).</summary>
        Scalar,

        /// <summary>Anything else: a tensor's storage, a caller's own releaser.</summary>
        External,
    }

    /// <summary>Buffers made, of one kind.</summary>
    public static long Created(Kind kind) => Volatile.Read(ref s_created[(int)kind]);

    /// <summary>Buffers whose releaser ran, of one kind.</summary>
    public static long Released(Kind kind) => Volatile.Read(ref s_released[(int)kind]);

    /// <summary>Bytes of aligned memory allocated so far (what the fuzzer holds against an input's size).</summary>
    public static long AlignedBytesAllocated => Volatile.Read(ref s_alignedBytes);

    /// <summary>Releases that found the buffer already released (must stay 0).</summary>
    public static long SecondReleases => Volatile.Read(ref s_secondReleases);

    /// <summary>Reference counts that went below zero (must stay 0).</summary>
    public static long CountBelowZero => Volatile.Read(ref s_countBelowZero);

    /// <summary>Arrays that reached for released memory through a lease they still held (must stay 0).</summary>
    public static long UseAfterRelease => Volatile.Read(ref s_useAfterRelease);

    /// <summary>Scalar slab blocks allocated.</summary>
    public static long SlabsAllocated => Volatile.Read(ref s_slabsAllocated);

    /// <summary>Scalar slab blocks freed by their finalizer.</summary>
    public static long SlabsFreed => Volatile.Read(ref s_slabsFreed);

    /// <summary>Whether the ids of live buffers are being kept.</summary>
    public static bool IsTracking => Volatile.Read(ref s_live) is not null;

    /// <summary>Starts keeping the ids of buffers made from now on, until they are released.</summary>
    /// <remarks>The set is published before the first tracked id is read, and <see cref="OnCreated"/> takes its id
    /// before it reads the set, so every buffer with a later id is in the set.</remarks>
    public static void StartTracking()
    {
        Volatile.Write(ref s_live, new ConcurrentDictionary<long, Kind>());
        Volatile.Write(ref s_trackedFrom, Volatile.Read(ref s_nextId));
    }

    /// <summary>Stops tracking and returns the buffers made since <see cref="StartTracking"/> and not yet released.</summary>
    public static IReadOnlyDictionary<long, Kind> StopTracking()
    {
        Volatile.Write(ref s_trackedFrom, long.MaxValue);
        return Interlocked.Exchange(ref s_live, null) is { } live ? new Dictionary<long, Kind>(live) : [];
    }

    /// <summary>How many tracked buffers are not yet released (0 when not tracking).</summary>
    public static int LiveTracked => Volatile.Read(ref s_live)?.Count ?? 0;

    /// <summary>Records a new buffer and returns its id.</summary>
    internal static long OnCreated(IBufferReleaser releaser, nint byteLength)
    {
        if (releaser is ScalarSlab)
        {
            // The 0-d arrays a[i, j] makes stay off the shared counters: they are the hot path, and their memory is
            // their slab's, which is counted (OnSlabAllocated).
            return 0;
        }

        Kind kind = KindOf(releaser);
        Interlocked.Increment(ref s_created[(int)kind]);
        if (kind == Kind.Aligned)
        {
            Interlocked.Add(ref s_alignedBytes, byteLength);
        }

        long id = Interlocked.Increment(ref s_nextId);
        Volatile.Read(ref s_live)?.TryAdd(id, kind);
        return id;
    }

    /// <summary>Records that a buffer's releaser is about to run.</summary>
    internal static void OnReleased(long id, IBufferReleaser releaser)
    {
        if (releaser is ScalarSlab)
        {
            return;
        }

        Interlocked.Increment(ref s_released[(int)KindOf(releaser)]);
        if (Volatile.Read(ref s_live) is { } live && !live.TryRemove(id, out _) &&
            id > Volatile.Read(ref s_trackedFrom))
        {
            // Tracked from birth, yet not in the set: it was released before.
            Interlocked.Increment(ref s_secondReleases);
        }
    }

    /// <summary>Records a release that found the buffer already released.</summary>
    internal static void OnSecondRelease() => Interlocked.Increment(ref s_secondReleases);

    /// <summary>Records a reference count that went below zero.</summary>
    internal static void OnCountBelowZero() => Interlocked.Increment(ref s_countBelowZero);

    /// <summary>Records an access to released memory.</summary>
    internal static void OnUseAfterRelease() => Interlocked.Increment(ref s_useAfterRelease);

    /// <summary>Records a new scalar slab block.</summary>
    internal static void OnSlabAllocated() => Interlocked.Increment(ref s_slabsAllocated);

    /// <summary>Records a scalar slab block freed.</summary>
    internal static void OnSlabFreed() => Interlocked.Increment(ref s_slabsFreed);

    private static Kind KindOf(IBufferReleaser releaser) => releaser switch
    {
        AlignedReleaser => Kind.Aligned,
        MemoryMapReleaser => Kind.MemoryMap,
        PinnedArrayReleaser => Kind.PinnedArray,
        ScalarSlab => Kind.Scalar,
        _ => Kind.External,
    };
}
