namespace NumBridge.Reliability.Kill;

/// <summary>
/// The versions the kill test writes and checks. Version <c>v</c> of <c>target.npy</c> is an int32 array of
/// <see cref="Length"/>(v) elements, all <c>v</c>; of <c>target.npz</c>, that array as <c>a</c> and a short array of
/// <c>-v</c> as <c>b</c>. Lengths differ between versions, so a mix of two is never a valid version.
/// </summary>
internal static class Versions
{
    public static int Length(int v) => 2_000_000 + ((v % 5) * 1_000_000);

    private static int ShortLength(int v) => 1000 + (v % 13);

    public static string PathOf(string dir, string mode) => Path.Combine(dir, mode == "npz" ? "target.npz" : "target.npy");

    /// <summary>Writes version <paramref name="v"/>: through np.save/np.savez, or, for the control, in place.</summary>
    public static void Write(string dir, string mode, int v, bool inPlace)
    {
        using NDArray a = np.full(Length(v), v, dtype: np.int32);
        string path = PathOf(dir, mode);
        if (inPlace)
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            np.save(file, a);
        }
        else if (mode == "npz")
        {
            using NDArray b = np.full(ShortLength(v), -v, dtype: np.int32);
            np.savez(path, new Dictionary<string, NDArray> { ["a"] = a, ["b"] = b });
        }
        else
        {
            np.save(path, a);
        }
    }

    /// <summary>Null when the file is one whole version (set in <paramref name="version"/>), else what is wrong.</summary>
    public static string? Check(string dir, string mode, out int version)
    {
        version = -1;
        string path = PathOf(dir, mode);
        try
        {
            if (mode == "npz")
            {
                using NpzFile z = np.load_npz(path);
                if (z.files.Count != 2)
                {
                    return $"{z.files.Count} members";
                }

                using NDArray a = z["a"];
                using NDArray b = z["b"];
                return CheckArray(a, 1, Length, out version) ?? CheckArray(b, -1, ShortLength, out int vb) ??
                    (vb == version ? null : $"a is version {version}, b version {vb}");
            }

            using NDArray x = np.load(path);
            return CheckArray(x, 1, Length, out version);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    private static string? CheckArray(NDArray a, int sign, Func<int, int> length, out int version)
    {
        int[] values = a.ToArray<int>();
        version = values.Length == 0 ? -1 : sign * values[0];
        if (a.dtype != np.int32 || values.Length != length(version) || version <= 0)
        {
            return $"{a.dtype} {a.shape} does not match version {version}";
        }

        foreach (int value in values)
        {
            if (value != sign * version)
            {
                return $"mixed values {value} and {sign * version}";
            }
        }

        return null;
    }

    /// <summary>Deletes the temporary files that saves killed before their rename left, and counts them.</summary>
    public static int RemoveTemporaryFiles(string dir)
    {
        int n = 0;
        foreach (string file in Directory.EnumerateFiles(dir, ".target.*.tmp"))
        {
            File.Delete(file);
            n++;
        }

        return n;
    }
}
