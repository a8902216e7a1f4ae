using BenchmarkDotNet.Attributes;

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
        var random = new Random(42);
        float[] a = new float[N * N];
        float[] b = new float[N * N];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = (float)random.NextDouble();
            b[i] = (float)random.NextDouble();
        }

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
