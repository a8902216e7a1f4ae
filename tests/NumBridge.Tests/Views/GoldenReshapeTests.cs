using System.Globalization;
using Xunit;
using static NumBridge.Tests.ArrayTestHelpers;

namespace NumBridge.Tests.Views;

/// <summary>Random reshapes of strided views, answered by NumPy 1.24: same strides, and a view exactly when NumPy's is.</summary>
public class GoldenReshapeTests
{
    public static TheoryData<string> Lines() => GoldenLines("reshape_3x4x5.txt");

    [Theory]
    [MemberData(nameof(Lines))]
    public void reshape_MatchesNumPy(string line)
    {
        string[] f = line.Split('|');
        using NDArray a = Arange(60, (3, 4, 5));
        NDArray v = a[f[0]];
        if (f[1].Length > 0)
        {
            v = v.transpose(ParseLongs(f[1]).Select(x => (int)x).ToArray());
        }

        using NDArray r = v.reshape(new Shape(ParseLongs(f[2]).Select(x => (nint)x).ToArray()), f[3][0]);
        Assert.Equal(ParseLongs(f[4]), Dims(r));
        Assert.Equal(ParseLongs(f[5]), Strides(r));
        Assert.Equal(f[6] == "1", np.shares_memory(r, a));
        Assert.Equal(ParseLongs(f[7]), Longs(r));
    }
}
