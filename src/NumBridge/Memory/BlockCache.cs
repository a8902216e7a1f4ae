using System.Runtime.InteropServices;

namespace NumBridge.Memory;

/// <summary>
/// Keeps a few recently freed large blocks (1 to 64 MiB, 256 MiB in all) for the next allocation of the same size, so
/// that a loop of array expressions reuses memory that is already paged in instead of faulting in fresh pages that
/// the kernel must zero on every call.
/// </summary>
/// <remarks>
/// glibc's malloc does much the same for NumPy below its trim and mmap thresholds, but returns a freed block at the top
/// of the heap to the kernel once more than about twice the largest recent block is free, so a chain like
/// <c>(img.astype(float32) / 255 - mean) / std</c> on a 12 MB image faulted in about a thousand pages per call and its
/// average time was twice its best. Sizes are rounded up to 64 KiB so that near sizes share blocks. The oldest block
/// is freed when a new one would pass either limit. Blocks hold no values anyone can see: a taken block is zeroed by
/// the caller when asked, like fresh memory.
/// </remarks>
internal static unsafe class BlockCache
{
    /// <summary>Smaller blocks are left to malloc, which keeps them well.</summary>
    public const nint MinBlock = 1 << 20;

    /// <summary>Larger blocks are given back at once: holding them would cost more memory than their faults cost time.</summary>
    public const nint MaxBlock = 64 << 20;

    /// <summary>The most bytes held at once.</summary>
    public const long Capacity = 256L << 20;

    private const int MaxBlocks = 16;
    private const nint Granularity = 64 << 10;

    private static readonly Lock s_lock = new();
    private static readonly nint[] s_pointers = new nint[MaxBlocks];
    private static readonly nint[] s_sizes = new nint[MaxBlocks];
    private static int s_count;
    private static long s_bytes;

    /// <summary>The bytes held now (for tests).</summary>
    internal static long HeldBytes
    {
        get
        {
            lock (s_lock)
            {
                return s_bytes;
            }
        }
    }

    /// <summary>The size to allocate for <paramref name="bytes"/>: rounded up to 64 KiB when the block is one the
    /// cache keeps, else unchanged.</summary>
    public static nint SizeFor(nint bytes) =>
        bytes < MinBlock || bytes > MaxBlock ? bytes : (bytes + Granularity - 1) & ~(Granularity - 1);

    /// <summary>A held block of exactly <paramref name="size"/> bytes (from <see cref="SizeFor"/>), the most recently
    /// freed, or null.</summary>
    public static void* TryTake(nint size)
    {
        if (size < MinBlock || size > MaxBlock)
        {
            return null;
        }

        lock (s_lock)
        {
            for (int i = s_count - 1; i >= 0; i--)
            {
                if (s_sizes[i] == size)
                {
                    nint p = s_pointers[i];
                    RemoveAt(i);
                    return (void*)p;
                }
            }
        }

        return null;
    }

    /// <summary>Holds a block being freed, or returns false when it is not one the cache keeps (the caller frees it).
    /// Blocks pushed out to make room are freed here.</summary>
    public static bool TryKeep(void* block, nint size)
    {
        if (size < MinBlock || size > MaxBlock)
        {
            return false;
        }

        Span<nint> evicted = stackalloc nint[MaxBlocks];
        int evictedCount = 0;
        lock (s_lock)
        {
            while (s_count == MaxBlocks || s_bytes + size > Capacity)
            {
                evicted[evictedCount++] = s_pointers[0];
                RemoveAt(0);
            }

            s_pointers[s_count] = (nint)block;
            s_sizes[s_count] = size;
            s_count++;
            s_bytes += size;
        }

        foreach (nint p in evicted[..evictedCount])
        {
            NativeMemory.AlignedFree((void*)p);
        }

        return true;
    }

    private static void RemoveAt(int index)
    {
        s_bytes -= s_sizes[index];
        s_count--;
        Array.Copy(s_pointers, index + 1, s_pointers, index, s_count - index);
        Array.Copy(s_sizes, index + 1, s_sizes, index, s_count - index);
    }
}
