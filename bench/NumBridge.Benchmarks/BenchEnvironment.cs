using System.Globalization;

namespace NumBridge.Benchmarks;

/// <summary>
/// What <c>bench/run</c> hands the benchmark processes through environment variables, so that NumBridge, NumSharp and
/// the Python side time the same inputs and sizes. Compiled into both benchmark projects.
/// </summary>
public static class BenchEnvironment
{
    /// <summary>The directory with the shared input files (<c>NUMBRIDGE_BENCH_DATA</c>), made by the Python side.</summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("NUMBRIDGE_BENCH_DATA")
        ?? throw new InvalidOperationException("NUMBRIDGE_BENCH_DATA is not set: run bench/run, which makes the inputs");

    /// <summary>
    /// The element counts of the scaling table (<c>NUMBRIDGE_BENCH_SIZES</c>, comma separated); bench/run picks them
    /// from the free memory. Without it: every power of ten from 1e3 to 1e8.
    /// </summary>
    public static IEnumerable<long> ScalingSizes
    {
        get
        {
            string? sizes = Environment.GetEnvironmentVariable("NUMBRIDGE_BENCH_SIZES");
            return string.IsNullOrWhiteSpace(sizes)
                ? [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]
                : sizes.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        }
    }
}
