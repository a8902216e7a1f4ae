using Xunit;

namespace NumBridge.Tests.Elementwise;

/// <summary>
/// Large inputs of another dtype than the loop's are cast chunk by chunk inside the loop (buffered iteration).
/// The results must equal, byte for byte, the same operation done row by row on rows short enough to take the
/// whole-temporary path, for every pair of dtypes and for transposed, reversed and broadcast layouts.
/// </summary>
public class BufferedCastTests
{
    private static readonly string[] s_dtypes =
    [
        "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
        "float64", "complex64", "complex128",
    ];

    private static readonly Func<NDArray, NDArray, NDArray>[] s_ops =
    [
        (x, y) => np.add(x, y), (x, y) => np.divide(x, y), (x, y) => np.less(x, y), (x, y) => np.where(np.less(x, y), x, y),
    ];

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (string a in s_dtypes)
        {
            foreach (string b in s_dtypes)
            {
                if (a != b)
                {
                    data.Add(a, b);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void MixedDTypes_LargeArrays_EqualRowByRow(string dtype1, string dtype2)
    {
        using NDArray x = Values(np.dtype(dtype1), 7, new Shape(60, 90));
        using NDArray y = Values(np.dtype(dtype2), 11, new Shape(60, 90));
        AssertRowByRow(x, y);
    }

    [Theory]
    [InlineData("transposed")]
    [InlineData("reversed")]
    [InlineData("column")]
    public void MixedDTypes_StridedLayouts_EqualRowByRow(string layout)
    {
        using NDArray bytes = Values(np.uint8, 3, new Shape(90, 60));
        using NDArray floats = Values(np.float32, 5, new Shape(90, 60));
        using NDArray column = Values(np.int16, 9, new Shape(3000, 1));
        using NDArray wide = Values(np.float64, 13, new Shape(3000, 4));
        (NDArray x, NDArray y) = layout switch
        {
            "transposed" => (bytes.T, floats.T),
            "reversed" => (bytes[":, ::-1"], floats["::-1"]),
            _ => (column, wide),
        };
        AssertRowByRow(x, y);
        AssertRowByRow(y, x);
    }

    [Fact]
    public void ImageDividedBy255_Large_EqualsFloat64Division()
    {
        using NDArray img = Values(np.uint8, 1, new Shape(64, 64, 3));
        using NDArray actual = img / 255;
        using NDArray wide = img.astype(np.float64);
        using NDArray expected = wide / 255.0;
        Assert.Equal(np.float64, actual.dtype);
        Assert.Equal(UfuncGoldenTests.Bytes(expected), UfuncGoldenTests.Bytes(actual));
    }

    [Fact]
    public void OutputOverlappingCastInput_ReadsOldValues()
    {
        // out is the same memory as x's bytes seen as another dtype: x must be read whole before it is written.
        byte[] memory = new byte[4096 * 4];
        Span<int> ints = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(memory.AsSpan());
        for (int i = 0; i < ints.Length; i++)
        {
            ints[i] = i - 2000;
        }

        using NDArray store = np.frombuffer(memory, np.int32);

        using NDArray expected = np.add(store.astype(np.float32), 0.5);
        using NDArray asFloat = np.frombuffer(memory, np.float32);
        np.add(store, 0.5, @out: asFloat);
        Assert.Equal(UfuncGoldenTests.Bytes(expected), UfuncGoldenTests.Bytes(asFloat));
    }

    private static void AssertRowByRow(NDArray x, NDArray y)
    {
        nint rows = Math.Max(x.shape[0], y.shape[0]);
        for (int op = 0; op < s_ops.Length; op++)
        {
            using NDArray actual = s_ops[op](x, y);
            var parts = new List<NDArray>();
            for (int i = 0; i < rows; i++)
            {
                using NDArray xi = x.shape[0] == 1 ? x[0] : x[i];
                using NDArray yi = y.shape[0] == 1 ? y[0] : y[i];
                parts.Add(s_ops[op](xi, yi));
            }

            using NDArray expected = np.stack(parts);
            parts.ForEach(p => p.Dispose());
            Assert.Equal(expected.dtype, actual.dtype);
            Assert.Equal(expected.shape, actual.shape);
            Assert.True(UfuncGoldenTests.Bytes(expected).AsSpan().SequenceEqual(UfuncGoldenTests.Bytes(actual)), $"op {op}");
        }
    }

    /// <summary>Values with negatives, fractions and zeros, cast (NumPy's unsafe cast) to <paramref name="dtype"/>.</summary>
    private static NDArray Values(DType dtype, int seed, Shape shape)
    {
        using NDArray index = np.arange(shape.size * 1.0).reshape(shape);
        using NDArray spread = np.multiply(np.subtract(np.remainder(np.multiply(index, seed), 257.0), 128.0), 0.75);
        return spread.astype(dtype);
    }
}
