using BenchmarkDotNet.Running;

namespace NumSharp.Benchmarks;

public static class Program
{
    /// <summary>BenchmarkDotNet's command line, or <c>rss CASE FILE</c> (<see cref="RssProbe"/>).</summary>
    public static int Main(string[] args)
    {
        if (args is ["rss", .. string[] rest])
        {
            return RssProbe.Run(rest);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
