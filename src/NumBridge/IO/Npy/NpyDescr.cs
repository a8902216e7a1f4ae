using System.Text.RegularExpressions;

namespace NumBridge.IO;

/// <summary>What an <c>.npy</c> header's <c>descr</c> means to NumBridge.</summary>
internal enum NpyDescrKind
{
    /// <summary>One of NumBridge's dtypes (<c>'&lt;f4'</c>, <c>'|b1'</c>, <c>'&gt;c16'</c>, also names such as <c>'float32'</c>).</summary>
    Supported,

    /// <summary>Python objects (<c>'|O'</c>): the data is a pickle.</summary>
    Object,

    /// <summary>A dtype NumPy has and NumBridge does not: structured, sub-array, str, bytes, void, datetime,
    /// timedelta, long double.</summary>
    Unsupported,

    /// <summary>Not a dtype at all: NumPy's <c>descr is not a valid dtype descriptor</c>.</summary>
    Invalid,
}

/// <summary>
/// Turns a header's <c>descr</c> into a <see cref="DType"/>, as NumPy's <c>descr_to_dtype</c> (a string goes to
/// <c>numpy.dtype</c>, a list is a structured dtype, a tuple a sub-array), and sorts what NumBridge cannot hold into
/// "a dtype we lack" and "no dtype at all", so each gets its own message.
/// </summary>
internal static partial class NpyDescr
{
    public static NpyDescrKind Classify(PyValue descr, out DType? dtype)
    {
        dtype = null;
        switch (descr)
        {
            case PyStr s when DType.TryParse(s.Value, out dtype):
                return NpyDescrKind.Supported;
            case PyStr s:
                return ClassifyUnsupported(s.Value);
            case PyList or PyTuple:
                return NpyDescrKind.Unsupported;
            default:
                return NpyDescrKind.Invalid;
        }
    }

    /// <summary>Whether a string NumBridge does not parse is still one that <c>numpy.dtype</c> takes.</summary>
    private static NpyDescrKind ClassifyUnsupported(string text)
    {
        string t = text.Length > 1 && text[0] is '<' or '>' or '|' or '=' ? text[1..] : text;
        if (t is "O" or "O8" or "object" or "object_")
        {
            return NpyDescrKind.Object;
        }

        return NumPyOnlyName().IsMatch(t) || NumPyOnlyCode().IsMatch(t) ? NpyDescrKind.Unsupported : NpyDescrKind.Invalid;
    }

    [GeneratedRegex(@"^(str|str_|unicode|bytes|bytes_|void|datetime64|timedelta64|longdouble|clongdouble|longfloat|clongfloat|float128|complex256|U|S|a|V|M|m|g|G)$")]
    private static partial Regex NumPyOnlyName();

    // U/S/a/V with a length, datetime/timedelta with an optional unit ('M8[D]', 'm8[10ms]', 'datetime64[s]'),
    // and the 16-byte long double and 32-byte long complex of x86-64.
    [GeneratedRegex(@"^([USaV]\d+|[Mm]8(\[\d*[A-Za-z]+\])?|(datetime64|timedelta64)\[\d*[A-Za-z]+\]|f16|c32)$")]
    private static partial Regex NumPyOnlyCode();
}
