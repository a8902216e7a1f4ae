using Xunit;

namespace NumBridge.Tests.Reductions;

/// <summary>
/// argmax/argmin of long float runs are searched in parallel blocks and joined; the index must be NumPy's (the first
/// extreme, the first NaN, the first zero of either sign) wherever the decisive elements fall relative to block edges.
/// The reference is NumPy's scalar loop written out.
/// </summary>
public class ArgSearchBlockTests
{
    private const int Length = 300_000;

    public static TheoryData<string> Patterns() =>
        ["ramp", "tie across blocks", "nan late", "nan early and late", "zeros of both signs", "negative zero first", "all equal", "max at end"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void ArgMaxArgMin_LongFloat64_MatchScalarRule(string pattern)
    {
        double[] values = Make(pattern);
        using NDArray a = np.array(values);
        Assert.Equal(Reference(values, max: true), a.argmax().item<long>());
        Assert.Equal(Reference(values, max: false), a.argmin().item<long>());
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void ArgMaxArgMin_LongFloat32_MatchScalarRule(string pattern)
    {
        double[] values = Make(pattern);
        using NDArray wide = np.array(values);
        using NDArray a = wide.astype(np.float32);
        double[] rounded = [.. values.Select(v => (double)(float)v)];
        Assert.Equal(Reference(rounded, max: true), a.argmax().item<long>());
        Assert.Equal(Reference(rounded, max: false), a.argmin().item<long>());
    }

    private static double[] Make(string pattern)
    {
        var x = new double[Length];
        for (int i = 0; i < Length; i++)
        {
            x[i] = Math.Sin(i * 0.001) * 100;
        }

        switch (pattern)
        {
            case "tie across blocks":
                x[70_000] = 500;
                x[140_000] = 500;
                x[290_000] = -500;
                x[200_000] = -500;
                break;
            case "nan late":
                x[250_000] = double.NaN;
                x[100] = 1000;
                break;
            case "nan early and late":
                x[65_537] = double.NaN;
                x[270_000] = double.NaN;
                break;
            case "zeros of both signs":
                Array.Fill(x, -1.0);
                x[131_000] = -0.0;
                x[131_001] = 0.0;
                x[262_000] = 0.0;
                break;
            case "negative zero first":
                Array.Fill(x, 1.0);
                x[70_000] = 0.0;
                x[5] = -0.0;
                x[200_000] = -0.0;
                break;
            case "all equal":
                Array.Fill(x, 3.0);
                break;
            case "max at end":
                x[^1] = 1e300;
                x[^2] = -1e300;
                break;
        }

        return x;
    }

    private static long Reference(double[] x, bool max)
    {
        double best = x[0];
        long index = 0;
        if (double.IsNaN(best))
        {
            return 0;
        }

        for (int i = 1; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                return i;
            }

            if (max ? x[i] > best : x[i] < best)
            {
                best = x[i];
                index = i;
            }
        }

        return index;
    }
}
