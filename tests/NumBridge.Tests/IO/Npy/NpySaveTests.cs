using NumBridge.IO;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>np.save: files byte-identical to NumPy's for every dtype, order and layout, and a save that can only
/// replace the old file whole.</summary>
public sealed class NpySaveTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nb-npy-save-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] SaveBytes(NDArray a)
    {
        using var buffer = new MemoryStream();
        np.save(buffer, a);
        return buffer.ToArray();
    }

    // Files NumPy wrote with np.save (not the hand-made or explicit-version ones): loading and saving again must give
    // the same bytes, since a loaded Fortran-order array is F-contiguous and byte order is kept.
    public static TheoryData<string> SavedByNumPy => NpyFixtures.Paths(e =>
        e.Str("kind") == "npy" && e.Str("made_by") == "np.save" && e.Str("expect") == "load"
        && !e.Str("path").StartsWith("reject/", StringComparison.Ordinal)
        && !e.Str("path").Contains("view", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SavedByNumPy))]
    public void save_LoadedNumPyFile_SameBytes(string path)
    {
        using NDArray a = np.load(NpyFixtures.PathOf(path));
        Assert.Equal(NpyFixtures.Bytes(path), SaveBytes(a));
    }

    [Fact]
    public void save_Version2File_WrittenAsVersion1LikeNumPy()
    {
        using NDArray a = np.load(NpyFixtures.PathOf("versions/float32_2x3_v2_0.npy"));
        Assert.Equal(NpyFixtures.Bytes("versions/float32_2x3_v1_0.npy"), SaveBytes(a));
    }

    [Fact]
    public void save_TransposedView_FortranOrderLikeNumPy()
    {
        using NDArray a = np.arange(6.0).reshape(2, 3);
        using NDArray t = a.T;
        Assert.Equal(NpyFixtures.Bytes("order/float64_3x2_transposed_view.npy"), SaveBytes(t));
    }

    [Fact]
    public void save_StridedView_COrderLikeNumPy()
    {
        using NDArray a = np.arange(20).reshape(4, 5);
        using NDArray view = a["::2, 1::2"];
        Assert.Equal(NpyFixtures.Bytes("order/int64_strided_view.npy"), SaveBytes(view));
    }

    [Fact]
    public void save_NegativeStrides_WritesLogicalCOrder()
    {
        using NDArray a = np.arange(12).astype(np.int16).reshape(3, 4);
        using NDArray flipped = a["::-1, ::-2"];
        using NDArray back = np.load(new MemoryStream(SaveBytes(flipped)));
        Assert.Equal(new short[] { 11, 9, 7, 5, 3, 1 }, back.ToArray<short>());
        Assert.Equal(new Shape(3, 2), back.shape);
        Assert.True(back.flags.c_contiguous);
    }

    [Fact]
    public void save_Broadcast_WritesRepeatedRows()
    {
        using NDArray row = np.arange(3).astype(np.uint8);
        using NDArray b = np.broadcast_to(row, (4, 3));
        using NDArray back = np.load(new MemoryStream(SaveBytes(b)));
        Assert.Equal(new byte[] { 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2 }, back.ToArray<byte>());
    }

    [Fact]
    public void save_BigEndianStridedView_KeepsBytesAndDescr()
    {
        using NDArray a = np.arange(10).astype(np.float64.newbyteorder('>'));
        using NDArray view = a["::3"];
        byte[] bytes = SaveBytes(view);
        Assert.Contains("'descr': '>f8'", System.Text.Encoding.ASCII.GetString(bytes, 10, 60), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x40, 0x08, 0, 0, 0, 0, 0, 0 }, bytes[(128 + 8)..(128 + 16)]); // 3.0, big-endian
        using NDArray back = np.load(new MemoryStream(bytes));
        Assert.Equal(new double[] { 0, 3, 6, 9 }, back.ToArray<double>());
    }

    [Fact]
    public void save_LargeStridedArray_GathersAcrossChunks()
    {
        // 1.6 M float64 taken from every other element: 12.8 MB through the 4 MiB gather buffer.
        using NDArray a = np.arange(3_200_000).astype(np.float64);
        using NDArray view = a["::2"];
        using NDArray back = np.load(new MemoryStream(SaveBytes(view)));
        Assert.Equal(view.ToArray<double>(), back.ToArray<double>());
    }

    [Fact]
    public void save_LongContiguousRows_WrittenDirectly()
    {
        // Rows of 4.8 MB, every other one: each run is contiguous and longer than the gather buffer.
        using NDArray a = np.arange(2_400_000).astype(np.float64).reshape(4, 600_000);
        using NDArray view = a["::2"];
        using NDArray back = np.load(new MemoryStream(SaveBytes(view)));
        Assert.Equal(view.ToArray<double>(), back.ToArray<double>());
    }

    [Theory]
    [InlineData("bool")]
    [InlineData("int8")]
    [InlineData("uint8")]
    [InlineData("int16")]
    [InlineData("uint16")]
    [InlineData("int32")]
    [InlineData("uint32")]
    [InlineData("int64")]
    [InlineData("uint64")]
    [InlineData("float16")]
    [InlineData("float32")]
    [InlineData("float64")]
    [InlineData("complex64")]
    [InlineData("complex128")]
    public void save_EveryDTypeEveryLayout_RoundTrips(string dtype)
    {
        using NDArray a = np.arange(-3, 21).astype(DType.Parse(dtype)).reshape(2, 3, 4);
        using NDArray f = a.copy('F');
        using NDArray t = a.T;
        using NDArray s = a[":, ::2, 1:"];
        using NDArray r = a["::-1, :, ::-1"];
        using NDArray be = a.astype(a.dtype.newbyteorder('>'));
        foreach (NDArray x in new[] { a, f, t, s, r, be })
        {
            using NDArray back = np.load(new MemoryStream(SaveBytes(x)));
            Assert.Equal(x.dtype, back.dtype);
            Assert.Equal(x.shape, back.shape);
            Assert.Equal(NpyFixtures.CBytes(x), NpyFixtures.CBytes(back));
            Assert.Equal(x.flags.f_contiguous && !x.flags.c_contiguous, back.flags.f_contiguous && !back.flags.c_contiguous);
        }
    }

    [Fact]
    public void save_Path_AppendsNpyLikeNumPy()
    {
        using NDArray a = np.arange(3);
        np.save(Path.Combine(_dir, "weights"), a);
        np.save(Path.Combine(_dir, "bias.npy"), a);
        np.save(Path.Combine(_dir, "upper.NPY"), a);
        Assert.Equal(["bias.npy", "upper.NPY.npy", "weights.npy"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using NDArray back = np.load(Path.Combine(_dir, "weights.npy"));
        Assert.Equal(new long[] { 0, 1, 2 }, back.ToArray<long>());
    }

    [Fact]
    public void save_ExistingFile_ReplacedWholeAndNoTemporaryLeft()
    {
        string path = Path.Combine(_dir, "a.npy");
        File.WriteAllText(path, "old content that is longer than the new file will be, by a good margin of bytes......................................................................................................................................................................................");
        using NDArray a = np.arange(2);
        np.save(path, a);
        Assert.Equal(SaveBytes(a), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void save_FailureMidway_LeavesOldFileAndNoTemporary()
    {
        string path = Path.Combine(_dir, "a.npy");
        using NDArray old = np.arange(5);
        np.save(path, old);
        byte[] before = File.ReadAllBytes(path);

        var ex = Assert.Throws<IOException>(() => AtomicFile.Write(path, 0, 0, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new IOException("disk went away");
        }));

        Assert.Equal("disk went away", ex.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void save_DisposedArray_LeavesOldFile()
    {
        string path = Path.Combine(_dir, "a.npy");
        using NDArray old = np.arange(5);
        np.save(path, old);
        byte[] before = File.ReadAllBytes(path);
        NDArray gone = np.arange(7);
        gone.Dispose();

        ObjectDisposedException ex = Assert.Throws<ObjectDisposedException>(() => np.save(path, gone));

        Assert.Equal("Cannot access a disposed array.\nObject name: 'NDArray'.", ex.Message.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void save_MissingDirectory_ThrowsAndCreatesNothing()
    {
        using NDArray a = np.arange(2);
        Assert.Throws<DirectoryNotFoundException>(() => np.save(Path.Combine(_dir, "missing", "a.npy"), a));
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void save_ThroughSymbolicLink_ReplacesTargetKeepsLink()
    {
        string target = Path.Combine(_dir, "real.npy");
        string link = Path.Combine(_dir, "link.npy");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);
        using NDArray a = np.arange(4);
        np.save(link, a);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(SaveBytes(a), File.ReadAllBytes(target));
    }

    [Fact]
    public void save_ExistingFile_KeepsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string path = Path.Combine(_dir, "private.npy");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        using NDArray a = np.arange(4);
        np.save(path, a);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void save_LongFileName_TemporaryNameStaysShort()
    {
        string path = Path.Combine(_dir, new string('n', 250) + ".npy");
        using NDArray a = np.arange(2);
        np.save(path, a);
        Assert.Equal(SaveBytes(a), File.ReadAllBytes(path));
    }

    [Fact]
    public void save_Stream_WritesAtPositionAndLeavesOpen()
    {
        using var buffer = new MemoryStream();
        buffer.Write([1, 2, 3]);
        using NDArray a = np.arange(2).astype(np.uint8);
        np.save(buffer, a);
        Assert.Equal(3 + 128 + 2, buffer.Position);
        buffer.Position = 3;
        using NDArray back = np.load(buffer);
        Assert.Equal(new byte[] { 0, 1 }, back.ToArray<byte>());
    }

    [Fact]
    public void save_NullArguments_Throw()
    {
        using NDArray a = np.arange(2);
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => np.save((string)null!, a)).ParamName);
        Assert.Equal("arr", Assert.Throws<ArgumentNullException>(() => np.save(new MemoryStream(), null!)).ParamName);
    }

    [Fact]
    public void save_ReadOnlyStream_ThrowsArgument()
    {
        using NDArray a = np.arange(2);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.save(new MemoryStream([], writable: false), a));
        Assert.Equal("The stream is not writable. (Parameter 'file')", ex.Message);
    }
}
