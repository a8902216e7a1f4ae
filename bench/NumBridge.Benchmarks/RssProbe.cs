using System.Globalization;
using NumBridge.Torch;
using TorchSharp;

namespace NumBridge.Benchmarks;

/// <summary>
/// The peak-memory rows of <c>bench/run</c>: one case per process (<c>NumBridge.Benchmarks rss CASE FILE.npy</c>),
/// printing one JSON line with the peak resident bytes the case added over the process's resident size before it.
/// </summary>
/// <remarks>
/// The case runs once on a small file first, so the JIT, libtorch and the thread pool are loaded before the
/// baseline is taken; then the peak is reset (<see cref="ProcStatus.ResetPeak"/>) and the case runs on the real file
/// with every result kept alive until the peak is read. Zero-copy cases must add nothing near a copy's worth. A
/// read-only map (<c>mmap_mode: "r"</c>) is copied by <c>torch.from_numpy</c> by design (PyTorch warns and shares);
/// the copy-on-write map (<c>"c"</c>) is writable and shared.
/// </remarks>
public static class RssProbe
{
    /// <summary>The cases, named as in <c>bench/python/rss_probe.py</c>.</summary>
    private static readonly Dictionary<string, Func<string, IDisposable[]>> s_cases = new()
    {
        ["np.load"] = path => [np.load(path)],
        ["np.load + torch.from_numpy"] = path => Share(np.load(path)),
        ["np.load + torch.tensor (copy)"] = path => Copy(np.load(path)),
        ["np.load(mmap_mode='r') + torch.from_numpy"] = path => Share(np.load(path, mmap_mode: "r")),
        ["np.load(mmap_mode='c') + torch.from_numpy"] = path => Share(np.load(path, mmap_mode: "c")),
    };

    /// <summary>Runs <c>rss CASE FILE</c>; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length != 2 || !s_cases.TryGetValue(args[0], out Func<string, IDisposable[]>? run))
        {
            Console.Error.WriteLine($"usage: rss CASE FILE.npy, CASE one of: {string.Join(" | ", s_cases.Keys)}");
            return 2;
        }

        string warm = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "rss-warm-dotnet.npy");
        using (NDArray small = np.ones(1024, dtype: np.float32))
        {
            np.save(warm, small);
        }

        Release(run(warm));
        File.Delete(warm);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        bool reset = ProcStatus.ResetPeak();
        long before = ProcStatus.ResidentBytes;
        IDisposable[] results = run(args[1]);
        long peak = ProcStatus.PeakResidentBytes;
        Release(results);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"case\": \"{args[0]}\", \"baseline_bytes\": {before}, \"peak_bytes\": {peak}, \"peak_reset\": {(reset ? "true" : "false")}}}"));
        return 0;
    }

    private static IDisposable[] Share(NDArray a) => [a, torch.from_numpy(a)];

    private static IDisposable[] Copy(NDArray a) => [a, torch.tensor(a)];

    private static void Release(IDisposable[] results)
    {
        foreach (IDisposable result in results)
        {
            result.Dispose();
        }
    }
}
