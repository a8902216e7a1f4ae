using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>Loads of 32 MiB and more from a file, which several cores read at once.</summary>
public sealed class NpyParallelLoadTests : IDisposable
{
    private const int Count = (10 << 20) + 13; // 40 MiB of float32 and a ragged tail
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void load_LargeFile_ReadsEveryByte()
    {
        string path = _dir.File("big.npy");
        using (NDArray a = np.arange(Count, dtype: np.float32))
        {
            np.save(path, a);
        }

        using NDArray back = np.load(path);
        float[] values = back.ToArray<float>();
        Assert.Equal(Count, values.Length);
        int wrong = 0;
        for (int i = 0; i < values.Length; i++)
        {
            wrong += values[i] == i ? 0 : 1;
        }

        Assert.Equal(0, wrong);
    }

    [Fact]
    public void load_LargeArraysFromOneFileStream_LeavesThePositionAfterEach()
    {
        string path = _dir.File("two.npy");
        using (var output = File.Create(path))
        {
            np.save(output, np.full(Count, 1.5f));
            np.save(output, np.full(Count, -2.0f));
        }

        using var input = File.OpenRead(path);
        using NDArray first = np.load(input);
        using NDArray second = np.load(input);
        Assert.Equal(input.Length, input.Position);
        Assert.Equal(1.5f, first.item<float>(Count - 1));
        Assert.Equal(-2.0f, second.item<float>(0));
        Assert.Equal(-2.0f, second.item<float>(Count - 1));
    }

    [Fact]
    public void load_LargeFileCutShort_GivesNumPysReshapeError()
    {
        string path = _dir.File("short.npy");
        using (NDArray a = np.zeros(Count, dtype: np.float32))
        {
            np.save(path, a);
        }

        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - 10);
        }

        var e = Assert.Throws<InvalidDataException>(() => np.load(path));
        Assert.Equal($"cannot reshape array of size {Count - 3} into shape ({Count},)", e.Message);
    }
}
