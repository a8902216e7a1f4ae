using System.Diagnostics;
using System.Globalization;
using System.IO.MemoryMappedFiles;
using System.Text;
using System.Text.RegularExpressions;
using NumBridge.Memory;

namespace NumBridge.Reliability.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer over the <c>.npy</c>, <c>.npz</c> and image readers. Each step takes an input from a
/// target's pool, mutates it and runs it; an input whose outcome is new (a new exception message shape, a new dtype or
/// mode) joins the pool, which is the feedback that steers it deeper. Every input must end in a result or a documented
/// exception (<see cref="FuzzHarness.DocumentedExceptions"/>), within <see cref="FuzzOptions.TimeLimitMs"/>, allocating
/// no more than <see cref="Budget"/> allows for its size; anything else is saved as a finding.
/// </summary>
internal sealed partial class Fuzzer
{
    /// <summary>A pool stops growing at this many inputs per target.</summary>
    private const int MaxPool = 4000;

    /// <summary>A fuzzer input that runs this long is a hang: the process stops, the input is in current-input.bin.</summary>
    private const int WatchdogMs = 10_000;

    private static readonly FuzzTarget[] s_targets = [FuzzTarget.Npy, FuzzTarget.NpyStream, FuzzTarget.Npz, FuzzTarget.Image];

    private readonly FuzzOptions _options;
    private readonly Random _random;
    private readonly Mutator _mutator;
    private readonly Dictionary<FuzzTarget, List<byte[]>> _pools = [];
    private readonly Dictionary<FuzzTarget, HashSet<string>> _signatures = [];
    private readonly Dictionary<FuzzTarget, List<(byte[] Input, string Outcome)>> _corpus = [];
    private readonly Dictionary<FuzzTarget, TargetStats> _stats = [];
    private readonly List<string> _findings = [];
    private long _runningSince;

    public Fuzzer(FuzzOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
        _mutator = new Mutator(_random);
        foreach (FuzzTarget t in s_targets)
        {
            _pools[t] = [];
            _signatures[t] = [];
            _corpus[t] = [];
            _stats[t] = new TargetStats();
        }
    }

    /// <summary>
    /// The most a reader may allocate, managed and native together, for an input of <paramref name="length"/> bytes
    /// whose outcome was <paramref name="outcome"/>: a fixed 2 MiB (buffers, tables, the zip directory) plus what each
    /// format can honestly claim from that many bytes, as the readers enforce it:
    /// <list type="bullet">
    /// <item><c>.npy</c>: the data is stored whole, and a seekable stream's remaining length caps the header's claim:
    /// 8 x the input.</item>
    /// <item><c>.npy</c> from a stream of unknown length: also up to <c>NpyReader.DirectReadLimit</c> (64 MiB), read
    /// straight into the array before the stream's end is known (the reader's documented bound).</item>
    /// <item><c>.npz</c>, PNG: deflate expands at most 1032:1 (<c>ImageLimits.DeflateCanHold</c>), and an image is
    /// decoded, kept and converted to RGBA: 8 x 1032 x the input.</item>
    /// <item>JPEG: up to 4096 pixels per input byte plus 1 Mi pixels (<c>JpegCodec</c>'s check; libjpeg, like stb,
    /// fills a cut scan), 12 bytes a pixel.</item>
    /// <item>GIF: the logical screen, a header field that needs no data (Pillow fills it with the background), bounded
    /// only by <c>Image.MAX_IMAGE_PIXELS</c> as in Pillow: 12 bytes a pixel of the screen or the decoded canvas. A
    /// frame's own pixels need LZW data (<c>ImageLimits.LzwCanHold</c>).</item>
    /// </list>
    /// </summary>
    public static long Budget(FuzzTarget target, byte[] input, string outcome)
    {
        const long Fixed = 2L << 20;
        long length = input.Length;
        long compressed = 8 * 1032 * length;
        return target switch
        {
            FuzzTarget.Npy => Fixed + (8 * length),
            FuzzTarget.NpyStream => Fixed + (8 * length) + IO.NpyReader.DirectReadLimit,
            FuzzTarget.Npz => Fixed + compressed,
            _ => Fixed + compressed + (12 * (outcome.StartsWith("JPEG ", StringComparison.Ordinal) ? (4096 * length) + (1 << 20) :
                Math.Max(PixelsOf(outcome), GifScreenPixels(input)))),
        };
    }

    /// <summary>The logical screen of a GIF (its header's width and height), 0 for anything else.</summary>
    private static long GifScreenPixels(byte[] input) =>
        input.Length >= 10 && input.AsSpan().StartsWith("GIF"u8) ? (long)BitConverter.ToUInt16(input, 6) * BitConverter.ToUInt16(input, 8) : 0;

    /// <summary>The pixel count of an image outcome, <c>FORMAT MODE WxH ...</c>.</summary>
    private static long PixelsOf(string outcome)
    {
        Match m = SizePattern().Match(outcome);
        return m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>
    /// The fuzzer's <c>Image.MAX_IMAGE_PIXELS</c>, lowered from Pillow's 89,478,485 as Pillow advises for untrusted
    /// input: at the default a 30-byte GIF may legitimately claim a 179-million-pixel screen, which takes seconds and
    /// a gigabyte to decode and convert (as in Pillow), and would say nothing about the readers. Every image under the
    /// limit is still decoded in full.
    /// </summary>
    public const long MaxImagePixels = 1 << 22;

    public int Run()
    {
        Imaging.Image.MAX_IMAGE_PIXELS = MaxImagePixels;
        LoadSeeds();
        string findingsDir = Path.GetFullPath(_options.FindingsDir);
        Directory.CreateDirectory(findingsDir);
        using var scratch = new CurrentInput(Path.Combine(findingsDir, "current-input.bin"));
        var watchdog = new Thread(Watch) { IsBackground = true, Name = "fuzz watchdog" };
        watchdog.Start();

        var total = Stopwatch.StartNew();
        for (long i = 0; i < _options.Inputs; i++)
        {
            FuzzTarget target = s_targets[i % s_targets.Length];
            List<byte[]> pool = _pools[target];
            byte[] parent = pool[_random.Next(pool.Count)];
            byte[] other = pool[_random.Next(pool.Count)];
            byte[] input = _mutator.Mutate(target, parent, other);
            RunOne(target, input, scratch, findingsDir);
            if (_options.Progress && (i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine($"  {i + 1:N0} inputs, {total.Elapsed.TotalSeconds:F0} s, {_findings.Count} findings");
            }
        }

        total.Stop();
        Report(total.Elapsed);
        if (_options.CorpusOut is { } corpusOut)
        {
            WriteCorpus(corpusOut);
        }

        Volatile.Write(ref _runningSince, -1);
        return _findings.Count == 0 ? 0 : 1;
    }

    private void RunOne(FuzzTarget target, byte[] input, CurrentInput scratch, string findingsDir)
    {
        TargetStats stats = _stats[target];
        scratch.Write(target, input);
        long managedBefore = GC.GetAllocatedBytesForCurrentThread();
        long nativeBefore = NativeLedger.AlignedBytesAllocated;
        long start = Stopwatch.GetTimestamp();
        Volatile.Write(ref _runningSince, start);
        string outcome;
        try
        {
            outcome = FuzzHarness.Run(target, input);
        }
#pragma warning disable CA1031 // Every undocumented exception is a finding, recorded and saved, and the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            outcome = $"UNDOCUMENTED {ex.GetType().FullName}: {ex.Message}";
            Finding(target, input, findingsDir, "exception", ex.ToString());
        }

        Volatile.Write(ref _runningSince, 0);
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - managedBefore + (NativeLedger.AlignedBytesAllocated - nativeBefore);
        stats.Inputs++;
        stats.MaxMs = Math.Max(stats.MaxMs, ms);
        stats.MaxAllocated = Math.Max(stats.MaxAllocated, allocated);
        stats.Outcomes.TryGetValue(Kind(outcome), out long seen);
        stats.Outcomes[Kind(outcome)] = seen + 1;
        if (ms > _options.TimeLimitMs)
        {
            Finding(target, input, findingsDir, "slow", $"{ms:F0} ms: {outcome}");
        }

        if (allocated > Budget(target, input, outcome))
        {
            Finding(target, input, findingsDir, "allocation", $"{allocated:N0} bytes for a {input.Length:N0}-byte input: {outcome}");
        }

        string signature = Signature(outcome);
        if (_signatures[target].Add(signature))
        {
            if (_pools[target].Count < MaxPool && input.Length <= 256 << 10)
            {
                _pools[target].Add(input);
            }

            // Outcomes that depend on the lowered pixel limit (the tests replay at the default) or on this machine's
            // memory stay out of the corpus.
            if (input.Length <= _options.CorpusMaxBytes && !outcome.Contains("decompression bomb", StringComparison.Ordinal) &&
                !outcome.Contains(nameof(InsufficientMemoryException), StringComparison.Ordinal))
            {
                _corpus[target].Add((input, outcome));
            }
        }
    }

    private void Finding(FuzzTarget target, byte[] input, string findingsDir, string kind, string detail)
    {
        string name = $"{FuzzHarness.Name(target)}-{kind}-{_findings.Count:D4}";
        File.WriteAllBytes(Path.Combine(findingsDir, name + ".bin"), input);
        File.WriteAllText(Path.Combine(findingsDir, name + ".txt"), detail);
        _findings.Add($"{name}: {detail.Split('\n')[0]}");
        Console.Error.WriteLine($"FINDING {name}: {detail.Split('\n')[0]}");
    }

    /// <summary>What counts as the same outcome for the pool: the start of the message with its numbers blanked (most
    /// messages go on to quote the header), or the result's dtype, rank and mode without the hash.</summary>
    private static string Signature(string outcome)
    {
        string s = HashPattern().Replace(outcome, "");
        s = DigitsPattern().Replace(s, "#");
        return s.StartsWith("ok", StringComparison.Ordinal) || !s.Contains("Exception: ", StringComparison.Ordinal) ? s : s[..Math.Min(s.Length, 72)];
    }

    /// <summary>The outcome's kind for the report: ok, or the exception type.</summary>
    private static string Kind(string outcome)
    {
        if (outcome.StartsWith("UNDOCUMENTED", StringComparison.Ordinal))
        {
            return "undocumented exception";
        }

        Match m = ExceptionPattern().Match(outcome);
        return m.Success ? m.Groups[1].Value : "result";
    }

    private void LoadSeeds()
    {
        foreach (string dir in _options.SeedDirs)
        {
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"note: seed folder {dir} is missing");
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string ext = Path.GetExtension(file).ToLowerInvariant();
                byte[] bytes = File.ReadAllBytes(file);
                if (bytes.Length > 256 << 10)
                {
                    continue;
                }

                switch (ext)
                {
                    case ".npy":
                        _pools[FuzzTarget.Npy].Add(bytes);
                        _pools[FuzzTarget.NpyStream].Add(bytes);
                        break;
                    case ".npz":
                        _pools[FuzzTarget.Npz].Add(bytes);
                        break;
                    case ".png" or ".jpg" or ".jpeg" or ".gif" or ".bmp" or ".tga":
                        _pools[FuzzTarget.Image].Add(bytes);
                        break;
                }
            }
        }

        foreach (FuzzTarget t in s_targets)
        {
            _stats[t].Seeds = _pools[t].Count;
            if (_pools[t].Count == 0)
            {
                _pools[t].Add([]);
            }
        }
    }

    private void Watch()
    {
        while (true)
        {
            Thread.Sleep(500);
            long since = Volatile.Read(ref _runningSince);
            if (since < 0)
            {
                return;
            }

            if (since > 0 && Stopwatch.GetElapsedTime(since).TotalMilliseconds > WatchdogMs)
            {
                Environment.FailFast($"fuzz: an input ran for more than {WatchdogMs} ms; it is in {_options.FindingsDir}/current-input.bin");
            }
        }
    }

    private void Report(TimeSpan elapsed)
    {
        long inputs = _stats.Values.Sum(s => s.Inputs);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: seed {_options.Seed}, {inputs:N0} inputs in {elapsed.TotalSeconds:F1} s ({inputs / Math.Max(elapsed.TotalSeconds, 1e-9):N0}/s), {_findings.Count} findings");
        report.AppendLine("| target | seeds | inputs | results | exceptions by type | distinct outcomes | slowest | most allocated |");
        report.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|");
        foreach (FuzzTarget t in s_targets)
        {
            TargetStats s = _stats[t];
            string exceptions = string.Join(", ", s.Outcomes.Where(kv => kv.Key != "result").OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}"));
            s.Outcomes.TryGetValue("result", out long results);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {FuzzHarness.Name(t)} | {s.Seeds} | {s.Inputs:N0} | {results:N0} | {exceptions} | {_signatures[t].Count:N0} | {s.MaxMs:F1} ms | {s.MaxAllocated / 1024.0:N0} KiB |");
        }

        foreach (string finding in _findings)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"finding: {finding}");
        }

        Console.Write(report.ToString());
    }

    /// <summary>Writes the inputs with new outcomes, and the exact outcome of each, as regression data.</summary>
    private void WriteCorpus(string dir)
    {
        foreach (FuzzTarget t in s_targets)
        {
            string targetDir = Path.Combine(dir, FuzzHarness.Name(t));
            if (Directory.Exists(targetDir))
            {
                Directory.Delete(targetDir, recursive: true);
            }

            Directory.CreateDirectory(targetDir);
            var lines = new StringBuilder();
            int n = 0;
            // An even spread over the run: the first new outcomes are mostly the seeds' own.
            List<(byte[] Input, string Outcome)> found = _corpus[t];
            int keep = Math.Min(found.Count, _options.CorpusMaxFiles);
            for (int k = 0; k < keep; k++)
            {
                (byte[] input, string outcome) = found[(int)((long)k * found.Count / keep)];
                string name = $"{n++:D4}.bin";
                File.WriteAllBytes(Path.Combine(targetDir, name), input);
                lines.Append(name).Append('\t').Append(outcome.ReplaceLineEndings("\\n")).Append('\n');
            }

            File.WriteAllText(Path.Combine(targetDir, "outcomes.tsv"), lines.ToString());
        }
    }

    [GeneratedRegex(" [0-9a-f]{16}")]
    private static partial Regex HashPattern();

    [GeneratedRegex("^([A-Za-z]+Exception): ")]
    private static partial Regex ExceptionPattern();

    [GeneratedRegex("^[A-Z]+ [A-Za-z0-9;]+ ([0-9]+)x([0-9]+) ")]
    private static partial Regex SizePattern();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitsPattern();

    private sealed class TargetStats
    {
        public int Seeds;
        public long Inputs;
        public double MaxMs;
        public long MaxAllocated;
        public Dictionary<string, long> Outcomes { get; } = [];
    }

    /// <summary>
    /// The input being run, kept in a memory-mapped file: if the process dies (a crash the runtime cannot catch, the
    /// watchdog's FailFast), the file holds the input that did it.
    /// </summary>
    private sealed unsafe class CurrentInput : IDisposable
    {
        private const int Capacity = 8 << 20;
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;
        private readonly byte* _pointer;

        public CurrentInput(string path)
        {
            _file = MemoryMappedFile.CreateFromFile(path, FileMode.Create, null, Capacity);
            _view = _file.CreateViewAccessor();
            byte* p = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
            _pointer = p;
        }

        public void Write(FuzzTarget target, byte[] input)
        {
            int n = Math.Min(input.Length, Capacity - 8);
            *(int*)_pointer = (int)target;
            *(int*)(_pointer + 4) = n;
            input.AsSpan(0, n).CopyTo(new Span<byte>(_pointer + 8, n));
        }

        public void Dispose()
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}

/// <summary>The fuzzer's settings (see Program's usage text).</summary>
internal sealed record FuzzOptions(long Inputs, int Seed, IReadOnlyList<string> SeedDirs, string FindingsDir, string? CorpusOut,
    int TimeLimitMs = 1000, int CorpusMaxBytes = 2048, int CorpusMaxFiles = 100, bool Progress = true);
