using System.Globalization;
using NumBridge.Imaging;

namespace NumBridge.Reliability.Fuzzing;

/// <summary>The readers the fuzzer drives, each fed a whole input as a stream.</summary>
internal enum FuzzTarget
{
    /// <summary><c>np.load</c> of a seekable stream: the header parser, then the data read against the stream's length.</summary>
    Npy,

    /// <summary><c>np.load</c> of a stream that cannot seek: the data read in bounded chunks.</summary>
    NpyStream,

    /// <summary><c>np.load_npz</c>, then every member loaded.</summary>
    Npz,

    /// <summary><c>Image.open</c>, <c>np.asarray</c> of the image and its <c>convert("RGBA")</c> (PNG, JPEG, GIF, BMP, TGA).</summary>
    Image,
}

/// <summary>
/// Runs one input through one reader and describes what happened in one line: <c>ok ...</c> with the result's dtype,
/// shape and a hash of its bytes, or the documented exception's type and message. Any other exception escapes: that is
/// a finding. Shared by the fuzzer and the corpus regression tests (NumBridge.Tests links this file).
/// </summary>
internal static unsafe class FuzzHarness
{
    /// <summary>
    /// The exceptions the readers document for bad input (np.load, np.load_npz, NpzFile's indexer, Image.open,
    /// Image.convert): a malformed file, a variant NumBridge does not read, an array larger than memory.
    /// </summary>
    public static readonly Type[] DocumentedExceptions =
    [
        typeof(InvalidDataException),
        typeof(NotSupportedException),
        typeof(InsufficientMemoryException),
    ];

    /// <summary>The target's name on the command line and in corpus folders.</summary>
    public static string Name(FuzzTarget target) => target switch
    {
        FuzzTarget.Npy => "npy",
        FuzzTarget.NpyStream => "npy-stream",
        FuzzTarget.Npz => "npz",
        _ => "image",
    };

    /// <summary>Runs <paramref name="input"/> and returns the outcome line.</summary>
    /// <exception cref="Exception">Anything outside <see cref="DocumentedExceptions"/>: a finding.</exception>
    public static string Run(FuzzTarget target, byte[] input)
    {
        try
        {
            return target switch
            {
                FuzzTarget.Npy => LoadNpy(new MemoryStream(input, writable: false)),
                FuzzTarget.NpyStream => LoadNpy(new ForwardOnlyStream(input)),
                FuzzTarget.Npz => LoadNpz(input),
                _ => LoadImage(input),
            };
        }
        catch (Exception ex) when (IsDocumented(ex))
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>Whether <paramref name="ex"/> is one of the documented exception types (or derives from one).</summary>
    public static bool IsDocumented(Exception ex) => DocumentedExceptions.Any(t => t.IsInstanceOfType(ex));

    private static string LoadNpy(Stream stream)
    {
        using NDArray a = np.load(stream);
        return Describe(a);
    }

    private static string LoadNpz(byte[] input)
    {
        using NpzFile z = np.load_npz(new MemoryStream(input, writable: false));
        var parts = new List<string> { $"ok {z.Count} members" };
        foreach (string key in z.files)
        {
            try
            {
                using NDArray a = z[key];
                parts.Add($"{key}: {Describe(a)}");
            }
            catch (Exception ex) when (IsDocumented(ex))
            {
                parts.Add($"{key}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return string.Join(" | ", parts);
    }

    private static string LoadImage(byte[] input)
    {
        using Image img = Image.open(new MemoryStream(input, writable: false));
        using NDArray pixels = np.asarray(img);
        string converted;
        try
        {
            using Image rgba = img.convert("RGBA");
            using NDArray rgbaPixels = np.asarray(rgba);
            converted = Describe(rgbaPixels);
        }
        catch (Exception ex) when (IsDocumented(ex))
        {
            converted = $"{ex.GetType().Name}: {ex.Message}";
        }

        return $"{img.format} {img.mode} {img.width}x{img.height} {Describe(pixels)}; RGBA {converted}";
    }

    /// <summary><c>ok dtype shape hash</c>, the hash (FNV-1a, 64 bits) over the elements in C order.</summary>
    private static string Describe(NDArray a)
    {
        using NDArray c = np.ascontiguousarray(a);
        var bytes = new ReadOnlySpan<byte>(c.Data, checked((int)c.nbytes));
        ulong hash = 14695981039346656037;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211;
        }

        GC.KeepAlive(c);
        return $"ok {a.dtype.str} {a.shape} {hash.ToString("x16", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A stream that reads forward only and knows no length, as a pipe or a network stream. Asking it to seek
    /// throws <see cref="InvalidOperationException"/>, not the documented <see cref="NotSupportedException"/>, so a
    /// reader that ignores <see cref="CanSeek"/> shows up as a finding.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new InvalidOperationException("Length of a stream that cannot seek");

        public override long Position
        {
            get => throw new InvalidOperationException("Position of a stream that cannot seek");
            set => throw new InvalidOperationException("Position of a stream that cannot seek");
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(buffer.Length, data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new InvalidOperationException("Seek on a stream that cannot seek");

        public override void SetLength(long value) => throw new InvalidOperationException("SetLength on a read-only stream");

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Write to a read-only stream");
    }
}
