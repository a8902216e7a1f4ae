using BenchmarkDotNet.Attributes;
using NumBridge.Benchmarks;

namespace NumSharp.Benchmarks;

/// <summary>
/// NumSharp's twin of NumBridge's <c>Perf_Elementwise</c> at 1e7 elements: the same operations on the same values
/// (float32 from <c>new Random(42)</c>, uint8 pixels), results disposed in the call that made them.
/// </summary>
[MemoryDiagnoser]
public class Perf_Elementwise
{
    private const int N = 10_000_000;

    private NDArray _a = null!;
    private NDArray _b = null!;
    private NDArray _image = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        (float[] a, float[] b) = BenchInputs.FloatPairs(random, N);
        byte[] pixels = new byte[N];
        random.NextBytes(pixels);
        _a = np.array(a);
        _b = np.array(b);
        _image = np.array(pixels);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _a.Dispose();
        _b.Dispose();
        _image.Dispose();
    }

    [Benchmark(Description = "a + b")]
    public void Add()
    {
        using NDArray r = _a + _b;
    }

    [Benchmark(Description = "a * 2 + 1")]
    public void MultiplyAdd()
    {
        using NDArray t = _a * 2;
        using NDArray r = t + 1;
    }

    [Benchmark(Description = "uint8 img / 255")]
    public void Normalise()
    {
        using NDArray r = _image / 255;
    }
}
