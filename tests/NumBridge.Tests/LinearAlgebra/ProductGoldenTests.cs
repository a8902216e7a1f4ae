using System.Text.Json;
using NumBridge.Tests.Elementwise;
using Xunit;

namespace NumBridge.Tests.LinearAlgebra;

/// <summary>
/// matmul and dot against NumPy (<c>TestData/linalg/make_golden.py</c>, NumPy 1.24 under NEP 50): every dtype,
/// mixed dtypes, every shape rule and every error. Small-integer values make every sum exact, so results compare bit
/// for bit; the "random" lines (uniform [0, 1) floats) compare within 1e-5 (float32) or 1e-13 (float64) relative,
/// since the blocked kernel sums in another order than BLAS.
/// </summary>
public class ProductGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "linalg", "products.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList());

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < s_cases.Value.Count; i++)
        {
            JsonElement c = s_cases.Value[i];
            data.Add(i, $"{c.GetProperty("op").GetString()} {Describe(c.GetProperty("a"))} {Describe(c.GetProperty("b"))}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Product_EveryDTypeAndShape_MatchesNumPy(int index, string label)
    {
        JsonElement c = s_cases.Value[index];
        bool isMatmul = c.GetProperty("op").GetString() == "matmul";
        using NDArray a = Read(c.GetProperty("a"));
        using NDArray b = Read(c.GetProperty("b"));
        if (c.TryGetProperty("error", out _))
        {
            ArgumentException ex = Assert.Throws<ArgumentException>(() => (isMatmul ? np.matmul(a, b) : np.dot(a, b)).Dispose());
            Assert.Equal(c.GetProperty("message").GetString() + $" (Parameter '{(isMatmul && a.ndim == 0 ? "x1" : isMatmul ? "x2" : "b")}')", ex.Message);
            return;
        }

        using NDArray result = isMatmul ? np.matmul(a, b) : np.dot(a, b);
        using NDArray expected = Read(c.GetProperty("out"));
        Assert.True(expected.dtype == result.dtype, $"{label}: dtype {result.dtype}, NumPy {expected.dtype}");
        Assert.Equal(expected.shape, result.shape);
        if (c.TryGetProperty("random", out _))
        {
            double rtol = result.dtype == np.float32 ? 1e-5 : 1e-13;
            double[] e = expected.astype(np.float64).ToArray<double>();
            double[] r = result.astype(np.float64).ToArray<double>();
            for (int i = 0; i < e.Length; i++)
            {
                Assert.True(Math.Abs(e[i] - r[i]) <= rtol * Math.Abs(e[i]), $"{label}: element {i}: expected {e[i]:R}, got {r[i]:R}");
            }

            return;
        }

        Assert.Equal(Convert.ToHexString(UfuncGoldenTests.Bytes(expected)), Convert.ToHexString(UfuncGoldenTests.Bytes(result)));
    }

    private static string Describe(JsonElement operand) =>
        $"{operand.GetProperty("dtype").GetString()}({string.Join(",", operand.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()))})";

    internal static NDArray Read(JsonElement operand)
    {
        DType dtype = np.dtype(operand.GetProperty("dtype").GetString()!);
        nint[] shape = operand.GetProperty("shape").EnumerateArray().Select(d => (nint)d.GetInt64()).ToArray();
        using NDArray flat = UfuncGoldenTests.FromHex(operand.GetProperty("hex").GetString()!, dtype);
        using NDArray view = flat.reshape(new Shape(shape));
        return view.copy();
    }
}
