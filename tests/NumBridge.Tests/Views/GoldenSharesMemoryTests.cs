using Xunit;
using static NumBridge.Tests.ArrayTestHelpers;

namespace NumBridge.Tests.Views;

/// <summary>Random pairs of basic views, answered by NumPy 1.24's exact <c>shares_memory</c> and <c>may_share_memory</c>.</summary>
public class GoldenSharesMemoryTests
{
    public static TheoryData<string> Lines() => GoldenLines("shares_memory_3x4x5.txt");

    [Theory]
    [MemberData(nameof(Lines))]
    public void shares_memory_MatchesNumPy(string line)
    {
        string[] f = line.Split('|');
        using NDArray a = Arange(60, (3, 4, 5));
        using NDArray x = a[f[0]];
        using NDArray y = a[f[1]];
        Assert.Equal(f[2] == "1", np.shares_memory(x, y));
        Assert.Equal(f[3] == "1", np.may_share_memory(x, y));
    }
}
