using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary><c>np.load(file, mmap_mode)</c>: the NumPy-written fixtures mapped instead of read.</summary>
public sealed class NpyMemoryMapLoadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>Every file NumPy and NumBridge both load (the manifest's "load" also covers dtypes NumBridge lacks
    /// and a negative dimension only NumPy's path reader lets through).</summary>
    public static TheoryData<string> LoadableFiles => NpyFixtures.Paths(e =>
        e.Str("kind") == "npy" && e.Str("expect") == "load"
        && !e.Str("path").StartsWith("reject/", StringComparison.Ordinal)
        && e.Str("path") != "bad/header_negative_dim.npy");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [MemberData(nameof(LoadableFiles))]
    public void load_MmapModeR_MapsTheSameArrayAsARead(string relative)
    {
        string path = NpyFixtures.PathOf(relative);
        using NDArray read = np.load(path);
        using NDArray mapped = np.load(path, mmap_mode: "r");

        Assert.Equal(read.dtype, mapped.dtype);
        Assert.Equal(read.shape, mapped.shape);
        Assert.Equal(read.flags.f_contiguous, mapped.flags.f_contiguous);
        Assert.Equal(read.flags.c_contiguous, mapped.flags.c_contiguous);
        Assert.False(mapped.flags.writeable);
        Assert.False(mapped.flags.owndata);
        Assert.Equal(NpyFixtures.CBytes(read), NpyFixtures.CBytes(mapped));
        JsonElement entry = NpyFixtures.Entry(relative);
        if (entry.TryGetProperty("sha256_c_order", out JsonElement sha))
        {
            Assert.Equal(sha.GetString(), NpyFixtures.Sha256(NpyFixtures.CBytes(mapped)));
        }
    }

    [Fact]
    public void load_MmapModeR_WriteThrowsReadOnly()
    {
        using NDArray mapped = np.load(NpyFixtures.PathOf("dtypes/float64_2x3.npy"), mmap_mode: "r");
        var e = Assert.Throws<NotSupportedException>(() => mapped[0, 0] = 1.0);
        Assert.Equal("assignment destination is read-only", e.Message);
    }

    [Fact]
    public void load_MmapModeRPlus_WritesReachTheFile()
    {
        string path = _dir.File("a.npy");
        np.save(path, np.arange(6.0).reshape(2, 3));
        using (NDArray mapped = np.load(path, mmap_mode: "r+"))
        {
            Assert.True(mapped.flags.writeable);
            mapped[1, 2] = 42.0;
            mapped.flush();
        }

        using NDArray back = np.load(path);
        Assert.Equal([0.0, 1, 2, 3, 4, 42], back.ToArray<double>());
    }

    [Fact]
    public void load_MmapModeC_WritesStayPrivate()
    {
        string path = _dir.File("a.npy");
        np.save(path, np.arange(4, dtype: np.int32));
        using (NDArray mapped = np.load(path, mmap_mode: "copyonwrite"))
        {
            mapped[0] = 9;
            Assert.Equal([9, 1, 2, 3], mapped.ToArray<int>());
        }

        using NDArray back = np.load(path);
        Assert.Equal([0, 1, 2, 3], back.ToArray<int>());
    }

    [Fact]
    public void load_MmapModeFortranFile_IsAnFContiguousViewOfTheFile()
    {
        using NDArray mapped = np.load(NpyFixtures.PathOf("order/int32_3x4_fortran.npy"), mmap_mode: "r");
        Assert.True(mapped.flags.f_contiguous);
        Assert.False(mapped.flags.c_contiguous);
        Assert.Equal([4L, 12L], mapped.strides.Select(s => (long)s));
    }

    [Fact]
    public void load_MmapModeWPlus_IsRefusedAndLeavesTheFile()
    {
        string path = _dir.File("a.npy");
        np.save(path, np.arange(3));
        byte[] before = File.ReadAllBytes(path);
        var e = Assert.Throws<ArgumentException>(() => np.load(path, mmap_mode: "w+"));
        Assert.Equal("mmap_mode", e.ParamName);
        Assert.StartsWith("mmap_mode 'w+' would replace the file: np.load maps an existing .npy, with 'r', 'r+' or 'c'", e.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void load_MmapModeUnknown_GivesNumPysModeError()
    {
        var e = Assert.Throws<ArgumentException>(() => np.load(NpyFixtures.PathOf("dtypes/int8_2x3.npy"), mmap_mode: "x"));
        Assert.StartsWith(
            "mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got 'x')",
            e.Message);
    }

    [Fact]
    public void load_MmapModeTruncatedData_ThrowsNumPysMmapLengthError()
    {
        byte[] whole = NpyFixtures.Bytes("dtypes/float64_2x3.npy");
        string path = _dir.Write("short.npy", whole[..^8]);
        var e = Assert.Throws<InvalidDataException>(() => np.load(path, mmap_mode: "r"));
        Assert.Equal("mmap length is greater than file size", e.Message);
    }

    [Fact]
    public void load_MmapModeOnAnNpz_PointsToLoadNpz()
    {
        string path = _dir.File("a.npz");
        np.savez(path, np.arange(3));
        var plain = Assert.Throws<InvalidDataException>(() => np.load(path));
        var mapped = Assert.Throws<InvalidDataException>(() => np.load(path, mmap_mode: "r"));
        Assert.Equal(plain.Message, mapped.Message);
    }

    [Fact]
    public void load_MmapModeOnAPickle_GivesNumPysPickleError()
    {
        string path = _dir.Write("p.npy", "not an npy file"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => np.load(path, mmap_mode: "r"));
        Assert.Equal("Cannot load file containing pickled data when allow_pickle=False", e.Message);
    }
}
