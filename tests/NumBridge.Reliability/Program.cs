using System.Globalization;
using NumBridge.Reliability.Fuzzing;
using NumBridge.Reliability.Kill;
using NumBridge.Reliability.Stress;

namespace NumBridge.Reliability;

/// <summary>The reliability tools: <c>fuzz</c>, <c>stress</c>, <c>kill</c> (and <c>kill-child</c>, the process the kill
/// test kills). Run through <c>scripts/reliability</c>; each prints a summary and exits non-zero on any finding.</summary>
internal static class Program
{
    private const string Usage = """
        usage: NumBridge.Reliability <command> [options]
          fuzz   [--inputs N] [--seed S] [--seeds DIR]... [--findings DIR] [--corpus-out DIR] [--time-limit-ms MS]
                 mutation fuzzing of np.load, np.load_npz and Image.open (default 100000 inputs, seed 1)
          stress [--seconds N] [--threads N] [--seed S] [--torch true|false]
                 lifetime stress with the native-buffer ledger (default 10 s, 4 threads)
          replay TARGET FILE...
                 runs saved inputs (npy, npy-stream, npz, image) and prints each outcome and what it allocated
          kill   [--rounds N] [--seed S] [--dir DIR]
                 kills a child process in the middle of np.save / np.savez, checks the file is old or new (default 20)
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.Write(Usage);
            return 2;
        }

        var options = new Options(args.AsSpan(1));
        return args[0] switch
        {
            "fuzz" => new Fuzzer(new FuzzOptions(
                Inputs: options.Long("--inputs", 100_000),
                Seed: (int)options.Long("--seed", 1),
                SeedDirs: options.All("--seeds") is { Count: > 0 } dirs ? dirs : DefaultSeedDirs(),
                FindingsDir: options.String("--findings", "artifacts/fuzz-findings"),
                CorpusOut: options.StringOrNull("--corpus-out"),
                TimeLimitMs: (int)options.Long("--time-limit-ms", 1000))).Run(),
            "stress" => LifetimeStress.Run(
                TimeSpan.FromSeconds(options.Long("--seconds", 10)),
                (int)options.Long("--threads", 4),
                (int)options.Long("--seed", 1),
                options.String("--torch", "true") == "true"),
            "replay" => Replay(args),
            "kill" => KillTest.Run((int)options.Long("--rounds", 20), (int)options.Long("--seed", 1), options.StringOrNull("--dir")),
            "kill-child" => KillChild.Run(options.String("--dir", "."), options.String("--mode", "npy"), (int)options.Long("--first", 1),
                options.String("--in-place", "false") == "true"),
            _ => BadUsage(args[0]),
        };
    }

    private static int Replay(string[] args)
    {
        FuzzTarget target = Enum.GetValues<FuzzTarget>().First(t => FuzzHarness.Name(t) == args[1]);
        foreach (string file in args.AsSpan(2))
        {
            byte[] input = File.ReadAllBytes(file);
            long before = GC.GetAllocatedBytesForCurrentThread() + Memory.NativeLedger.AlignedBytesAllocated;
            string outcome = FuzzHarness.Run(target, input);
            long allocated = GC.GetAllocatedBytesForCurrentThread() + Memory.NativeLedger.AlignedBytesAllocated - before;
            Console.WriteLine($"{file}: {input.Length:N0} bytes, allocated {allocated:N0} (budget {Fuzzer.Budget(target, input, outcome):N0}): {outcome}");
        }

        return 0;
    }

    /// <summary>The shared fixtures (every .npy, .npz and PNG the real NumPy and Pillow wrote) and the test suite's
    /// JPEG, GIF, BMP and TGA files, found from the repository root. A clone without <c>../shared</c> beside it seeds
    /// from the test suite's own copies of those fixtures instead.</summary>
    private static List<string> DefaultSeedDirs()
    {
        string root = RepositoryRoot();
        string shared = Path.Combine(root, "..", "shared", "fixtures");
        string testData = Path.Combine(root, "tests", "NumBridge.Tests", "TestData");
        return Directory.Exists(shared)
            ? [Path.Combine(shared, "npy"), Path.Combine(shared, "images"), Path.Combine(testData, "images", "more")]
            : [Path.Combine(testData, "npy"), Path.Combine(testData, "images")];
    }

    /// <summary>The folder holding NumBridge.slnx, searched upward from the working folder.</summary>
    internal static string RepositoryRoot()
    {
        for (string? dir = Directory.GetCurrentDirectory(); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "NumBridge.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("run from inside the NumBridge repository");
    }

    private static int BadUsage(string command)
    {
        Console.Error.WriteLine($"unknown command '{command}'");
        Console.Error.Write(Usage);
        return 2;
    }

    /// <summary>A minimal <c>--name value</c> parser.</summary>
    private readonly ref struct Options(ReadOnlySpan<string> args)
    {
        private readonly ReadOnlySpan<string> _args = args;

        public long Long(string name, long fallback) =>
            StringOrNull(name) is { } s ? long.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

        public string String(string name, string fallback) => StringOrNull(name) ?? fallback;

        public string? StringOrNull(string name)
        {
            string? found = null;
            for (int i = 0; i + 1 < _args.Length; i++)
            {
                if (_args[i] == name)
                {
                    found = _args[i + 1];
                }
            }

            return found;
        }

        public List<string> All(string name)
        {
            var found = new List<string>();
            for (int i = 0; i + 1 < _args.Length; i++)
            {
                if (_args[i] == name)
                {
                    found.Add(_args[i + 1]);
                }
            }

            return found;
        }
    }
}
