using System.Diagnostics;

namespace NumBridge.Reliability.Kill;

/// <summary>
/// The "nothing lost" test: a child process saves new versions of one <c>.npy</c> and one <c>.npz</c> file in a tight
/// loop; the parent kills it (SIGKILL) at a random moment, then checks that each file is one whole version, the old
/// one or a newer one, never a torn mix. A control round writes the file in place (no temporary file and rename) to
/// show that the check does catch torn files.
/// </summary>
internal static class KillTest
{
    public static int Run(int rounds, int seed, string? dir)
    {
        string work = dir ?? Path.Combine(Path.GetTempPath(), $"numbridge-kill-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var random = new Random(seed);
        var total = Stopwatch.StartNew();
        int failures = 0;
        int midSave = 0;
        int version = 1;
        var versionsSeen = new Dictionary<string, HashSet<int>> { ["npy"] = [], ["npz"] = [] };
        foreach (string mode in (string[])["npy", "npz"])
        {
            // The old version every round starts from.
            Versions.Write(work, mode, version, inPlace: false);
        }

        for (int round = 0; round < rounds; round++)
        {
            string mode = round % 2 == 0 ? "npy" : "npz";
            version += 1000;
            int delayMs = random.Next(0, 200);
            KillChildAfter(work, mode, version, delayMs, inPlace: false);
            midSave += Versions.RemoveTemporaryFiles(work);
            string? problem = Versions.Check(work, mode, out int found);
            if (problem is not null)
            {
                failures++;
                Console.Error.WriteLine($"TORN round {round} ({mode}, killed after {delayMs} ms): {problem}");
            }
            else
            {
                versionsSeen[mode].Add(found);
            }
        }

        // Control: the same kills against in-place writes, which must tear at least sometimes (else the test is blind).
        int controlRounds = Math.Max(4, rounds / 10);
        int controlTorn = 0;
        for (int round = 0; round < controlRounds; round++)
        {
            Versions.Write(work, "npy", 1, inPlace: false);
            version += 1000;
            KillChildAfter(work, "naive", version, random.Next(0, 200), inPlace: true);
            if (Versions.Check(work, "npy", out _) is not null)
            {
                controlTorn++;
            }
        }

        Directory.Delete(work, recursive: true);
        Console.WriteLine($"kill: {rounds} kills of np.save/np.savez in {total.Elapsed.TotalSeconds:F1} s: {failures} torn files, " +
            $"{midSave} kills landed mid-save (left a temporary file), {versionsSeen["npy"].Count + versionsSeen["npz"].Count} distinct versions found whole; " +
            $"control (in-place writes): {controlTorn} of {controlRounds} kills left a torn file");
        if (controlTorn == 0)
        {
            Console.Error.WriteLine("kill: the control never tore a file; the kills may not land during writes");
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Starts the child, waits until it says it is saving, lets it run <paramref name="delayMs"/>, kills it.</summary>
    private static void KillChildAfter(string work, string mode, int firstVersion, int delayMs, bool inPlace)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        string self = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.FileName = self;
            start.ArgumentList.Add(typeof(KillTest).Assembly.Location);
        }
        else
        {
            start.FileName = self;
        }

        foreach (string arg in (string[])["kill-child", "--dir", work, "--mode", mode, "--first", firstVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), "--in-place", inPlace ? "true" : "false"])
        {
            start.ArgumentList.Add(arg);
        }

        using Process child = Process.Start(start)!;
        _ = child.StandardOutput.ReadLine(); // "saving": the first version is written, the loop is running
        Thread.Sleep(delayMs);
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
    }
}

/// <summary>The child process: saves versions of the file until it is killed.</summary>
internal static class KillChild
{
    public static int Run(string dir, string mode, int firstVersion, bool inPlace)
    {
        string target = mode == "naive" ? "npy" : mode;
        for (int v = firstVersion; ; v++)
        {
            Versions.Write(dir, target, v, inPlace);
            if (v == firstVersion)
            {
                // After one whole save, so the kill lands in a warmed-up loop of saves, not in start-up.
                Console.WriteLine("saving");
                Console.Out.Flush();
            }
        }
    }
}
