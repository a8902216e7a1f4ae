using Xunit;

namespace NumBridge.Tests.Reductions;

/// <summary>
/// Reductions against plain reference loops: the pairwise sum at every length 0..256 (every vector tail and block
/// edge) and across many chunks (the multi-core path), every layout against a contiguous copy where the order cannot
/// matter (integers, min/max, argmin/argmax, any/all), and every kind of bad argument with its full message.
/// </summary>
public class ReductionTests
{
    /// <summary>NumPy's pairwise_sum, written plainly (the reference the vectorised kernel must equal bit for bit).</summary>
    private static float Pairwise(float[] a, int start, int n, int step)
    {
        if (n < 8)
        {
            float res = -0.0f;
            for (int i = 0; i < n; i++)
            {
                res += a[start + (i * step)];
            }

            return res;
        }

        if (n <= 128)
        {
            float[] r = new float[8];
            for (int k = 0; k < 8; k++)
            {
                r[k] = a[start + (k * step)];
            }

            int i;
            for (i = 8; i < n - (n % 8); i += 8)
            {
                for (int k = 0; k < 8; k++)
                {
                    r[k] += a[start + ((i + k) * step)];
                }
            }

            float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++)
            {
                res += a[start + (i * step)];
            }

            return res;
        }

        int n2 = n / 2;
        n2 -= n2 % 8;
        return Pairwise(a, start, n2, step) + Pairwise(a, start + (n2 * step), n - n2, step);
    }

    /// <summary>NumPy's reduction of one run: 0.0, then each chunk of 8192 summed pairwise and added in order.</summary>
    private static float Reference(float[] a, int n, int step)
    {
        float acc = 0f;
        for (int s = 0; s < n; s += 8192)
        {
            acc += Pairwise(a, s * step, Math.Min(8192, n - s), step);
        }

        return acc;
    }

    private static float[] Random(int n, int seed)
    {
        var rng = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = (float)((rng.NextDouble() * 2) - 1) * 1000f;
        }

        return a;
    }

    [Fact]
    public void sum_EveryLength0To256_EqualsPairwiseReferenceBitForBit()
    {
        for (int n = 0; n <= 256; n++)
        {
            float[] data = Random(2 * n, n);
            using NDArray a = np.array(data);
            using NDArray contiguous = a[$":{n}"];
            using NDArray strided = a["::2"];
            using NDArray s1 = np.sum(contiguous);
            using NDArray s2 = np.sum(strided);
            Assert.Equal(BitConverter.SingleToInt32Bits(Reference(data, n, 1)), BitConverter.SingleToInt32Bits(s1.item<float>()));
            Assert.Equal(BitConverter.SingleToInt32Bits(Reference(data, n, 2)), BitConverter.SingleToInt32Bits(s2.item<float>()));
        }
    }

    [Fact]
    public void sum_ManyChunks_SplitAcrossCoresEqualsSequentialChunks()
    {
        const int n = 3_000_017;
        float[] data = Random(n, 42);
        using NDArray a = np.array(data);
        using NDArray s = a.sum();
        Assert.Equal(BitConverter.SingleToInt32Bits(Reference(data, n, 1)), BitConverter.SingleToInt32Bits(s.item<float>()));
    }

    [Fact]
    public void sum_Axis0_AddsRowsInOrder()
    {
        float[] data = Random(300 * 257, 3);
        using NDArray a = np.array(data).reshape(300, 257);
        using NDArray s = a.sum(axis: 0);
        float[] actual = s.ToArray<float>();
        for (int j = 0; j < 257; j++)
        {
            float acc = 0f;
            for (int i = 0; i < 300; i++)
            {
                acc += data[(i * 257) + j];
            }

            Assert.Equal(BitConverter.SingleToInt32Bits(acc), BitConverter.SingleToInt32Bits(actual[j]));
        }
    }

    public static TheoryData<string> Layouts() => ["T", "::-1, :, ::2", "1:, ::-1, 2:", "broadcast", "F"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reductions_AnyLayout_EqualContiguousCopy(string layout)
    {
        using NDArray baseArray = np.arange(4 * 5 * 6, dtype: np.int64).reshape(4, 5, 6);
        using NDArray scrambled = np.remainder(np.multiply(baseArray, 37), 101);
        using NDArray view = layout switch
        {
            "T" => scrambled.T,
            "broadcast" => np.broadcast_to(scrambled[":, :1, :"], new Shape(4, 5, 6)),
            "F" => scrambled.copy('F'),
            _ => scrambled[layout],
        };
        using NDArray copy = view.copy();
        using NDArray asFloat = view.astype(np.float64);
        using NDArray asFloatCopy = asFloat.copy();
        foreach (int? axis in new int?[] { null, 0, 1, 2, -1 })
        {
            AssertSame(np.sum(view, axis), np.sum(copy, axis));
            AssertSame(np.prod(view, axis), np.prod(copy, axis));
            AssertSame(np.min(view, axis), np.min(copy, axis));
            AssertSame(np.max(asFloat, axis), np.max(asFloatCopy, axis));
            AssertSame(np.argmax(view, axis), np.argmax(copy, axis));
            AssertSame(np.argmin(asFloat, axis), np.argmin(asFloatCopy, axis));
            AssertSame(np.any(view, axis), np.any(copy, axis));
            AssertSame(np.all(view, axis), np.all(copy, axis));
            AssertSame(np.cumsum(view, axis), np.cumsum(copy, axis));
        }

        AssertSame(np.sum(view, [0, 2]), np.sum(copy, [0, 2]));
        AssertSame(np.max(view, [2, 0], keepdims: true), np.max(copy, [0, 2], keepdims: true));
    }

    private static void AssertSame(NDArray actual, NDArray expected)
    {
        using (actual)
        using (expected)
        {
            Assert.Equal(expected.dtype, actual.dtype);
            Assert.Equal(expected.shape, actual.shape);
            Assert.Equal(expected.ToString(), actual.ToString());
        }
    }

    [Fact]
    public void sum_SmallIntegers_WidenToPlatformInteger()
    {
        using NDArray a = np.array(new byte[] { 200, 100 });
        using NDArray s = np.sum(a);
        Assert.Equal(np.uint64, s.dtype);
        Assert.Equal(300UL, s.item<ulong>());
        using NDArray b = np.array(new sbyte[] { 100, 100 });
        using NDArray t = np.sum(b, dtype: np.int8);
        Assert.Equal(np.int8, t.dtype);
        Assert.Equal((sbyte)-56, t.item<sbyte>());
    }

    [Fact]
    public void sum_Out_IsWrittenAndReturned()
    {
        using NDArray a = np.arange(6).reshape(2, 3);
        using NDArray @out = np.zeros(3, dtype: np.float32);
        NDArray r = np.sum(a, axis: 0, @out: @out);
        Assert.Same(@out, r);
        Assert.Equal(new float[] { 3, 5, 7 }, @out.ToArray<float>());
    }

    [Fact]
    public void mean_KeepDims_KeepsReducedAxisWithLengthOne()
    {
        using NDArray a = np.arange(6).reshape(2, 3);
        using NDArray m = a.mean(axis: 1, keepdims: true);
        Assert.Equal(new Shape(2, 1), m.shape);
        Assert.Equal(new[] { 1.0, 4.0 }, m.ToArray<double>());
    }

    [Fact]
    public void mean_Empty_IsNaN()
    {
        using NDArray a = np.zeros(0);
        using NDArray m = np.mean(a);
        Assert.True(double.IsNaN(m.item<double>()));
    }

    [Fact]
    public void sum_AxisOutOfRange_ThrowsAxisError()
    {
        using NDArray a = np.ones((2, 2));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.sum(a, axis: 2));
        Assert.Equal("axis 2 is out of bounds for array of dimension 2 (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void sum_RepeatedAxis_Throws()
    {
        using NDArray a = np.ones((2, 2));
        var ex = Assert.Throws<ArgumentException>(() => np.sum(a, [0, -2]));
        Assert.Equal("duplicate value in 'axis' (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void min_Empty_ThrowsNoIdentity()
    {
        using NDArray a = np.zeros((3, 0));
        var ex = Assert.Throws<ArgumentException>(() => np.min(a, axis: 1));
        Assert.Equal("zero-size array to reduction operation minimum which has no identity (Parameter 'a')", ex.Message);
    }

    [Fact]
    public void argmax_Empty_Throws()
    {
        using NDArray a = np.zeros(0);
        var ex = Assert.Throws<ArgumentException>(() => np.argmax(a));
        Assert.Equal("attempt to get argmax of an empty sequence (Parameter 'a')", ex.Message);
    }

    [Fact]
    public void argmin_AxisOutOfRange_ThrowsAxisError()
    {
        using NDArray a = np.ones((2, 2));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.argmin(a, axis: -3));
        Assert.Equal("axis -3 is out of bounds for array of dimension 2 (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void sum_OutWithWrongDimensions_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray @out = np.zeros((1, 3));
        var ex = Assert.Throws<ArgumentException>(() => np.sum(a, axis: 0, @out: @out));
        Assert.Equal("output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1 (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void sum_ReadOnlyOut_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray z = np.zeros(3);
        using NDArray @out = np.broadcast_to(z, new Shape(3));
        var ex = Assert.Throws<NotSupportedException>(() => np.sum(a, axis: 0, @out: @out));
        Assert.Equal("assignment destination is read-only", ex.Message);
    }

    [Fact]
    public void sum_DisposedArray_Throws()
    {
        NDArray a = np.ones(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => np.sum(a));
    }

    [Fact]
    public void sum_WhereAndInitialIntoOut_WritesOut()
    {
        using NDArray a = np.arange(6).reshape(2, 3);
        using NDArray where = np.array(new[] { true, false, true });
        using NDArray into = np.zeros(2, np.float32);
        NDArray result = np.sum(a, axis: 1, @out: into, initial: 10, where: where);
        Assert.Same(into, result);
        Assert.Equal("[12. 18.]", into.ToString());
    }

    [Fact]
    public void ndarray_MethodsTakeWhereAndInitial()
    {
        using NDArray a = np.array(new[] { 4.0, -1.0, 9.0, 2.0 });
        using NDArray where = np.array(new[] { true, false, true, true });
        using NDArray min = a.min(initial: 3.0, where: where);
        using NDArray mean = a.mean(where: where);
        using NDArray any = a.any(where: np.zeros(4, np.@bool));
        Assert.Equal("2.0", min.ToString());
        Assert.Equal("5.0", mean.ToString());
        Assert.Equal("False", any.ToString());
    }

    [Fact]
    public void mean_WhereSelectsNothing_IsNaN()
    {
        using NDArray a = np.arange(4);
        using NDArray none = np.zeros(4, np.@bool);
        using NDArray mean = np.mean(a, where: none);
        Assert.True(double.IsNaN(mean.item<double>()));
    }
}
