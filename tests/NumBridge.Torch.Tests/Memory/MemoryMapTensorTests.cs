using NumBridge.Memory;

namespace NumBridge.Torch.Tests.Memory;

/// <summary>Tensors made from memory-mapped arrays: a writable map is shared and stays mapped while a tensor uses it.</summary>
[Collection(LifetimeCollection.Name)]
public sealed class MemoryMapTensorTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "numbridge-torch-mmap-" + Guid.NewGuid().ToString("N") + ".bin");

    public MemoryMapTensorTests()
    {
        byte[] bytes = new byte[6 * sizeof(float)];
        for (int i = 0; i < 6; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(float)), (float)i);
        }

        File.WriteAllBytes(_path, bytes);
    }

    public void Dispose() => File.Delete(_path);

    private float[] FileValues()
    {
        byte[] bytes = File.ReadAllBytes(_path);
        float[] values = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static MemoryMapReleaser MapOf(NDArray a) => Assert.IsType<MemoryMapReleaser>(a.Buffer.Releaser);

    private static void Fill(Tensor t, int row, int column, float value)
    {
        using Tensor r = t[row];
        using Tensor e = r[column];
        e.fill_(value);
    }

    [Fact]
    public void from_numpy_ReadWriteMap_TensorKeepsTheMapAfterTheArrayIsDisposed()
    {
        NDArray m = np.memmap(_path, dtype: np.float32, mode: "r+", shape: (2, 3));
        MemoryMapReleaser map = MapOf(m);
        Tensor t = torch.from_numpy(m);
        m.Dispose();
        Assert.Equal(0, map.ReleaseCount);

        Fill(t, 0, 0, 123);
        Fill(t, 1, 2, -4);
        Assert.Equal(0, map.ReleaseCount);
        t.Dispose();
        Assert.Equal(1, map.ReleaseCount);
        Assert.Equal(new float[] { 123, 1, 2, 3, 4, -4 }, FileValues());
    }

    [Fact]
    public void from_numpy_ReadWriteMap_WritesSeenByBothAndFlushed()
    {
        using NDArray m = np.memmap(_path, dtype: np.float32, mode: "r+", shape: (2, 3));
        using Tensor t = torch.from_numpy(m);
        Fill(t, 1, 0, 30);
        Assert.Equal(30f, m.item<float>(1, 0));
        m.flush();
        Assert.Equal(new float[] { 0, 1, 2, 30, 4, 5 }, FileValues());
    }

    [Fact]
    public void from_numpy_ViewOfReadWriteMap_KeepsTheMapAfterMapAndViewAreDisposed()
    {
        NDArray m = np.memmap(_path, dtype: np.float32, mode: "r+", shape: (2, 3));
        MemoryMapReleaser map = MapOf(m);
        NDArray column = m[.., 2];
        Tensor t = torch.from_numpy(column);
        column.Dispose();
        m.Dispose();
        Assert.Equal(0, map.ReleaseCount);
        t.fill_(7);
        t.Dispose();
        Assert.Equal(1, map.ReleaseCount);
        Assert.Equal(new float[] { 0, 1, 7, 3, 4, 7 }, FileValues());
    }

    [Fact]
    public void from_numpy_ReadOnlyMap_CopiesSoTheMapGoesWithTheArray()
    {
        NDArray m = np.memmap(_path, dtype: np.float32, mode: "r", shape: (2, 3));
        MemoryMapReleaser map = MapOf(m);
        using Tensor t = torch.from_numpy(m);
        m.Dispose();
        Assert.Equal(1, map.ReleaseCount);
        Fill(t, 0, 1, 50);
        using (Tensor row = t[0])
        using (Tensor element = row[1])
        {
            Assert.Equal(50f, element.ToSingle());
        }

        Assert.Equal(new float[] { 0, 1, 2, 3, 4, 5 }, FileValues());
    }

    [Fact]
    public void from_numpy_CopyOnWriteMap_SharesPrivatePages()
    {
        NDArray m = np.memmap(_path, dtype: np.float32, mode: "c", shape: (2, 3));
        MemoryMapReleaser map = MapOf(m);
        Tensor t = torch.from_numpy(m);
        Fill(t, 0, 2, 9);
        Assert.Equal(9f, m.item<float>(0, 2));
        m.Dispose();
        Assert.Equal(0, map.ReleaseCount);
        t.Dispose();
        Assert.Equal(1, map.ReleaseCount);
        Assert.Equal(new float[] { 0, 1, 2, 3, 4, 5 }, FileValues());
    }

    [Fact]
    public void numpy_OfTensorOverMap_SharesAndFlushIsNoOp()
    {
        NDArray m = np.memmap(_path, dtype: np.float32, mode: "r+", shape: (2, 3));
        MemoryMapReleaser map = MapOf(m);
        Tensor t = torch.from_numpy(m);
        NDArray back = t.numpy();
        m.Dispose();
        t.Dispose();
        back[1, 1] = 44f;
        back.flush();
        Assert.Equal(0, map.ReleaseCount);
        back.Dispose();
        Assert.Equal(1, map.ReleaseCount);
        Assert.Equal(new float[] { 0, 1, 2, 3, 44, 5 }, FileValues());
    }
}
