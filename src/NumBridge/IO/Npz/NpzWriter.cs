using System.IO.Compression;

namespace NumBridge.IO;

/// <summary>
/// Writes <c>.npz</c> archives as NumPy's <c>_savez</c> does: one zip member <c>name.npy</c> per array, holding the
/// bytes <c>np.save</c> writes, keyword arrays first (in the dictionary's order), then the positional ones as
/// <c>arr_0</c>, <c>arr_1</c>, ...; stored, or deflated for <c>savez_compressed</c>.
/// </summary>
/// <remarks>
/// Members carry Python's <c>ZipInfo</c> default time, 1980-01-01 00:00, so the same arrays give the same archive.
/// Each member streams from the array's memory into the archive; members larger than 4 GiB get zip64 sizes.
/// </remarks>
internal static class NpzWriter
{
    private static readonly DateTimeOffset s_zipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Names the arrays as <c>_savez</c> does and checks them before anything is written.</summary>
    /// <exception cref="ArgumentException">A positional name is also a keyword (NumPy's message).</exception>
    public static List<KeyValuePair<string, NDArray>> Members(NDArray[] args, IReadOnlyDictionary<string, NDArray>? kwds)
    {
        var members = new List<KeyValuePair<string, NDArray>>();
        if (kwds is not null)
        {
            foreach (KeyValuePair<string, NDArray> pair in kwds)
            {
                ArgumentNullException.ThrowIfNull(pair.Value, nameof(kwds));
                pair.Value.ThrowIfDisposed();
                members.Add(pair);
            }
        }

        for (int i = 0; i < args.Length; i++)
        {
            string key = $"arr_{i}";
            if (kwds is not null && kwds.ContainsKey(key))
            {
                ThrowHelper.ThrowArgument(Messages.UnnamedClash(key), nameof(kwds));
            }

            ArgumentNullException.ThrowIfNull(args[i], nameof(args));
            args[i].ThrowIfDisposed();
            members.Add(new KeyValuePair<string, NDArray>(key, args[i]));
        }

        return members;
    }

    public static void Write(Stream stream, List<KeyValuePair<string, NDArray>> members, bool compress)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach ((string name, NDArray array) in members)
        {
            ZipArchiveEntry entry = zip.CreateEntry(name + ".npy", compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
            entry.LastWriteTime = s_zipEpoch;
            using Stream member = entry.Open();
            NpyWriter.Write(member, array);
        }
    }
}
