using System.Diagnostics;
using Xunit;

namespace NumBridge.Tests.CrossChecks;

/// <summary>
/// Whether the reference Pillow (Debian's python3-pil) can be imported beside NumPy. Cross-checks that need it are
/// skipped with the reason where it is missing, except under CI (CI=true), where that fails.
/// </summary>
public static class PythonPillow
{
    private static readonly Lazy<string?> s_missingReason = new(FindMissingReason);

    /// <summary>Null when Pillow can be run, else why not.</summary>
    public static string? MissingReason => s_missingReason.Value;

    /// <summary>Runs a script with numpy as np and PIL.Image as Image imported; returns its standard output.</summary>
    public static string Run(string script)
    {
        if (MissingReason is not null)
        {
            Assert.Fail($"Pillow cross-check cannot run: {MissingReason}");
        }

        return PythonNumPy.Run("from PIL import Image\n" + script);
    }

    private static string? FindMissingReason()
    {
        if (PythonNumPy.MissingReason is { } numpy)
        {
            return numpy;
        }

        var psi = new ProcessStartInfo("/usr/bin/python3", "-c \"import PIL.Image\"")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(psi)!;
        process.WaitForExit(60_000);
        return process.ExitCode == 0 ? null : "python3-pil is not installed (apt-get install python3-pil)";
    }
}

/// <summary>A fact that needs the reference Pillow: skipped with the reason where it is missing, failed under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PillowFactAttribute : FactAttribute
{
    public PillowFactAttribute()
    {
        if (PythonPillow.MissingReason is { } reason && !PythonNumPy.UnderCI)
        {
            Skip = $"Pillow cross-check skipped: {reason}";
        }
    }
}

/// <summary>A theory that needs the reference Pillow, skipped or failed as <see cref="PillowFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PillowTheoryAttribute : TheoryAttribute
{
    public PillowTheoryAttribute()
    {
        if (PythonPillow.MissingReason is { } reason && !PythonNumPy.UnderCI)
        {
            Skip = $"Pillow cross-check skipped: {reason}";
        }
    }
}
