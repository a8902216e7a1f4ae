using System.Text.Json;
using NumBridge.Tests.Printing;
using NumBridge.Torch.Printing;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NumBridge.Torch.Tests.Printing;

/// <summary>
/// Every row of the PyTorch 1.13 golden file that has torch text: the array is rebuilt from its bytes (or, for the 27
/// large rows stored without data, from its NumPy expression), shared with <c>torch.from_numpy</c>, and printed.
/// </summary>
public class TorchPrintFixtureTests
{
    private static readonly string s_dir = Path.Combine(AppContext.BaseDirectory, "TestData", "printing");

    internal static IEnumerable<JsonElement> Rows(string file)
    {
        foreach (string line in File.ReadLines(Path.Combine(s_dir, file)))
        {
            if (line.Trim().Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }

    private static bool HasTorchText(JsonElement row) =>
        row.TryGetProperty("torch_repr", out JsonElement repr) && repr.ValueKind == JsonValueKind.String
        && !(row.TryGetProperty("torch_from_numpy_error", out JsonElement error) && error.ValueKind == JsonValueKind.String);

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement row in Rows("cases.jsonl"))
        {
            if (HasTorchText(row))
            {
                data.Add(row.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    private static JsonElement Row(string id) => Rows("cases.jsonl").First(r => r.GetProperty("id").GetString() == id);

    internal static unsafe NDArray Build(JsonElement row)
    {
        DType dtype = DType.Parse(row.GetProperty("dtype").GetString()!);
        nint[] dims = row.GetProperty("shape").EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray();
        byte[] bytes = row.TryGetProperty("data_b64_c_order_native", out JsonElement b64) && b64.ValueKind == JsonValueKind.String
            ? Convert.FromBase64String(b64.GetString()!)
            : FixtureExpressions.Evaluate(row.GetProperty("python_expr").GetString()!, dtype);
        NDArray a = NDArray.Allocate(dtype, new Shape(dims));
        Assert.Equal((long)a.nbytes, bytes.Length);
        bytes.AsSpan().CopyTo(new Span<byte>(a.Data, bytes.Length));
        return a;
    }

    [Fact]
    public void CaseIds_CoverEveryRowWithTorchText()
    {
        int rows = Rows("cases.jsonl").Count(HasTorchText);
        Assert.Equal(153, rows);
        Assert.Equal(rows, CaseIds().Count);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void repr_FixtureRow_MatchesPyTorch(string id)
    {
        JsonElement row = Row(id);
        using NDArray a = Build(row);
        using Tensor t = torch.from_numpy(a);
        Assert.Equal(row.GetProperty("torch_repr").GetString(), t.repr());
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void str_FixtureRow_MatchesPyTorch(string id)
    {
        JsonElement row = Row(id);
        using NDArray a = Build(row);
        using Tensor t = torch.from_numpy(a);
        Assert.Equal(row.GetProperty("torch_str").GetString(), t.str());
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void dtype_name_FixtureRow_MatchesPyTorch(string id)
    {
        JsonElement row = Row(id);
        using NDArray a = Build(row);
        using Tensor t = torch.from_numpy(a);
        Assert.Equal(row.GetProperty("torch_dtype").GetString(), t.dtype_name());
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void format_NonScalarFixtureRow_IsRepr(string id)
    {
        JsonElement row = Row(id);
        using NDArray a = Build(row);
        using Tensor t = torch.from_numpy(a);
        if (a.ndim > 0)
        {
            Assert.Equal(row.GetProperty("torch_repr").GetString(), t.format());
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void repr_FixtureRowSharedBack_MatchesPyTorch(string id)
    {
        // The same values seen through a tensor that owns its memory (torch.tensor copies), printed the same way.
        JsonElement row = Row(id);
        using NDArray a = Build(row);
        using Tensor t = torch.tensor(a);
        Assert.Equal(row.GetProperty("torch_repr").GetString(), t.repr());
    }

    [Fact]
    public void TorchPrintOptions_Default_MatchesFixtureMeta()
    {
        using JsonDocument meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_dir, "meta.json")));
        JsonElement opts = meta.RootElement.GetProperty("torch_printoptions");
        TorchPrintOptions d = TorchPrintOptions.Default;
        Assert.Equal(opts.GetProperty("precision").GetInt32(), d.Precision);
        Assert.Equal(opts.GetProperty("threshold").GetInt64(), d.Threshold);
        Assert.Equal(opts.GetProperty("edgeitems").GetInt32(), d.EdgeItems);
        Assert.Equal(opts.GetProperty("linewidth").GetInt32(), d.LineWidth);
        Assert.Equal(JsonValueKind.Null, opts.GetProperty("sci_mode").ValueKind);
        Assert.Null(d.SciMode);
    }
}
