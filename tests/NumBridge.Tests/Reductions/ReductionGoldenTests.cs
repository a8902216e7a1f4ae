using System.Security.Cryptography;
using System.Text.Json;
using NumBridge.Tests.Elementwise;
using Xunit;

namespace NumBridge.Tests.Reductions;

/// <summary>
/// Every reduction against NumPy (<c>TestData/reductions/make_golden.py</c>, NumPy 1.24 under NEP 50): every dtype and
/// axis form, every layout (transposed, F-ordered, strided, reversed, offset) and float sums from 1 to 100003 elements
/// and 2-D shapes over each axis. Results compare byte for byte (NaN matches NaN), large ones by SHA-256; float sums are
/// NumPy's to the last bit. Errors compare by type and full message.
/// </summary>
public class ReductionGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "reductions", "reductions.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList());

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < s_cases.Value.Count; i++)
        {
            JsonElement c = s_cases.Value[i];
            data.Add(i, $"{c.GetProperty("func").GetString()} {c.GetProperty("dtype").GetString()} {Shape(c)} {c.GetProperty("view")} {c.GetProperty("kw")}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reduction_EveryCase_MatchesNumPy(int index, string label)
    {
        JsonElement c = s_cases.Value[index];
        using NDArray a = Input(c);
        using NDArray view = View(a, c.GetProperty("view"));
        string func = c.GetProperty("func").GetString()!;
        JsonElement kw = c.GetProperty("kw");

        if (c.TryGetProperty("error", out JsonElement error))
        {
            Exception ex = Assert.ThrowsAny<Exception>(() => Call(func, view, kw).Dispose());
            Type expectedType = error.GetString() switch
            {
                "AxisError" => typeof(ArgumentOutOfRangeException),
                "OverflowError" => typeof(OverflowException),
                _ => typeof(ArgumentException),
            };
            Assert.Equal(expectedType, ex.GetType());
            Assert.StartsWith(c.GetProperty("message").GetString()!, ex.Message, StringComparison.Ordinal);
            return;
        }

        using NDArray result = Call(func, view, kw);
        DType outType = np.dtype(c.GetProperty("out_dtype").GetString()!);
        Assert.True(outType == result.dtype, $"{label}: dtype {result.dtype}, NumPy {outType}");
        Assert.Equal(c.GetProperty("out_shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray(), result.shape.Dims.ToArray());
        byte[] actual = UfuncGoldenTests.Bytes(result);
        if (c.TryGetProperty("out_sha256", out JsonElement sha))
        {
            Assert.Equal(sha.GetString()!, Convert.ToHexStringLower(SHA256.HashData(actual)));
            return;
        }

        byte[] expected = Convert.FromHexString(c.GetProperty("out_hex").GetString()!);
        // NumBridge multiplies complex64 in double and rounds once (see UfuncGoldenTests), so products may differ by an ulp.
        int ulps = func == "prod" && outType == np.complex64 ? 4 : 0;
        GoldenCompare.AssertClose(label, outType, expected, actual, ulps);
    }

    private static string Shape(JsonElement c) =>
        "(" + string.Join(",", c.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64())) + ")";

    private static NDArray Input(JsonElement c)
    {
        DType dtype = np.dtype(c.GetProperty("dtype").GetString()!);
        nint[] shape = c.GetProperty("shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray();
        using NDArray flat = c.TryGetProperty("lcg", out JsonElement seed)
            ? Lcg(seed.GetUInt64(), (int)shape.Aggregate((nint)1, (x, y) => x * y), dtype)
            : UfuncGoldenTests.FromHex(c.GetProperty("hex").GetString()!, dtype);
        using NDArray shaped = flat.reshape(new Shape(shape));
        return shaped.copy();
    }

    /// <summary>The generator's LCG: <c>(u * 2 - 1) * 1000</c> in float64 (exact), then cast.</summary>
    internal static NDArray Lcg(ulong seed, int n, DType dtype)
    {
        double[] values = new double[n];
        ulong s = seed;
        for (int i = 0; i < n; i++)
        {
            s = unchecked((s * 6364136223846793005UL) + 1442695040888963407UL);
            values[i] = ((s >> 11) * Math.Pow(2, -53) * 2.0 - 1.0) * 1000.0;
        }

        using NDArray d = np.array(values);
        return d.astype(dtype);
    }

    private static NDArray View(NDArray a, JsonElement view)
    {
        NDArray v = a.copy(view.TryGetProperty("fortran", out JsonElement f) && f.GetBoolean() ? 'F' : 'C');
        if (view.TryGetProperty("index", out JsonElement index))
        {
            NDArray next = v[index.GetString()!];
            v.Dispose();
            v = next;
        }

        if (view.TryGetProperty("transpose", out JsonElement t) && t.GetBoolean())
        {
            NDArray next = v.T;
            v.Dispose();
            v = next;
        }

        return v;
    }

    private static NDArray Call(string func, NDArray a, JsonElement kw)
    {
        JsonElement axisElement = kw.TryGetProperty("axis", out JsonElement ax) ? ax : default;
        int? axis = axisElement.ValueKind == JsonValueKind.Number ? axisElement.GetInt32() : null;
        int[]? axes = axisElement.ValueKind == JsonValueKind.Array ? axisElement.EnumerateArray().Select(e => e.GetInt32()).ToArray() : null;
        DType? dtype = kw.TryGetProperty("dtype", out JsonElement d) ? np.dtype(d.GetString()!) : null;
        bool keepdims = kw.TryGetProperty("keepdims", out JsonElement k) && k.GetBoolean();
        int ddof = kw.TryGetProperty("ddof", out JsonElement dd) ? dd.GetInt32() : 0;
        using NDArray? initial = kw.TryGetProperty("initial", out JsonElement i) ? Initial(i) : null;
        using NDArray? where = kw.TryGetProperty("where", out JsonElement w) ? WhereMask(w) : null;
        return (func, axes) switch
        {
            ("sum", null) => np.sum(a, axis, dtype, keepdims: keepdims, initial: initial, where: where),
            ("sum", _) => np.sum(a, axes, dtype, keepdims: keepdims, initial: initial, where: where),
            ("prod", null) => np.prod(a, axis, dtype, keepdims: keepdims, initial: initial, where: where),
            ("prod", _) => np.prod(a, axes, dtype, keepdims: keepdims, initial: initial, where: where),
            ("mean", null) => np.mean(a, axis, dtype, keepdims: keepdims, where: where),
            ("mean", _) => np.mean(a, axes, dtype, keepdims: keepdims, where: where),
            ("var", null) => np.var(a, axis, dtype, ddof: ddof, keepdims: keepdims, where: where),
            ("var", _) => np.var(a, axes, dtype, ddof: ddof, keepdims: keepdims, where: where),
            ("std", null) => np.std(a, axis, dtype, ddof: ddof, keepdims: keepdims, where: where),
            ("std", _) => np.std(a, axes, dtype, ddof: ddof, keepdims: keepdims, where: where),
            ("min", null) => np.min(a, axis, keepdims: keepdims, initial: initial, where: where),
            ("min", _) => np.min(a, axes, keepdims: keepdims, initial: initial, where: where),
            ("max", null) => np.max(a, axis, keepdims: keepdims, initial: initial, where: where),
            ("max", _) => np.max(a, axes, keepdims: keepdims, initial: initial, where: where),
            ("any", null) => np.any(a, axis, keepdims: keepdims, where: where),
            ("any", _) => np.any(a, axes, keepdims: keepdims, where: where),
            ("all", null) => np.all(a, axis, keepdims: keepdims, where: where),
            ("all", _) => np.all(a, axes, keepdims: keepdims, where: where),
            ("argmax", _) => np.argmax(a, axis),
            ("argmin", _) => np.argmin(a, axis),
            ("cumsum", _) => np.cumsum(a, axis, dtype),
            _ => throw new InvalidOperationException(func),
        };
    }

    /// <summary>A Python int becomes a weak C# long, a Python float a weak double, as the keyword would be passed.</summary>
    private static NDArray Initial(JsonElement value)
    {
        if (value.GetRawText().Contains('.', StringComparison.Ordinal))
        {
            return value.GetDouble();
        }

        return value.GetInt64();
    }

    /// <summary>The generator's <c>where_mask</c>: explicit bits, or runs of <c>keep</c> in every <c>period</c> (flat C
    /// order), cast to the given dtype.</summary>
    private static NDArray WhereMask(JsonElement spec)
    {
        nint[] shape = spec.GetProperty("shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray();
        int n = (int)shape.Aggregate((nint)1, (x, y) => x * y);
        bool[] flat = spec.TryGetProperty("bits", out JsonElement bits)
            ? bits.GetString()!.Select(c => c == '1').ToArray()
            : Enumerable.Range(0, n).Select(i => i % spec.GetProperty("period").GetInt32() < spec.GetProperty("keep").GetInt32()).ToArray();
        using NDArray mask = np.array(flat).reshape(new Shape(shape));
        return spec.TryGetProperty("dtype", out JsonElement dtype) ? mask.astype(np.dtype(dtype.GetString()!)) : mask.copy();
    }
}
