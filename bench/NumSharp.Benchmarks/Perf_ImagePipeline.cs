using BenchmarkDotNet.Attributes;

namespace NumSharp.Benchmarks;

/// <summary>
/// NumSharp's twin of NumBridge's <c>Perf_ImagePipeline</c>: <c>(img.astype(float32) / 255 - mean) / std</c>, then
/// <c>transpose(2, 0, 1)</c> copied contiguous, on a 1024x1024x3 uint8 image.
/// </summary>
[MemoryDiagnoser]
public class Perf_ImagePipeline
{
    private NDArray _image = null!;
    private NDArray _mean = null!;
    private NDArray _std = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        byte[] pixels = new byte[1024 * 1024 * 3];
        random.NextBytes(pixels);
        _image = np.array(pixels).reshape(1024, 1024, 3);
        _mean = np.array(new[] { 0.485f, 0.456f, 0.406f });
        _std = np.array(new[] { 0.229f, 0.224f, 0.225f });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _image.Dispose();
        _mean.Dispose();
        _std.Dispose();
    }

    [Benchmark(Description = "(img.astype(float32) / 255 - mean) / std, CHW")]
    public int Pipeline()
    {
        using NDArray f = _image.astype(NPTypeCode.Single);
        using NDArray scaled = f / 255;
        using NDArray centred = scaled - _mean;
        using NDArray normalised = centred / _std;
        using NDArray planar = normalised.transpose([2, 0, 1]);
        using NDArray chw = np.ascontiguousarray(planar);
        return chw.ndim;
    }
}
