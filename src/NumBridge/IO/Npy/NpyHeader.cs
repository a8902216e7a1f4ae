using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace NumBridge.IO;

/// <summary>
/// The header dict of an <c>.npy</c> file: parsing and checking it as NumPy's <c>_read_array_header</c> and
/// <c>read_array</c> do (same checks, same order, same words), and writing it byte for byte as
/// <c>_write_array_header</c> and <c>_wrap_header</c> do. The layout is described on <see cref="NpyFormat"/>.
/// </summary>
internal readonly struct NpyHeader
{
    public NpyHeader(DType dtype, Shape shape, bool fortranOrder)
    {
        DType = dtype;
        Shape = shape;
        FortranOrder = fortranOrder;
    }

    public DType DType { get; }

    public Shape Shape { get; }

    public bool FortranOrder { get; }

    /// <summary>The number of data bytes, <c>size * itemsize</c> (checked when the header was parsed).</summary>
    public nint DataLength => checked(Shape.size * DType.ItemSize);

    /// <summary>
    /// Parses and checks a decoded header text.
    /// </summary>
    /// <param name="text">The header as read (padding and newline included).</param>
    /// <param name="major">The format's major version; 1.0 and 2.0 drop Python 2's <c>L</c> suffix first.</param>
    /// <param name="allowPickle">Whether the caller allows pickled data (changes only the object-array message).</param>
    /// <exception cref="InvalidDataException">The header is not a literal, not a dict, has the wrong keys, or a bad
    /// shape, fortran_order or descr; a dimension is negative; the array would be too big.</exception>
    /// <exception cref="NotSupportedException">The dtype is one NumBridge lacks, or Python objects.</exception>
    public static NpyHeader Parse(string text, byte major, bool allowPickle)
    {
        PyValue parsed;
        try
        {
            parsed = PyLiteralParser.Parse(text, allowLongSuffix: major < 3);
        }
        catch (PyLiteralException ex)
        {
            // literal_eval's TypeError (a list as a dict key) escapes np.load as is; its SyntaxError becomes this.
            throw new InvalidDataException(
                ex.Message.StartsWith("unhashable", StringComparison.Ordinal) ? ex.Message : Messages.CannotParseHeader(PyRepr.Str(text)),
                ex);
        }

        if (parsed is not PyDict dict)
        {
            return ThrowHelper.ThrowInvalidData<NpyHeader>(Messages.HeaderNotDictionary(parsed.Repr()));
        }

        if (dict.Count != 3
            || !dict.TryGetValue("descr", out PyValue descr)
            || !dict.TryGetValue("fortran_order", out PyValue fortran)
            || !dict.TryGetValue("shape", out PyValue shapeValue))
        {
            return ThrowHelper.ThrowInvalidData<NpyHeader>(Messages.HeaderKeys(SortedKeysRepr(dict)));
        }

        if (shapeValue is not PyTuple shapeTuple || !Array.TrueForAll(shapeTuple.Items, d => d is PyInt))
        {
            return ThrowHelper.ThrowInvalidData<NpyHeader>(Messages.ShapeNotValid(shapeValue.Repr()));
        }

        if (fortran is not PyBool fortranOrder)
        {
            return ThrowHelper.ThrowInvalidData<NpyHeader>(Messages.FortranOrderNotBool(fortran.Repr()));
        }

        NpyDescrKind kind = NpyDescr.Classify(descr, out DType? dtype);
        if (kind == NpyDescrKind.Invalid)
        {
            return ThrowHelper.ThrowInvalidData<NpyHeader>(Messages.DescrNotValid(descr.Repr()));
        }

        // As read_array: the element count (numpy.multiply.reduce into an int64) comes first, then the object
        // check, then the allocation that refuses negative dimensions.
        var dims = new nint[shapeTuple.Items.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            BigInteger d = ((PyInt)shapeTuple.Items[i]).Value;
            if (d > long.MaxValue || d < long.MinValue)
            {
                ThrowHelper.ThrowInvalidData(Messages.PythonIntTooLarge);
            }

            dims[i] = (nint)(long)d;
        }

        switch (kind)
        {
            case NpyDescrKind.Object:
                ThrowHelper.ThrowNotSupported(allowPickle ? Messages.ObjectArraysUnsupported : Messages.ObjectArraysNotAllowed);
                break;
            case NpyDescrKind.Unsupported:
                ThrowHelper.ThrowNotSupported(Messages.UnsupportedDescr(descr.Repr()));
                break;
        }

        foreach (nint d in dims)
        {
            if (d < 0)
            {
                ThrowHelper.ThrowInvalidData(Messages.NegativeDimensions);
            }
        }

        if (!StrideMath.FitsInAddressSpace(dims, dtype!.ItemSize))
        {
            ThrowHelper.ThrowInvalidData(Messages.ArrayTooBig);
        }

        return new NpyHeader(dtype!, Shape.Wrap(dims), fortranOrder.Value);
    }

    /// <summary>
    /// The header text <c>_write_array_header</c> produces before wrapping: the sorted dict, then the spare spaces
    /// for the growing axis.
    /// </summary>
    public static string Format(DType dtype, Shape shape, bool fortranOrder)
    {
        string dict = $"{{'descr': '{dtype.str}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shape}, }}";
        if (shape.ndim == 0)
        {
            return dict;
        }

        nint growthAxis = shape[fortranOrder ? -1 : 0];
        int digits = growthAxis.ToString(CultureInfo.InvariantCulture).Length;
        return dict + new string(' ', Math.Max(NpyFormat.GrowthAxisMaxDigits - digits, 0));
    }

    /// <summary>
    /// Magic, version, HEADER_LEN, header, padding and newline, as <c>_wrap_header_guess_version</c>: version 1.0
    /// when HEADER_LEN fits in 16 bits, else 2.0.
    /// </summary>
    public static byte[] Wrap(string header)
    {
        byte[] text = Encoding.Latin1.GetBytes(header);
        int hlen = text.Length + 1;
        byte major = 1;
        int lengthSize = 2;
        int pad = NpyFormat.ArrayAlign - ((NpyFormat.MagicLength + lengthSize + hlen) % NpyFormat.ArrayAlign);
        if (hlen + pad > ushort.MaxValue)
        {
            major = 2;
            lengthSize = 4;
            pad = NpyFormat.ArrayAlign - ((NpyFormat.MagicLength + lengthSize + hlen) % NpyFormat.ArrayAlign);
        }

        int prefix = NpyFormat.MagicLength + lengthSize;
        byte[] result = new byte[prefix + hlen + pad];
        NpyFormat.MagicPrefix.CopyTo(result);
        result[6] = major;
        result[7] = 0;
        if (lengthSize == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(result.AsSpan(8), (ushort)(hlen + pad));
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(8), (uint)(hlen + pad));
        }

        text.CopyTo(result, prefix);
        result.AsSpan(prefix + text.Length, pad).Fill((byte)' ');
        result[^1] = (byte)'\n';
        return result;
    }

    /// <summary><c>repr(sorted(d.keys()))</c>; keys of mixed types (which make Python's sort raise) sort by type name
    /// first.</summary>
    private static string SortedKeysRepr(PyDict dict)
    {
        PyValue[] keys = [.. dict.Keys];
        Array.Sort(keys, (a, b) =>
        {
            int byType = string.CompareOrdinal(a.TypeName, b.TypeName);
            if (byType != 0)
            {
                return byType;
            }

            return (a, b) switch
            {
                (PyStr s, PyStr t) => CompareCodePoints(s.Value, t.Value),
                (PyInt s, PyInt t) => s.Value.CompareTo(t.Value),
                _ => string.CompareOrdinal(a.Repr(), b.Repr()),
            };
        });
        return new PyList(keys).Repr();
    }

    /// <summary>Python compares strings by code point; UTF-16 ordinal order differs only above the surrogates.</summary>
    private static int CompareCodePoints(string a, string b)
    {
        StringRuneEnumerator x = a.EnumerateRunes();
        StringRuneEnumerator y = b.EnumerateRunes();
        while (true)
        {
            bool hasX = x.MoveNext();
            bool hasY = y.MoveNext();
            if (!hasX || !hasY)
            {
                return hasX.CompareTo(hasY);
            }

            int c = x.Current.Value.CompareTo(y.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }
}
