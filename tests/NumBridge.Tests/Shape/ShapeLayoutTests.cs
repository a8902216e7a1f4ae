using Xunit;

namespace NumBridge.Tests.ShapeFunctions;

/// <summary>
/// The shape functions at every length from 0 to 256 against plain loops, on broadcast (stride-0, read-only) and
/// byte-swapped inputs against a contiguous copy, and the lifetime of the views that split returns.
/// </summary>
public class ShapeLayoutTests
{
    public static TheoryData<int> Lengths()
    {
        var data = new TheoryData<int>();
        for (int n = 0; n <= 256; n++)
        {
            data.Add(n);
        }

        return data;
    }

    private static NDArray Ramp(int n, DType dtype)
    {
        using NDArray a = np.array(Enumerable.Range(0, n).Select(i => (long)((i * 7) % 100)).ToArray());
        return a.astype(dtype);
    }

    private static long[] Values(NDArray a) => ArrayTestHelpers.Longs(a);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void ShapeFunctions_EveryLength_MatchPlainLoops(int n)
    {
        foreach (DType dtype in new[] { np.int8, np.int16, np.float32, np.int64, np.complex128 })
        {
            using NDArray a = Ramp(n, dtype);
            long[] x = Values(a);

            using NDArray joined = np.concatenate([a, a]);
            Assert.Equal(x.Concat(x).ToArray(), Values(joined));

            using NDArray rolled = np.roll(a, 3);
            Assert.Equal(Enumerable.Range(0, n).Select(i => x[(((i - 3) % n) + n) % n]).ToArray(), Values(rolled));

            using NDArray repeated = np.repeat(a, 3);
            Assert.Equal(x.SelectMany(v => new[] { v, v, v }).ToArray(), Values(repeated));

            using NDArray tiled = np.tile(a, 2);
            Assert.Equal(x.Concat(x).ToArray(), Values(tiled));

            if (n > 0)
            {
                using NDArray padded = np.pad(a, (5, 300), mode: "symmetric");
                Assert.Equal(Enumerable.Range(-5, n + 305).Select(k => x[Symmetric(k, n)]).ToArray(), Values(padded));
            }
        }
    }

    private static int Symmetric(int k, int n)
    {
        int m = ((k % (2 * n)) + (2 * n)) % (2 * n);
        return m < n ? m : (2 * n) - 1 - m;
    }

    public static TheoryData<string> Ops() => ["concatenate", "stack", "hstack", "vstack", "dstack", "split", "tile", "repeat", "pad", "roll"];

    [Theory]
    [MemberData(nameof(Ops))]
    public void ShapeFunction_BroadcastAndByteSwappedInputs_MatchContiguousCopy(string op)
    {
        using NDArray row = Ramp(5, np.float64);
        using NDArray broadcast = np.broadcast_to(row, (4, 5));
        Assert.False(broadcast.flags.writeable);
        using NDArray dense = broadcast.copy();
        AssertSame(Run(op, broadcast), Run(op, dense));

        using NDArray swapped = dense.astype(np.dtype(">f8"));
        NDArray[] fromSwapped = Run(op, swapped);
        NDArray[] fromNative = Run(op, dense);
        for (int i = 0; i < fromNative.Length; i++)
        {
            Assert.Equal(Values(fromNative[i]), Values(fromSwapped[i]));
            Assert.Equal(fromNative[i].shape, fromSwapped[i].shape);
        }
    }

    private static NDArray[] Run(string op, NDArray a) => op switch
    {
        "concatenate" => [np.concatenate([a, a], axis: 1)],
        "stack" => [np.stack([a, a], axis: -1)],
        "hstack" => [np.hstack([a, a])],
        "vstack" => [np.vstack([a, a])],
        "dstack" => [np.dstack([a, a])],
        "split" => np.array_split(a, 3, axis: 1),
        "tile" => [np.tile(a, 2, 3)],
        "repeat" => [np.repeat(a, [1, 0, 2, 1, 3], axis: 1)],
        "pad" => [np.pad(a, [(2, 9), (7, 1)], mode: "reflect")],
        _ => [np.roll(a, [2, -1], [0, 1])],
    };

    private static void AssertSame(NDArray[] actual, NDArray[] expected)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].dtype, actual[i].dtype);
            Assert.Equal(expected[i].shape, actual[i].shape);
            Assert.Equal(Values(expected[i]), Values(actual[i]));
        }
    }

    [Fact]
    public void pad_ByteSwappedInput_KeepsDType()
    {
        using NDArray a = Ramp(4, np.dtype(">i4"));
        using NDArray padded = np.pad(a, 2, mode: "wrap");
        Assert.Equal(">i4", padded.dtype.str);
        Assert.Equal("[14 21  0  7 14 21  0  7]", padded.ToString());
    }

    [Fact]
    public void concatenate_ByteSwappedInputs_GiveNativeResultType()
    {
        using NDArray a = Ramp(2, np.dtype(">f8"));
        using NDArray joined = np.concatenate([a, a]);
        Assert.Equal("<f8", joined.dtype.str);
        Assert.Equal("[0. 7. 0. 7.]", joined.ToString());
    }

    [Fact]
    public void split_Parts_AreViewsThatOutliveTheirBase()
    {
        NDArray a = Ramp(6, np.int64);
        NDArray[] parts = np.split(a, 3);
        Assert.All(parts, p => Assert.True(np.shares_memory(p, a)));
        Assert.All(parts, p => Assert.Same(a, p.@base));
        a.Dispose();
        Assert.Equal("[28 35]", parts[2].ToString());
        foreach (NDArray p in parts)
        {
            p.Dispose();
        }
    }

    [Fact]
    public void pad_FContiguousInput_GivesFOrderedResult()
    {
        using NDArray c = Ramp(6, np.float32);
        using NDArray m = c.reshape(2, 3);
        using NDArray f = m.copy('F');
        using NDArray padded = np.pad(f, 1, mode: "edge");
        Assert.True(padded.flags.f_contiguous);
        Assert.False(padded.flags.c_contiguous);
    }

    [Fact]
    public void roll_TransposedInput_KeepsMemoryOrder()
    {
        using NDArray c = Ramp(6, np.float32);
        using NDArray m = c.reshape(2, 3);
        using NDArray t = m.T;
        using NDArray rolled = np.roll(t, 1, axis: 0);
        Assert.True(rolled.flags.f_contiguous);
        Assert.Equal("[[14. 35.]\n [ 0. 21.]\n [ 7. 28.]]", rolled.ToString());
    }

    [Fact]
    public void concatenate_AxisNull_FlattensInCOrder()
    {
        using NDArray c = Ramp(6, np.int16);
        using NDArray m = c.reshape(2, 3);
        using NDArray t = m.T;
        using NDArray flat = np.concatenate([t, m], axis: null);
        Assert.Equal("[ 0 21  7 28 14 35  0  7 14 21 28 35]", flat.ToString());
    }
}
