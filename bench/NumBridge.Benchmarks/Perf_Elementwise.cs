using BenchmarkDotNet.Attributes;

namespace NumBridge.Benchmarks;

/// <summary>
/// Element-wise ufuncs on float32 vectors and the uint8 image normalisation <c>img / 255</c>, against a memcpy of the
/// bytes one operation writes (each op is memory bound: 1e7 float32 is 40 MB per operand). The NumPy twins are
/// <c>a + b</c>, <c>a * 2 + 1</c> and <c>img / 255</c> on the same sizes.
/// </summary>
[MemoryDiagnoser]
public unsafe class Perf_Elementwise
{
    private NDArray _a = null!;
    private NDArray _b = null!;
    private NDArray _image = null!;
    private byte* _from;
    private byte* _to;

    /// <summary>Elements: a ragged small size (call overhead, vector tails) and 1e7.</summary>
    [Params(3079, 10_000_000)]
    public int N { get; set; }

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
        _from = _a.Data;
        _to = (byte*)System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)N * sizeof(float), 64);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        System.Runtime.InteropServices.NativeMemory.AlignedFree(_to);
        _a.Dispose();
        _b.Dispose();
        _image.Dispose();
    }

    [Benchmark(Baseline = true, Description = "memcpy (float32 bytes)")]
    public void Memcpy()
    {
        long bytes = (long)N * sizeof(float);
        Buffer.MemoryCopy(_from, _to, bytes, bytes);
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

    [Benchmark(Description = "a += b (in place)")]
    public void AddInPlace()
    {
        NDArray a = _a;
        a += _b;
    }

    [Benchmark(Description = "uint8 img / 255")]
    public void Normalise()
    {
        using NDArray r = _image / 255;
    }
}
