using System.Globalization;
using NumBridge.Benchmarks;

namespace NumSharp.Benchmarks;

/// <summary>
/// NumSharp's peak-memory rows (<c>NumSharp.Benchmarks rss CASE FILE.npy</c>): the same protocol as NumBridge's
/// <c>RssProbe</c> (warm on a small file, reset the peak, run, print one JSON line), for the cases NumSharp has:
/// it has no bridge to TorchSharp, so only the loads.
/// </summary>
public static class RssProbe
{
    private static readonly Dictionary<string, Func<string, NDArray>> s_cases = new()
    {
        ["np.load"] = path => (NDArray)np.load(path),
        ["np.load(mmap_mode='r')"] = path => (NDArray)np.load(path, mmap_mode: "r"),
        ["np.load(mmap_mode='c')"] = path => (NDArray)np.load(path, mmap_mode: "c"),
    };

    /// <summary>Runs <c>rss CASE FILE</c>; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length != 2 || !s_cases.TryGetValue(args[0], out Func<string, NDArray>? run))
        {
            Console.Error.WriteLine($"usage: rss CASE FILE.npy, CASE one of: {string.Join(" | ", s_cases.Keys)}");
            return 2;
        }

        string warm = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "rss-warm-numsharp.npy");
        using (NDArray small = np.ones(new Shape(1024), NPTypeCode.Single))
        {
            np.save(warm, small);
        }

        run(warm).Dispose();
        File.Delete(warm);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        bool reset = ProcStatus.ResetPeak();
        long before = ProcStatus.ResidentBytes;
        using NDArray result = run(args[1]);
        long peak = ProcStatus.PeakResidentBytes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"case\": \"{args[0]}\", \"baseline_bytes\": {before}, \"peak_bytes\": {peak}, \"peak_reset\": {(reset ? "true" : "false")}}}"));
        return 0;
    }
}
