using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace NumBridge.Benchmarks;

/// <summary>
/// The cases <c>bench/run</c>'s tables use. With <c>NUMBRIDGE_BENCH_SIDE_BY_SIDE=1</c> the parameter values that no
/// table shows (the small ragged sizes, matmul at 1023 and in float64) are left out, to keep the whole command under
/// 20 minutes; an ad-hoc <c>bench/run --filter ...</c> runs everything it names.
/// </summary>
public static class SideBySide
{
    /// <summary>BenchmarkDotNet's default configuration, with the side-by-side filter when asked for.</summary>
    public static IConfig Config()
    {
        ManualConfig config = ManualConfig.Create(DefaultConfig.Instance);
        if (Environment.GetEnvironmentVariable("NUMBRIDGE_BENCH_SIDE_BY_SIDE") == "1")
        {
            config.AddFilter(new SimpleFilter(IsShown));
        }

        return config;
    }

    private static bool IsShown(BenchmarkCase benchmark)
    {
        Type type = benchmark.Descriptor.Type;
        if (type.IsGenericType && type.GetGenericArguments()[0] != typeof(float))
        {
            return false; // Perf_Matmul<double>
        }

        foreach (BenchmarkDotNet.Parameters.ParameterInstance parameter in benchmark.Parameters.Items)
        {
            if (parameter.Name == "N" && parameter.Value is 3079 or 1023)
            {
                return false;
            }
        }

        return true;
    }
}
