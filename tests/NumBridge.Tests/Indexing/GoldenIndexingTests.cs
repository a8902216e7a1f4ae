using Xunit;
using static NumBridge.Tests.ArrayTestHelpers;

namespace NumBridge.Tests.Indexing;

/// <summary>Random basic index expressions on <c>np.arange(60).reshape(3, 4, 5)</c>, answered by NumPy 1.24.</summary>
public class GoldenIndexingTests
{
    public static TheoryData<string> Lines() => GoldenLines("basic_3x4x5.txt");

    [Theory]
    [MemberData(nameof(Lines))]
    public void Indexer_Text_MatchesNumPy(string line)
    {
        string[] f = line.Split('|');
        using NDArray a = Arange(60, (3, 4, 5));
        if (f[1] == "error")
        {
            IndexOutOfRangeException e = Assert.Throws<IndexOutOfRangeException>(() => a[f[0]]);
            Assert.Equal(f[2], e.Message);
            return;
        }

        using NDArray v = a[f[0]];
        Assert.Equal(ParseLongs(f[1]), Dims(v));
        Assert.Equal(ParseLongs(f[2]), Strides(v));
        Assert.Equal(ParseLongs(f[3]), Longs(v));
        Assert.True(v.size == 0 || np.shares_memory(a, v));
        Assert.Same(a.@base, v.@base);
    }
}
