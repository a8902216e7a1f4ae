using BenchmarkDotNet.Attributes;

namespace NumBridge.Benchmarks;

/// <summary>
/// Reductions of 1e7 float32 over all axes and of a 3000x3000 float32 array along axis 0 (whole rows added in order),
/// against a memcpy of the bytes they read (a reduction is memory bound at best). The NumPy twins are
/// <c>a.sum()</c>, <c>a.mean()</c>, <c>a.std()</c>, <c>a.argmax()</c> and the same four with <c>axis=0</c> on
/// <c>m</c> (<c>bench/python/python_side.py</c>).
/// </summary>
[MemoryDiagnoser]
public unsafe class Perf_Reduction
{
    private const int Side = 3000;

    private NDArray _a = null!;
    private NDArray _m = null!;
    private byte* _to;

    /// <summary>Elements of the 1-D array: a ragged small size (call overhead, tails) and 1e7.</summary>
    [Params(3079, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        float[] a = BenchInputs.Floats(random, N);
        float[] m = BenchInputs.Floats(random, Side * Side);

        _a = np.array(a);
        using NDArray flat = np.array(m);
        _m = flat.reshape(Side, Side).copy();
        _to = (byte*)System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)N * sizeof(float), 64);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        System.Runtime.InteropServices.NativeMemory.AlignedFree(_to);
        _a.Dispose();
        _m.Dispose();
    }

    [Benchmark(Baseline = true, Description = "memcpy (float32 bytes)")]
    public void Memcpy()
    {
        long bytes = (long)N * sizeof(float);
        Buffer.MemoryCopy(_a.Data, _to, bytes, bytes);
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
    public void ArgMax()
    {
        using NDArray r = _a.argmax();
    }

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
