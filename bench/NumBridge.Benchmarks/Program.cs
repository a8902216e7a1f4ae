using BenchmarkDotNet.Running;

namespace NumBridge.Benchmarks;

public static class Program
{
    /// <summary>
    /// BenchmarkDotNet's command line (<c>bench/run --filter ...</c>), the side-by-side run's subset when
    /// <c>NUMBRIDGE_BENCH_SIDE_BY_SIDE=1</c> (<see cref="SideBySide"/>), or <c>rss CASE FILE</c> (<see cref="RssProbe"/>).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args is ["rss", .. string[] rest])
        {
            return RssProbe.Run(rest);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, SideBySide.Config());
        return 0;
    }
}
