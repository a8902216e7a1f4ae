using NumBridge.Imaging;
using NumBridge.Tests.IO;
using Xunit;

namespace NumBridge.Tests.Concurrency;

/// <summary>
/// What RELIABILITY.md documents as thread-safe: many threads reading one array (and its views), threads writing to
/// disjoint arrays or disjoint views of one array, many threads loading one file (read, mapped, from one NpzFile,
/// as an image). Each thread's result is compared with the one computed on a single thread.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 8;

    private static void RunOnThreads(int count, Action<int> body)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new Barrier(count);
        var threads = new Thread[count];
        for (int t = 0; t < count; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    body(id);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            });
            threads[t].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Readers_OneArray_EveryThreadSeesTheSameValues()
    {
        using NDArray a = np.arange(200_000.0).reshape(400, 500);
        double sum = (double)a.sum();
        double[] columnSums = a.sum(axis: 0).ToArray<double>();
        string text = a["::97, ::123"].ToString();

        RunOnThreads(Threads, id =>
        {
            for (int i = 0; i < 20; i++)
            {
                Assert.Equal(sum, (double)a.sum());
                using NDArray cols = a.sum(axis: 0);
                Assert.Equal(columnSums, cols.ToArray<double>());
                using NDArray view = a["::97, ::123"];
                Assert.Equal(text, view.ToString());
                using NDArray t = a.T.copy();
                Assert.Equal(a[3, 7].item<double>(), t[7, 3].item<double>());
            }
        });
    }

    [Fact]
    public void Writers_DisjointArrays_EachGetsItsOwnResult()
    {
        RunOnThreads(Threads, id =>
        {
            using NDArray a = np.full(100_000, (double)id);
            using NDArray one = np.array(1.0);
            using NDArray two = np.array(2.0);
            for (int i = 0; i < 50; i++)
            {
                np.add(a, one, @out: a);
                np.multiply(a, two, @out: a);
                using NDArray half = a / 2.0;
                np.subtract(a, half, @out: a);
            }

            Assert.Equal((double)(id + 50) * 100_000, (double)a.sum());
        });
    }

    [Fact]
    public void Writers_DisjointRowsOfOneArray_AllWritesLand()
    {
        using NDArray a = np.zeros((Threads, 50_000), dtype: np.int64);
        RunOnThreads(Threads, id =>
        {
            using NDArray row = a[id];
            using NDArray step = np.array((long)(id + 1));
            for (int i = 0; i < 100; i++)
            {
                np.add(row, step, @out: row);
            }
        });

        long[] rowSums = a.sum(axis: 1).ToArray<long>();
        Assert.Equal(Enumerable.Range(0, Threads).Select(id => (long)(id + 1) * 100 * 50_000).ToArray(), rowSums);
    }

    [Fact]
    public void Loads_OneFile_ReadMappedAndFromOneNpz_AllEqual()
    {
        using var dir = new TempDirectory();
        using NDArray a = np.arange(300_000, dtype: np.int32).reshape(600, 500);
        string npy = dir.File("a.npy");
        string npz = dir.File("a.npz");
        np.save(npy, a);
        np.savez_compressed(npz, new Dictionary<string, NDArray> { ["a"] = a, ["b"] = a.T });
        int[] expected = a.ToArray<int>();
        using NpzFile shared = np.load_npz(npz);

        RunOnThreads(Threads, id =>
        {
            for (int i = 0; i < 10; i++)
            {
                using NDArray read = np.load(npy);
                Assert.Equal(expected, read.ToArray<int>());
                using NDArray mapped = np.load(npy, mmap_mode: "r");
                Assert.Equal(expected, mapped.ToArray<int>());
                using NDArray member = shared[id % 2 == 0 ? "a" : "b"];
                using NDArray back = id % 2 == 0 ? member["..."] : member.T;
                Assert.Equal(expected, back.ToArray<int>());
            }
        });
    }

    [Fact]
    public void Loads_OneImage_AllEqual()
    {
        string png = Path.Combine(AppContext.BaseDirectory, "TestData", "images", "palette_P_256colors_16x16.png");
        using Image reference = Image.open(png);
        using Image rgbReference = reference.convert("RGB");
        byte[] expected = np.asarray(rgbReference).ToArray<byte>();

        RunOnThreads(Threads, id =>
        {
            for (int i = 0; i < 50; i++)
            {
                using Image img = Image.open(png);
                using Image rgb = img.convert("RGB");
                using NDArray pixels = np.asarray(rgb);
                Assert.Equal(expected, pixels.ToArray<byte>());
            }
        });
    }
}
