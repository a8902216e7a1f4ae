using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NumBridge.Reliability.Fuzzing;

/// <summary>
/// Makes a new input from a pool input: generic byte mutations (bit flips, byte sets, interesting integers, block
/// insert, delete, duplicate, truncation, splicing with another input) and format-aware ones that get past checksums
/// and framing to reach the deeper parsers (<c>.npy</c> header rewrites, PNG chunk CRCs fixed and IDAT contents mutated
/// before recompression, <c>.npz</c> members re-zipped). Deterministic: the same seed gives the same inputs.
/// </summary>
internal sealed class Mutator(Random random)
{
    private static readonly long[] s_interesting =
    [
        0, 1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 63, 64, 127, 128, 255, 256, 511, 1024, 4095, 4096, 32767, 32768, 65535,
        65536, int.MaxValue, unchecked((uint)int.MinValue), uint.MaxValue, -1, -2, -128, 1L << 32, 1L << 40, long.MaxValue,
        long.MinValue, 0x7FFFFFFFFFFFFFF, 0x100000001,
    ];

    private static readonly string[] s_descrs =
    [
        "'<f8'", "'<f4'", "'|u1'", "'|b1'", "'<i8'", "'>i4'", "'<c16'", "'<f2'", "'|O'", "'<U5'", "'|S3'", "'<M8[s]'",
        "'<f16'", "'V8'", "[('a', '<i4')]", "'<i0'", "'<f99999999999'", "''", "'<u8'", "'>c8'", "'|i1'", "None", "1",
    ];

    private static readonly string[] s_shapes =
    [
        "()", "(0,)", "(1,)", "(3,)", "(2, 3)", "(-1,)", "(-3, 2)", "(4294967296, 4294967296)", "(9223372036854775807,)",
        "(3037000500, 3037000500)", "(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)",
        "(0, 9223372036854775807)", "(2**62,)", "(1e3,)", "('a',)", "[3]", "(3,", "(True,)", "(100000000,)",
    ];

    private static readonly byte[] s_pngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A new input made from <paramref name="input"/> (not changed), sometimes mixed with <paramref name="other"/>.</summary>
    public byte[] Mutate(FuzzTarget target, byte[] input, byte[] other)
    {
        int roll = random.Next(100);
        byte[] result = target switch
        {
            FuzzTarget.Npy or FuzzTarget.NpyStream when roll < 30 => RewriteNpyHeader(input),
            FuzzTarget.Npz when roll < 30 => RezipMember(input),
            FuzzTarget.Image when roll < 25 && IsPng(input) => MutatePngStructure(input),
            _ => Generic(input, other),
        };

        // Stack a second generic change now and then: single mutations rarely break two checks at once.
        if (random.Next(4) == 0)
        {
            result = Generic(result, other);
        }

        if (target == FuzzTarget.Image && IsPng(result) && random.Next(2) == 0)
        {
            FixPngCrcs(result);
        }

        return result;
    }

    /// <summary>One of the byte-level mutations.</summary>
    public byte[] Generic(byte[] input, byte[] other)
    {
        if (input.Length == 0)
        {
            return [(byte)random.Next(256)];
        }

        var bytes = new List<byte>(input);
        switch (random.Next(10))
        {
            case 0:
                for (int i = 1 + random.Next(4); i > 0; i--)
                {
                    int at = random.Next(bytes.Count);
                    bytes[at] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 1:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 2:
            case 3:
                WriteInteresting(bytes);
                break;
            case 4:
                {
                    int cut = random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                }

            case 5:
                {
                    int at = random.Next(bytes.Count);
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(32)));
                    break;
                }

            case 6:
                {
                    int at = random.Next(bytes.Count + 1);
                    byte[] block = new byte[1 + random.Next(32)];
                    byte fill = (byte)random.Next(256);
                    for (int i = 0; i < block.Length; i++)
                    {
                        block[i] = random.Next(3) == 0 ? (byte)random.Next(256) : fill;
                    }

                    bytes.InsertRange(at, block);
                    break;
                }

            case 7:
                {
                    int from = random.Next(bytes.Count);
                    int length = Math.Min(bytes.Count - from, 1 + random.Next(64));
                    bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(from, length));
                    break;
                }

            case 8:
                {
                    // Splice: this input's head, the other's tail.
                    int cut = random.Next(bytes.Count + 1);
                    int otherCut = other.Length == 0 ? 0 : random.Next(other.Length);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    bytes.AddRange(other.AsSpan(otherCut).ToArray());
                    break;
                }

            default:
                {
                    // A run of one value over a block (zeroes out lengths, counts, tables).
                    int at = random.Next(bytes.Count);
                    byte value = random.Next(2) == 0 ? (byte)0 : (byte)0xFF;
                    for (int i = at; i < Math.Min(bytes.Count, at + 1 + random.Next(16)); i++)
                    {
                        bytes[i] = value;
                    }

                    break;
                }
        }

        return [.. bytes];
    }

    private void WriteInteresting(List<byte> bytes)
    {
        long value = s_interesting[random.Next(s_interesting.Length)];
        int width = random.Next(4) switch { 0 => 1, 1 => 2, 2 => 4, _ => 8 };
        bool bigEndian = random.Next(2) == 0;
        int at = random.Next(bytes.Count);
        Span<byte> raw = stackalloc byte[8];
        if (bigEndian)
        {
            BinaryPrimitives.WriteInt64BigEndian(raw, value);
            raw = raw[(8 - width)..];
        }
        else
        {
            BinaryPrimitives.WriteInt64LittleEndian(raw, value);
            raw = raw[..width];
        }

        for (int i = 0; i < raw.Length && at + i < bytes.Count; i++)
        {
            bytes[at + i] = raw[i];
        }
    }

    /// <summary>
    /// Rewrites a field of an <c>.npy</c> header dictionary (descr, shape, fortran_order), its length field or its
    /// version, keeping the rest of the file.
    /// </summary>
    private byte[] RewriteNpyHeader(byte[] input)
    {
        if (input.Length < 10 || input[0] != 0x93)
        {
            return Generic(input, input);
        }

        int lengthSize = input[6] == 1 ? 2 : 4;
        int headerStart = 8 + lengthSize;
        if (input.Length < headerStart)
        {
            return Generic(input, input);
        }

        long headerLength = lengthSize == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(input.AsSpan(8)) : BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(8));
        int headerEnd = (int)Math.Min(input.Length, headerStart + headerLength);
        string header = Encoding.Latin1.GetString(input, headerStart, headerEnd - headerStart);
        byte[] data = input[headerEnd..];

        switch (random.Next(6))
        {
            case 0:
                header = ReplaceValue(header, "'descr': ", s_descrs[random.Next(s_descrs.Length)]);
                break;
            case 1:
                header = ReplaceValue(header, "'shape': ", random.Next(3) == 0 ? RandomShape() : s_shapes[random.Next(s_shapes.Length)]);
                break;
            case 2:
                header = ReplaceValue(header, "'fortran_order': ", random.Next(4) switch { 0 => "True", 1 => "False", 2 => "1", _ => "'yes'" });
                break;
            case 3:
                {
                    // Keep the header, claim another length.
                    byte[] copy = (byte[])input.Clone();
                    long claimed = s_interesting[random.Next(s_interesting.Length)];
                    if (lengthSize == 2)
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(8), (ushort)claimed);
                    }
                    else
                    {
                        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(8), (uint)claimed);
                    }

                    return copy;
                }

            case 4:
                {
                    byte[] copy = (byte[])input.Clone();
                    copy[6] = (byte)random.Next(5);
                    copy[7] = (byte)(random.Next(4) == 0 ? random.Next(256) : 0);
                    return copy;
                }

            default:
                {
                    // A character of the dictionary text replaced, inserted or removed: the literal parser's errors.
                    var text = new StringBuilder(header);
                    int at = text.Length == 0 ? 0 : random.Next(text.Length);
                    const string Alphabet = "{}()[]',:. 0123456789-+eExjTFN\\\"#\n\u00e9";
                    char c = Alphabet[random.Next(Alphabet.Length)];
                    switch (random.Next(3))
                    {
                        case 0 when text.Length > 0:
                            text[at] = c;
                            break;
                        case 1:
                            text.Insert(at, c);
                            break;
                        default:
                            if (text.Length > 0)
                            {
                                text.Remove(at, 1);
                            }

                            break;
                    }

                    header = text.ToString();
                    break;
                }
        }

        return BuildNpy(input[6], input[7], header, data, fixLength: random.Next(8) != 0);
    }

    private string RandomShape()
    {
        int ndim = random.Next(5);
        var dims = new string[ndim];
        for (int i = 0; i < ndim; i++)
        {
            dims[i] = (random.Next(3) == 0 ? s_interesting[random.Next(s_interesting.Length)] : random.Next(6)).ToString(CultureInfo.InvariantCulture);
        }

        return ndim == 1 ? $"({dims[0]},)" : $"({string.Join(", ", dims)})";
    }

    private static string ReplaceValue(string header, string key, string value)
    {
        int at = header.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return header;
        }

        int start = at + key.Length;
        int depth = 0;
        int end = start;
        for (; end < header.Length; end++)
        {
            char c = header[end];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if ((c == ',' && depth == 0) || c == '}')
            {
                break;
            }
        }

        return string.Concat(header.AsSpan(0, start), value, header.AsSpan(end));
    }

    private static byte[] BuildNpy(byte major, byte minor, string header, byte[] data, bool fixLength)
    {
        byte[] text = Encoding.Latin1.GetBytes(header);
        int lengthSize = major == 1 ? 2 : 4;
        var output = new byte[8 + lengthSize + text.Length + data.Length];
        output[0] = 0x93;
        "NUMPY"u8.CopyTo(output.AsSpan(1));
        output[6] = major;
        output[7] = minor;
        int length = fixLength ? text.Length : text.Length + 1;
        if (lengthSize == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(8), (ushort)length);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(8), (uint)length);
        }

        text.CopyTo(output, 8 + lengthSize);
        data.CopyTo(output, 8 + lengthSize + text.Length);
        return output;
    }

    /// <summary>
    /// Reads the archive's first member, mutates it (as an <c>.npy</c>), and writes a fresh, valid archive around it,
    /// stored or deflated, sometimes with a second member: the zip layer passes, the member's reader is tested.
    /// </summary>
    private byte[] RezipMember(byte[] input)
    {
        byte[] member;
        string name = "arr_0.npy";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(input, writable: false), ZipArchiveMode.Read);
            ZipArchiveEntry? entry = zip.Entries.FirstOrDefault(e => e.Length < (1 << 20));
            if (entry is null)
            {
                return Generic(input, input);
            }

            name = entry.FullName;
            using Stream s = entry.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            member = copy.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return Generic(input, input);
        }

        member = random.Next(2) == 0 ? RewriteNpyHeader(member) : Generic(member, member);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            CompressionLevel level = random.Next(2) == 0 ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
            string[] names = [name, "x.npy", "arr_0", "../evil.npy", "a/b.npy", "/"];
            string chosen = random.Next(5) == 0 ? names[random.Next(names.Length)] : name;
            ZipArchiveEntry entry = zip.CreateEntry(chosen.Length == 0 ? "arr_0.npy" : chosen, level);
            using (Stream s = entry.Open())
            {
                s.Write(member);
            }

            if (random.Next(4) == 0)
            {
                ZipArchiveEntry second = zip.CreateEntry("second.npy", level);
                using Stream s = second.Open();
                s.Write(member.AsSpan(0, member.Length / 2));
            }
        }

        return output.ToArray();
    }

    private static bool IsPng(byte[] input) => input.AsSpan().StartsWith(s_pngSignature);

    /// <summary>
    /// A PNG change below its framing: an IHDR field rewritten (width, height, bit depth, colour type, interlace), or
    /// the inflated image data mutated and deflated again into one IDAT. Chunk CRCs are fixed afterwards.
    /// </summary>
    private byte[] MutatePngStructure(byte[] input)
    {
        List<(string Type, byte[] Data)>? chunks = ReadChunks(input);
        if (chunks is null || chunks.Count == 0 || chunks[0].Type != "IHDR" || chunks[0].Data.Length < 13)
        {
            return Generic(input, input);
        }

        if (random.Next(2) == 0)
        {
            byte[] ihdr = (byte[])chunks[0].Data.Clone();
            switch (random.Next(5))
            {
                case 0:
                    BinaryPrimitives.WriteInt32BigEndian(ihdr, (int)s_interesting[random.Next(s_interesting.Length)]);
                    break;
                case 1:
                    BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), random.Next(3) == 0 ? (int)s_interesting[random.Next(s_interesting.Length)] : random.Next(1, 40));
                    break;
                case 2:
                    ihdr[8] = (byte)(new[] { 1, 2, 4, 8, 16, 3, 0, 32 })[random.Next(8)];
                    break;
                case 3:
                    ihdr[9] = (byte)(new[] { 0, 2, 3, 4, 6, 1, 5, 7 })[random.Next(8)];
                    break;
                default:
                    ihdr[12] = (byte)random.Next(3);
                    break;
            }

            chunks[0] = ("IHDR", ihdr);
        }
        else
        {
            byte[] idat = [.. chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data)];
            byte[] raw;
            try
            {
                using var inflate = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
                using var copy = new MemoryStream();
                inflate.CopyTo(copy);
                raw = copy.ToArray();
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                return Generic(input, input);
            }

            raw = Generic(raw, raw);
            using var deflated = new MemoryStream();
            using (var deflate = new ZLibStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
            {
                deflate.Write(raw);
            }

            int first = chunks.FindIndex(c => c.Type == "IDAT");
            chunks.RemoveAll(c => c.Type == "IDAT");
            chunks.Insert(Math.Max(first, 1), ("IDAT", deflated.ToArray()));
        }

        using var output = new MemoryStream();
        output.Write(s_pngSignature);
        Span<byte> word = stackalloc byte[4];
        foreach ((string type, byte[] data) in chunks)
        {
            BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
            output.Write(word);
            output.Write(Encoding.ASCII.GetBytes(type));
            output.Write(data);
            output.Write(word); // CRC, fixed below
        }

        byte[] result = output.ToArray();
        FixPngCrcs(result);
        return result;
    }

    private static List<(string Type, byte[] Data)>? ReadChunks(byte[] png)
    {
        var chunks = new List<(string, byte[])>();
        int pos = 8;
        while (pos + 12 <= png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            if (length < 0 || pos + 12L + length > png.Length)
            {
                return null;
            }

            chunks.Add((Encoding.ASCII.GetString(png, pos + 4, 4), png[(pos + 8)..(pos + 8 + length)]));
            pos += 12 + length;
        }

        return chunks;
    }

    /// <summary>Sets every whole chunk's CRC to the right value, so a mutation reaches the chunk's parser.</summary>
    public static void FixPngCrcs(byte[] png)
    {
        int pos = 8;
        while (pos + 12 <= png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            if (length < 0 || pos + 12L + length > png.Length)
            {
                return;
            }

            uint crc = Crc32(png.AsSpan(pos + 4, 4 + length));
            BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(pos + 8 + length), crc);
            pos += 12 + length;
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
