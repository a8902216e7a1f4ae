using System.Collections.Concurrent;
using NumBridge.Kernels;
using Xunit;

namespace NumBridge.Tests.Kernels;

public class ParallelRangeTests
{
    private readonly struct Recorder(ConcurrentBag<(nint Start, nint End)> ranges) : IRangeAction
    {
        public void Invoke(nint start, nint end) => ranges.Add((start, end));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(63)]
    [InlineData(130)]
    [InlineData(100_000)]
    public void For_LargeItems_SplitsIntoNonEmptyRangesThatCoverEachItemOnce(int count)
    {
        // Items of 1 MiB each: as many chunks as cores, but never an empty one (an empty range once made
        // sum(axis=1) of an (8, 50000) int64 array add row 0 twice; found by the concurrency tests).
        var ranges = new ConcurrentBag<(nint Start, nint End)>();

        ParallelRange.For(count, ParallelRange.MinBytesPerCore, new Recorder(ranges));

        (nint Start, nint End)[] sorted = ranges.OrderBy(r => r.Start).ToArray();
        Assert.All(sorted, r => Assert.True(r.End > r.Start));
        Assert.Equal(0, sorted[0].Start);
        Assert.Equal(count, sorted[^1].End);
        for (int i = 1; i < sorted.Length; i++)
        {
            Assert.Equal(sorted[i - 1].End, sorted[i].Start);
        }
    }

    [Fact]
    public void sum_Axis1OfFewLongRows_EachRowOnce()
    {
        for (int trial = 0; trial < 20; trial++)
        {
            using NDArray a = np.ones((8, 50_000), dtype: np.int64);
            using NDArray sums = a.sum(axis: 1);
            Assert.Equal(Enumerable.Repeat(50_000L, 8).ToArray(), sums.ToArray<long>());
        }
    }
}
