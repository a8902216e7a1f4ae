using Xunit;

namespace NumBridge.Tests.Elementwise;

/// <summary>
/// Every kernel path gives the same result as on contiguous copies: transposed, negative-step, broadcast (zero
/// stride), offset and 0-d operands; every length 0..256 (every vector tail of the span paths); and arrays large
/// enough to be split across cores.
/// </summary>
public class LayoutTests
{
    private static readonly Func<NDArray, NDArray, NDArray>[] s_binary =
    [
        (x, y) => np.add(x, y), (x, y) => np.subtract(x, y), (x, y) => np.multiply(x, y), (x, y) => np.divide(x, y),
        (x, y) => np.floor_divide(x, y), (x, y) => np.remainder(x, y), (x, y) => np.maximum(x, y),
        (x, y) => np.less(x, y), (x, y) => np.logical_xor(x, y), (x, y) => np.where(np.greater(x, 0.5), x, y),
    ];

    private static readonly Func<NDArray, NDArray>[] s_unary =
    [
        x => np.sqrt(x), x => np.negative(x), x => np.abs(x), x => np.floor(x), x => np.square(x),
        x => np.isnan(x), x => np.round(x, 1), x => np.exp(x),
    ];

    public static TheoryData<string, string> LayoutPairs()
    {
        string[] layouts = ["contiguous", "transposed", "reversed", "broadcast", "offset", "scalar", "fortran"];
        var data = new TheoryData<string, string>();
        foreach (string a in layouts)
        {
            foreach (string b in layouts)
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutPairs))]
    public void BinaryUfuncs_AnyLayout_EqualContiguousCopies(string layout1, string layout2)
    {
        using NDArray x = View(layout1, 1);
        using NDArray y = View(layout2, 2);
        using NDArray xc = x.copy();
        using NDArray yc = y.copy();
        for (int i = 0; i < s_binary.Length; i++)
        {
            using NDArray expected = s_binary[i](xc, yc);
            using NDArray actual = s_binary[i](x, y);
            Assert.Equal(expected.dtype, actual.dtype);
            Assert.Equal(expected.shape, actual.shape);
            Assert.True(UfuncGoldenTests.Bytes(expected).AsSpan().SequenceEqual(UfuncGoldenTests.Bytes(actual)), $"op {i}");
        }
    }

    [Theory]
    [InlineData("contiguous")]
    [InlineData("transposed")]
    [InlineData("reversed")]
    [InlineData("broadcast")]
    [InlineData("offset")]
    [InlineData("fortran")]
    public void UnaryUfuncs_AnyLayout_EqualContiguousCopies(string layout)
    {
        using NDArray x = View(layout, 3);
        using NDArray xc = x.copy();
        for (int i = 0; i < s_unary.Length; i++)
        {
            using NDArray expected = s_unary[i](xc);
            using NDArray actual = s_unary[i](x);
            Assert.True(UfuncGoldenTests.Bytes(expected).AsSpan().SequenceEqual(UfuncGoldenTests.Bytes(actual)), $"op {i}");
        }
    }

    [Theory]
    [InlineData("transposed")]
    [InlineData("reversed")]
    [InlineData("offset")]
    public void Add_OutIsStridedView_WritesOnlyItsElements(string layout)
    {
        using NDArray target = View(layout, 4);
        using NDArray expected = target.copy();
        using NDArray before = expected.copy();
        using NDArray sum = np.add(before, 1.0, expected);
        np.add(target, 1.0, target);
        Assert.True(UfuncGoldenTests.Bytes(expected).AsSpan().SequenceEqual(UfuncGoldenTests.Bytes(target)));
    }

    public static TheoryData<string> KernelTypes() => new() { "float32", "float64", "int32", "uint8", "int64", "float16" };

    [Theory]
    [MemberData(nameof(KernelTypes))]
    public void Kernels_EveryLength0To256_MatchScalarLoop(string dtypeName)
    {
        DType dtype = np.dtype(dtypeName);
        var random = new Random(42);
        for (int n = 0; n <= 256; n++)
        {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++)
            {
                xs[i] = random.Next(1, 100);
                ys[i] = random.Next(1, 100);
            }

            using NDArray x0 = np.array(xs);
            using NDArray y0 = np.array(ys);
            using NDArray x = x0.astype(dtype);
            using NDArray y = y0.astype(dtype);
            using NDArray sum = x + y;
            using NDArray diff = x - y;
            using NDArray prod = x * 3;
            using NDArray rsub = 200 - y;
            using NDArray quot = x / y;
            using NDArray neg = dtype.kind == 'u' ? x.copy() : -x;
            double[] s = Doubles(sum);
            double[] d = Doubles(diff);
            double[] p = Doubles(prod);
            double[] r = Doubles(rsub);
            double[] q = Doubles(quot);
            double[] g = Doubles(neg);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(Wrap(dtype, xs[i] + ys[i]), s[i]);
                Assert.Equal(Wrap(dtype, xs[i] - ys[i]), d[i]);
                Assert.Equal(Wrap(dtype, xs[i] * 3), p[i]);
                Assert.Equal(Wrap(dtype, 200 - ys[i]), r[i]);
                Assert.Equal(RoundTo(quot.dtype, xs[i] / ys[i]), q[i]);
                Assert.Equal(dtype.kind == 'u' ? xs[i] : -xs[i], g[i]);
            }
        }
    }

    [Fact]
    public void Add_LargeArraysSplitAcrossCores_MatchScalarLoop()
    {
        const int n = 3_000_001;
        using NDArray a = np.arange(n, dtype: np.float32);
        using NDArray b = np.arange(0.0, n * 0.5, 0.5, dtype: np.float32);
        using NDArray r = a * 2 + b;
        float[] values = r.ToArray<float>();
        float[] av = a.ToArray<float>();
        float[] bv = b.ToArray<float>();
        for (int i = 0; i < n; i++)
        {
            Assert.Equal((av[i] * 2f) + bv[i], values[i]);
        }

        // A strided 2-D operation of the same size: the outer axis is split.
        using NDArray m = a[new Slice(null, n - 1)].reshape(1000, 3000);
        using NDArray t = m.T + 1;
        Assert.Equal(new Shape(3000, 1000), t.shape);
        Assert.Equal(m.item<float>(999, 2999) + 1, t.item<float>(2999, 999));
        Assert.Equal(m.item<float>(5, 7) + 1, t.item<float>(7, 5));
    }

    private static double Wrap(DType dtype, double value) => dtype.name switch
    {
        "uint8" => (byte)(int)value,
        "float16" => (double)(Half)value,
        "float32" => (float)value,
        _ => value,
    };

    private static double RoundTo(DType dtype, double value) => dtype.name switch
    {
        "float16" => (double)(Half)(float)value,
        "float32" => (float)value,
        _ => value,
    };

    private static double[] Doubles(NDArray a)
    {
        using NDArray f = a.astype(np.float64);
        return f.ToArray<double>();
    }

    /// <summary>A 3x4 float64 operand in the named layout, with values that include a NaN and a zero.</summary>
    private static NDArray View(string layout, int seed)
    {
        var random = new Random(seed);
        double[] data = new double[40];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = System.Math.Round((random.NextDouble() * 8) - 2, 2);
        }

        data[5] = double.NaN;
        data[6] = 0;
        using NDArray flat = np.array(data);
        switch (layout)
        {
            case "contiguous":
                return flat[new Slice(null, 12)].reshape(3, 4);
            case "transposed":
            {
                using NDArray m = flat[new Slice(null, 12)].reshape(4, 3);
                return m.T;
            }

            case "reversed":
            {
                using NDArray m = flat[new Slice(null, 12)].reshape(3, 4);
                return m[new Slice(null, null, -1), new Slice(null, null, -1)];
            }

            case "broadcast":
            {
                using NDArray row = flat[new Slice(null, 4)];
                return np.broadcast_to(row, new Shape(3, 4));
            }

            case "offset":
            {
                using NDArray m = flat.reshape(5, 8);
                return m[new Slice(1, 4), new Slice(3, null, 1)][new Slice(null), new Slice(1, 5)];
            }

            case "scalar":
                return np.array(data[3]);
            default:
            {
                using NDArray m = flat[new Slice(null, 12)].reshape(3, 4);
                return m.copy('F');
            }
        }
    }
}
