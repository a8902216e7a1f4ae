using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Win32.SafeHandles;

namespace NumBridge.Benchmarks;

/// <summary>
/// Opening a memory-mapped float32 file with <c>np.memmap</c> and disposing it, at sizes from 1 MiB to 8 GiB: the
/// cost must not grow with the size (no read, no zeroing), and sits a few system calls above opening the file.
/// </summary>
/// <remarks>
/// The files are sparse (made with <c>SetLength</c> in <c>[GlobalSetup]</c>), so they take no disk. The baseline
/// opens the file, reads its length and closes it, the floor for any open. <c>memmap + read last</c> also reads
/// the last element, one page fault far from the start.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Perf_MemoryMap
{
    private string _directory = null!;
    private string _path = null!;

    /// <summary>The file's size: small, the 256 MiB of the open-time target, and larger than a third of RAM.</summary>
    [Params(1L << 20, 256L << 20, 8L << 30)]
    public long Bytes { get; set; }

    /// <summary>NumPy's modes: read-only, read-write (shared), copy-on-write.</summary>
    [Params("r", "r+", "c")]
    public string Mode { get; set; } = "r";

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "numbridge-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _path = Path.Combine(_directory, "data.bin");
        using var file = new FileStream(_path, FileMode.CreateNew);
        file.SetLength(Bytes);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "open + length + close")]
    [BenchmarkCategory("Open")]
    public long OpenFile()
    {
        using SafeFileHandle handle = File.OpenHandle(_path, FileMode.Open, Mode == "r+" ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return RandomAccess.GetLength(handle);
    }

    [Benchmark(Description = "np.memmap + Dispose")]
    [BenchmarkCategory("Open")]
    public int MemMap()
    {
        using NDArray m = np.memmap(_path, dtype: np.float32, mode: Mode);
        return m.ndim;
    }

    [Benchmark(Description = "np.memmap + read last + Dispose")]
    [BenchmarkCategory("Open")]
    public float MemMapReadLast()
    {
        using NDArray m = np.memmap(_path, dtype: np.float32, mode: Mode);
        return m.item<float>(m.size - 1);
    }
}
