using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;
using NumBridge.Kernels;
using NumBridge.Memory;

namespace NumBridge.IO;

/// <summary>
/// Reads <c>.npy</c> data as NumPy's <c>numpy.lib.format.read_array</c> and <c>numpy.load</c> do, with the same
/// checks and messages, into a new 64-byte aligned array (Fortran-ordered files load F-contiguous, without a copy;
/// byte-swapped dtypes stay byte-swapped).
/// </summary>
/// <remarks>
/// Nothing is allocated from what a header claims before it is checked against what the source holds: the
/// remaining length of a seekable stream, the declared size of a zip member, or, for a stream of unknown length,
/// the data as it arrives (read in bounded chunks). The data goes straight from the stream into the array's native
/// memory.
/// </remarks>
internal static unsafe class NpyReader
{
    /// <summary>Arrays up to this size are read straight into their final memory even from a stream of unknown
    /// length; a header that lies can waste no more than this.</summary>
    internal const long DirectReadLimit = 64L << 20;

    /// <summary>The most bytes one <see cref="Stream.Read(Span{byte})"/> call is asked for.</summary>
    private const int MaxReadChunk = 1 << 30;

    /// <summary>From this size a file's data is read by several cores at once (<see cref="ReadIntoParallel"/>).</summary>
    private const long ParallelReadThreshold = 32L << 20;

    /// <summary>Only arrays above this size pay for asking the runtime how much memory there is.</summary>
    private const long MemoryCheckThreshold = 1L << 30;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the magic, version and header of an <c>.npy</c> starting at the stream's position, leaving the stream
    /// at the first data byte.
    /// </summary>
    /// <param name="stream">The stream, positioned at the magic string.</param>
    /// <param name="allowPickle">Lifts the header size limit, as in NumPy; object arrays are still refused.</param>
    /// <returns>The dtype, the shape, whether the data is in Fortran order, and the offset of the data from the
    /// magic string (for a file read from its start, the file offset at which to map the data).</returns>
    /// <exception cref="InvalidDataException">The header is malformed (NumPy's message).</exception>
    /// <exception cref="NotSupportedException">The dtype is one NumBridge cannot hold.</exception>
    internal static (DType dtype, Shape shape, bool fortranOrder, long dataOffset) ReadHeader(Stream stream, bool allowPickle = false)
    {
        NpyHeader header = ReadHeader(stream, [], allowPickle, out long dataOffset);
        return (header.DType, header.Shape, header.FortranOrder, dataOffset);
    }

    /// <summary>
    /// What <c>numpy.load</c> does with a stream: a zip archive is refused (NumBridge has <c>np.load_npz</c> for
    /// it), a <c>.npy</c> is read, anything else is taken for a pickle and refused.
    /// </summary>
    /// <param name="stream">The source, at the start of the file.</param>
    /// <param name="allowPickle">NumPy's flag: lifts the header limit and reports a bad magic string by its bytes.</param>
    /// <param name="realFile">Whether the stream is a file opened from a path: NumPy reads those with
    /// <c>numpy.fromfile</c>, whose short-data error differs from the one for file-like objects.</param>
    public static NDArray Load(Stream stream, bool allowPickle, bool realFile)
    {
        NpyHeader header = ReadNpyHeader(stream, allowPickle, out _);
        long? available = stream.CanSeek ? Math.Max(stream.Length - stream.Position, 0) : null;
        return ReadData(stream, header, realFile, available, trustAvailable: true);
    }

    /// <summary>
    /// Reads the header of what <c>numpy.load</c> takes for a <c>.npy</c>: a zip archive is refused (NumBridge has
    /// <c>np.load_npz</c> for it), and anything without the magic string is taken for a pickle and refused.
    /// </summary>
    public static NpyHeader ReadNpyHeader(Stream stream, bool allowPickle, out long dataOffset)
    {
        Span<byte> peek = stackalloc byte[NpyFormat.MagicPrefix.Length];
        int n = stream.ReadAtLeast(peek, peek.Length, throwOnEndOfStream: false);
        peek = peek[..n];
        if (peek.StartsWith(NpyFormat.ZipPrefix) || peek.StartsWith(NpyFormat.ZipSuffix))
        {
            ThrowHelper.ThrowInvalidData(Messages.NpzGiven);
        }

        if (!peek.SequenceEqual(NpyFormat.MagicPrefix) && !allowPickle)
        {
            ThrowHelper.ThrowInvalidData(Messages.PickledData);
        }

        return ReadHeader(stream, peek, allowPickle, out dataOffset);
    }

    /// <summary>
    /// Reads the magic string (of which <paramref name="consumed"/> came already), the version, the header length
    /// and the header, checking each as <c>read_magic</c>, <c>_check_version</c> and <c>_read_array_header</c> do.
    /// </summary>
    internal static NpyHeader ReadHeader(Stream stream, ReadOnlySpan<byte> consumed, bool allowPickle, out long dataOffset)
    {
        Span<byte> magic = stackalloc byte[NpyFormat.MagicLength];
        consumed.CopyTo(magic);
        int got = consumed.Length + stream.ReadAtLeast(magic[consumed.Length..], magic.Length - consumed.Length, throwOnEndOfStream: false);
        if (got < magic.Length)
        {
            ThrowHelper.ThrowInvalidData(Messages.Eof("magic string", magic.Length, got));
        }

        if (!magic[..6].SequenceEqual(NpyFormat.MagicPrefix))
        {
            ThrowHelper.ThrowInvalidData(Messages.BadMagic(PyRepr.Bytes(magic[..6])));
        }

        byte major = magic[6];
        byte minor = magic[7];
        if (!NpyFormat.IsSupportedVersion(major, minor))
        {
            ThrowHelper.ThrowInvalidData(Messages.UnsupportedVersion(major, minor));
        }

        int lengthSize = NpyFormat.HeaderLengthSize(major);
        Span<byte> lengthBytes = stackalloc byte[lengthSize];
        got = stream.ReadAtLeast(lengthBytes, lengthSize, throwOnEndOfStream: false);
        if (got < lengthSize)
        {
            ThrowHelper.ThrowInvalidData(Messages.Eof("array header length", lengthSize, got));
        }

        long headerLength = lengthSize == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(lengthBytes) : BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        long? remaining = stream.CanSeek ? Math.Max(stream.Length - stream.Position, 0) : null;
        if (remaining < headerLength)
        {
            // NumPy reads before it measures, so a short file reports the end of file even for a huge header.
            ThrowHelper.ThrowInvalidData(Messages.Eof("array header", headerLength, remaining.Value));
        }

        // NumPy measures the decoded text; UTF-8 (version 3.0) takes at most 4 bytes a character, so a longer header
        // is refused unread.
        long maxBytes = major >= 3 ? 4L * NpyFormat.MaxHeaderSize : NpyFormat.MaxHeaderSize;
        if (!allowPickle && headerLength > maxBytes)
        {
            ThrowHelper.ThrowInvalidData(Messages.HeaderTooLarge(headerLength));
        }

        byte[] raw = ReadHeaderBytes(stream, headerLength);
        string text = major >= 3 ? DecodeUtf8(raw) : Encoding.Latin1.GetString(raw);
        if (!allowPickle && major >= 3)
        {
            int characters = text.Length - text.Count(char.IsLowSurrogate);
            if (characters > NpyFormat.MaxHeaderSize)
            {
                ThrowHelper.ThrowInvalidData(Messages.HeaderTooLarge(characters));
            }
        }

        dataOffset = NpyFormat.MagicLength + lengthSize + headerLength;
        return NpyHeader.Parse(text, major, allowPickle);
    }

    /// <summary>Reads the header, growing the buffer as bytes arrive so that a length that lies costs nothing.</summary>
    private static byte[] ReadHeaderBytes(Stream stream, long length)
    {
        const int FirstChunk = 1 << 16;
        byte[] buffer = new byte[(int)Math.Min(length, FirstChunk)];
        long filled = 0;
        while (filled < length)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(length, Math.Min((long)buffer.Length * 2, Array.MaxLength)));
                if (filled == buffer.Length)
                {
                    ThrowHelper.ThrowInvalidData(Messages.HeaderTooLarge(length));
                }
            }

            int n = stream.Read(buffer, (int)filled, (int)(buffer.Length - filled));
            if (n == 0)
            {
                ThrowHelper.ThrowInvalidData(Messages.Eof("array header", length, filled));
            }

            filled += n;
        }

        return buffer;
    }

    /// <summary>Decodes a version 3.0 header, failing as Python's strict UTF-8 decoder does.</summary>
    private static string DecodeUtf8(byte[] raw)
    {
        try
        {
            return s_strictUtf8.GetString(raw);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException(Utf8Error(raw), ex);
        }
    }

    /// <summary>CPython's <c>UnicodeDecodeError</c> text for the first bad sequence.</summary>
    private static string Utf8Error(byte[] raw)
    {
        char[] scratch = new char[raw.Length];
        Utf8.ToUtf16(raw, scratch, out int position, out _, replaceInvalidSequences: false);
        byte lead = raw[position];
        string reason;
        int last = position;
        if (lead is < 0xC2 or > 0xF4)
        {
            reason = "invalid start byte";
        }
        else
        {
            int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            int k = 0;
            while (k < need && position + 1 + k < raw.Length && IsContinuation(lead, k, raw[position + 1 + k]))
            {
                k++;
            }

            last = position + k;
            reason = position + 1 + k >= raw.Length ? "unexpected end of data" : "invalid continuation byte";
        }

        string where = last == position
            ? $"byte 0x{lead:x2} in position {position}"
            : $"bytes in position {position}-{last}";
        return $"'utf-8' codec can't decode {where}: {reason}";
    }

    /// <summary>Whether byte <paramref name="b"/> may be continuation byte <paramref name="k"/> after
    /// <paramref name="lead"/> (the second byte has narrower ranges after E0, ED, F0 and F4).</summary>
    private static bool IsContinuation(byte lead, int k, byte b)
    {
        if (k == 0)
        {
            switch (lead)
            {
                case 0xE0: return b is >= 0xA0 and <= 0xBF;
                case 0xED: return b is >= 0x80 and <= 0x9F;
                case 0xF0: return b is >= 0x90 and <= 0xBF;
                case 0xF4: return b is >= 0x80 and <= 0x8F;
            }
        }

        return (b & 0xC0) == 0x80;
    }

    /// <summary>
    /// Reads the data that follows a header into a new array.
    /// </summary>
    /// <param name="stream">The stream, at the first data byte.</param>
    /// <param name="header">The checked header.</param>
    /// <param name="realFile">Whether to word a short file as <c>numpy.fromfile</c> plus reshape does.</param>
    /// <param name="available">How many bytes the source says it has left, if it says.</param>
    /// <param name="trustAvailable">Whether <paramref name="available"/> may decide an allocation (a seekable
    /// stream's length, a plausible zip member size); when false it only bounds the header's claim.</param>
    /// <param name="directReadLimit">The size up to which an array of unknown availability is read straight into
    /// its memory (tests lower it).</param>
    /// <exception cref="InvalidDataException">The source holds fewer bytes than the header says.</exception>
    /// <exception cref="InsufficientMemoryException">The array cannot fit in this machine's memory.</exception>
    public static NDArray ReadData(Stream stream, NpyHeader header, bool realFile, long? available, bool trustAvailable,
        long directReadLimit = DirectReadLimit)
    {
        nint length = header.DataLength;
        if (available < length)
        {
            ThrowShort(header, available.Value, realFile);
        }

        if (length > MemoryCheckThreshold && length > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)
        {
            ThrowHelper.ThrowInsufficientMemory(Messages.UnableToAllocate(length, header.Shape, header.DType));
        }

        if ((available is null || !trustAvailable) && length > directReadLimit)
        {
            return ReadGrowing(stream, header, realFile, (nint)directReadLimit);
        }

        NDArray result = NDArray.Allocate(header.DType, header.Shape, header.FortranOrder ? 'F' : 'C');
        try
        {
            long got = stream is FileStream file && length >= ParallelReadThreshold
                ? ReadIntoParallel(file, result.Data, length)
                : ReadInto(stream, result.Data, length);
            if (got < length)
            {
                ThrowShort(header, got, realFile);
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }

    /// <summary>
    /// Reads data of unknown availability in chunks that double in size, so memory grows only with bytes that
    /// really arrive, then moves them into the array (one extra copy, only for large arrays from such streams).
    /// </summary>
    private static NDArray ReadGrowing(Stream stream, NpyHeader header, bool realFile, nint firstChunk)
    {
        nint length = header.DataLength;
        var chunks = new List<(IntPtr Pointer, nint Length)>();
        try
        {
            nint total = 0;
            while (total < length)
            {
                nint size = Math.Min(Math.Max(total, firstChunk), length - total);
                byte* chunk = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)size);
                chunks.Add(((IntPtr)chunk, size));
                HugePages.Advise(chunk, size);
                long got = ReadInto(stream, chunk, size);
                total += (nint)got;
                if (got < size)
                {
                    ThrowShort(header, total, realFile);
                }
            }

            NDArray result = NDArray.Allocate(header.DType, header.Shape, header.FortranOrder ? 'F' : 'C');
            byte* dst = result.Data;
            foreach ((IntPtr pointer, nint size) in chunks)
            {
                Buffer.MemoryCopy((void*)pointer, dst, size, size);
                dst += size;
            }

            GC.KeepAlive(result);
            return result;
        }
        finally
        {
            foreach ((IntPtr pointer, _) in chunks)
            {
                System.Runtime.InteropServices.NativeMemory.Free((void*)pointer);
            }
        }
    }

    /// <summary>
    /// Reads up to <paramref name="count"/> bytes of a file from its current position straight into native memory,
    /// one positioned read per core over adjacent ranges, and leaves the position after what came; returns how many
    /// bytes came. Copying out of the page cache and faulting in fresh pages are both per-core work, so a large load
    /// goes faster than one <c>read</c> loop (NumPy's <c>fromfile</c> is one thread).
    /// </summary>
    private static long ReadIntoParallel(FileStream file, byte* destination, nint count)
    {
        long start = file.Position;
        var shortAt = new StrongBox<long>(long.MaxValue);
        try
        {
            ParallelRange.For(count, 1, new PositionedRead(file.SafeFileHandle, start, destination, shortAt));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        long got = Math.Min(count, Volatile.Read(ref shortAt.Value));
        file.Position = start + got;
        return got;
    }

    /// <summary>Reads bytes <c>[start, end)</c> of the data; a range that meets the end of the file records where.</summary>
    private readonly struct PositionedRead(SafeFileHandle file, long fileOffset, byte* destination, StrongBox<long> shortAt)
        : IRangeAction
    {
        public void Invoke(nint start, nint end)
        {
            nint at = start;
            while (at < end)
            {
                int chunk = (int)Math.Min(end - at, MaxReadChunk);
                int n = RandomAccess.Read(file, new Span<byte>(destination + at, chunk), fileOffset + at);
                if (n == 0)
                {
                    long seen = Volatile.Read(ref shortAt.Value);
                    while (at < seen && Interlocked.CompareExchange(ref shortAt.Value, at, seen) != seen)
                    {
                        seen = Volatile.Read(ref shortAt.Value);
                    }

                    return;
                }

                at += n;
            }
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes straight into native memory; returns how many came.</summary>
    private static long ReadInto(Stream stream, byte* destination, nint count)
    {
        nint done = 0;
        while (done < count)
        {
            int chunk = (int)Math.Min(count - done, MaxReadChunk);
            int n = stream.Read(new Span<byte>(destination + done, chunk));
            if (n == 0)
            {
                break;
            }

            done += n;
        }

        return done;
    }

    /// <summary>
    /// NumPy's error for data shorter than the header says. From a real file, <c>numpy.fromfile</c> returns the
    /// whole elements there are and setting the shape fails (the reversed shape for Fortran order). From a
    /// file-like object, <c>read_array</c> reads chunks of <see cref="NpyFormat.BufferSize"/> bytes and the one
    /// that runs short is named.
    /// </summary>
    private static void ThrowShort(NpyHeader header, long got, bool realFile)
    {
        int itemSize = header.DType.ItemSize;
        if (realFile)
        {
            nint[] dims = header.Shape.Dims.ToArray();
            if (header.FortranOrder)
            {
                Array.Reverse(dims);
            }

            ThrowHelper.ThrowInvalidData(Messages.CannotReshapeFile(got / itemSize, dims));
        }

        long chunk = (long)(NpyFormat.BufferSize / Math.Min(NpyFormat.BufferSize, itemSize)) * itemSize;
        long index = got / chunk;
        long expected = Math.Min(chunk, header.DataLength - (index * chunk));
        ThrowHelper.ThrowInvalidData(Messages.Eof("array data", expected, got - (index * chunk)));
    }
}
