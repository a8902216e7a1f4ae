using System.Numerics;
using System.Text.Json;
using NumBridge.Tests.CrossChecks;
using Xunit;

namespace NumBridge.Tests.Elementwise;

/// <summary>
/// NumPy 2 promotion (NEP 50) for every pair of the 14 dtypes and every dtype with a weak int, float and complex,
/// against <c>TestData/math/promotion.jsonl</c> (NumPy 1.24 under <c>_set_promotion_state('weak')</c>), plus a live
/// cross-check with the same script.
/// </summary>
public class PromotionTests
{
    private static readonly string[] s_dtypes =
    [
        "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
        "float16", "float32", "float64", "complex64", "complex128",
    ];

    private static List<JsonElement> Golden() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "math", "promotion.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();

    [Fact]
    public void promote_types_EveryPair_MatchesGolden()
    {
        int pairs = 0;
        foreach (JsonElement row in Golden().Where(r => r.TryGetProperty("b", out _)))
        {
            DType a = np.dtype(row.GetProperty("a").GetString()!);
            DType b = np.dtype(row.GetProperty("b").GetString()!);
            Assert.Equal(row.GetProperty("promote_types").GetString(), np.promote_types(a, b).name);
            Assert.Equal(row.GetProperty("promote_types").GetString(), np.result_type(a, b).name);
            Assert.Equal(row.GetProperty("safe").GetBoolean(), np.can_cast(a, b));
            Assert.Equal(row.GetProperty("same_kind").GetBoolean(), np.can_cast(a, b, "same_kind"));
            pairs++;
        }

        Assert.Equal(196, pairs);
    }

    [Fact]
    public void result_type_WeakScalars_MatchGolden()
    {
        int rows = 0;
        foreach (JsonElement row in Golden().Where(r => r.TryGetProperty("weak_int", out _)))
        {
            DType a = np.dtype(row.GetProperty("a").GetString()!);
            Assert.Equal(row.GetProperty("weak_int").GetString(), np.result_type(a, 1).name);
            Assert.Equal(row.GetProperty("weak_float").GetString(), np.result_type(a, 1.0).name);
            Assert.Equal(row.GetProperty("weak_complex").GetString(), np.result_type(a, new Complex(0, 1)).name);
            using NDArray array = np.zeros(2, dtype: a);
            using NDArray sum = array + 1;
            Assert.Equal(row.GetProperty("weak_int").GetString(), sum.dtype.name);
            using NDArray product = array * 1.0;
            Assert.Equal(row.GetProperty("weak_float").GetString(), product.dtype.name);
            rows++;
        }

        Assert.Equal(14, rows);
    }

    [PythonFact]
    public void promote_types_EveryPair_MatchesLiveNumPy()
    {
        string script = "np._set_promotion_state('weak')\n"
            + $"names = {string.Join(",", s_dtypes.Select(s => $"'{s}'"))}\n"
            + "for a in names:\n"
            + "    for b in names:\n"
            + "        print(a, b, np.promote_types(a, b), np.can_cast(a, b), np.can_cast(a, b, 'same_kind'))\n"
            + "    print(a, np.result_type(np.dtype(a), 1), np.result_type(np.dtype(a), 1.0), np.result_type(np.dtype(a), 1j))\n";
        string[] lines = PythonNumPy.Run(script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ours = new List<string>();
        foreach (string a in s_dtypes)
        {
            foreach (string b in s_dtypes)
            {
                ours.Add($"{a} {b} {np.promote_types(a, b)} {Py(np.can_cast(a, b))} {Py(np.can_cast(a, b, "same_kind"))}");
            }

            ours.Add($"{a} {np.result_type(np.dtype(a), 1)} {np.result_type(np.dtype(a), 1.0)} {np.result_type(np.dtype(a), new Complex(0, 1))}");
        }

        Assert.Equal(lines, ours);
    }

    [Theory]
    [InlineData("no", "float32", "float32", true)]
    [InlineData("no", "float32", ">f4", false)]
    [InlineData("equiv", "float32", ">f4", true)]
    [InlineData("equiv", "float32", "float64", false)]
    [InlineData("unsafe", "complex128", "bool", true)]
    [InlineData("same_kind", "int64", "uint8", false)]
    [InlineData("same_kind", "uint64", "int8", true)]
    [InlineData("same_kind", "float64", "int64", false)]
    [InlineData("safe", ">i8", "float64", true)]
    public void can_cast_Rules_MatchNumPy(string casting, string from, string to, bool expected) =>
        Assert.Equal(expected, np.can_cast(np.dtype(from), np.dtype(to), casting));

    [Fact]
    public void can_cast_UnknownRule_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => np.can_cast(np.int8, np.int16, "bogus"));
        Assert.Equal("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got 'bogus') (Parameter 'casting')", ex.Message);
    }

    [Fact]
    public void result_type_NoArguments_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => np.result_type());
        Assert.Equal("at least one array or dtype is required (Parameter 'arrays_and_dtypes')", ex.Message);
    }

    [Fact]
    public void result_type_OnlyWeakScalars_GivesDefaults()
    {
        Assert.Equal(np.int64, np.result_type(1, 2));
        Assert.Equal(np.float64, np.result_type(1, 2.0f));
        Assert.Equal(np.complex128, np.result_type(1.0, new Complex(1, 1)));
        Assert.Equal(np.int64, np.result_type(true, 1));
        Assert.Equal(np.complex64, np.result_type(np.float16, new Complex(0, 1)));
    }

    private static string Py(bool value) => value ? "True" : "False";
}
