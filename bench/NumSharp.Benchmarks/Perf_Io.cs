using BenchmarkDotNet.Attributes;
using NumBridge.Benchmarks;

namespace NumSharp.Benchmarks;

/// <summary>
/// NumSharp's twin of the <c>.npy</c> rows of NumBridge's <c>Perf_Io</c> on the same 256 MiB float32 file:
/// <c>np.load</c>, <c>(NDArray)np.load(mmap_mode: "r")</c> and <c>np.save</c> to a path that does not exist yet. NumSharp has no
/// PNG codec on Linux (its images go through System.Drawing), so the image rows are N/A.
/// </summary>
[MemoryDiagnoser]
public class Perf_Io
{
    private string _npy = null!;
    private string _scratch = null!;
    private NDArray _array = null!;

    [GlobalSetup]
    public void Setup()
    {
        _npy = Path.Combine(BenchEnvironment.DataDirectory, "float32_256MiB.npy");
        _scratch = Path.Combine(BenchEnvironment.DataDirectory, "scratch_numsharp.npy");
        _array = (NDArray)np.load(_npy);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _array.Dispose();
        File.Delete(_scratch);
    }

    [Benchmark(Description = "np.load")]
    public int Load()
    {
        using NDArray a = (NDArray)np.load(_npy);
        return a.ndim;
    }

    [Benchmark(Description = "(NDArray)np.load(mmap_mode: \"r\")")]
    public int LoadMapped()
    {
        using NDArray a = (NDArray)np.load(_npy, mmap_mode: "r");
        return a.ndim;
    }

    [IterationCleanup(Target = nameof(Save))]
    public void DeleteWritten() => File.Delete(_scratch);

    [Benchmark(Description = "np.save")]
    public void Save() => np.save(_scratch, _array);
}
