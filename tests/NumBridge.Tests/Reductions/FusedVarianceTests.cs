using NumBridge.Tests.Elementwise;
using Xunit;

namespace NumBridge.Tests.Reductions;

/// <summary>
/// var/std of a whole C-contiguous float array square and sum the deviations chunk by chunk without a temporary; the
/// result must be bit for bit NumPy's <c>_var</c> written out with ufuncs (mean, subtract, multiply, sum, divide), at
/// sizes around the 8-element, 8,192-element-chunk and parallel (8 chunks) edges.
/// </summary>
public class FusedVarianceTests
{
    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (string dtype in new[] { "float32", "float64" })
        {
            foreach (int n in new[] { 1, 7, 8, 129, 8191, 8192, 8193, 65536, 70001, 300_000 })
            {
                data.Add(dtype, n, n == 1 ? 0 : 1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void VarStd_WholeContiguousArray_EqualUfuncFormulation(string dtype, int n, int ddof)
    {
        using NDArray a = Values(np.dtype(dtype), n);
        using NDArray mean = np.mean(a, keepdims: true);
        using NDArray deviation = np.subtract(a, mean);
        using NDArray squares = np.multiply(deviation, deviation);
        using NDArray total = np.sum(squares);
        using NDArray expected = np.divide(total, (long)(n - ddof));
        using NDArray expectedStd = np.sqrt(expected);

        using NDArray actual = np.var(a, ddof: ddof);
        using NDArray actualStd = np.std(a, ddof: ddof);
        Assert.Equal(a.dtype, actual.dtype);
        Assert.Equal(UfuncGoldenTests.Bytes(expected), UfuncGoldenTests.Bytes(actual));
        Assert.Equal(UfuncGoldenTests.Bytes(expectedStd), UfuncGoldenTests.Bytes(actualStd));
    }

    [Fact]
    public void Var_KeepDims2D_KeepsShapeAndValue()
    {
        using NDArray a = Values(np.float32, 12000).reshape(40, 300);
        using NDArray flat = np.var(a);
        using NDArray kept = np.var(a, keepdims: true);
        Assert.Equal(new Shape(1, 1), kept.shape);
        Assert.Equal(flat.item<float>(), kept.item<float>());
    }

    private static NDArray Values(DType dtype, int n)
    {
        using NDArray index = np.arange(n * 1.0);
        using NDArray wave = np.sin(np.multiply(index, 0.37));
        using NDArray scaled = np.add(np.multiply(wave, 1000.0), 123.456);
        return scaled.astype(dtype);
    }
}
