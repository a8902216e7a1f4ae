using BenchmarkDotNet.Attributes;
using NumBridge.Benchmarks;

namespace NumSharp.Benchmarks;

/// <summary>
/// NumSharp's columns of the scaling table: <c>a.copy()</c> (its nearest to <c>torch.tensor(a)</c>, a copy into new
/// memory) and <c>a.sum()</c> on float32 <c>np.ones</c> vectors of the sizes bench/run chose.
/// </summary>
[MemoryDiagnoser]
public class Perf_Scaling
{
    private NDArray _array = null!;

    /// <summary>The sizes bench/run chose (powers of ten).</summary>
    public static IEnumerable<long> Sizes => BenchEnvironment.ScalingSizes;

    /// <summary>Element count.</summary>
    [ParamsSource(nameof(Sizes))]
    public long N { get; set; }

    [GlobalSetup]
    public void Setup() => _array = np.ones(new Shape(N), NPTypeCode.Single);

    [GlobalCleanup]
    public void Cleanup() => _array.Dispose();

    [Benchmark(Description = "a.copy()")]
    public int Copy()
    {
        using NDArray r = _array.copy();
        return r.ndim;
    }

    [Benchmark(Description = "a.sum()")]
    public int Sum()
    {
        using NDArray r = _array.sum();
        return r.ndim;
    }
}
