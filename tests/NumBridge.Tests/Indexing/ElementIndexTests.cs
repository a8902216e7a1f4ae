using Xunit;

namespace NumBridge.Tests.Indexing;

/// <summary>One integer per axis (<c>a[i, j]</c>) takes a fast path; it must behave exactly as the general one.</summary>
public class ElementIndexTests
{
    [Fact]
    public void Indexer_AllIntegers_ReturnsZeroDimensionalViewOfTheElement()
    {
        using NDArray a = np.arange(12).reshape(3, 4);
        using NDArray e = a[1, ^1];
        Assert.Equal(0, e.ndim);
        Assert.Same(a.@base, e.@base); // a is a view of the arange; as in NumPy, base names the owner
        Assert.True(np.shares_memory(a, e));
        Assert.Equal("7", e.ToString());
        Assert.Equal("array(7)", e.repr());
        a[1, 3] = 70;
        Assert.Equal(70L, (long)e);
    }

    [Fact]
    public void Indexer_AllIntegersOnStridedView_ReadsThroughStrides()
    {
        using NDArray a = np.arange(12).reshape(3, 4);
        using NDArray v = a["::-1, 1::2"];
        Assert.Equal(9L, (long)v[0, 0]);
        Assert.Equal(3L, (long)v[-1, -1]);
    }

    [Fact]
    public void IndexerSet_ScalarOfAnotherType_CastsAsAstype()
    {
        using NDArray a = np.zeros((2, 2), dtype: np.uint8);
        a[0, 1] = 300.7;
        a[1, 0] = -1.0;
        a[^1, ^1] = true;
        Assert.Equal(new byte[] { 0, 44, 255, 1 }, a.ToArray<byte>());
    }

    [Fact]
    public void IndexerSet_ByteSwappedArray_WritesInItsByteOrder()
    {
        using NDArray a = np.zeros(2, dtype: np.dtype(">i4"));
        a[1] = 258;
        Assert.Equal(new[] { 0, 258 }, a.ToArray<int>());
        Assert.Equal("array([  0, 258], dtype='>i4')", a.repr());
    }

    [Fact]
    public void Indexer_OutOfBounds_ThrowsNumPyMessage()
    {
        using NDArray a = np.zeros((2, 3));
        var get = Assert.Throws<IndexOutOfRangeException>(() => a[1, 3]);
        Assert.Equal("index 3 is out of bounds for axis 1 with size 3", get.Message);
        var set = Assert.Throws<IndexOutOfRangeException>(() => a[-3, 0] = 1.0);
        Assert.Equal("index -3 is out of bounds for axis 0 with size 2", set.Message);
    }

    [Fact]
    public void IndexerSet_ReadOnly_Throws()
    {
        using NDArray a = np.zeros(3);
        a.flags.writeable = false;
        var e = Assert.Throws<NotSupportedException>(() => a[0] = 1.0);
        Assert.Equal("assignment destination is read-only", e.Message);
    }

    [Fact]
    public void item_IndexPerAxis_ReadsWithoutAllocatingAView()
    {
        using NDArray a = np.arange(6).reshape(2, 3);
        Assert.Equal(5.0, a.item<double>(1, 2));
        Assert.Equal(3L, a.item<long>(-1, 0));
    }

    [Fact]
    public void ImplicitScalar_IsZeroDimensionalArrayThatOwnsItsData()
    {
        NDArray x = 2.5;
        Assert.Equal(np.float64, x.dtype);
        Assert.Equal(0, x.ndim);
        Assert.True(x.flags.owndata);
        Assert.Equal("2.5", x.ToString());
        x[[]] = 4.0;
        Assert.Equal(4.0, (double)x);
        x.Dispose();
        Assert.Throws<ObjectDisposedException>(() => (double)x);
    }
}
