using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.IO.Npz;

/// <summary>np.savez / np.savez_compressed / np.load_npz, and NpzFile's lazy, NumPy-shaped view of an archive.</summary>
public sealed class NpzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nb-npz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] SaveBytes(NDArray a)
    {
        using var buffer = new MemoryStream();
        np.save(buffer, a);
        return buffer.ToArray();
    }

    public static TheoryData<string> LoadableArchives => NpyFixtures.Paths(e => e.Str("kind") == "npz" && e.Str("expect") == "load" && e.TryGetProperty("members", out _));

    [Theory]
    [MemberData(nameof(LoadableArchives))]
    public void load_npz_NumPyArchive_MatchesManifest(string path)
    {
        JsonElement entry = NpyFixtures.Entry(path);
        using NpzFile z = np.load_npz(NpyFixtures.PathOf(path));
        Assert.Equal(entry.GetProperty("np_load_files").EnumerateArray().Select(f => f.GetString()), z.files);
        foreach (JsonElement member in entry.GetProperty("members").EnumerateArray())
        {
            using NDArray a = z[member.Str("key")];
            Assert.Equal(member.Str("descr"), a.dtype.str);
            Assert.Equal(member.GetProperty("shape").EnumerateArray().Select(d => (nint)d.GetInt64()), a.shape);
            Assert.Equal(member.Str("sha256_c_order"), NpyFixtures.Sha256(NpyFixtures.CBytes(a)));
            Assert.Equal(member.GetProperty("fortran_order").GetBoolean(), a.flags.f_contiguous && !a.flags.c_contiguous);
        }
    }

    [Fact]
    public void load_npz_Mixed_KeywordsFirstThenPositional()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_mixed.npz"));
        Assert.Equal(["image", "weights", "arr_0", "arr_1"], z.files);
        Assert.Equal(4, z.Count);
        Assert.Equal(["image", "weights", "arr_0", "arr_1"], z.ToList());
        using NDArray flags = z["arr_1"];
        Assert.Equal(new[] { true, false }, flags.ToArray<bool>());
    }

    [Fact]
    public void this_NameWithNpyExtension_SameMember()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_mixed.npz"));
        using NDArray a = z["arr_0"];
        using NDArray b = z["arr_0.npy"];
        Assert.Equal(a.ToArray<long>(), b.ToArray<long>());
        Assert.True(z.Contains("arr_0"));
        Assert.True(z.Contains("arr_0.npy"));
        Assert.False(z.Contains("arr_9"));
    }

    [Fact]
    public void this_MissingKey_ThrowsNumPyKeyError()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_mixed.npz"));
        KeyNotFoundException ex = Assert.Throws<KeyNotFoundException>(() => z["missing"]);
        Assert.Equal("missing is not a file in the archive", ex.Message);
    }

    [Fact]
    public void this_EachAccess_ReadsAgain()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_single_positional.npz"));
        using NDArray a = z["arr_0"];
        using NDArray b = z["arr_0"];
        a[0, 0] = 42.0;
        Assert.Equal(0.0, b.item<double>(0, 0));
    }

    [Fact]
    public void this_ObjectMember_FailsOnlyWhenRead()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_object_member.npz"));
        Assert.Equal(["ok", "obj"], z.files);
        using NDArray ok = z["ok"];
        Assert.Equal(new long[] { 0, 1 }, ok.ToArray<long>());
        NotSupportedException ex = Assert.Throws<NotSupportedException>(() => z["obj"]);
        Assert.Equal("Object arrays cannot be loaded when allow_pickle=False", ex.Message);
    }

    [Fact]
    public void load_npz_SlashInKey_KeptInName()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_slash_key.npz"));
        Assert.Equal(["a/b"], z.files);
        using NDArray a = z["a/b"];
        Assert.Equal(new long[] { 0, 1 }, a.ToArray<long>());
    }

    [Fact]
    public void load_npz_EmptyArchive_NoFiles()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_empty.npz"));
        Assert.Empty(z.files);
        Assert.Empty(z);
    }

    [Fact]
    public void load_npz_Truncated_ThrowsNotAZipFile()
    {
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load_npz(NpyFixtures.PathOf("bad/truncated.npz")));
        Assert.Equal("File is not a zip file", ex.Message);
        Assert.IsType<InvalidDataException>(ex.InnerException);
    }

    [Fact]
    public void load_npz_NpyFile_ThrowsNotAZipFile()
    {
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => np.load_npz(NpyFixtures.PathOf("dtypes/int8_2x3.npy")));
        Assert.Equal("File is not a zip file", ex.Message);
    }

    [Fact]
    public void Dispose_ArraysStayValidNamesStayIndexerThrows()
    {
        NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_mixed.npz"));
        using NDArray a = z["arr_0"];
        z.Dispose();
        z.Dispose();
        Assert.Equal(new long[] { 0, 1, 2 }, a.ToArray<long>());
        Assert.Equal(4, z.files.Count);
        Assert.Throws<ObjectDisposedException>(() => z["arr_0"]);
        Assert.Equal("<closed NpzFile>", z.ToString());
    }

    [Fact]
    public void ToString_ListsNames()
    {
        using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_mixed.npz"));
        Assert.Equal("NpzFile with 4 arrays: image, weights, arr_0, arr_1", z.ToString());
    }

    [Fact]
    public void this_MemberNotNpy_ThrowsNamingIt()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream s = zip.CreateEntry("notes.txt").Open();
            s.Write("hello"u8);
        }

        buffer.Position = 0;
        using NpzFile z = np.load_npz(buffer);
        Assert.Equal(["notes.txt"], z.files);
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => z["notes.txt"]);
        Assert.Equal("notes.txt in the archive is not a .npy file (it does not start with b'\\x93NUMPY'); NumPy's NpzFile returns its raw bytes, NumBridge returns arrays only", ex.Message);
    }

    [Fact]
    public void this_HeaderClaimsMoreThanMember_RefusedBeforeAllocating()
    {
        byte[] npy = NumBridge.Tests.IO.Npy.NpyBadFileTests.Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000,), }", new byte[80]);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream s = zip.CreateEntry("bomb.npy", CompressionLevel.NoCompression).Open();
            s.Write(npy);
        }

        buffer.Position = 0;
        using NpzFile z = np.load_npz(buffer);
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => z["bomb"]);
        Assert.Equal("EOF: reading array data, expected 262144 bytes got 80", ex.Message);
        // The EOF message proves the claim was never allocated: the data is read in chunks that grow only with bytes
        // that arrive. (A check of the process-wide live-byte count here raced with tests running in parallel.)
    }

    [Fact]
    public void this_DeclaredSizeBeyondDeflate_ReadsOnlyWhatDecompresses()
    {
        // A deflated member whose zip entry claims 4 GB and whose header claims 4 GB of float64: deflate cannot make
        // 4 GB from a few hundred bytes, so the size is not trusted and nothing that large is allocated.
        byte[] npy = NumBridge.Tests.IO.Npy.NpyBadFileTests.Npy("{'descr': '<f8', 'fortran_order': False, 'shape': (500000000,), }", new byte[80]);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream s = zip.CreateEntry("bomb.npy", CompressionLevel.Optimal).Open();
            s.Write(npy);
        }

        byte[] bytes = buffer.ToArray();
        PatchUncompressedSize(bytes, 0xFFFF_FF00u);
        using NpzFile z = np.load_npz(new MemoryStream(bytes));
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => z["bomb"]);
        Assert.Equal("EOF: reading array data, expected 262144 bytes got 80", ex.Message);
    }

    private static void PatchUncompressedSize(byte[] zip, uint size)
    {
        for (int i = 0; i + 4 <= zip.Length; i++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }

    [Fact]
    public void savez_Positional_NamedArrN()
    {
        string path = Path.Combine(_dir, "pair");
        using NDArray a = np.arange(3);
        using NDArray b = np.ones((2, 2), dtype: np.float32);
        np.savez(path, a, b);
        using NpzFile z = np.load_npz(path + ".npz");
        Assert.Equal(["arr_0", "arr_1"], z.files);
        using NDArray back = z["arr_1"];
        Assert.Equal(new float[] { 1, 1, 1, 1 }, back.ToArray<float>());
    }

    [Fact]
    public void savez_KeywordsAndPositional_KeywordsFirst()
    {
        string path = Path.Combine(_dir, "mixed.npz");
        using NDArray a = np.arange(3);
        using NDArray w = np.zeros((2, 3));
        using NDArray img = np.arange(48).astype(np.uint8).reshape(4, 4, 3);
        np.savez(path, [a], new Dictionary<string, NDArray> { ["weights"] = w, ["image"] = img });
        using NpzFile z = np.load_npz(path);
        Assert.Equal(["weights", "image", "arr_0"], z.files);
    }

    [Fact]
    public void savez_MembersHoldNpSaveBytes_StoredOrDeflated()
    {
        using NDArray a = np.zeros((100, 100));
        using NDArray f = np.arange(6).reshape(2, 3).copy('F');
        var kwds = new Dictionary<string, NDArray> { ["zeros"] = a, ["f"] = f };
        string stored = Path.Combine(_dir, "stored.npz");
        string deflated = Path.Combine(_dir, "deflated.npz");
        np.savez(stored, kwds);
        np.savez_compressed(deflated, kwds);

        foreach ((string path, bool compressed) in new[] { (stored, false), (deflated, true) })
        {
            using ZipArchive zip = ZipFile.OpenRead(path);
            Assert.Equal(["zeros.npy", "f.npy"], zip.Entries.Select(e => e.FullName));
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                using var member = new MemoryStream();
                using (Stream s = entry.Open())
                {
                    s.CopyTo(member);
                }

                Assert.Equal(SaveBytes(kwds[entry.FullName[..^4]]), member.ToArray());
                Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
                if (compressed)
                {
                    Assert.True(entry.CompressedLength < entry.Length);
                }
                else
                {
                    Assert.Equal(entry.Length, entry.CompressedLength);
                }
            }
        }

        Assert.True(new FileInfo(deflated).Length < 2000);
    }

    [Fact]
    public void savez_SameArrays_SameBytes()
    {
        using NDArray a = np.arange(10);
        string p1 = Path.Combine(_dir, "one.npz");
        string p2 = Path.Combine(_dir, "two.npz");
        np.savez(p1, a);
        np.savez(p2, a);
        Assert.Equal(File.ReadAllBytes(p1), File.ReadAllBytes(p2));
    }

    [Fact]
    public void savez_Clash_ThrowsNumPyMessageAndWritesNothing()
    {
        string path = Path.Combine(_dir, "clash.npz");
        using NDArray a = np.arange(3);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.savez(path, [a], new Dictionary<string, NDArray> { ["arr_0"] = a }));
        Assert.Equal("Cannot use un-named variables and keyword arr_0 (Parameter 'kwds')", ex.Message);
        Assert.Equal("kwds", ex.ParamName);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void savez_compressed_AppendsExtension()
    {
        using NDArray a = np.arange(3);
        np.savez_compressed(Path.Combine(_dir, "c"), a);
        np.savez_compressed(Path.Combine(_dir, "d"), new Dictionary<string, NDArray> { ["x"] = a });
        np.savez_compressed(Path.Combine(_dir, "e.npz"), [a], new Dictionary<string, NDArray> { ["x"] = a });
        Assert.Equal(["c.npz", "d.npz", "e.npz"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void savez_DisposedArray_LeavesOldFile()
    {
        string path = Path.Combine(_dir, "keep.npz");
        using NDArray a = np.arange(3);
        np.savez(path, a);
        byte[] before = File.ReadAllBytes(path);
        NDArray gone = np.arange(2);
        gone.Dispose();
        Assert.Throws<ObjectDisposedException>(() => np.savez(path, a, gone));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void savez_FailureWhileWritingMembers_LeavesOldFile()
    {
        // The archive writer fails after the first member is written: the target keeps its old bytes.
        string path = Path.Combine(_dir, "keep.npz");
        using NDArray a = np.arange(3);
        np.savez(path, a);
        byte[] before = File.ReadAllBytes(path);
        Assert.Throws<InvalidOperationException>(() => NumBridge.IO.AtomicFile.Write(path, 1 << 16, 0, stream =>
        {
            NumBridge.IO.NpzWriter.Write(stream, [new("big", a)], compress: false);
            throw new InvalidOperationException("second member failed");
        }));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void savez_Stream_RoundTripsAndLeavesOpen()
    {
        using var buffer = new MemoryStream();
        using NDArray a = np.arange(3);
        np.savez(buffer, [a], new Dictionary<string, NDArray> { ["k"] = a });
        buffer.Position = 0;
        using (NpzFile z = np.load_npz(buffer))
        {
            Assert.Equal(["k", "arr_0"], z.files);
        }

        Assert.True(buffer.CanRead);
        using var compressed = new MemoryStream();
        np.savez_compressed(compressed, [a]);
        compressed.Position = 0;
        using NpzFile c = np.load_npz(compressed);
        using NDArray back = c["arr_0"];
        Assert.Equal(new long[] { 0, 1, 2 }, back.ToArray<long>());
    }

    [Fact]
    public void savez_NoArrays_EmptyArchive()
    {
        string path = Path.Combine(_dir, "empty");
        np.savez(path);
        using NpzFile z = np.load_npz(path + ".npz");
        Assert.Empty(z.files);
    }

    [Fact]
    public void savez_StridedAndBigEndianMembers_RoundTrip()
    {
        string path = Path.Combine(_dir, "layouts.npz");
        using NDArray a = np.arange(24).astype(np.float32).reshape(4, 6);
        using NDArray s = a["::-1, ::2"];
        using NDArray be = a.astype(np.float64.newbyteorder('>'));
        np.savez_compressed(path, s, be);
        using NpzFile z = np.load_npz(path);
        using NDArray s2 = z["arr_0"];
        using NDArray be2 = z["arr_1"];
        Assert.Equal(s.ToArray<float>(), s2.ToArray<float>());
        Assert.Equal(">f8", be2.dtype.str);
        Assert.Equal(be.ToArray<double>(), be2.ToArray<double>());
    }

    [Fact]
    public void load_npz_NullOrUnreadable_Throws()
    {
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => np.load_npz((string)null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() =>
        {
            using NpzFile z = np.load_npz(NpyFixtures.PathOf("npz/savez_mixed.npz"));
            return z[null!];
        }).ParamName);
    }
}
