using System.Runtime.CompilerServices;
using NumBridge.IO;
using NumBridge.Memory;
using Xunit;

namespace NumBridge.Tests.IO;

public sealed class MemoryMapTests : IDisposable
{
    private static readonly byte[] Ten = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static MemoryMapReleaser MapOf(NDArray a) => Assert.IsType<MemoryMapReleaser>(a.Buffer.Releaser);

    /// <summary>Bytes 0, 7, 14, ... (mod 256): every offset reads a different value.</summary>
    private static byte[] Pattern(int length)
    {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }

    // ---- modes ----

    [Fact]
    public void memmap_ReadOnly_ViewsTheFileBytes()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, dtype: np.int16, mode: "r");
        Assert.Equal(new short[] { 256, 770, 1284, 1798, 2312 }, m.ToArray<short>());
        Assert.Equal(new Shape(5), m.shape);
        Assert.Equal("  C_CONTIGUOUS : True\n  F_CONTIGUOUS : True\n  OWNDATA : False\n  WRITEABLE : False\n  ALIGNED : True\n  WRITEBACKIFCOPY : False\n", m.flags.ToString());
        Assert.Null(m.@base);
        Assert.Equal(0, MapOf(m).ReleaseCount);
    }

    [Fact]
    public void memmap_ReadOnly_WriteThrows()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, mode: "r");
        var ex = Assert.Throws<NotSupportedException>(() => m[0] = 1);
        Assert.Equal("assignment destination is read-only", ex.Message);
        using NDArray view = m[2..];
        ex = Assert.Throws<NotSupportedException>(() => view[0] = 1);
        Assert.Equal("assignment destination is read-only", ex.Message);
        Assert.Equal(Ten, File.ReadAllBytes(path));
    }

    [Fact]
    public void memmap_ReadOnly_SetWriteableThrows()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, mode: "r");
        var ex = Assert.Throws<ArgumentException>(() => m.flags.writeable = true);
        Assert.Equal("cannot set WRITEABLE flag to True of this array", ex.Message);
        Assert.False(m.flags.writeable);
    }

    [Fact]
    public void memmap_DefaultArguments_ReadWriteUInt8ToTheEnd()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path);
        Assert.Equal(np.uint8, m.dtype);
        Assert.Equal(new Shape(10), m.shape);
        Assert.True(m.flags.writeable);
        Assert.False(m.flags.owndata);
        Assert.Equal(Ten, m.ToArray<byte>());
    }

    [Fact]
    public void memmap_ReadWrite_WritesReachTheFile()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, mode: "r+");
        m[3] = 200;
        m.flush();
        Assert.Equal(new byte[] { 0, 1, 2, 200, 4, 5, 6, 7, 8, 9 }, File.ReadAllBytes(path));
    }

    [Fact]
    public void memmap_ReadWrite_WritesReachTheFileWithoutFlush()
    {
        string path = _dir.Write("ten.bin", Ten);
        NDArray m = np.memmap(path, dtype: np.uint16, mode: "r+", offset: 2, shape: 2);
        m[1] = 0xABCD;
        m.Dispose();
        Assert.Equal(new byte[] { 0, 1, 2, 3, 0xCD, 0xAB, 6, 7, 8, 9 }, File.ReadAllBytes(path));
    }

    [Fact]
    public void memmap_ReadWrite_ShapeBeyondFile_GrowsFileWithZeros()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, dtype: np.int16, mode: "r+", shape: 8);
        Assert.Equal(16, new FileInfo(path).Length);
        Assert.Equal(new short[] { 256, 770, 1284, 1798, 2312, 0, 0, 0 }, m.ToArray<short>());
    }

    [Fact]
    public void memmap_ReadWrite_OffsetAndShapeBeyondFile_GrowsFile()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, dtype: np.int16, mode: "r+", offset: 3, shape: 8);
        Assert.Equal(19, new FileInfo(path).Length);
        Assert.Equal(new short[] { 1027, 1541, 2055, 9, 0, 0, 0, 0 }, m.ToArray<short>());
    }

    [Fact]
    public unsafe void memmap_Write_CreatesFileSizedToShape()
    {
        string path = _dir.File("new.bin");
        using (NDArray m = np.memmap(path, dtype: np.float32, mode: "w+", offset: 5, shape: (2, 3)))
        {
            Assert.Equal(29, new FileInfo(path).Length);
            Assert.Equal(new float[6], m.ToArray<float>());
            Assert.True(m.flags.writeable);
            m[1, 2] = 2.5f;
            m.flush();
        }

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(29, bytes.Length);
        Assert.Equal(2.5f, BitConverter.ToSingle(bytes, 5 + (5 * 4)));
        Assert.Equal(27, bytes.Count(b => b == 0)); // 2.5f is 0x40200000: two of its bytes are not zero
    }

    [Fact]
    public void memmap_Write_TruncatesAnExistingFile()
    {
        string path = _dir.Write("full.bin", Enumerable.Repeat((byte)0xFF, 100).ToArray());
        using NDArray m = np.memmap(path, mode: "w+", shape: 4);
        Assert.Equal(4, new FileInfo(path).Length);
        Assert.Equal(new byte[4], m.ToArray<byte>());
    }

    [Fact]
    public void memmap_CopyOnWrite_WritesStayPrivate()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray c = np.memmap(path, mode: "c");
        Assert.True(c.flags.writeable);
        Assert.False(c.flags.owndata);
        c[0] = 99;
        c.flush();
        Assert.Equal(new byte[] { 99, 1, 2 }, c[..3].ToArray<byte>());
        Assert.Equal(Ten, File.ReadAllBytes(path));
        using NDArray other = np.memmap(path, mode: "r");
        Assert.Equal(0, other.item<byte>(0));
    }

    [Fact]
    public void memmap_CopyOnWrite_WriteableCanBeTurnedBackOn()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray c = np.memmap(path, mode: "c");
        c.flags.writeable = false;
        c.flags.writeable = true;
        Assert.True(c.flags.writeable);
    }

    [Theory]
    [InlineData("readonly", false, false)]
    [InlineData("readwrite", true, true)]
    [InlineData("write", true, true)]
    [InlineData("copyonwrite", true, false)]
    public void memmap_ModeAlias_ActsAsItsMode(string mode, bool writeable, bool reachesFile)
    {
        string path = _dir.Write("ten.bin", Ten);
        using (NDArray m = np.memmap(path, mode: mode, shape: 10))
        {
            Assert.Equal(writeable, m.flags.writeable);
            if (writeable)
            {
                m[9] = 42;
                m.flush();
            }
        }

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(reachesFile ? 42 : 9, bytes[9]);
    }

    // ---- errors ----

    [Theory]
    [InlineData("x")]
    [InlineData("R")]
    [InlineData("rw")]
    public void memmap_BadMode_Throws(string mode)
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: mode));
        Assert.Equal($"mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got '{mode}') (Parameter 'mode')", ex.Message);
        Assert.Equal("mode", ex.ParamName);
    }

    [Fact]
    public void memmap_WriteWithoutShape_ThrowsAndCreatesNothing()
    {
        string path = _dir.File("new.bin");
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: "w+"));
        Assert.Equal("shape must be given (Parameter 'shape')", ex.Message);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void memmap_NoShape_DataNotMultipleOfItemSize_Throws(long offset)
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, dtype: offset == 0 ? np.int32 : np.int16, mode: "r", offset: offset));
        Assert.Equal("Size of available data is not a multiple of the data-type size. (Parameter 'dtype')", ex.Message);
    }

    [Theory]
    [InlineData("r", 0, 6)]
    [InlineData("c", 0, 6)]
    [InlineData("r", 4, 4)]
    [InlineData("r", 11, 0)]
    public void memmap_ShapeBeyondFile_ReadModes_Throws(string mode, long offset, int length)
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, dtype: np.int16, mode: mode, offset: offset, shape: length));
        Assert.Equal("mmap length is greater than file size (Parameter 'shape')", ex.Message);
        Assert.Equal(Ten, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("r")]
    [InlineData("c")]
    [InlineData("r+")]
    public void memmap_EmptyMapAtGranularityBeyondFile_Throws(string mode)
    {
        // An empty map whose offset is a multiple of the allocation granularity asks mmap for "the rest of the file".
        // (NumPy's 'r+' grows the file to the offset before failing; NumBridge checks first and leaves it alone.)
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: mode, offset: MapPlan.Granularity, shape: 0));
        Assert.Equal("mmap offset is greater than file size (Parameter 'offset')", ex.Message);
        Assert.Equal(Ten, File.ReadAllBytes(path));
    }

    [Fact]
    public void memmap_NoShapeOffsetBeyondFile_ThrowsNegativeDimensions()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: "r", offset: 11));
        Assert.Equal("negative dimensions are not allowed (Parameter 'shape')", ex.Message);
    }

    [Fact]
    public void memmap_NoShapeOffsetPagesBeyondFile_ThrowsLengthNegative()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.memmap(path, mode: "r", offset: MapPlan.Granularity + 904));
        Assert.Equal("memory mapped length must be positive (Parameter 'shape')", ex.Message);
    }

    [Theory]
    [InlineData("r")]
    [InlineData("r+")]
    [InlineData("c")]
    public void memmap_NegativeOffset_Throws(string mode)
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.memmap(path, mode: mode, offset: -1, shape: 2));
        Assert.Equal("memory mapped offset must be positive (Parameter 'offset')", ex.Message);
        Assert.Equal("offset", ex.ParamName);
        Assert.Equal(Ten, File.ReadAllBytes(path));
    }

    [Fact]
    public void memmap_NegativeOffsetWithoutShape_Throws()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.memmap(path, mode: "r", offset: -1));
        Assert.Equal("memory mapped offset must be positive (Parameter 'offset')", ex.Message);
    }

    [Fact]
    public void memmap_NegativeLength_Throws()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.memmap(path, mode: "r", shape: -1));
        Assert.Equal("memory mapped length must be positive (Parameter 'shape')", ex.Message);
    }

    [Fact]
    public void memmap_NegativeDimensionsWithPositiveSize_Throws()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: "r+", shape: (-1, -2)));
        Assert.Equal("negative dimensions are not allowed (Parameter 'shape')", ex.Message);
        Assert.Equal(Ten, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("r", null)]
    [InlineData("r+", null)]
    [InlineData("c", null)]
    [InlineData("r", 0)]
    public void memmap_EmptyFile_Throws(string mode, int? length)
    {
        string path = _dir.Write("empty.bin", []);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: mode, shape: length is { } n ? n : null));
        Assert.Equal("cannot mmap an empty file (Parameter 'filename')", ex.Message);
    }

    [Fact]
    public void memmap_WriteEmptyShape_ThrowsAfterCreatingTheFile()
    {
        string path = _dir.File("new.bin");
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: "w+", shape: 0));
        Assert.Equal("cannot mmap an empty file (Parameter 'filename')", ex.Message);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Theory]
    [InlineData("r")]
    [InlineData("r+")]
    [InlineData("c")]
    [InlineData("readonly")]
    public void memmap_MissingFile_Throws(string mode)
    {
        string path = _dir.File("missing.bin");
        var ex = Assert.Throws<FileNotFoundException>(() => np.memmap(path, mode: mode));
        Assert.Equal($"[Errno 2] No such file or directory: '{path}'", ex.Message);
        Assert.Equal(path, ex.FileName);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void memmap_MissingDirectory_Throws()
    {
        string path = _dir.File(Path.Combine("nowhere", "new.bin"));
        var ex = Assert.Throws<FileNotFoundException>(() => np.memmap(path, mode: "w+", shape: 3));
        Assert.Equal($"[Errno 2] No such file or directory: '{path}'", ex.Message);
    }

    [Fact]
    public void memmap_EmptyPath_Throws()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => np.memmap("", mode: "r"));
        Assert.Equal("[Errno 2] No such file or directory: ''", ex.Message);
    }

    [Theory]
    [InlineData('X')]
    [InlineData('B')]
    public void memmap_BadOrder_Throws(char order)
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: "r", shape: (2, 5), order: order));
        Assert.Equal($"order must be one of 'C', 'F', 'A', or 'K' (got '{order}') (Parameter 'order')", ex.Message);
    }

    [Fact]
    public void memmap_SizeOverflows_ThrowsTooBig()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, mode: "r", shape: new long[] { 1L << 40, 1L << 40 }));
        Assert.Equal("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size. (Parameter 'shape')", ex.Message);
    }

    [Fact]
    public void memmap_NullArguments_Throw()
    {
        Assert.Equal("filename", Assert.Throws<ArgumentNullException>(() => np.memmap(null!)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentNullException>(() => np.memmap("x.bin", mode: null!)).ParamName);
    }

    [Fact]
    public void Map_BadMode_Throws()
    {
        string path = _dir.Write("ten.bin", Ten);
        var ex = Assert.Throws<ArgumentException>(() => MemoryMapping.Map(path, np.uint8, new Shape(2), 'C', 0, "a"));
        Assert.Equal("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got 'a') (Parameter 'mode')", ex.Message);
    }

    // ---- layout ----

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8192)]
    [InlineData(8195)]
    public void memmap_Offset_ReadsFromThatByte(int offset)
    {
        byte[] bytes = Pattern(3 * 4096);
        string path = _dir.Write("pattern.bin", bytes);
        using NDArray m = np.memmap(path, dtype: "<u2", mode: "r", offset: offset, shape: 5);
        ushort[] expected = new ushort[5];
        for (int k = 0; k < 5; k++)
        {
            expected[k] = BitConverter.ToUInt16(bytes, offset + (2 * k));
        }

        Assert.Equal(expected, m.ToArray<ushort>());

        // Mapping starts at the granularity boundary below the offset, as NumPy's: nothing of the file before it.
        Assert.Equal(offset % MapPlan.Granularity, (long)m.Offset);
        Assert.Equal((offset % MapPlan.Granularity) + 10, (long)m.Buffer.ByteLength);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4098)]
    [InlineData(12286)]
    public void memmap_OffsetWithoutShape_MapsToTheEnd(int offset)
    {
        byte[] bytes = Pattern(3 * 4096);
        string path = _dir.Write("pattern.bin", bytes);
        using NDArray m = np.memmap(path, dtype: np.int16, mode: "r", offset: offset);
        Assert.Equal(new Shape(((3 * 4096) - offset) / 2), m.shape);
        Assert.Equal(BitConverter.ToInt16(bytes, offset), m.item<short>(0));
        Assert.Equal(BitConverter.ToInt16(bytes, bytes.Length - 2), m.item<short>(-1));
    }

    [Fact]
    public void memmap_NoShapeOffsetAtEndOfPageAlignedFile_Throws()
    {
        // No shape and nothing left: an empty map at a granularity boundary, so mmap's "rest of the file" check fails.
        string path = _dir.Write("page.bin", Pattern((int)MapPlan.Granularity));
        var ex = Assert.Throws<ArgumentException>(() => np.memmap(path, dtype: np.int16, mode: "r", offset: MapPlan.Granularity));
        Assert.Equal("mmap offset is greater than file size (Parameter 'offset')", ex.Message);
    }

    [Fact]
    public void memmap_WriteAtUnalignedOffset_ReachesThoseBytes()
    {
        string path = _dir.Write("pattern.bin", Pattern(8192));
        using (NDArray m = np.memmap(path, dtype: np.float64, mode: "r+", offset: 4099, shape: 2))
        {
            Assert.False(m.flags.aligned);
            m[1] = -1.5;
        }

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(-1.5, BitConverter.ToDouble(bytes, 4107));
        Assert.Equal(Pattern(8192)[..4107], bytes[..4107]);
        Assert.Equal(Pattern(8192)[4115..], bytes[4115..]);
    }

    [Theory]
    [InlineData('F')]
    [InlineData('f')]
    public void memmap_OrderF_IsColumnMajor(char order)
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, mode: "r", shape: (2, 5), order: order);
        Assert.Equal(new byte[] { 0, 2, 4, 6, 8 }, m[0].ToArray<byte>());
        Assert.Equal(new byte[] { 1, 3, 5, 7, 9 }, m[1].ToArray<byte>());
        Assert.True(m.flags.f_contiguous);
        Assert.False(m.flags.c_contiguous);
        Assert.Equal(new nint[] { 1, 2 }, m.strides);
    }

    [Theory]
    [InlineData('C')]
    [InlineData('c')]
    [InlineData('A')]
    [InlineData('K')]
    public void memmap_OrderCAOrK_IsRowMajor(char order)
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, mode: "r", shape: (2, 5), order: order);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, m[0].ToArray<byte>());
        Assert.True(m.flags.c_contiguous);
        Assert.False(m.flags.f_contiguous);
    }

    [Fact]
    public void Map_OrderF_GivesFContiguousView()
    {
        string path = _dir.Write("pattern.bin", Pattern(4096 + 128));
        using NDArray m = MemoryMapping.Map(path, np.int32, new Shape(3, 4), 'F', 128, "r");
        Assert.True(m.flags.f_contiguous);
        Assert.Equal(new nint[] { 4, 12 }, m.strides);
        Assert.Equal(BitConverter.ToInt32(Pattern(4096 + 128), 128 + 4), m.item<int>(1, 0));
        Assert.False(m.flags.writeable);
    }

    [Fact]
    public void memmap_ZeroDimensionalShape_MapsOneElement()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, dtype: np.int32, mode: "r", offset: 2, shape: new Shape());
        Assert.Equal(0, m.ndim);
        Assert.Equal(84148994, m.item<int>());
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(10, false)]
    [InlineData(0, true)]
    public void memmap_EmptyArrayInsideFile_Maps(long offset, bool withShape)
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, mode: "r", offset: offset, shape: withShape ? 0 : null);
        Assert.Equal(new Shape(0), m.shape);
        Assert.Equal("[]", m.ToString());
    }

    [Fact]
    public void memmap_BigEndianDType_ReadsInItsByteOrder()
    {
        string path = _dir.Write("ten.bin", Ten);
        using NDArray m = np.memmap(path, dtype: ">u2", mode: "r", offset: 1, shape: 2);
        Assert.Equal(">u2", m.dtype.str);
        Assert.Equal("[258 772]", m.ToString());
    }

    [Theory]
    [InlineData("|b1")]
    [InlineData("|i1")]
    [InlineData("|u1")]
    [InlineData("<i2")]
    [InlineData(">u2")]
    [InlineData("<f2")]
    [InlineData("<i4")]
    [InlineData("<f4")]
    [InlineData(">i8")]
    [InlineData("<f8")]
    [InlineData("<c8")]
    [InlineData(">c16")]
    public unsafe void memmap_DType_RoundTripsThroughTheFile(string dtype)
    {
        string path = _dir.File("typed.bin");
        using NDArray source = np.arange(7).astype(dtype);
        using (NDArray w = np.memmap(path, dtype: dtype, mode: "w+", offset: 3, shape: 7))
        {
            w[..] = source;
            w.flush();
        }

        byte[] bytes = File.ReadAllBytes(path);
        byte[] expected = new ReadOnlySpan<byte>(source.Data, (int)source.nbytes).ToArray();
        Assert.Equal(3 + expected.Length, bytes.Length);
        Assert.Equal(expected, bytes[3..]);
        using NDArray r = np.memmap(path, dtype: dtype, mode: "r", offset: 3);
        Assert.Equal(source.dtype, r.dtype);
        Assert.Equal(source.ToString(), r.ToString());
    }

    // ---- lifetime ----

    [Fact]
    public void memmap_ViewsOutliveTheArray_KeepTheMapAlive()
    {
        string path = _dir.Write("ten.bin", Ten);
        NDArray m = np.memmap(path, mode: "r+");
        MemoryMapReleaser map = MapOf(m);
        NDArray slice = m[2..];
        NDArray reshaped = m.reshape(2, 5);
        NDArray transposed = reshaped.T;
        Assert.Same(m, slice.@base);
        Assert.Same(m, transposed.@base);
        Assert.False(slice.flags.owndata);

        m.Dispose();
        reshaped.Dispose();
        Assert.Equal(0, map.ReleaseCount);
        Assert.Equal(new byte[] { 2, 3, 4, 5, 6, 7, 8, 9 }, slice.ToArray<byte>());
        transposed[4, 1] = 90; // the element at (1, 4) of the (2, 5) view: file byte 9
        transposed.flush();
        Assert.Equal(90, File.ReadAllBytes(path)[9]);

        slice.Dispose();
        Assert.Equal(0, map.ReleaseCount);
        transposed.Dispose();
        Assert.Equal(1, map.ReleaseCount);
        transposed.Dispose();
        m.Dispose();
        Assert.Equal(1, map.ReleaseCount);
    }

    [Fact]
    public void flush_AfterDispose_Throws()
    {
        string path = _dir.Write("ten.bin", Ten);
        NDArray m = np.memmap(path);
        m.Dispose();
        var ex = Assert.Throws<ObjectDisposedException>(() => m.flush());
        Assert.Equal("Cannot access a disposed array.\nObject name: 'NDArray'.", ex.Message.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void flush_ArrayNotMapped_DoesNothing()
    {
        using NDArray a = np.zeros(3);
        a.flush();
        Assert.Equal("[0. 0. 0.]", a.ToString());
    }

    [Fact]
    public void memmap_NobodyDisposes_UnmappedOnceByTheCollector()
    {
        string path = _dir.Write("ten.bin", Ten);
        MemoryMapReleaser map = MapAndDropWithViews(path);
        Collect(() => map.ReleaseCount > 0);
        Assert.Equal(1, map.ReleaseCount);
    }

    [Fact]
    public void memmap_BaseCollectedViewLives_KeepsTheMap()
    {
        string path = _dir.Write("ten.bin", Ten);
        NDArray?[] holder = new NDArray?[1];
        MemoryMapReleaser map = ViewOfDroppedMap(path, holder);
        Collect(() => map.ReleaseCount > 0);
        Assert.Equal(0, map.ReleaseCount);
        Assert.Equal(new byte[] { 5, 6, 7, 8, 9 }, holder[0]!.ToArray<byte>());

        // The base's lease was never released (a view references its base), so the map goes when the collector
        // finds neither reachable.
        holder[0]!.Dispose();
        holder[0] = null;
        Collect(() => map.ReleaseCount > 0);
        Assert.Equal(1, map.ReleaseCount);
    }

    private static void Collect(Func<bool> done)
    {
        for (int i = 0; i < 5 && !done(); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MemoryMapReleaser MapAndDropWithViews(string path)
    {
        NDArray m = np.memmap(path, mode: "c");
        for (int i = 0; i < 10; i++)
        {
            _ = m[i];
            _ = m.reshape(2, 5).T;
        }

        return MapOf(m);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MemoryMapReleaser ViewOfDroppedMap(string path, NDArray?[] holder)
    {
        NDArray m = np.memmap(path, mode: "r");
        holder[0] = m[5..];
        return MapOf(m);
    }
}
