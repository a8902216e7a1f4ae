using Xunit;

namespace NumBridge.Tests.LinearAlgebra;

/// <summary>
/// The packed GEMM against a plain triple loop on sizes that cross every block edge (MR=6, NR=16/8, KC=256, MC=96,
/// NC=2048) and are large enough to be split across cores; every operand layout; <c>out</c>; argument errors.
/// Values are multiples of 1/8 in [-1.375, 1.375], so every product and sum is exact in float32 and float64 and the
/// results compare exactly whatever the summation order.
/// </summary>
public class MatmulTests
{
    private static NDArray Exact(nint rows, nint cols, int seed, DType dtype)
    {
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (((i * 31) + (seed * 17)) % 23 - 11) / 8.0;
        }

        using NDArray flat = np.array(values);
        using NDArray shaped = flat.reshape(rows, cols);
        return shaped.astype(dtype);
    }

    private static double[] Reference(NDArray a, NDArray b)
    {
        double[] x = a.astype(np.float64).ToArray<double>();
        double[] y = b.astype(np.float64).ToArray<double>();
        int m = (int)a.shape[0];
        int k = (int)a.shape[1];
        int n = (int)b.shape[1];
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int p = 0; p < k; p++)
            {
                double v = x[(i * k) + p];
                for (int j = 0; j < n; j++)
                {
                    c[(i * n) + j] += v * y[(p * n) + j];
                }
            }
        }

        return c;
    }

    public static TheoryData<string, int, int, int> Sizes() => new()
    {
        { "float32", 1, 1, 1 }, { "float32", 5, 7, 15 }, { "float32", 6, 256, 16 }, { "float32", 13, 520, 2065 },
        { "float32", 250, 300, 70 }, { "float32", 97, 257, 33 }, { "float64", 5, 7, 9 }, { "float64", 13, 520, 2053 },
        { "float64", 250, 300, 70 }, { "float64", 97, 257, 17 }, { "int32", 40, 30, 20 }, { "complex128", 9, 8, 7 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void matmul_BlockEdgesAndThreads_EqualsTripleLoop(string dtype, int m, int k, int n)
    {
        DType dt = np.dtype(dtype);
        using NDArray a = Exact(m, k, 1, dt);
        using NDArray b = Exact(k, n, 2, dt);
        using NDArray c = np.matmul(a, b);
        Assert.Equal(dt, c.dtype);
        Assert.Equal(new Shape(m, n), c.shape);
        Assert.Equal(Reference(a, b), c.astype(np.float64).ToArray<double>());
    }

    public static TheoryData<string, string> Layouts()
    {
        string[] layouts = ["contiguous", "transposed", "reversed", "strided", "offset", "broadcast"];
        var data = new TheoryData<string, string>();
        foreach (string x in layouts)
        {
            foreach (string y in layouts)
            {
                data.Add(x, y);
            }
        }

        return data;
    }

    private static NDArray View(string layout, NDArray contiguous)
    {
        // Every view shows the same (rows, cols) values as `contiguous`.
        nint rows = contiguous.shape[0];
        nint cols = contiguous.shape[1];
        switch (layout)
        {
            case "transposed":
                using (NDArray t = contiguous.T.copy())
                {
                    return t.T;
                }

            case "reversed":
                using (NDArray flipped = contiguous.flip(0, 1).copy())
                {
                    return flipped.flip(0, 1);
                }

            case "strided":
                using (NDArray wide = np.zeros(new Shape(rows, cols * 3), contiguous.dtype))
                {
                    NDArray view = wide[":, ::3"];
                    view[":"] = contiguous;
                    return view;
                }

            case "offset":
                using (NDArray big = np.zeros(new Shape(rows + 1, cols + 2), contiguous.dtype))
                {
                    NDArray view = big["1:, 2:"];
                    view[":"] = contiguous;
                    return view;
                }

            case "broadcast":
                using (NDArray row = contiguous["0:1"].copy())
                {
                    contiguous[":"] = row;
                    return np.broadcast_to(row, new Shape(rows, cols));
                }

            default:
                return contiguous.copy();
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void matmul_AnyLayout_EqualsContiguousCopies(string layoutA, string layoutB)
    {
        foreach (DType dt in new[] { np.float32, np.float64, np.int64, np.complex64 })
        {
            using NDArray a0 = Exact(29, 40, 3, dt);
            using NDArray b0 = Exact(40, 35, 4, dt);
            using NDArray a = View(layoutA, a0);
            using NDArray b = View(layoutB, b0);
            using NDArray ac = a.copy();
            using NDArray bc = b.copy();
            using NDArray expected = np.matmul(ac, bc);
            using NDArray actual = np.matmul(a, b);
            Assert.Equal(Elementwise.UfuncGoldenTests.Bytes(expected), Elementwise.UfuncGoldenTests.Bytes(actual));
            using NDArray column = b[":, 3"];
            using NDArray columnCopy = column.copy();
            using NDArray expectedVector = np.matmul(ac, columnCopy);
            using NDArray actualVector = np.matmul(a, column);
            Assert.Equal(Elementwise.UfuncGoldenTests.Bytes(expectedVector), Elementwise.UfuncGoldenTests.Bytes(actualVector));
        }
    }

    [Fact]
    public void matmul_Out_CastsIntoOutAndReturnsIt()
    {
        using NDArray a = np.arange(6).reshape(2, 3);
        using NDArray b = np.arange(6).reshape(3, 2);
        using NDArray @out = np.zeros((2, 2), np.float32);
        NDArray result = np.matmul(a, b, @out);
        Assert.Same(@out, result);
        Assert.Equal(new float[] { 10, 13, 28, 40 }, @out.ToArray<float>());
    }

    [Fact]
    public void matmul_OutCoreMismatch_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray b = np.ones((3, 4));
        using NDArray @out = np.ones((3, 4));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.matmul(a, b, @out));
        Assert.Equal("matmul: Output operand 0 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2) (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void matmul_OutOtherRank_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray b = np.ones((3, 4));
        using NDArray @out = np.ones((5, 2, 4));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.matmul(a, b, @out));
        Assert.Equal("non-broadcastable output operand with shape (5,2,4) doesn't match the broadcast shape (2,4) (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void matmul_OutCannotHoldResult_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray b = np.ones((3, 4));
        using NDArray @out = np.ones((2, 4), np.int64);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.matmul(a, b, @out));
        Assert.Equal("Cannot cast ufunc 'matmul' output from dtype('float64') to dtype('int64') with casting rule 'same_kind' (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void matmul_ReadOnlyOut_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray b = np.ones((3, 4));
        using NDArray @out = np.broadcast_to(np.zeros(4), (2, 4));
        NotSupportedException ex = Assert.Throws<NotSupportedException>(() => np.matmul(a, b, @out));
        Assert.Equal("assignment destination is read-only", ex.Message);
    }

    [Fact]
    public void matmul_Null_Throws()
    {
        using NDArray a = np.ones((2, 3));
        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => np.matmul(a, null!));
        Assert.Equal("x2", ex.ParamName);
    }

    [Fact]
    public void matmul_Disposed_Throws()
    {
        NDArray a = np.ones((2, 3));
        a.Dispose();
        using NDArray b = np.ones((3, 4));
        Assert.Throws<ObjectDisposedException>(() => np.matmul(a, b));
    }

    [Fact]
    public void matmul_Method_EqualsFunction()
    {
        using NDArray a = np.arange(6).reshape(2, 3);
        using NDArray b = np.arange(3);
        using NDArray c = a.matmul(b);
        Assert.Equal(new long[] { 5, 14 }, c.ToArray<long>());
        using NDArray d = b.dot(b);
        Assert.Equal(5L, d.item<long>());
    }

    [Fact]
    public void matmul_NaNAndInf_Propagate()
    {
        using NDArray a = np.array(new[] { new[] { double.NaN, 1.0 }, new[] { double.PositiveInfinity, 0.0 } });
        using NDArray b = np.array(new[] { new[] { 1.0, 0.0 }, new[] { 2.0, 3.0 } });
        using NDArray c = np.matmul(a, b);
        Assert.Equal(new[] { double.NaN, double.NaN, double.PositiveInfinity, double.NaN }, c.ToArray<double>());
    }
}
