using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NumBridge.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace NumBridge.Benchmarks;

/// <summary>
/// The NumBridge ↔ TorchSharp bridge on a float32 vector: the two zero-copy conversions (<c>torch.from_numpy(a)</c>,
/// <c>t.numpy()</c>), which should cost the same at every size, and the copying <c>torch.tensor(a)</c> against a
/// memcpy of the same bytes (PyTorch's <c>tensor_from_numpy</c> / <c>tensor_to_numpy</c>).
/// </summary>
/// <remarks>
/// Every result is disposed in the call that made it. The arrays and the baseline's buffers are allocated once in
/// <c>[GlobalSetup]</c> (at 1e8 elements the source alone is 400 MB). <c>alloc + memcpy</c> allocates and frees its
/// destination each call, as <c>torch.tensor</c> must; <c>alloc + madvise(huge) + memcpy</c> also asks for 2 MiB
/// pages first, as <c>torch.tensor</c> did from 32 MiB when this was measured (now from 4 MiB, <c>Memory/HugePages.cs</c>): the floor for a copy into fresh
/// memory. Runs in-process (<see cref="InProcessToolchainAttribute"/> says why).
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[InProcessToolchain]
public unsafe class Perf_Bridge
{
    private NDArray _array = null!;
    private Tensor _tensor = null!;
    private byte* _to;

    /// <summary>Element count: call overhead (1e3), in cache (1e6, 4 MB) and far out of it (1e8, 400 MB).</summary>
    [Params(1_000, 1_000_000, 100_000_000)]
    public int N { get; set; }

    private const int MadvHugePage = 14; // <linux/mman.h> MADV_HUGEPAGE
    private const long HugePageSize = 2L << 20;
    private const long HugePageThreshold = 32L << 20; // the threshold torch.tensor used when these figures were taken

    private long Bytes => (long)N * sizeof(float);

    [GlobalSetup]
    public void Setup()
    {
        _array = np.ones(N, dtype: np.float32);
        _tensor = torch.ones(N, dtype: ScalarType.Float32);
        _to = (byte*)NativeMemory.AlignedAlloc((nuint)Bytes, 64);
        NativeMemory.Clear(_to, (nuint)Bytes); // touch every page once, so the baseline measures the copy only
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        NativeMemory.AlignedFree(_to);
        _tensor.Dispose();
        _array.Dispose();
    }

    [Benchmark(Description = "torch.from_numpy(a)")]
    [BenchmarkCategory("Share")]
    public long FromNumpy()
    {
        using Tensor t = torch.from_numpy(_array);
        return t.Handle.ToInt64();
    }

    [Benchmark(Description = "t.numpy()")]
    [BenchmarkCategory("Share")]
    public int Numpy()
    {
        using NDArray a = _tensor.numpy();
        return a.ndim;
    }

    [Benchmark(Baseline = true, Description = "memcpy")]
    [BenchmarkCategory("Copy")]
    public void Memcpy() => Buffer.MemoryCopy(_array.Data, _to, Bytes, Bytes);

    [Benchmark(Description = "alloc + memcpy")]
    [BenchmarkCategory("Copy")]
    public void AllocMemcpy()
    {
        void* to = NativeMemory.AlignedAlloc((nuint)Bytes, 64);
        Buffer.MemoryCopy(_array.Data, to, Bytes, Bytes);
        NativeMemory.AlignedFree(to);
    }

    [Benchmark(Description = "alloc + madvise(huge) + memcpy")]
    [BenchmarkCategory("Copy")]
    public void AllocHugeMemcpy()
    {
        bool huge = Bytes >= HugePageThreshold && OperatingSystem.IsLinux();
        void* to = NativeMemory.AlignedAlloc((nuint)Bytes, huge ? (nuint)HugePageSize : 64);
        if (huge)
        {
            _ = madvise(to, (nuint)(Bytes & ~(HugePageSize - 1)), MadvHugePage);
        }

        Buffer.MemoryCopy(_array.Data, to, Bytes, Bytes);
        NativeMemory.AlignedFree(to);
    }

    [Benchmark(Description = "torch.tensor(a)")]
    [BenchmarkCategory("Copy")]
    public long TensorCopy()
    {
        using Tensor t = torch.tensor(_array);
        return t.Handle.ToInt64();
    }

    [DllImport("libc")]
    private static extern int madvise(void* addr, nuint length, int advice);
}
