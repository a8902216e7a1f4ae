using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>np.load of the files NumPy 1.24 wrote: every dtype, C and Fortran order, big-endian, 0-d and empty
/// shapes, format versions 1.0 to 3.0, and headers from older writers.</summary>
public class NpyLoadTests
{
    private static readonly HashSet<string> s_refusedByDesign = ["bad/header_negative_dim.npy"];

    public static TheoryData<string> LoadableFiles => NpyFixtures.Paths(e =>
        e.Str("kind") == "npy" && e.Str("expect") == "load"
        && !e.Str("path").StartsWith("reject/", StringComparison.Ordinal)
        && !s_refusedByDesign.Contains(e.Str("path")));

    [Theory]
    [MemberData(nameof(LoadableFiles))]
    public unsafe void load_NumPyFile_MatchesManifest(string path)
    {
        JsonElement entry = NpyFixtures.Entry(path);
        using NDArray a = np.load(NpyFixtures.PathOf(path));

        Assert.Equal(entry.GetProperty("shape").EnumerateArray().Select(d => (nint)d.GetInt64()), a.shape);
        if (entry.TryGetProperty("descr", out JsonElement descr))
        {
            Assert.Equal(descr.GetString(), a.dtype.str);
            Assert.Equal(entry.GetProperty("fortran_order").GetBoolean() && !a.flags.c_contiguous, a.flags.f_contiguous && !a.flags.c_contiguous);
            Assert.Equal(entry.Str("sha256_c_order"), NpyFixtures.Sha256(NpyFixtures.CBytes(a)));
        }
        else
        {
            Assert.Equal(entry.Str("dtype"), a.dtype.ToString());
        }

        if (entry.TryGetProperty("values", out JsonElement values))
        {
            AssertValues(values, a);
        }

        Assert.True(a.flags.owndata);
        Assert.True(a.flags.writeable);
        Assert.Equal(0, (long)a.Data % 64);
    }

    [Theory]
    [MemberData(nameof(LoadableFiles))]
    public void load_Stream_SameAsPath(string path)
    {
        byte[] bytes = NpyFixtures.Bytes(path);
        using NDArray fromPath = np.load(NpyFixtures.PathOf(path));
        using var memory = new MemoryStream(bytes);
        using NDArray fromStream = np.load(memory);
        using NDArray fromPipe = np.load(new NonSeekableStream(new MemoryStream(bytes)));
        Assert.Equal(NpyFixtures.CBytes(fromPath), NpyFixtures.CBytes(fromStream));
        Assert.Equal(NpyFixtures.CBytes(fromPath), NpyFixtures.CBytes(fromPipe));
        Assert.Equal(fromPath.dtype, fromPipe.dtype);
        Assert.Equal(fromPath.shape, fromPipe.shape);
    }

    [Fact]
    public void load_FortranOrder_IsFContiguousWithoutCopy()
    {
        using NDArray a = np.load(NpyFixtures.PathOf("order/float64_2x3_fortran.npy"));
        Assert.True(a.flags.f_contiguous);
        Assert.False(a.flags.c_contiguous);
        Assert.True(a.flags.owndata);
        Assert.Null(a.@base);
        Assert.Equal(new nint[] { 8, 16 }, a.strides);
        Assert.Equal(new double[] { 0, 1, 2, 3, 4, 5 }, a.ToArray<double>());
    }

    [Fact]
    public void load_BigEndian_KeepsByteOrderWithCorrectValues()
    {
        using NDArray a = np.load(NpyFixtures.PathOf("endian/be_float64.npy"));
        Assert.Equal(">f8", a.dtype.str);
        Assert.False(a.dtype.IsNativeByteOrder);
        Assert.Equal(new[] { 1.5, -0.1, double.PositiveInfinity }, a.ToArray<double>());
        Assert.Equal("[ 1.5 -0.1  inf]", a.ToString());
    }

    [Fact]
    public void load_BigEndianFortran_KeepsBoth()
    {
        using NDArray a = np.load(NpyFixtures.PathOf("endian/be_float32_fortran.npy"));
        Assert.Equal(">f4", a.dtype.str);
        Assert.True(a.flags.f_contiguous);
        Assert.Equal(new float[] { 0, 1, 2, 3, 4, 5 }, a.ToArray<float>());
    }

    [Fact]
    public void load_ZeroDimensional_IsScalarArray()
    {
        using NDArray a = np.load(NpyFixtures.PathOf("shapes/float64_0d.npy"));
        Assert.Equal(0, a.ndim);
        Assert.Equal(3.5, a.item<double>());
    }

    [Fact]
    public void load_Empty_HasShapeAndNoData()
    {
        using NDArray a = np.load(NpyFixtures.PathOf("shapes/int64_empty_2x0.npy"));
        Assert.Equal(new Shape(2, 0), a.shape);
        Assert.Equal(0, a.size);
    }

    [Theory]
    [InlineData("versions/float32_2x3_v1_0.npy")]
    [InlineData("versions/float32_2x3_v2_0.npy")]
    [InlineData("versions/float32_2x3_v3_0.npy")]
    public void load_EveryVersion_SameArray(string path)
    {
        using NDArray a = np.load(NpyFixtures.PathOf(path));
        Assert.Equal(new float[] { 0, 1, 2, 3, 4, 5 }, a.ToArray<float>());
        Assert.Equal(new Shape(2, 3), a.shape);
    }

    [Fact]
    public void load_ShapeSmallerThanData_IgnoresTrailingBytes()
    {
        // As NumPy: the header decides; bytes after the data are not read.
        using NDArray a = np.load(NpyFixtures.PathOf("bad/wrong_shape_too_small.npy"));
        Assert.Equal(new double[] { 0, 1, 2, 3, 4 }, a.ToArray<double>());
    }

    [Fact]
    public void load_Stream_StopsAfterEachArray()
    {
        using var buffer = new MemoryStream();
        np.save(buffer, np.arange(3));
        np.save(buffer, np.ones((2, 2), dtype: np.float32));
        long end = buffer.Position;
        buffer.Position = 0;
        using NDArray first = np.load(buffer);
        using NDArray second = np.load(buffer);
        Assert.Equal(new long[] { 0, 1, 2 }, first.ToArray<long>());
        Assert.Equal(new float[] { 1, 1, 1, 1 }, second.ToArray<float>());
        Assert.Equal(end, buffer.Position);
    }

    [Fact]
    public void load_NonSeekableLargeArray_ReadsInGrowingChunks()
    {
        // A small direct-read limit makes a 10000-byte array arrive in chunks of 1000, 1000, 2000, 4000, 2000.
        using NDArray source = np.arange(1250).astype(np.float64);
        using var buffer = new MemoryStream();
        np.save(buffer, source);
        buffer.Position = 0;
        var pipe = new NonSeekableStream(buffer);
        NumBridge.IO.NpyHeader header = NumBridge.IO.NpyReader.ReadHeader(pipe, [], false, out _);
        using NDArray a = NumBridge.IO.NpyReader.ReadData(pipe, header, realFile: false, available: null, trustAvailable: false, directReadLimit: 1000);
        Assert.Equal(source.ToArray<double>(), a.ToArray<double>());
    }

    [Fact]
    public void load_ReadHeader_GivesDataOffsetForMapping()
    {
        using FileStream file = File.OpenRead(NpyFixtures.PathOf("order/int32_3x4_fortran.npy"));
        (DType dtype, Shape shape, bool fortranOrder, long dataOffset) = NumBridge.IO.NpyReader.ReadHeader(file);
        Assert.Equal(np.int32, dtype);
        Assert.Equal(new Shape(3, 4), shape);
        Assert.True(fortranOrder);
        Assert.Equal(128, dataOffset);
        Assert.Equal(128, file.Position);
    }

    [Fact]
    public void load_ReadHeaderVersion2_OffsetCountsFourByteLength()
    {
        // 12 bytes of magic, version and length, the 58-character dict and its newline; no padding.
        using FileStream file = File.OpenRead(NpyFixtures.PathOf("handmade/version_2_0_unaligned.npy"));
        (_, _, _, long dataOffset) = NumBridge.IO.NpyReader.ReadHeader(file);
        Assert.Equal(12 + 58 + 1, dataOffset);
        Assert.Equal(file.Length - 80, dataOffset);
    }

    /// <summary>Compares an array with the manifest's nested values (floats as numbers or "nan"/"inf"/"-inf"/"-0.0",
    /// complex as [re, im], bool as true/false).</summary>
    private static void AssertValues(JsonElement values, NDArray a)
    {
        var flat = new List<JsonElement>();
        Flatten(values, a.ndim, flat);
        switch (a.dtype.name)
        {
            case "bool": Assert.Equal(flat.Select(v => v.GetBoolean()), a.ToArray<bool>()); break;
            case "int8": Assert.Equal(flat.Select(v => v.GetSByte()), a.ToArray<sbyte>()); break;
            case "uint8": Assert.Equal(flat.Select(v => v.GetByte()), a.ToArray<byte>()); break;
            case "int16": Assert.Equal(flat.Select(v => v.GetInt16()), a.ToArray<short>()); break;
            case "uint16": Assert.Equal(flat.Select(v => v.GetUInt16()), a.ToArray<ushort>()); break;
            case "int32": Assert.Equal(flat.Select(v => v.GetInt32()), a.ToArray<int>()); break;
            case "uint32": Assert.Equal(flat.Select(v => v.GetUInt32()), a.ToArray<uint>()); break;
            case "int64": Assert.Equal(flat.Select(v => v.GetInt64()), a.ToArray<long>()); break;
            case "uint64": Assert.Equal(flat.Select(v => v.GetUInt64()), a.ToArray<ulong>()); break;
            case "float16": Assert.Equal(flat.Select(v => (Half)Float(v)), a.ToArray<Half>()); break;
            case "float32": Assert.Equal(flat.Select(v => (float)Float(v)), a.ToArray<float>()); break;
            case "float64": Assert.Equal(flat.Select(Float), a.ToArray<double>()); break;
            case "complex64":
                Assert.Equal(flat.Select(v => new Complex64((float)Float(v[0]), (float)Float(v[1]))), a.ToArray<Complex64>());
                break;
            case "complex128":
                Assert.Equal(flat.Select(v => new Complex(Float(v[0]), Float(v[1]))), a.ToArray<Complex>());
                break;
            default:
                Assert.Fail($"no value check for {a.dtype}");
                break;
        }
    }

    private static void Flatten(JsonElement value, int depth, List<JsonElement> into)
    {
        if (depth == 0)
        {
            into.Add(value);
            return;
        }

        foreach (JsonElement item in value.EnumerateArray())
        {
            Flatten(item, depth - 1, into);
        }
    }

    private static double Float(JsonElement v) => v.ValueKind == JsonValueKind.String
        ? v.GetString() switch
        {
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "-0.0" => -0.0,
            string s => double.Parse(s, CultureInfo.InvariantCulture),
            null => throw new InvalidDataException("null value"),
        }
        : v.GetDouble();
}
