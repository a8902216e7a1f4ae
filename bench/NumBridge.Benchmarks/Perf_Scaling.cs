using BenchmarkDotNet.Attributes;
using NumBridge.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace NumBridge.Benchmarks;

/// <summary>
/// How the cost grows with the size, for the scaling table of <c>bench/run</c>: <c>torch.from_numpy(a)</c> (should
/// stay constant), <c>torch.tensor(a)</c> (a copy: linear) and <c>a.sum()</c> (a read: linear), on float32 vectors of
/// <c>np.ones</c> from 1e3 elements up to 1e9 where the memory allows (bench/run decides, <see cref="BenchEnvironment.ScalingSizes"/>).
/// The twins are the same three calls in <c>bench/python/python_side.py</c>.
/// </summary>
/// <remarks>Runs in-process, as <see cref="Perf_Bridge"/> does (<see cref="InProcessToolchainAttribute"/> says why).</remarks>
[MemoryDiagnoser]
[InProcessToolchain]
public class Perf_Scaling
{
    private NDArray _array = null!;

    /// <summary>The sizes bench/run chose (powers of ten).</summary>
    public static IEnumerable<long> Sizes => BenchEnvironment.ScalingSizes;

    /// <summary>Element count.</summary>
    [ParamsSource(nameof(Sizes))]
    public long N { get; set; }

    [GlobalSetup]
    public void Setup() => _array = np.ones((nint)N, dtype: np.float32);

    [GlobalCleanup]
    public void Cleanup() => _array.Dispose();

    [Benchmark(Description = "torch.from_numpy(a)")]
    public long FromNumpy()
    {
        using Tensor t = torch.from_numpy(_array);
        return t.Handle.ToInt64();
    }

    [Benchmark(Description = "torch.tensor(a)")]
    public long TensorCopy()
    {
        using Tensor t = torch.tensor(_array);
        return t.Handle.ToInt64();
    }

    [Benchmark(Description = "a.sum()")]
    public int Sum()
    {
        using NDArray r = _array.sum();
        return r.ndim;
    }
}
