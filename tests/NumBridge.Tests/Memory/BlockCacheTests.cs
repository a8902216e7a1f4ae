using NumBridge.Memory;
using Xunit;

namespace NumBridge.Tests.Memory;

/// <summary>
/// Recently freed large blocks are reused by the next array of the same size; a reused block is zeroed for np.zeros,
/// small blocks are left to malloc, and the cache never holds more than its capacity. Each test uses a size no other
/// test allocates, since the cache is shared by the whole process.
/// </summary>
public unsafe class BlockCacheTests
{
    [Fact]
    public void FreedLargeArray_NextOfSameSize_ReusesItsBlock()
    {
        nint first;
        using (NDArray a = np.ones(new Shape((3 << 20) + 1234), np.uint8))
        {
            first = (nint)a.Data;
        }

        // 3 MiB + 1234 and + 5000 round to the same 64 KiB size.
        using NDArray b = np.empty(new Shape((3 << 20) + 5000), np.uint8);
        Assert.Equal(first, (nint)b.Data);
    }

    [Fact]
    public void ReusedBlock_ForZeros_IsZeroed()
    {
        const int Length = (5 << 20) / 8;
        using (NDArray filled = np.full(new Shape(Length), 7.5, np.float64))
        {
            Assert.Equal(7.5, filled.item<double>(Length - 1));
        }

        using NDArray zeros = np.zeros(new Shape(Length), np.float64);
        Assert.All(new ReadOnlySpan<double>(zeros.Data, Length).ToArray(), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void SizeFor_RoundsOnlyCachedSizes()
    {
        Assert.Equal(1000, BlockCache.SizeFor(1000));
        Assert.Equal((1 << 20) - 1, BlockCache.SizeFor((1 << 20) - 1));
        Assert.Equal((1 << 20) + (64 << 10), BlockCache.SizeFor((1 << 20) + 1));
        Assert.Equal(64 << 20, BlockCache.SizeFor(64 << 20));
        Assert.Equal((64 << 20) + 1, BlockCache.SizeFor((64 << 20) + 1));
    }

    [Fact]
    public void ManyFreedBlocks_HeldBytesStayWithinCapacity()
    {
        var arrays = new List<NDArray>();
        for (int i = 0; i < 24; i++)
        {
            arrays.Add(np.empty(new Shape((17 << 20) + (i << 16)), np.uint8));
        }

        arrays.ForEach(a => a.Dispose());
        Assert.InRange(BlockCache.HeldBytes, 17L << 20, BlockCache.Capacity);
    }
}
