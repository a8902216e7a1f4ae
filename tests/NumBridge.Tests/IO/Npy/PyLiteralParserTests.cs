using NumBridge.IO;
using Xunit;

namespace NumBridge.Tests.IO.Npy;

/// <summary>The header tokenizer: the Python literal subset NumPy writes (and reads back with literal_eval), each
/// value's repr as Python prints it, and garbage refused without any other exception escaping.</summary>
public class PyLiteralParserTests
{
    [Theory]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)}")]
    [InlineData("{'shape': (10,), 'fortran_order': True, 'descr': '|u1'}", "{'shape': (10,), 'fortran_order': True, 'descr': '|u1'}")]
    [InlineData("()", "()")]
    [InlineData("(3,)", "(3,)")]
    [InlineData("(3)", "3")]
    [InlineData("( 3 , 4 , )", "(3, 4)")]
    [InlineData("[1, 2, 3]", "[1, 2, 3]")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("{1, 2, 2}", "{1, 2}")]
    [InlineData("1, 2", "(1, 2)")]
    [InlineData("True", "True")]
    [InlineData("None", "None")]
    [InlineData("-   10", "-10")]
    [InlineData("+7", "7")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData("0b101", "5")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("0_0", "0")]
    [InlineData("99999999999999999999999", "99999999999999999999999")]
    [InlineData("1.5", "1.5")]
    [InlineData("10.0", "10.0")]
    [InlineData("1e16", "1e+16")]
    [InlineData("1e-5", "1e-05")]
    [InlineData("0.0001", "0.0001")]
    [InlineData(".5", "0.5")]
    [InlineData("1e400", "inf")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("1234567890123456.0", "1234567890123456.0")]
    [InlineData("\"it's\"", "\"it's\"")]
    [InlineData("'a' \"b\"", "'ab'")]
    [InlineData("'tab\\there'", "'tab\\there'")]
    [InlineData("'\\x41\\101\\u00e9'", "'AAé'")]
    [InlineData("'\\x00\\x7f\\xa0'", "'\\x00\\x7f\\xa0'")]
    [InlineData("'\\q'", "'\\\\q'")]
    [InlineData("r'\\n'", "'\\\\n'")]
    [InlineData("b'\\x93NUMPY'", "b'\\x93NUMPY'")]
    [InlineData("'''tri\nple'''", "'tri\\nple'")]
    [InlineData("{'a': 1, 'a': 2, 'b': 3}", "{'a': 2, 'b': 3}")]
    [InlineData("{1: 'x', True: 'y', 1.0: 'z'}", "{1: 'z'}")]
    [InlineData("{'a': 1} # a comment", "{'a': 1}")]
    [InlineData("{'a':\n 1,\n}\n\n", "{'a': 1}")]
    [InlineData("[1, \\\n 2]", "[1, 2]")]
    [InlineData("'温度'", "'温度'")]
    public void Parse_Literal_ReprMatchesPython(string text, string repr)
    {
        Assert.Equal(repr, PyLiteralParser.Parse(text).Repr());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (10,")]
    [InlineData("{'a' 1}")]
    [InlineData("{'a': }")]
    [InlineData("[1 2]")]
    [InlineData("(,)")]
    [InlineData("'unterminated")]
    [InlineData("'line\nbreak'")]
    [InlineData("10L")]
    [InlineData("010")]
    [InlineData("1__0")]
    [InlineData("1_")]
    [InlineData("0x")]
    [InlineData("0b102")]
    [InlineData("--1")]
    [InlineData("-'a'")]
    [InlineData("1+2j")]
    [InlineData("2**3")]
    [InlineData("x")]
    [InlineData("f'a'")]
    [InlineData("'a' b'b'")]
    [InlineData("b'é'")]
    [InlineData("'\\x4'")]
    [InlineData("'\\U00110000'")]
    [InlineData("'\\N{DASH}'")]
    [InlineData("{'a': 1}\n{'b': 2}")]
    [InlineData("1\n,2")]
    [InlineData("$")]
    [InlineData("{'a': 1}}")]
    public void Parse_NotALiteral_Throws(string text)
    {
        Assert.Throws<PyLiteralException>(() => PyLiteralParser.Parse(text));
    }

    [Theory]
    [InlineData("{[1]: 2}", "unhashable type: 'list'")]
    [InlineData("{(1, {}): 2}", "unhashable type: 'dict'")]
    [InlineData("{{1}}", "unhashable type: 'set'")]
    public void Parse_UnhashableKey_ThrowsPythonTypeError(string text, string message)
    {
        PyLiteralException ex = Assert.Throws<PyLiteralException>(() => PyLiteralParser.Parse(text));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_LongSuffix_DroppedOnlyWhenAllowed()
    {
        Assert.Equal("(10, 3)", PyLiteralParser.Parse("(10L, 3 L)", allowLongSuffix: true).Repr());
        Assert.Throws<PyLiteralException>(() => PyLiteralParser.Parse("(10L,)", allowLongSuffix: false));
    }

    [Fact]
    public void Parse_DecimalPastPythonDigitLimit_Throws()
    {
        Assert.Equal("1" + new string('0', 4299), PyLiteralParser.Parse("1" + new string('0', 4299)).Repr());
        PyLiteralException ex = Assert.Throws<PyLiteralException>(() => PyLiteralParser.Parse(new string('1', 4301)));
        Assert.Equal("Exceeds the limit (4300 digits) for integer string conversion", ex.Message);
    }

    [Fact]
    public void Parse_HugeHexLiteral_LinearAndExact()
    {
        string hex = "0x1" + new string('0', 250_000);
        var value = (PyInt)PyLiteralParser.Parse(hex);
        Assert.Equal(System.Numerics.BigInteger.One << 1_000_000, value.Value);
        Assert.Equal(new System.Numerics.BigInteger(0b1011), ((PyInt)PyLiteralParser.Parse("0b_1011")).Value);
        Assert.Equal(new System.Numerics.BigInteger(511), ((PyInt)PyLiteralParser.Parse("0o777")).Value);
    }

    [Fact]
    public void Parse_NestingAtLimit_Parses()
    {
        string text = new string('(', PyLiteralParser.MaxDepth) + new string(')', PyLiteralParser.MaxDepth);
        Assert.Equal("()", PyLiteralParser.Parse(text).Repr());
    }

    [Fact]
    public void Parse_NestingPastLimit_ThrowsWithoutStackOverflow()
    {
        string text = new string('[', 100_000) + new string(']', 100_000);
        PyLiteralException ex = Assert.Throws<PyLiteralException>(() => PyLiteralParser.Parse(text));
        Assert.Equal("too many nested parentheses", ex.Message);
    }

    [Fact]
    public void Parse_ManyKeys_IsLinear()
    {
        string text = "{" + string.Join(", ", Enumerable.Range(0, 200_000).Select(i => $"{i}: {i}")) + "}";
        var dict = (PyDict)PyLiteralParser.Parse(text);
        Assert.Equal(200_000, dict.Count);
    }

    [Fact]
    public void Parse_RandomGarbage_OnlyPyLiteralException()
    {
        var random = new Random(42);
        const string alphabet = "{}[](),:'\"\\ \n\t#-+.0123456789eEjLxobTrueFalsNn_ab\u00e9\u0000";
        for (int trial = 0; trial < 20_000; trial++)
        {
            char[] chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            try
            {
                _ = PyLiteralParser.Parse(text, allowLongSuffix: trial % 2 == 0).Repr();
            }
            catch (PyLiteralException)
            {
            }
        }
    }

    [Fact]
    public void Parse_MutatedHeaders_OnlyPyLiteralException()
    {
        const string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (10, 3), }";
        var random = new Random(7);
        for (int trial = 0; trial < 20_000; trial++)
        {
            char[] chars = header.ToCharArray();
            for (int k = random.Next(1, 4); k > 0; k--)
            {
                chars[random.Next(chars.Length)] = (char)random.Next(0, 128);
            }

            try
            {
                _ = PyLiteralParser.Parse(new string(chars)).Repr();
            }
            catch (PyLiteralException)
            {
            }
        }
    }
}
