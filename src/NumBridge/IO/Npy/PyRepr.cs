using System.Globalization;
using System.Text;

namespace NumBridge.IO;

/// <summary>
/// Python's <c>repr</c> of the literal values an <c>.npy</c> header can hold, so that error messages quote a header
/// exactly as NumPy's <c>{!r}</c> formatting does (CPython <c>Objects/unicodeobject.c</c> <c>unicode_repr</c>,
/// <c>Objects/bytesobject.c</c> <c>PyBytes_Repr</c>, <c>Python/pystrtod.c</c> for floats).
/// </summary>
internal static class PyRepr
{
    /// <summary><c>repr(str)</c>: single quotes unless the text holds a single quote and no double quote.</summary>
    public static string Str(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        AppendStr(sb, text);
        return sb.ToString();
    }

    public static void AppendStr(StringBuilder sb, string text)
    {
        char quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append((char)c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c < ' ' || c == 0x7f)
            {
                sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                sb.Append((char)c);
            }
            else if (IsPrintable(c))
            {
                sb.Append(char.ConvertFromUtf32(c));
            }
            else if (c <= 0xff)
            {
                sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c <= 0xffff)
            {
                sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        sb.Append(quote);
    }

    /// <summary><c>repr(bytes)</c>, e.g. <c>b'\x93NUMPZ'</c>.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes)
    {
        bool single = bytes.Contains((byte)'\'');
        bool dbl = bytes.Contains((byte)'"');
        char quote = single && !dbl ? '"' : '\'';
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < ' ' || b >= 0x7f)
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>
    /// <c>repr(float)</c>: the shortest round-trip digits, in positional notation when the decimal point falls
    /// within 16 digits of the first one, else in exponent notation (<c>1e+16</c>, <c>1.5e-05</c>), as
    /// <c>PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)</c>.
    /// </summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        string sign = double.IsNegative(value) ? "-" : string.Empty;
        if (value == 0)
        {
            return sign + "0.0";
        }

        // .NET's "R" gives the same shortest digits; take them apart into digits and a decimal-point position.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E', StringComparison.Ordinal);
        int exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? r : r[..e];
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int pointAt = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        pointAt -= leadingZeros;

        var sb = new StringBuilder(sign);
        if (pointAt > -4 && pointAt <= 16)
        {
            if (pointAt <= 0)
            {
                sb.Append("0.").Append('0', -pointAt).Append(digits);
            }
            else if (pointAt >= digits.Length)
            {
                sb.Append(digits).Append('0', pointAt - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, pointAt).Append('.').Append(digits, pointAt, digits.Length - pointAt);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            int exp = pointAt - 1;
            sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Python's <c>str.isprintable</c> for one code point: not a control, format, surrogate, private-use,
    /// unassigned or separator character (the space excepted).</summary>
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ')
        {
            return true;
        }

        if (!Rune.IsValid(codePoint))
        {
            return false; // a lone surrogate
        }

        return Rune.GetUnicodeCategory(new Rune(codePoint)) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
