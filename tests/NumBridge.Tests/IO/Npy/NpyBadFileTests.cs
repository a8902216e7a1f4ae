using System.Text;
using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>
/// Broken and refused files: each kind has its own test with the exception type and NumPy's full message
/// (numpy/lib/tests/test_format.py test_bad_header, test_huge_header, test_file_truncated). Nothing else may escape,
/// nothing may hang, and nothing is allocated from a size the file does not back.
/// </summary>
public class NpyBadFileTests
{
    private static readonly byte[] s_data10 = [.. Enumerable.Range(0, 10).SelectMany(i => BitConverter.GetBytes((double)i))];

    /// <summary>The .npy bytes for a header text, padded as gen_npy.py's npy_bytes does.</summary>
    internal static byte[] Npy(string header, byte[] data, byte major = 1, int align = 64)
    {
        byte[] h = (major < 3 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(header);
        int prefix = major == 1 ? 10 : 12;
        int pad = (align - ((prefix + h.Length + 1) % align)) % align;
        var bytes = new List<byte>([0x93, .. "NUMPY"u8, major, 0]);
        int length = h.Length + pad + 1;
        bytes.AddRange(major == 1 ? BitConverter.GetBytes((ushort)length) : BitConverter.GetBytes((uint)length));
        bytes.AddRange(h);
        bytes.AddRange(Enumerable.Repeat((byte)' ', pad));
        bytes.Add((byte)'\n');
        bytes.AddRange(data);
        return [.. bytes];
    }

    private static T LoadThrows<T>(byte[] bytes, bool allowPickle = false)
        where T : Exception => Assert.Throws<T>(() => np.load(new MemoryStream(bytes), allowPickle));

    private static byte[] GoodFile()
    {
        using var buffer = new MemoryStream();
        using NDArray a = np.arange(10).astype(np.float64);
        np.save(buffer, a);
        return buffer.ToArray();
    }

    // NumPy's own messages for the broken files, from manifest.json (np.load of the path).
    public static TheoryData<string> RejectedByNumPy => NpyFixtures.Paths(e =>
        e.Str("expect") == "reject" && e.Str("kind") == "npy" && e.Str("numpy_error").StartsWith("ValueError: ", StringComparison.Ordinal)
        && !e.Str("numpy_error").Contains("Object arrays", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(RejectedByNumPy))]
    public void load_RejectedFixture_ThrowsNumPyMessage(string path)
    {
        string expected = NpyFixtures.Entry(path).Str("numpy_error")["ValueError: ".Length..];
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(NpyFixtures.PathOf(path)));
        Assert.Equal(expected, ex.Message);
    }

    [Theory]
    [InlineData("bad/truncated_data.npy", "EOF: reading array data, expected 80 bytes got 68")]
    [InlineData("bad/wrong_shape_too_big.npy", "EOF: reading array data, expected 160 bytes got 80")]
    [InlineData("bad/truncated_header.npy", "EOF: reading array header, expected 118 bytes got 40")]
    [InlineData("bad/bad_version_4_0.npy", "we only support format version (1,0), (2,0), and (3,0), not (4, 0)")]
    [InlineData("bad/empty_file.npy", "Cannot load file containing pickled data when allow_pickle=False")]
    public void load_StreamOfBrokenFile_ThrowsFileObjectMessage(string path, string message)
    {
        // NumPy words a short file-like object (BytesIO) by the chunk that ran short, a real file by the reshape.
        InvalidDataException ex = LoadThrows<InvalidDataException>(NpyFixtures.Bytes(path));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("bad/empty_file.npy", "EOF: reading magic string, expected 8 bytes got 0")]
    [InlineData("bad/truncated_magic.npy", "EOF: reading magic string, expected 8 bytes got 4")]
    [InlineData("bad/bad_magic.npy", "the magic string is not correct; expected b'\\x93NUMPY', got b'\\x93NUMPZ'")]
    public void load_AllowPickleNotNpy_ThrowsReadMagicMessage(string path, string message)
    {
        // NumBridge cannot unpickle, so with allow_pickle it says what numpy.lib.format.read_magic says.
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(NpyFixtures.PathOf(path), allow_pickle: true));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void load_TextFile_ThrowsPickledData()
    {
        InvalidDataException ex = LoadThrows<InvalidDataException>("hello world, not numpy"u8.ToArray());
        Assert.Equal("Cannot load file containing pickled data when allow_pickle=False", ex.Message);
    }

    [Theory]
    [InlineData(6, "EOF: reading magic string, expected 8 bytes got 6")]
    [InlineData(8, "EOF: reading array header length, expected 2 bytes got 0")]
    [InlineData(9, "EOF: reading array header length, expected 2 bytes got 1")]
    [InlineData(50, "EOF: reading array header, expected 118 bytes got 40")]
    [InlineData(128, "EOF: reading array data, expected 80 bytes got 0")]
    public void load_TruncatedAt_ThrowsNumPyEof(int length, string message)
    {
        InvalidDataException ex = LoadThrows<InvalidDataException>(GoodFile()[..length]);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void load_HeaderOnlyFile_ThrowsReshapeMessage()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nb-header-only-{Guid.NewGuid():N}.npy");
        File.WriteAllBytes(path, GoodFile()[..128]);
        try
        {
            InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(path));
            Assert.Equal("cannot reshape array of size 0 into shape (10,)", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void load_TruncatedFortranFile_ReshapeNamesReversedShape()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nb-trunc-f-{Guid.NewGuid():N}.npy");
        File.WriteAllBytes(path, Npy("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 5), }", s_data10[..64]));
        try
        {
            InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(path));
            Assert.Equal("cannot reshape array of size 8 into shape (5,2)", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void load_EveryTruncation_OnlyInvalidData()
    {
        byte[] good = GoodFile();
        for (int n = 0; n < good.Length; n++)
        {
            Assert.Throws<InvalidDataException>(() => np.load(new MemoryStream(good[..n])));
            Assert.Throws<InvalidDataException>(() => np.load(new NonSeekableStream(new MemoryStream(good[..n]))));
        }
    }

    [Fact]
    public void load_ChunkedEof_NamesTheShortChunk()
    {
        // 100000 float64 claimed, 40000 present (NumPy 1.24 on a BytesIO): the second 262144-byte chunk runs short.
        byte[] bytes = Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (100000,), }", new byte[320000]);
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal("EOF: reading array data, expected 262144 bytes got 57856", ex.Message);
        ex = Assert.Throws<InvalidDataException>(() => np.load(new NonSeekableStream(new MemoryStream(bytes))));
        Assert.Equal("EOF: reading array data, expected 262144 bytes got 57856", ex.Message);
    }

    [Fact]
    public void load_HugeShapeOnSmallStream_RefusedBeforeAllocating()
    {
        byte[] bytes = Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000,), }", s_data10);
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal("EOF: reading array data, expected 262144 bytes got 80", ex.Message);
        // The EOF message proves the claim was never allocated: the data is read in chunks that grow only with bytes
        // that arrive. (A check of the process-wide live-byte count here raced with tests running in parallel.)
    }

    [Fact]
    public void load_HugeShapeOnPipe_ReadsOnlyWhatArrives()
    {
        // No length to check against: the data is read in growing chunks, so the claim costs nothing.
        byte[] bytes = Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (100000000,), }", s_data10);
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(new NonSeekableStream(new MemoryStream(bytes))));
        Assert.Equal("EOF: reading array data, expected 262144 bytes got 80", ex.Message);
    }

    [Fact]
    public void load_LargerThanMemory_ThrowsNumPyMemoryErrorBeforeAllocating()
    {
        byte[] prefix = Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", []);
        var huge = new HugeStream(prefix, prefix.Length + (8L << 40));
        InsufficientMemoryException ex = Assert.Throws<InsufficientMemoryException>(() => np.load(huge));
        Assert.Equal("Unable to allocate 8.00 TiB for an array with shape (1099511627776,) and data type float64", ex.Message);
    }

    [Theory]
    [InlineData(1000L, "7.81 KiB")]
    [InlineData(130000L, "1016. KiB")]
    [InlineData(134086661L, "1023. MiB")]
    [InlineData(1L, "8 bytes")]
    [InlineData(134217727L, "1.00 GiB")]
    [InlineData(134217728L, "1.00 GiB")]
    public void load_MemoryErrorSize_FormattedAsNumPy(long count, string size)
    {
        // numpy.core._exceptions._ArrayMemoryError for float64 arrays of these lengths (NumPy 1.24).
        Assert.Equal($"Unable to allocate {size} for an array with shape ({count},) and data type float64",
            NumBridge.Messages.UnableToAllocate(count * 8, new Shape((nint)count), np.float64));
    }

    [Fact]
    public void load_ShapeProductOverflows_ThrowsArrayTooBig()
    {
        byte[] bytes = Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", s_data10);
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.", ex.Message);
    }

    [Fact]
    public void load_NegativeDimension_Refused()
    {
        // NumPy 1.24 loads this from a real file (numpy.fromfile with count -1) and refuses it from a file object;
        // NumBridge refuses it everywhere with the file-object message.
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(NpyFixtures.PathOf("bad/header_negative_dim.npy")));
        Assert.Equal("negative dimensions are not allowed", ex.Message);
    }

    [Fact]
    public void load_HeaderJustUnderLimit_Loads()
    {
        string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }".PadRight(9999);
        using NDArray a = np.load(new MemoryStream(Npy(header, s_data10, major: 2, align: 1)));
        Assert.Equal(10, a.size);
    }

    [Fact]
    public void load_HeaderOverLimit_ThrowsUnlessAllowPickle()
    {
        string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }".PadRight(10000);
        byte[] bytes = Npy(header, s_data10, major: 2, align: 1);
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal(
            "Header info length (10001) is large and may not be safe to load securely.\n"
            + "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n"
            + "For safety against large resource use or crashes, sandboxing may be necessary.",
            ex.Message);
        using NDArray a = np.load(new MemoryStream(bytes), allow_pickle: true);
        Assert.Equal(10, a.size);
    }

    [Fact]
    public void load_Version3HeaderOverLimitInCharacters_Throws()
    {
        // 10001 characters, 10004 UTF-8 bytes: NumPy measures the decoded text.
        string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }".PadRight(9998) + "°°°";
        InvalidDataException ex = LoadThrows<InvalidDataException>(Npy(header, s_data10, major: 3, align: 1));
        Assert.StartsWith("Header info length (10002) is large", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void load_HeaderLengthBeyondFile_ThrowsEofWithoutReading()
    {
        byte[] bytes = [0x93, .. "NUMPY"u8, 2, 0, 0xff, 0xff, 0xff, 0xff, .. "{'descr'"u8];
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal("EOF: reading array header, expected 4294967295 bytes got 8", ex.Message);
        ex = LoadThrows<InvalidDataException>(bytes, allowPickle: true);
        Assert.Equal("EOF: reading array header, expected 4294967295 bytes got 8", ex.Message);
    }

    [Fact]
    public void load_HeaderLengthBeyondPipe_RefusedOrReadAsItArrives()
    {
        byte[] bytes = [0x93, .. "NUMPY"u8, 2, 0, 0xff, 0xff, 0xff, 0xff, .. "{'descr'"u8];
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(new NonSeekableStream(new MemoryStream(bytes))));
        Assert.StartsWith("Header info length (4294967295) is large", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<InvalidDataException>(() => np.load(new NonSeekableStream(new MemoryStream(bytes)), allow_pickle: true));
        Assert.Equal("EOF: reading array header, expected 4294967295 bytes got 8", ex.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x7b, 0xff, 0x7d }, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte")]
    [InlineData(new byte[] { 0x7b, 0xe4, 0x41, 0x7d }, "'utf-8' codec can't decode byte 0xe4 in position 1: invalid continuation byte")]
    [InlineData(new byte[] { 0x7b, 0xe4, 0xb8, 0x41 }, "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte")]
    [InlineData(new byte[] { 0x7b, 0x7d, 0xe4 }, "'utf-8' codec can't decode byte 0xe4 in position 2: unexpected end of data")]
    public void load_Version3NotUtf8_ThrowsPythonDecodeError(byte[] header, string message)
    {
        byte[] bytes = [0x93, .. "NUMPY"u8, 3, 0, .. BitConverter.GetBytes(header.Length), .. header];
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void load_Version1Latin1Header_QuotedAsPythonDoes()
    {
        byte[] bytes = [0x93, .. "NUMPY"u8, 1, 0, 4, 0, (byte)'{', 0xe9, 0xa0, (byte)'\n'];
        InvalidDataException ex = LoadThrows<InvalidDataException>(bytes);
        Assert.Equal("Cannot parse header: '{é\\xa0\\n'", ex.Message);
    }

    [Theory]
    [InlineData("reject/object_pickled.npy", "Object arrays cannot be loaded when allow_pickle=False")]
    [InlineData("reject/unicode_U5.npy", "NumBridge cannot load an array with descr '<U5': only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("reject/bytes_S3.npy", "NumBridge cannot load an array with descr '|S3': only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("reject/datetime64_D.npy", "NumBridge cannot load an array with descr '<M8[D]': only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("reject/longdouble.npy", "NumBridge cannot load an array with descr '<f16': only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("reject/structured.npy", "NumBridge cannot load an array with descr [('x', '<i4'), ('y', '<f8')]: only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("reject/structured_subarray_field.npy", "NumBridge cannot load an array with descr [('v', '<i4', (3,))]: only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("reject/structured_unicode_name_auto_v3.npy", "NumBridge cannot load an array with descr [('温度', '<f4')]: only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    public void load_DTypeNumBridgeLacks_ThrowsNotSupportedNamingDescr(string path, string message)
    {
        NotSupportedException ex = Assert.Throws<NotSupportedException>(() => np.load(NpyFixtures.PathOf(path)));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void load_ObjectArrayWithAllowPickle_StillRefused()
    {
        NotSupportedException ex = Assert.Throws<NotSupportedException>(() => np.load(NpyFixtures.PathOf("reject/object_pickled.npy"), allow_pickle: true));
        Assert.Equal("Object arrays cannot be loaded by NumBridge: their data is a Python pickle (descr '|O')", ex.Message);
    }

    [Fact]
    public void load_ZipArchive_PointsToLoadNpz()
    {
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load(NpyFixtures.PathOf("npz/savez_mixed.npz")));
        Assert.Equal("This file is a zip archive (.npz), for which NumPy's np.load returns an NpzFile; in NumBridge call np.load_npz", ex.Message);
        ex = Assert.Throws<InvalidDataException>(() => np.load(NpyFixtures.PathOf("npz/savez_empty.npz")));
        Assert.StartsWith("This file is a zip archive (.npz)", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<InvalidDataException>(() => np.load(NpyFixtures.PathOf("bad/truncated.npz")));
        Assert.StartsWith("This file is a zip archive (.npz)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void load_RandomMutations_OnlyDocumentedExceptions()
    {
        byte[] good = Npy("{'descr': '<i2', 'fortran_order': True, 'shape': (3, 4), }", new byte[24]);
        var random = new Random(42);
        int loaded = 0;
        for (int trial = 0; trial < 5000; trial++)
        {
            byte[] bytes = (byte[])good.Clone();
            for (int k = random.Next(1, 5); k > 0; k--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            try
            {
                using NDArray a = np.load(new MemoryStream(bytes));
                loaded++;
            }
            catch (InvalidDataException)
            {
            }
            catch (NotSupportedException)
            {
            }
        }

        Assert.InRange(loaded, 1, 4999);
    }

    [Fact]
    public void load_ManifestCoversEveryBadFixture()
    {
        string[] bad = [.. NpyFixtures.Files.Where(e => e.Str("path").StartsWith("bad/", StringComparison.Ordinal)).Select(e => e.Str("path"))];
        Assert.Equal(16, bad.Length);
        JsonElement negative = NpyFixtures.Entry("bad/header_negative_dim.npy");
        Assert.Equal("load", negative.Str("expect"));
    }
}
