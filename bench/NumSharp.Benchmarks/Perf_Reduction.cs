using BenchmarkDotNet.Attributes;
using NumBridge.Benchmarks;

namespace NumSharp.Benchmarks;

/// <summary>
/// NumSharp's twin of NumBridge's <c>Perf_Reduction</c>: sum, mean, std and argmax of 1e7 float32 over all axes and
/// along axis 0 of a 3000x3000 float32 array, on the same values.
/// </summary>
[MemoryDiagnoser]
public class Perf_Reduction
{
    private const int N = 10_000_000;
    private const int Side = 3000;

    private NDArray _a = null!;
    private NDArray _m = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        float[] a = BenchInputs.Floats(random, N);
        float[] m = BenchInputs.Floats(random, Side * Side);

        _a = np.array(a);
        _m = np.array(m).reshape(Side, Side);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _a.Dispose();
        _m.Dispose();
    }

    [Benchmark(Description = "a.sum()")]
    public void Sum()
    {
        using NDArray r = _a.sum();
    }

    [Benchmark(Description = "a.mean()")]
    public void Mean()
    {
        using NDArray r = _a.mean();
    }

    [Benchmark(Description = "a.std()")]
    public void Std()
    {
        using NDArray r = _a.std();
    }

    [Benchmark(Description = "a.argmax()")]
    public long ArgMax() => _a.argmax();

    [Benchmark(Description = "m.sum(axis=0), 3000x3000")]
    public void SumAxis0()
    {
        using NDArray r = _m.sum(axis: 0);
    }

    [Benchmark(Description = "m.mean(axis=0), 3000x3000")]
    public void MeanAxis0()
    {
        using NDArray r = _m.mean(axis: 0);
    }

    [Benchmark(Description = "m.std(axis=0), 3000x3000")]
    public void StdAxis0()
    {
        using NDArray r = _m.std(axis: 0);
    }

    [Benchmark(Description = "m.argmax(axis=0), 3000x3000")]
    public void ArgMaxAxis0()
    {
        using NDArray r = _m.argmax(axis: 0);
    }
}
