using System.Security.Cryptography;
using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.IO;

/// <summary>
/// The .npy/.npz files NumPy 1.24 wrote (TestData/npy, copied from shared/fixtures/npy) and their manifest.json:
/// per file the header text, sha256 of the data, values and what np.load does with it.
/// </summary>
public static class NpyFixtures
{
    private static readonly Lazy<JsonElement[]> s_files = new(() =>
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(PathOf("manifest.json")));
        return [.. doc.RootElement.GetProperty("files").EnumerateArray().Select(e => e.Clone())];
    });

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestData", "npy");

    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static IReadOnlyList<JsonElement> Files => s_files.Value;

    public static JsonElement Entry(string relative) => Files.Single(e => e.GetProperty("path").GetString() == relative);

    /// <summary>Manifest paths matching a filter, as theory data.</summary>
    public static TheoryData<string> Paths(Func<JsonElement, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (JsonElement e in Files.Where(filter))
        {
            data.Add(e.GetProperty("path").GetString()!);
        }

        return data;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    /// <summary>The C-order bytes of an array in its own dtype (big-endian stays big-endian), as arr.tobytes('C').</summary>
    public static unsafe byte[] CBytes(NDArray a)
    {
        using NDArray c = a.copy('C');
        byte[] bytes = new ReadOnlySpan<byte>(c.Data, (int)c.nbytes).ToArray();
        GC.KeepAlive(c);
        return bytes;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A stream that cannot seek or tell its length, as a network or decompression stream.</summary>
public sealed class NonSeekableStream(Stream inner) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
}

/// <summary>A seekable stream that claims a huge length after a real prefix and reads zeros there: a sparse file
/// without the disk.</summary>
public sealed class HugeStream(byte[] prefix, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = (int)Math.Min(buffer.Length, Math.Max(length - _position, 0));
        for (int i = 0; i < n; i++)
        {
            long p = _position + i;
            buffer[i] = p < prefix.Length ? prefix[p] : (byte)0;
        }

        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        _position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => length + offset };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
