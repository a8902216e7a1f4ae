using System.Text.Json;
using NumBridge.Tests.Elementwise;
using NumBridge.Tests.LinearAlgebra;
using Xunit;

namespace NumBridge.Tests.Sorting;

/// <summary>
/// sort, argsort, unique, nonzero, argwhere, flatnonzero and count_nonzero on every dtype against NumPy
/// (<c>TestData/sorting/make_golden.py</c>): duplicates, NaN (sorted last; complex by NumPy's four classes), inf and
/// integer extremes. Results compare byte for byte, on the contiguous input and on a reversed, transposed view of it.
/// </summary>
public class SortingGoldenTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> s_cases = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "sorting", "sorting.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(c => c.GetProperty("dtype").GetString()!));

    public static TheoryData<string> DTypes() =>
        new("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64", "complex64", "complex128");

    private static void AssertSame(JsonElement expected, NDArray actual, string what)
    {
        using NDArray e = ProductGoldenTests.Read(expected);
        Assert.True(e.dtype == actual.dtype, $"{what}: dtype {actual.dtype}, NumPy {e.dtype}");
        Assert.True(e.shape == actual.shape, $"{what}: shape {actual.shape}, NumPy {e.shape}");
        Assert.True(Convert.ToHexString(UfuncGoldenTests.Bytes(e)) == Convert.ToHexString(UfuncGoldenTests.Bytes(actual)), $"{what}: {actual} != NumPy {e}");
    }

    /// <summary>The input itself, and the same values seen through a reversed, transposed, strided view.</summary>
    private static IEnumerable<(string Layout, NDArray Array)> Inputs(JsonElement c)
    {
        yield return ("contiguous", ProductGoldenTests.Read(c.GetProperty("a")));
        using NDArray a = ProductGoldenTests.Read(c.GetProperty("a"));
        using NDArray storage = np.zeros(new Shape(16, 6), a.dtype);
        using NDArray window = storage["::-2, 1:4"];
        NDArray view = window.T;
        view[":"] = a;
        yield return ("strided", view);
    }

    [Theory]
    [MemberData(nameof(DTypes))]
    public void sort_EveryAxis_MatchesNumPy(string dtype)
    {
        JsonElement c = s_cases.Value[dtype];
        foreach ((string layout, NDArray a) in Inputs(c))
        {
            using (a)
            {
                using NDArray last = np.sort(a);
                AssertSame(c.GetProperty("sort_last"), last, $"{layout} sort axis=-1");
                using NDArray first = np.sort(a, 0, "stable");
                AssertSame(c.GetProperty("sort_0"), first, $"{layout} sort axis=0");
                using NDArray flat = np.sort(a, null, "heapsort");
                AssertSame(c.GetProperty("sort_none"), flat, $"{layout} sort axis=None");
                using NDArray inPlace = a.copy();
                inPlace.sort(0);
                AssertSame(c.GetProperty("sort_0"), inPlace, $"{layout} ndarray.sort axis=0");
                a.sort();
                AssertSame(c.GetProperty("sort_last"), a, $"{layout} ndarray.sort in place");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DTypes))]
    public void argsort_Stable_MatchesNumPy(string dtype)
    {
        JsonElement c = s_cases.Value[dtype];
        foreach ((string layout, NDArray a) in Inputs(c))
        {
            using (a)
            {
                using NDArray last = np.argsort(a, kind: "stable");
                AssertSame(c.GetProperty("argsort_last"), last, $"{layout} argsort axis=-1");
                using NDArray first = a.argsort(0, "stable");
                AssertSame(c.GetProperty("argsort_0"), first, $"{layout} argsort axis=0");
                using NDArray flat = np.argsort(a, null, "stable");
                AssertSame(c.GetProperty("argsort_none"), flat, $"{layout} argsort axis=None");
            }
        }

        using NDArray zeros = ProductGoldenTests.Read(c.GetProperty("zeros"));
        using NDArray order = np.argsort(zeros, kind: "stable");
        AssertSame(c.GetProperty("argsort_zeros"), order, "argsort of -0.0 and 0.0");
    }

    [Theory]
    [MemberData(nameof(DTypes))]
    public void unique_AllOutputs_MatchNumPy(string dtype)
    {
        JsonElement c = s_cases.Value[dtype];
        JsonElement[] expected = c.GetProperty("unique").EnumerateArray().ToArray();
        foreach ((string layout, NDArray a) in Inputs(c))
        {
            using (a)
            {
                using UniqueResult u = np.unique(a, return_index: true, return_inverse: true, return_counts: true);
                AssertSame(expected[0], u.values, $"{layout} unique values");
                AssertSame(expected[1], u.indices!, $"{layout} unique indices");
                // NumPy 2 shapes the inverse like the input; 1.24 (the golden) returns it flat.
                Assert.Equal(a.shape, u.inverse_indices!.shape);
                using NDArray flatInverse = u.inverse_indices.reshape(-1);
                AssertSame(expected[2], flatInverse, $"{layout} unique inverse");
                AssertSame(expected[3], u.counts!, $"{layout} unique counts");
                using UniqueResult plain = np.unique(a);
                AssertSame(expected[0], plain.values, $"{layout} unique values only");
                Assert.Null(plain.indices);
                Assert.Null(plain.inverse_indices);
                Assert.Null(plain.counts);
            }
        }
    }

    [Theory]
    [MemberData(nameof(DTypes))]
    public void unique_Axis_MatchesNumPyInEveryLayout(string dtype)
    {
        foreach (JsonElement u in s_cases.Value[dtype].GetProperty("unique_axis").EnumerateArray())
        {
            int axis = u.GetProperty("axis").GetInt32();
            JsonElement[] expected = u.GetProperty("out").EnumerateArray().ToArray();
            using NDArray source = ProductGoldenTests.Read(u.GetProperty("a"));
            foreach (ShapeFunctions.ShapeGoldenTests.Layout layout in Enum.GetValues<ShapeFunctions.ShapeGoldenTests.Layout>())
            {
                using NDArray a = ShapeFunctions.ShapeGoldenTests.InLayout(source, layout);
                string label = $"{layout} axis={axis} {source.shape}";
                using UniqueResult all = np.unique(a, return_index: true, return_inverse: true, return_counts: true, axis: axis);
                AssertSame(expected[0], all.values, $"{label} values");
                AssertSame(expected[1], all.indices!, $"{label} indices");
                AssertSame(expected[2], all.inverse_indices!, $"{label} inverse");
                AssertSame(expected[3], all.counts!, $"{label} counts");
                using UniqueResult plain = np.unique(a, axis: axis);
                AssertSame(expected[0], plain.values, $"{label} values only");
                Assert.Null(plain.indices);
            }
        }
    }

    [Fact]
    public void unique_AxisOutOfRange_ThrowsAxisError()
    {
        using NDArray a = np.zeros((2, 3));
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => np.unique(a, axis: 2));
        Assert.StartsWith("axis 2 is out of bounds for array of dimension 2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DTypes))]
    public void nonzero_ArgwhereFlatnonzeroCount_MatchNumPy(string dtype)
    {
        JsonElement c = s_cases.Value[dtype];
        JsonElement[] expected = c.GetProperty("nonzero").EnumerateArray().ToArray();
        foreach ((string layout, NDArray a) in Inputs(c))
        {
            using (a)
            {
                NDArray[] ij = np.nonzero(a);
                Assert.Equal(2, ij.Length);
                AssertSame(expected[0], ij[0], $"{layout} nonzero[0]");
                AssertSame(expected[1], ij[1], $"{layout} nonzero[1]");
                ij[0].Dispose();
                ij[1].Dispose();
                using NDArray where = np.argwhere(a);
                AssertSame(c.GetProperty("argwhere"), where, $"{layout} argwhere");
                using NDArray flat = np.flatnonzero(a);
                AssertSame(c.GetProperty("flatnonzero"), flat, $"{layout} flatnonzero");
                using NDArray all = np.count_nonzero(a);
                Assert.Equal(0, all.ndim);
                Assert.Equal(c.GetProperty("count_none").GetInt64(), all.item<long>());
                using NDArray columns = np.count_nonzero(a, [0]);
                AssertSame(c.GetProperty("count_0"), columns, $"{layout} count_nonzero axis=0");
                using NDArray rows = np.count_nonzero(a, [-1]);
                AssertSame(c.GetProperty("count_1"), rows, $"{layout} count_nonzero axis=1");
                using NDArray both = np.count_nonzero(a, [1, 0]);
                Assert.Equal(c.GetProperty("count_01").GetInt64(), both.item<long>());
            }
        }
    }
}
