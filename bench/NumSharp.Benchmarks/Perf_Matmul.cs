using BenchmarkDotNet.Attributes;
using NumBridge.Benchmarks;

namespace NumSharp.Benchmarks;

/// <summary>NumSharp's twin of NumBridge's <c>Perf_Matmul&lt;float&gt;</c> at N = 1024: <c>np.matmul(a, b)</c>.</summary>
[MemoryDiagnoser]
public class Perf_Matmul
{
    private const int N = 1024;

    private NDArray _a = null!;
    private NDArray _b = null!;

    [GlobalSetup]
    public void Setup()
    {
        // NumBridge's Perf_Matmul draws doubles in turns and casts them to float32: the same values.
        (float[] a, float[] b) = BenchInputs.FloatPairs(new Random(42), N * N);

        _a = np.array(a).reshape(N, N);
        _b = np.array(b).reshape(N, N);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [Benchmark(Description = "a @ b")]
    public void Matmul()
    {
        using NDArray r = np.matmul(_a, _b);
    }
}
