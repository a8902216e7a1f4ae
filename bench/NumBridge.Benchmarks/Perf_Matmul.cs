using BenchmarkDotNet.Attributes;

namespace NumBridge.Benchmarks;

/// <summary>
/// Square float32/float64 matmul (the packed, blocked, multi-threaded GEMM), against a memcpy of the result's bytes.
/// 1023 is the ragged size (edge tiles in every direction). The NumPy twin is <c>a @ b</c> on the same sizes:
/// <c>python3 -m timeit -s "import numpy as np; a = np.random.rand(1024, 1024).astype(np.float32); b = a.copy()" "a @ b"</c>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[MemoryDiagnoser]
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public unsafe class Perf_Matmul<T>
    where T : unmanaged
{
    private NDArray _a = null!;
    private NDArray _b = null!;
    private byte* _to;

    /// <summary>Rows = columns = depth.</summary>
    [Params(1023, 1024)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        double[] a = new double[N * N];
        double[] b = new double[N * N];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = random.NextDouble();
            b[i] = random.NextDouble();
        }

        DType dtype = typeof(T) == typeof(float) ? np.float32 : np.float64;
        using NDArray a64 = np.array(a);
        using NDArray b64 = np.array(b);
        using NDArray a2 = a64.reshape(N, N);
        using NDArray b2 = b64.reshape(N, N);
        _a = a2.astype(dtype);
        _b = b2.astype(dtype);
        _to = (byte*)System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)_a.nbytes, 64);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        System.Runtime.InteropServices.NativeMemory.AlignedFree(_to);
        _a.Dispose();
        _b.Dispose();
    }

    [Benchmark(Baseline = true, Description = "memcpy (result bytes)")]
    public void Memcpy()
    {
        long bytes = _a.nbytes;
        Buffer.MemoryCopy(_a.Data, _to, bytes, bytes);
    }

    [Benchmark(Description = "a @ b")]
    public void Matmul()
    {
        using NDArray r = np.matmul(_a, _b);
    }
}
