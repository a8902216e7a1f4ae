using System.Globalization;

namespace NumBridge.Benchmarks;

/// <summary>
/// The process's resident memory from <c>/proc/self/status</c> (Linux): current (<c>VmRSS</c>) and peak
/// (<c>VmHWM</c>), for the peak-memory rows. Compiled into both benchmark projects.
/// </summary>
public static class ProcStatus
{
    /// <summary>Resident bytes now.</summary>
    public static long ResidentBytes => Read("VmRSS:");

    /// <summary>The most resident bytes since the process started or since <see cref="ResetPeak"/>.</summary>
    public static long PeakResidentBytes => Read("VmHWM:");

    /// <summary>
    /// Lowers the peak to the current resident size (writes 5 to <c>/proc/self/clear_refs</c>), so a measurement
    /// starts from now, not from whatever start-up touched. Returns false where the kernel refuses.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Read(string field)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                // "VmRSS:	  123456 kB"
                string kib = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/self/status has no {field}");
    }
}
