using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Win32.SafeHandles;
using NumBridge.Imaging;

namespace NumBridge.Benchmarks;

/// <summary>
/// Files and images, the twins of the <c>io/</c> rows of <c>bench/python/python_side.py</c> on the same inputs: a 256 MiB float32 <c>.npy</c>
/// (<c>np.load</c>, a memory-mapped open, <c>np.save</c> against a plain write of the same bytes) and a 1024x1024
/// RGB PNG (decode to an array, encode from one).
/// </summary>
/// <remarks>
/// The inputs come from the directory in <c>NUMBRIDGE_BENCH_DATA</c>, where <c>bench/run</c> has the Python side make
/// them; the page cache is warm for both sides. Results are disposed in the call that made them. The plain write is
/// the physical limit for a save: one <see cref="RandomAccess.Write(SafeFileHandle, ReadOnlySpan{byte}, long)"/> per
/// 1 MiB of the array's bytes into a new file whose size is reserved first (as <c>np.save</c> reserves its temporary
/// file's), no header, no temporary file, no rename. Writes go to paths that do not exist yet (the file is deleted
/// after each iteration, outside the timing).
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public unsafe class Perf_Io
{
    private string _npy = null!;
    private string _png = null!;
    private string _scratch = null!;
    private NDArray _array = null!;
    private NDArray _image = null!;

    [GlobalSetup]
    public void Setup()
    {
        string dir = BenchEnvironment.DataDirectory;
        _npy = Path.Combine(dir, "float32_256MiB.npy");
        _png = Path.Combine(dir, "rgb_1024.png");
        _scratch = Path.Combine(dir, "scratch_dotnet");
        _array = np.load(_npy);
        using Image image = Image.open(_png);
        _image = np.array(image);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _array.Dispose();
        _image.Dispose();
        foreach (string path in new[] { _scratch, _scratch + ".npy", _scratch + ".png" })
        {
            File.Delete(path);
        }
    }

    [Benchmark(Description = "np.load")]
    [BenchmarkCategory("Npy")]
    public int Load()
    {
        using NDArray a = np.load(_npy);
        return a.ndim;
    }

    [Benchmark(Description = "np.load(mmap_mode: \"r\")")]
    [BenchmarkCategory("Npy")]
    public int LoadMapped()
    {
        using NDArray a = np.load(_npy, mmap_mode: "r");
        return a.ndim;
    }

    /// <summary>Both writes go to a path that does not exist, as the Python twin's do: replacing an existing 256 MiB
    /// file would also time the kernel dropping the old file's pages.</summary>
    [IterationCleanup(Targets = [nameof(Save), nameof(PlainWrite)])]
    public void DeleteWritten()
    {
        File.Delete(_scratch);
        File.Delete(_scratch + ".npy");
    }

    [Benchmark(Description = "np.save")]
    [BenchmarkCategory("Npy")]
    public void Save() => np.save(_scratch + ".npy", _array);

    [Benchmark(Baseline = true, Description = "plain write")]
    [BenchmarkCategory("Npy")]
    public void PlainWrite()
    {
        long bytes = _array.nbytes;
        using SafeFileHandle file = File.OpenHandle(_scratch, FileMode.CreateNew, FileAccess.Write, FileShare.None,
            FileOptions.None, preallocationSize: bytes);
        const int Chunk = 1 << 20;
        for (long done = 0; done < bytes; done += Chunk)
        {
            int length = (int)Math.Min(Chunk, bytes - done);
            RandomAccess.Write(file, new ReadOnlySpan<byte>(_array.Data + done, length), done);
        }
    }

    [Benchmark(Description = "PNG decode")]
    [BenchmarkCategory("Png")]
    public int PngDecode()
    {
        using Image image = Image.open(_png);
        using NDArray a = np.asarray(image);
        return a.ndim;
    }

    [Benchmark(Description = "PNG encode")]
    [BenchmarkCategory("Png")]
    public void PngEncode()
    {
        using Image image = Image.fromarray(_image);
        image.save(_scratch + ".png");
    }
}
