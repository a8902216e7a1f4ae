using System.Collections;
using System.IO.Compression;
using NumBridge.IO;

namespace NumBridge;

/// <summary>
/// A lazy view of a <c>.npz</c> archive (<c>numpy.lib.npyio.NpzFile</c>), from <see cref="np.load_npz(string, bool)"/>:
/// the member names are read at once, each array only when it is asked for, and again each time it is asked for.
/// </summary>
/// <remarks>
/// <para>
/// As in NumPy, <see cref="files"/> lists every member, with the <c>.npy</c> extension dropped, in archive order,
/// and <see cref="this[string]"/> takes a name with or without <c>.npy</c>. A member that is not a <c>.npy</c> file
/// (NumPy returns its raw bytes) throws <see cref="InvalidDataException"/>.
/// </para>
/// <para>
/// Members are checked before anything is allocated: a header that claims more data than the member holds, or a
/// member whose declared size is more than deflate can produce from its compressed bytes, cannot make NumBridge
/// allocate what the archive does not contain. Dispose the archive to close its file; arrays already read stay
/// valid, and the names stay available. Reading members from several threads at once is safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// np.savez("data.npz", new Dictionary&lt;string, NDArray&gt; { ["x"] = np.arange(3) });
/// using NpzFile z = np.load_npz("data.npz");
/// Console.WriteLine(string.Join(", ", z.files)); // x
/// Console.WriteLine(z["x"]);                     // [0 1 2]
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix",
    Justification = "NumPy's name for the type np.load returns for an archive.")]
public sealed class NpzFile : IDisposable, IReadOnlyCollection<string>
{
    /// <summary>The most uncompressed bytes deflate emits per compressed byte (a 258-byte match costs at least two
    /// bits, about 1032:1), with slack for a small member's block overhead.</summary>
    private const long MaxDeflateRatio = 1032;
    private const long RatioSlack = 1 << 16;

    private readonly Lock _lock = new();
    private readonly bool _allowPickle;
    private readonly string[] _files;
    private readonly Dictionary<string, string> _memberByKey = new(StringComparer.Ordinal);
    private ZipArchive? _zip;

    internal NpzFile(Stream stream, bool ownsStream, bool allowPickle)
    {
        try
        {
            _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: !ownsStream);
        }
        catch (InvalidDataException ex)
        {
            if (ownsStream)
            {
                stream.Dispose();
            }

            throw new InvalidDataException(Messages.NotAZipFile, ex);
        }

        _allowPickle = allowPickle;
        string[] names = [.. _zip.Entries.Select(e => e.FullName)];
        _files = [.. names.Select(n => n.EndsWith(".npy", StringComparison.Ordinal) ? n[..^4] : n)];

        // NpzFile.__getitem__ tries the member's own name first, then the name without ".npy".
        foreach (string name in names)
        {
            _memberByKey.TryAdd(name, name);
        }

        foreach (string name in names)
        {
            if (name.EndsWith(".npy", StringComparison.Ordinal))
            {
                _memberByKey.TryAdd(name[..^4], name);
            }
        }
    }

    /// <summary>The member names without their <c>.npy</c> extension, in archive order (<c>NpzFile.files</c>); still
    /// available after <see cref="Dispose"/>, as in NumPy.</summary>
    /// <example>
    /// <code>
    /// using NpzFile z = np.load_npz("data.npz");
    /// foreach (string name in z.files) { Console.WriteLine(name); }
    /// </code>
    /// </example>
    public IReadOnlyList<string> files => _files;

    /// <summary>The number of members (<c>len(npz)</c>).</summary>
    /// <example>
    /// <code>
    /// using NpzFile z = np.load_npz("pair.npz");
    /// Console.WriteLine(z.Count); // 2
    /// </code>
    /// </example>
    public int Count => _files.Length;

    /// <summary>
    /// Reads one array from the archive (<c>npz[key]</c>), as <c>np.load</c> reads a <c>.npy</c>.
    /// </summary>
    /// <param name="key">A member name, with or without <c>.npy</c>.</param>
    /// <returns>A new array that owns its memory; each access reads the member again.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">NumPy's <c>key is not a file in the archive</c>.</exception>
    /// <exception cref="InvalidDataException">The member is not a <c>.npy</c> file, is malformed or is shorter than its
    /// header says.</exception>
    /// <exception cref="NotSupportedException">The member holds a dtype NumBridge lacks, or Python objects.</exception>
    /// <exception cref="ObjectDisposedException">The archive was disposed.</exception>
    /// <example>
    /// <code>
    /// using NpzFile z = np.load_npz("data.npz");
    /// using NDArray x = z["x"];   // or z["x.npy"]
    /// </code>
    /// </example>
    public NDArray this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_zip is null, this);
                if (!_memberByKey.TryGetValue(key, out string? name))
                {
                    ThrowHelper.ThrowKeyNotFound(Messages.NotAFileInArchive(key));
                }

                return ReadMember(_zip.GetEntry(name)!);
            }
        }
    }

    /// <summary>Whether the archive has a member by this name, with or without <c>.npy</c> (<c>key in npz</c>),
    /// without reading it.</summary>
    /// <param name="key">The name.</param>
    /// <returns>True when <see cref="this[string]"/> would find a member.</returns>
    /// <example>
    /// <code>
    /// Console.WriteLine(z.Contains("x")); // True
    /// </code>
    /// </example>
    public bool Contains(string? key) => key is not null && _memberByKey.ContainsKey(key);

    /// <summary>Enumerates <see cref="files"/> (iterating an <c>NpzFile</c> in Python gives the same names).</summary>
    /// <returns>An enumerator over the names.</returns>
    /// <example>
    /// <code>
    /// using NpzFile z = np.load_npz("model.npz");
    /// foreach (string name in z)
    /// {
    ///     using NDArray a = z[name];
    ///     Console.WriteLine($"{name}: {a.shape}");
    /// }
    /// </code>
    /// </example>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)files).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Closes the archive (<c>NpzFile.close</c>) and, when it was opened from a path, its file. Arrays read
    /// from it stay valid. Calling it twice is harmless.</summary>
    /// <example>
    /// <code>
    /// NDArray w;
    /// using (NpzFile z = np.load_npz("model.npz"))
    /// {
    ///     w = z["w"];
    /// }
    /// Console.WriteLine(w.shape); // still readable
    /// </code>
    /// </example>
    public void Dispose()
    {
        lock (_lock)
        {
            _zip?.Dispose();
            _zip = null;
        }
    }

    /// <summary>Returns a short description, e.g. <c>NpzFile with 2 arrays: x, y</c>; never throws.</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.load_npz("pair.npz")); // NpzFile with 2 arrays: arr_0, arr_1
    /// </code>
    /// </example>
    public override string ToString() =>
        _zip is null ? "<closed NpzFile>" : $"NpzFile with {_files.Length} arrays: {string.Join(", ", _files)}";

    private NDArray ReadMember(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();

        // NpzFile.__getitem__ peeks at the magic string and hands anything else back as bytes.
        Span<byte> peek = stackalloc byte[6];
        int n = stream.ReadAtLeast(peek, peek.Length, throwOnEndOfStream: false);
        if (!peek[..n].SequenceEqual(NpyFormat.MagicPrefix))
        {
            ThrowHelper.ThrowInvalidData(Messages.MemberNotNpy(entry.FullName));
        }

        NpyHeader header = NpyReader.ReadHeader(stream, peek, _allowPickle, out long dataOffset);

        // The declared size bounds what the header may claim. It decides an allocation only when deflate could
        // really produce it from the compressed bytes; otherwise the data is read as it arrives.
        long declared = entry.Length;
        long compressed = entry.CompressedLength;
        bool plausible = compressed > (long.MaxValue - RatioSlack) / MaxDeflateRatio || declared <= (compressed * MaxDeflateRatio) + RatioSlack;
        return NpyReader.ReadData(stream, header, realFile: false, Math.Max(declared - dataOffset, 0), trustAvailable: plausible);
    }
}
