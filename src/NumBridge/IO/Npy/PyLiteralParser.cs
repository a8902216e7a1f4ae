using System.Globalization;
using System.Numerics;
using System.Text;

namespace NumBridge.IO;

/// <summary>
/// A small hand-written parser for the Python literals an <c>.npy</c> header holds, standing in for NumPy's
/// <c>ast.literal_eval</c>: dicts, lists, tuples (<c>()</c>, <c>(3,)</c>, a parenthesised value), sets, str and bytes
/// (quotes <c>'</c>/<c>"</c>/triple, prefixes <c>r</c>/<c>u</c>/<c>b</c>, escapes, adjacent concatenation), ints
/// (decimal, hex, octal, binary, underscores, one leading sign), floats, True/False/None, whitespace, comments and
/// line continuations.
/// </summary>
/// <remarks>
/// <para>
/// It is robust to garbage: it never recurses more than <see cref="MaxDepth"/> levels (CPython's tokenizer limit
/// of 200 nested brackets), runs in time linear in the text, and reports every failure as a
/// <see cref="PyLiteralException"/>. Expressions <c>literal_eval</c> would also take (complex numbers, <c>-(1)</c>)
/// are refused; NumPy never writes them.
/// </para>
/// <para>
/// <c>allowLongSuffix</c> reproduces NumPy's <c>_filter_header</c> for format versions 1.0 and 2.0:
/// an <c>L</c> after a number (a Python 2 long, <c>(10L,)</c>) is dropped.
/// </para>
/// </remarks>
internal sealed class PyLiteralParser
{
    public const int MaxDepth = 200;

    /// <summary>CPython's default <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int MaxDecimalDigits = 4300;

    private readonly string _text;
    private readonly bool _allowLongSuffix;
    private int _pos;
    private int _depth;

    private PyLiteralParser(string text, bool allowLongSuffix)
    {
        _text = text;
        _allowLongSuffix = allowLongSuffix;
    }

    /// <summary>Parses one expression (a bare <c>1, 2</c> is a tuple, as in Python's eval mode).</summary>
    /// <exception cref="PyLiteralException">The text is not a literal.</exception>
    public static PyValue Parse(string text, bool allowLongSuffix = false)
    {
        var parser = new PyLiteralParser(text, allowLongSuffix);
        parser.SkipSpace(newlines: true);
        if (parser.AtEnd)
        {
            throw Syntax();
        }

        PyValue value = parser.ParseSequence('\0', out _, tupleIfComma: true);
        parser.SkipSpace(newlines: true);
        if (!parser.AtEnd)
        {
            throw Syntax();
        }

        return value;
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private static PyLiteralException Syntax() => new("invalid syntax");

    /// <summary>Skips blanks, comments and backslash continuations; newlines only inside brackets (or at the end).</summary>
    private void SkipSpace(bool newlines = false)
    {
        bool allowNewline = newlines || _depth > 0;
        while (!AtEnd)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\f' || (allowNewline && c is '\n' or '\r'))
            {
                _pos++;
            }
            else if (c == '\\' && Peek(1) is '\n' or '\r')
            {
                _pos += Peek(1) == '\r' && Peek(2) == '\n' ? 3 : 2;
            }
            else if (c == '#')
            {
                while (!AtEnd && _text[_pos] is not ('\n' or '\r'))
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Parses <c>value (, value)* [,]</c> up to <paramref name="closer"/> (not consumed). With
    /// <paramref name="tupleIfComma"/>, returns a tuple when a comma was seen, else the single value; otherwise
    /// returns a list of the values.
    /// </summary>
    private PyValue ParseSequence(char closer, out bool sawComma, bool tupleIfComma)
    {
        var items = new List<PyValue>();
        sawComma = false;
        while (true)
        {
            SkipSpace();
            if (AtEnd || Peek() == closer)
            {
                if (items.Count == 0 && closer == '\0')
                {
                    throw Syntax();
                }

                break;
            }

            items.Add(ParseValue());
            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
                sawComma = true;
                continue;
            }

            break;
        }

        if (tupleIfComma)
        {
            return sawComma || items.Count == 0 ? new PyTuple([.. items]) : items[0];
        }

        return new PyList([.. items]);
    }

    private PyValue ParseValue()
    {
        SkipSpace();
        char c = Peek();
        switch (c)
        {
            case '(':
                return ParseBracketed('(', ')');
            case '[':
                return ParseBracketed('[', ']');
            case '{':
                return ParseBracketed('{', '}');
            case '-' or '+':
                _pos++;
                SkipSpace();
                if (!(char.IsAsciiDigit(Peek()) || (Peek() == '.' && char.IsAsciiDigit(Peek(1)))))
                {
                    throw Syntax();
                }

                PyValue number = ParseNumber();
                return c == '+' ? number : number switch
                {
                    PyInt i => new PyInt(-i.Value),
                    PyFloat f => new PyFloat(-f.Value),
                    _ => throw Syntax(),
                };
            case '\'' or '"':
                return ParseStrings();
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return ParseNumber();
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            int start = _pos;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_'))
            {
                _pos++;
            }

            string name = _text[start.._pos];
            if (Peek() is '\'' or '"' && IsStringPrefix(name))
            {
                _pos = start;
                return ParseStrings();
            }

            return name switch
            {
                "True" => new PyBool(true),
                "False" => new PyBool(false),
                "None" => PyNone.Instance,
                _ => throw new PyLiteralException("malformed node or string"),
            };
        }

        throw Syntax();
    }

    private static bool IsStringPrefix(string name) =>
        name.ToLowerInvariant() is "r" or "u" or "b" or "br" or "rb";

    private PyValue ParseBracketed(char open, char close)
    {
        if (++_depth > MaxDepth)
        {
            throw new PyLiteralException("too many nested parentheses");
        }

        _pos++; // the opening bracket
        PyValue result;
        if (open == '{')
        {
            result = ParseDictOrSet();
        }
        else
        {
            result = ParseSequence(close, out _, tupleIfComma: open == '(');
        }

        SkipSpace();
        if (Peek() != close)
        {
            throw Syntax();
        }

        _pos++;
        _depth--;
        return result;
    }

    private PyValue ParseDictOrSet()
    {
        SkipSpace();
        if (Peek() == '}')
        {
            return new PyDict();
        }

        PyValue first = ParseValue();
        SkipSpace();
        if (Peek() != ':')
        {
            var members = new List<PyValue> { RequireHashable(first) };
            var seen = new HashSet<PyValue>(PyKeyComparer.Instance) { first };
            while (Peek() == ',')
            {
                _pos++;
                SkipSpace();
                if (Peek() == '}')
                {
                    break;
                }

                PyValue item = RequireHashable(ParseValue());
                if (seen.Add(item))
                {
                    members.Add(item);
                }

                SkipSpace();
            }

            return new PySet([.. members]);
        }

        var dict = new PyDict();
        PyValue key = first;
        while (true)
        {
            SkipSpace();
            if (Peek() != ':')
            {
                throw Syntax();
            }

            _pos++;
            PyValue value = ParseValue();
            dict.Set(RequireHashable(key), value);
            SkipSpace();
            if (Peek() != ',')
            {
                return dict;
            }

            _pos++;
            SkipSpace();
            if (Peek() == '}')
            {
                return dict;
            }

            key = ParseValue();
        }
    }

    private static PyValue RequireHashable(PyValue value) =>
        value.IsHashable ? value : throw new PyLiteralException($"unhashable type: '{UnhashablePart(value).TypeName}'");

    private static PyValue UnhashablePart(PyValue value) =>
        value is PyTuple t ? UnhashablePart(Array.Find(t.Items, item => !item.IsHashable)!) : value;

    /// <summary>Parses one or more adjacent string literals, concatenated; str and bytes do not mix.</summary>
    private PyValue ParseStrings()
    {
        var text = new StringBuilder();
        List<byte>? bytes = null;
        bool first = true;
        while (true)
        {
            int start = _pos;
            while (!AtEnd && char.IsAsciiLetter(Peek()))
            {
                _pos++;
            }

            string prefix = _text[start.._pos].ToLowerInvariant();
            if (prefix.Length > 0 && !IsStringPrefix(prefix))
            {
                throw Syntax();
            }

            bool isBytes = prefix.Contains('b', StringComparison.Ordinal);
            if (!first && isBytes != (bytes is not null))
            {
                throw new PyLiteralException("cannot mix bytes and nonbytes literals");
            }

            if (first && isBytes)
            {
                bytes = [];
            }

            ReadStringBody(prefix.Contains('r', StringComparison.Ordinal), isBytes, text, bytes);
            first = false;
            SkipSpace();
            int save = _pos;
            while (!AtEnd && char.IsAsciiLetter(Peek()))
            {
                _pos++;
            }

            bool another = Peek() is '\'' or '"' && (save == _pos || IsStringPrefix(_text[save.._pos]));
            _pos = save;
            if (!another)
            {
                break;
            }
        }

        return bytes is null ? new PyStr(text.ToString()) : new PyBytes([.. bytes]);
    }

    private void ReadStringBody(bool raw, bool isBytes, StringBuilder text, List<byte>? bytes)
    {
        char quote = Peek();
        bool triple = Peek(1) == quote && Peek(2) == quote;
        _pos += triple ? 3 : 1;
        while (true)
        {
            if (AtEnd)
            {
                throw new PyLiteralException("unterminated string literal");
            }

            char c = _text[_pos];
            if (c == quote && (!triple || (Peek(1) == quote && Peek(2) == quote)))
            {
                _pos += triple ? 3 : 1;
                return;
            }

            if (!triple && c is '\n' or '\r')
            {
                throw new PyLiteralException("unterminated string literal");
            }

            if (isBytes && c >= 0x80)
            {
                throw new PyLiteralException("bytes can only contain ASCII literal characters");
            }

            _pos++;
            if (c != '\\')
            {
                Append(text, bytes, c);
                continue;
            }

            if (AtEnd)
            {
                throw new PyLiteralException("unterminated string literal");
            }

            char e = _text[_pos];
            if (raw)
            {
                // In a raw literal a backslash stays, and only keeps the next character from ending the string.
                Append(text, bytes, '\\');
                Append(text, bytes, e);
                _pos++;
                continue;
            }

            _pos++;
            switch (e)
            {
                case '\n':
                    break;
                case '\r':
                    if (Peek() == '\n')
                    {
                        _pos++;
                    }

                    break;
                case '\\' or '\'' or '"':
                    Append(text, bytes, e);
                    break;
                case 'a': Append(text, bytes, '\a'); break;
                case 'b': Append(text, bytes, '\b'); break;
                case 'f': Append(text, bytes, '\f'); break;
                case 'n': Append(text, bytes, '\n'); break;
                case 'r': Append(text, bytes, '\r'); break;
                case 't': Append(text, bytes, '\t'); break;
                case 'v': Append(text, bytes, '\v'); break;
                case >= '0' and <= '7':
                    int octal = e - '0';
                    for (int k = 0; k < 2 && Peek() is >= '0' and <= '7'; k++)
                    {
                        octal = (octal * 8) + (_text[_pos++] - '0');
                    }

                    AppendCodePoint(text, bytes, bytes is null ? octal : octal & 0xff);
                    break;
                case 'x':
                    AppendCodePoint(text, bytes, ReadHex(2));
                    break;
                case 'u' when bytes is null:
                    AppendCodePoint(text, bytes, ReadHex(4));
                    break;
                case 'U' when bytes is null:
                    int cp = ReadHex(8);
                    if (cp > 0x10FFFF)
                    {
                        throw new PyLiteralException("illegal Unicode character");
                    }

                    AppendCodePoint(text, bytes, cp);
                    break;
                case 'N' when bytes is null:
                    throw new PyLiteralException("named Unicode escapes are not supported");
                default:
                    Append(text, bytes, '\\');
                    Append(text, bytes, e);
                    break;
            }
        }
    }

    private int ReadHex(int count)
    {
        int value = 0;
        for (int k = 0; k < count; k++)
        {
            char h = Peek();
            if (!char.IsAsciiHexDigit(h))
            {
                throw new PyLiteralException("truncated escape");
            }

            value = (value * 16) + Convert.ToInt32(h.ToString(), 16);
            _pos++;
        }

        return value;
    }

    private static void Append(StringBuilder text, List<byte>? bytes, char c)
    {
        if (bytes is null)
        {
            text.Append(c);
        }
        else
        {
            bytes.Add((byte)c);
        }
    }

    private static void AppendCodePoint(StringBuilder text, List<byte>? bytes, int codePoint)
    {
        if (bytes is not null)
        {
            bytes.Add((byte)codePoint);
        }
        else if (codePoint < 0x10000)
        {
            text.Append((char)codePoint); // lone surrogates (\ud800) are legal in a Python str
        }
        else
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    private PyValue ParseNumber()
    {
        int start = _pos;
        PyValue value;
        if (Peek() == '0' && char.ToLowerInvariant(Peek(1)) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(Peek(1)) switch { 'x' => 16, 'o' => 8, _ => 2 };
            _pos += 2;
            int digitsStart = _pos;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_'))
            {
                _pos++;
            }

            value = new PyInt(ParseRadix(_text[digitsStart.._pos], radix));
        }
        else
        {
            string intPart = ReadDigits();
            bool isFloat = false;
            string fraction = string.Empty;
            string exponent = string.Empty;
            if (Peek() == '.')
            {
                _pos++;
                isFloat = true;
                fraction = char.IsAsciiDigit(Peek()) ? ReadDigits() : string.Empty;
            }

            if (char.ToLowerInvariant(Peek()) == 'e' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
            {
                _pos++;
                string sign = Peek() is '+' or '-' ? _text[_pos++].ToString() : string.Empty;
                exponent = sign + ReadDigits();
                isFloat = true;
            }

            if (Peek() is 'j' or 'J')
            {
                throw new PyLiteralException("complex numbers are not supported");
            }

            if (isFloat)
            {
                string literal = $"{(intPart.Length == 0 ? "0" : intPart)}.{(fraction.Length == 0 ? "0" : fraction)}e{(exponent.Length == 0 ? "0" : exponent)}";
                value = new PyFloat(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            else
            {
                // Python 3 refuses leading zeros ("010") except in zero itself.
                if (intPart.Length > 1 && intPart[0] == '0' && intPart.AsSpan().ContainsAnyExcept('0'))
                {
                    throw new PyLiteralException("leading zeros in decimal integer literals are not permitted");
                }

                // CPython 3.11 refuses decimal literals past 4300 digits (sys.get_int_max_str_digits), which also
                // keeps the quadratic decimal conversion cheap.
                if (intPart.Length > MaxDecimalDigits)
                {
                    throw new PyLiteralException($"Exceeds the limit ({MaxDecimalDigits} digits) for integer string conversion");
                }

                value = new PyInt(BigInteger.Parse(intPart, NumberStyles.None, CultureInfo.InvariantCulture));
            }
        }

        if (_pos == start)
        {
            throw Syntax();
        }

        if (_allowLongSuffix)
        {
            int save = _pos;
            SkipSpace();
            if (Peek() == 'L' && !(char.IsAsciiLetterOrDigit(Peek(1)) || Peek(1) == '_'))
            {
                _pos++;
            }
            else
            {
                _pos = save;
            }
        }

        if (char.IsAsciiLetterOrDigit(Peek()) || Peek() == '_')
        {
            throw new PyLiteralException("invalid decimal literal");
        }

        return value;
    }

    /// <summary>Reads digits with single underscores between them (<c>1_000</c>), returning the digits alone.</summary>
    private string ReadDigits()
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (char.IsAsciiDigit(Peek()))
            {
                sb.Append(_text[_pos++]);
            }
            else if (Peek() == '_' && sb.Length > 0 && char.IsAsciiDigit(Peek(1)))
            {
                _pos++;
            }
            else
            {
                return sb.ToString();
            }
        }
    }

    private static BigInteger ParseRadix(string digits, int radix)
    {
        // One underscore may follow the prefix (0x_ff) and separate digits; none may end the literal or double up.
        if (digits.Length == 0 || digits.EndsWith('_') || digits.Contains("__", StringComparison.Ordinal))
        {
            throw new PyLiteralException("invalid literal");
        }

        // Radix 2, 8 and 16 digits are whole bits, packed from the lowest digit up: linear in the length, as
        // CPython's conversion for power-of-two bases (which has no digit limit).
        int bitsPerDigit = radix switch { 2 => 1, 8 => 3, _ => 4 };
        byte[] bytes = new byte[((digits.Length * bitsPerDigit) / 8) + 1];
        int bit = 0;
        bool any = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            char ch = digits[i];
            if (ch == '_')
            {
                continue;
            }

            int d = char.IsAsciiDigit(ch) ? ch - '0' : char.IsAsciiLetter(ch) ? char.ToLowerInvariant(ch) - 'a' + 10 : 99;
            if (d >= radix)
            {
                throw new PyLiteralException("invalid digit in literal");
            }

            for (int k = 0; k < bitsPerDigit; k++, bit++)
            {
                if ((d & (1 << k)) != 0)
                {
                    bytes[bit / 8] |= (byte)(1 << (bit % 8));
                }
            }

            any = true;
        }

        return any ? new BigInteger(bytes, isUnsigned: true) : throw new PyLiteralException("invalid literal");
    }
}

/// <summary>A header text that is not a Python literal (NumPy's <c>SyntaxError</c> or <c>TypeError</c> from
/// <c>ast.literal_eval</c>).</summary>
internal sealed class PyLiteralException(string message) : Exception(message);
