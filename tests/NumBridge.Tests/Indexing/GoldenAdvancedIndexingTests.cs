using System.Globalization;
using Xunit;
using static NumBridge.Tests.ArrayTestHelpers;

namespace NumBridge.Tests.Indexing;

/// <summary>Random mixed basic/advanced index tuples on <c>np.arange(60).reshape(3, 4, 5)</c>, get and set, answered by NumPy 1.24.</summary>
public class GoldenAdvancedIndexingTests
{
    public static TheoryData<string> Lines() => GoldenLines("advanced_3x4x5.txt");

    private static long? Bound(string s) => s.Length == 0 ? null : long.Parse(s, CultureInfo.InvariantCulture);

    private static AxisIndex[] Decode(string expr)
    {
        var result = new List<AxisIndex>();
        foreach (string e in expr.Split(' '))
        {
            string[] p = e.Split(':');
            switch (p[0])
            {
                case "i":
                    result.Add(long.Parse(p[1], CultureInfo.InvariantCulture));
                    break;
                case "s":
                    result.Add(new Slice(Bound(p[1]), Bound(p[2]), p.Length > 3 ? Bound(p[3]) : null));
                    break;
                case "n":
                    result.Add(np.newaxis);
                    break;
                case "a":
                    result.Add(np.array(ParseLongs(p[2])).reshape(new Shape(ParseLongs(p[1]).Select(x => (nint)x).ToArray())));
                    break;
                default:
                    bool[] mask = ParseLongs(p[2]).Select(x => x != 0).ToArray();
                    result.Add(np.array(mask).reshape(new Shape(ParseLongs(p[1]).Select(x => (nint)x).ToArray())));
                    break;
            }
        }

        return [.. result];
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Indexer_Advanced_MatchesNumPy(string line)
    {
        string[] f = line.Split('|');
        AxisIndex[] index = Decode(f[0]);
        using NDArray a = Arange(60, (3, 4, 5));
        if (f[1] == "error")
        {
            IndexOutOfRangeException e = Assert.Throws<IndexOutOfRangeException>(() => a[index]);
            Assert.Equal(f[2], e.Message);
            return;
        }

        long[] shape = ParseLongs(f[1]);
        using NDArray r = a[index];
        Assert.Equal(shape, Dims(r));
        Assert.Equal(ParseLongs(f[2]), Longs(r));

        long size = shape.Aggregate(1L, (x, y) => x * y);
        using NDArray value = size == 0
            ? np.array(0L)
            : np.array(Enumerable.Range(0, (int)size).Select(i => -(long)i - 1).ToArray()).reshape(new Shape(shape.Select(x => (nint)x).ToArray()));
        a[index] = value;
        Assert.Equal(ParseLongs(f[3]), Longs(a));
    }
}
