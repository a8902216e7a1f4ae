using System.Runtime.CompilerServices;
using NumBridge.Memory;
using Xunit;

namespace NumBridge.Tests.IO;

/// <summary>
/// Memory-map tests that count process-wide things (live mappings, native bytes), so they run alone, after the
/// parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMapSerialCollection
{
    public const string Name = "MemoryMapSerial";
}

[Collection(MemoryMapSerialCollection.Name)]
public sealed class MemoryMapLargeFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [Fact]
    public void memmap_SparseEightGiBFile_TouchesOnlyWhatItReads()
    {
        // 8 GiB, a third of this CI machine's memory: the same code maps files larger than memory, which CI cannot
        // afford to create. SetLength makes a sparse file, so the disk holds only the pages written below.
        const long Length = 8L << 30;
        const long Count = Length / sizeof(double);
        string path = _dir.File("sparse.bin");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(Length);
        }

        long[] far = [0, 123_456_789, Count / 2, Count - 1];
        long nativeBefore = MemoryPressure.Shared.LiveBytes;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        using (NDArray m = np.memmap(path, dtype: np.float64, mode: "r+"))
        {
            Assert.Equal(new Shape((nint)Count), m.shape);
            foreach (long i in far)
            {
                Assert.Equal(0.0, m.item<double>((nint)i));
            }

            m[123_456_789] = 6.25;
            m[Count - 1] = -1.0;
            Assert.Equal(nativeBefore, MemoryPressure.Shared.LiveBytes);
        }

        using (NDArray r = np.memmap(path, dtype: np.float64, mode: "r"))
        {
            Assert.Equal(0.0, r.item<double>(0));
            Assert.Equal(6.25, r.item<double>(123_456_789));
            Assert.Equal(0.0, r.item<double>((nint)(Count / 2)));
            Assert.Equal(-1.0, r.item<double>((nint)(Count - 1)));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.InRange(allocated, 0, 64 << 10);
        Assert.Equal(nativeBefore, MemoryPressure.Shared.LiveBytes);
        Assert.Equal(Length, new FileInfo(path).Length);
    }

    [Fact]
    public void memmap_AnyDisposeAndCollectOrder_LeavesNoMapping()
    {
        Collect();
        int before = MemoryMapReleaser.LiveMappings;
        string path = _dir.File("ten.bin");
        File.WriteAllBytes(path, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

        NDArray a = np.memmap(path, mode: "r+");
        NDArray b = np.memmap(path, mode: "r");
        NDArray c = np.memmap(path, mode: "c");
        Assert.Equal(before + 3, MemoryMapReleaser.LiveMappings);
        NDArray slice = a[1..];
        NDArray reshaped = slice.reshape(3, 3);
        NDArray aView = reshaped.T;
        slice.Dispose();
        reshaped.Dispose();
        a.Dispose();
        b.Dispose();
        Assert.Equal(before + 2, MemoryMapReleaser.LiveMappings);
        aView.Dispose();
        Assert.Equal(before + 1, MemoryMapReleaser.LiveMappings);
        DropViews(c);
        Collect();
        Assert.Equal(before + 1, MemoryMapReleaser.LiveMappings); // c is still reachable
        GC.KeepAlive(c);
        c = null!;
        DropMaps(path);
        Collect();
        Assert.Equal(before, MemoryMapReleaser.LiveMappings);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropViews(NDArray c)
    {
        for (int i = 0; i < 10; i++)
        {
            _ = c[i..];
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropMaps(string path)
    {
        for (int i = 0; i < 5; i++)
        {
            _ = np.memmap(path, mode: i % 2 == 0 ? "r" : "c")[i..];
        }
    }
}
