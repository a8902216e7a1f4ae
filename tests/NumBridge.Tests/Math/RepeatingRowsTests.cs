using Xunit;

namespace NumBridge.Tests.Elementwise;

/// <summary>
/// The block-wise fast path for a dense operand against a repeating short row (<c>pixels - mean</c>) gives exactly
/// what the same operation gives on a materialized copy of the broadcast operand, which takes the general path.
/// </summary>
public sealed class RepeatingRowsTests
{
    public static TheoryData<string, int[], int[], bool> Cases()
    {
        var data = new TheoryData<string, int[], int[], bool>();
        string[] dtypes = ["float32", "float64", "int32", "uint8", "complex128", "int16"];
        (int[] Big, int[] Row)[] shapes =
        [
            ([1000, 3], [3]),
            ([17, 13, 3], [3]),
            ([4, 5, 7], [7]),
            ([2, 3, 64], [64]),
            ([33, 1], [1]),
            ([9, 4, 2], [1, 1, 2]),
            ([300, 5], [1, 5]),
        ];
        foreach (string dtype in dtypes)
        {
            foreach ((int[] big, int[] row) in shapes)
            {
                data.Add(dtype, big, row, false);
                data.Add(dtype, big, row, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BinaryOps_DenseAgainstRepeatingRow_EqualTheGeneralPath(string dtype, int[] big, int[] row, bool rowFirst)
    {
        DType dt = np.dtype(dtype);
        long count = big.Aggregate(1L, (p, d) => p * d);
        using NDArray flat = np.arange(count, dtype: np.int64);
        using NDArray mod = np.remainder(flat, 97);
        using NDArray x = mod.astype(dt).reshape(new Shape(big.Select(d => (nint)d).ToArray()));
        long rowCount = row.Aggregate(1L, (p, d) => p * d);
        using NDArray rowFlat = np.arange(1, rowCount + 1, dtype: np.int64);
        using NDArray y = rowFlat.astype(dt).reshape(new Shape(row.Select(d => (nint)d).ToArray()));
        using NDArray yFull = np.broadcast_to(y, x.shape).copy();

        foreach (Func<NDArray, NDArray, NDArray> op in new Func<NDArray, NDArray, NDArray>[] { (a, b) => np.add(a, b), (a, b) => np.subtract(a, b), (a, b) => np.multiply(a, b), (a, b) => np.maximum(a, b) })
        {
            using NDArray fast = rowFirst ? op(y, x) : op(x, y);
            using NDArray general = rowFirst ? op(yFull, x) : op(x, yFull);
            Assert.Equal(general.dtype, fast.dtype);
            Assert.Equal(general.shape, fast.shape);
            Assert.Equal(general.tolist(), fast.tolist());
        }
    }

    [Fact]
    public void InPlaceSubtract_DenseImageMinusMean_WritesEveryPixel()
    {
        NDArray img = np.arange(1024 * 3, dtype: np.float32).reshape(32, 32, 3);
        using NDArray mean = np.array(new[] { 1f, 2f, 3f });
        img -= mean;
        float[] values = img.ToArray<float>();
        img.Dispose();
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(i - (1 + (i % 3)), values[i]);
        }
    }
}
