using System.Text;
using NumBridge.IO;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>The header dict: NumPy's checks in NumPy's order and words (numpy/lib/format.py _read_array_header,
/// read_array), and the header bytes NumPy writes.</summary>
public class NpyHeaderTests
{
    private static NpyHeader Parse(string text, byte major = 1, bool allowPickle = false) => NpyHeader.Parse(text, major, allowPickle);

    [Fact]
    public void Parse_NumPyHeader_ReadsDTypeShapeOrder()
    {
        NpyHeader h = Parse("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }          \n");
        Assert.Equal(np.float32, h.DType);
        Assert.Equal(new Shape(2, 3), h.Shape);
        Assert.True(h.FortranOrder);
        Assert.Equal(24, h.DataLength);
    }

    [Theory]
    [InlineData("'>f8'", "float64", false)]
    [InlineData("'<f8'", "float64", true)]
    [InlineData("'f8'", "float64", true)]
    [InlineData("'|b1'", "bool", true)]
    [InlineData("'>u1'", "uint8", true)]
    [InlineData("'<c8'", "complex64", true)]
    [InlineData("'>c16'", "complex128", false)]
    [InlineData("'<f2'", "float16", true)]
    [InlineData("'int16'", "int16", true)]
    public void Parse_Descr_GivesDType(string descr, string name, bool native)
    {
        NpyHeader h = Parse($"{{'descr': {descr}, 'fortran_order': False, 'shape': (1,)}}");
        Assert.Equal(name, h.DType.name);
        Assert.Equal(native, h.DType.IsNativeByteOrder);
    }

    [Fact]
    public void Parse_ZeroDimensional_EmptyShape()
    {
        NpyHeader h = Parse("{'descr': '<i8', 'fortran_order': False, 'shape': (), }");
        Assert.Equal(0, h.Shape.ndim);
        Assert.Equal(8, h.DataLength);
    }

    [Fact]
    public void Parse_Version1LongSuffix_Accepted()
    {
        Assert.Equal(new Shape(10), Parse("{'descr': '<f8', 'fortran_order': False, 'shape': (10L,), }", major: 2).Shape);
    }

    [Theory]
    [InlineData("[1, 2, 3]", "Header is not a dictionary: [1, 2, 3]")]
    [InlineData("'abc'", "Header is not a dictionary: 'abc'")]
    [InlineData("{'descr': '<f8', 'shape': (10,), }", "Header does not contain the correct keys: ['descr', 'shape']")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (10,), 'x': 1, }", "Header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x']")]
    [InlineData("{b'descr': '<f8', 'fortran_order': False, 'shape': (10,)}", "Header does not contain the correct keys: [b'descr', 'fortran_order', 'shape']")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': [10], }", "shape is not valid: [10]")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (10), }", "shape is not valid: 10")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (1.5,), }", "shape is not valid: (1.5,)")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': ('a',), }", "shape is not valid: ('a',)")]
    [InlineData("{'descr': '<f8', 'fortran_order': 0, 'shape': (10,), }", "fortran_order is not a valid bool: 0")]
    [InlineData("{'descr': '<f8', 'fortran_order': None, 'shape': (10,), }", "fortran_order is not a valid bool: None")]
    [InlineData("{'descr': '<q9', 'fortran_order': False, 'shape': (10,), }", "descr is not a valid dtype descriptor: '<q9'")]
    [InlineData("{'descr': 5, 'fortran_order': False, 'shape': (10,), }", "descr is not a valid dtype descriptor: 5")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }", "negative dimensions are not allowed")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (3, -   10), }", "negative dimensions are not allowed")]
    [InlineData("{'descr': '<U5', 'fortran_order': False, 'shape': (99999999999999999999999,), }", "Python int too large to convert to C long")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4), }", "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2305843009213693952,), }", "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")]
    [InlineData("{[1]: 2}", "unhashable type: 'list'")]
    public void Parse_BadHeader_ThrowsNumPyMessage(string text, string message)
    {
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => Parse(text));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_Unparseable_QuotesHeaderRepr()
    {
        const string text = "{'descr': '<f8', 'fortran_order': False, 'shape': (10,        \n";
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => Parse(text, major: 3));
        Assert.Equal("Cannot parse header: \"{'descr': '<f8', 'fortran_order': False, 'shape': (10,        \\n\"", ex.Message);
    }

    [Theory]
    [InlineData("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", false, "Object arrays cannot be loaded when allow_pickle=False")]
    [InlineData("{'descr': '|O', 'fortran_order': False, 'shape': (-1,), }", false, "Object arrays cannot be loaded when allow_pickle=False")]
    [InlineData("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", true, "Object arrays cannot be loaded by NumBridge: their data is a Python pickle (descr '|O')")]
    [InlineData("{'descr': '<U5', 'fortran_order': False, 'shape': (2,), }", false, "NumBridge cannot load an array with descr '<U5': only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("{'descr': '<M8[D]', 'fortran_order': False, 'shape': (2,), }", false, "NumBridge cannot load an array with descr '<M8[D]': only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    [InlineData("{'descr': [('x', '<i4'), ('y', '<f8')], 'fortran_order': False, 'shape': (2,), }", false, "NumBridge cannot load an array with descr [('x', '<i4'), ('y', '<f8')]: only bool, int8-int64, uint8-uint64, float16, float32, float64, complex64 and complex128 are supported")]
    public void Parse_DTypeNumBridgeLacks_ThrowsNotSupported(string text, bool allowPickle, string message)
    {
        NotSupportedException ex = Assert.Throws<NotSupportedException>(() => Parse(text, allowPickle: allowPickle));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("<f4", new long[] { 2, 3 }, false, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", 20)]
    [InlineData("<f8", new long[] { 2, 30 }, true, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 30), }", 19)]
    [InlineData("|b1", new long[0], false, "{'descr': '|b1', 'fortran_order': False, 'shape': (), }", 0)]
    [InlineData(">i8", new long[] { 1000 }, false, "{'descr': '>i8', 'fortran_order': False, 'shape': (1000,), }", 17)]
    public void Format_MatchesNumPy(string descr, long[] dims, bool fortran, string dict, int growthSpaces)
    {
        Assert.Equal(dict + new string(' ', growthSpaces), NpyHeader.Format(DType.Parse(descr), dims, fortran));
    }

    [Fact]
    public void Wrap_PadsToSixtyFourWithNewline()
    {
        byte[] bytes = NpyHeader.Wrap(NpyHeader.Format(np.float64, new Shape(10), false));
        Assert.Equal(128, bytes.Length);
        Assert.Equal(new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, 118, 0 }, bytes[..10]);
        Assert.Equal("{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }" + new string(' ', 59) + "\n", Encoding.ASCII.GetString(bytes, 10, 118));
    }

    [Fact]
    public void Wrap_AlreadyAligned_AddsAFullSixtyFour()
    {
        // 10 + len + 1 == 64: _wrap_header computes 64 - 0 and pads a whole block.
        string header = new('x', 53);
        byte[] bytes = NpyHeader.Wrap(header);
        Assert.Equal(128, bytes.Length);
        Assert.Equal((byte)'\n', bytes[^1]);
    }

    [Fact]
    public void Wrap_HeaderOver64KiB_UsesVersion2()
    {
        byte[] bytes = NpyHeader.Wrap(new string(' ', 70_000));
        Assert.Equal(2, bytes[6]);
        Assert.Equal(0, bytes.Length % 64);
        Assert.Equal(bytes.Length - 12, BitConverter.ToInt32(bytes, 8));
    }
}
