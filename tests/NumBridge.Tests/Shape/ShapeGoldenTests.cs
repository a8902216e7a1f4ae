using System.Text.Json;
using NumBridge.Tests.Elementwise;
using Xunit;

namespace NumBridge.Tests.ShapeFunctions;

/// <summary>
/// Every shape function on every dtype against NumPy (<c>TestData/shape/make_golden.py</c>, NumPy 1.24 under NEP 50,
/// with NumPy 2's wide reflect/symmetric/wrap pads): the result dtype, shape and bytes, or the exception type and full
/// message. Each case runs on every input layout (C, F, reversed, strided with an offset), and each must give
/// NumPy's bytes.
/// </summary>
public class ShapeGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "shape", "shape.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList());

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < s_cases.Value.Count; i++)
        {
            JsonElement c = s_cases.Value[i];
            string dtypes = string.Join(",", c.GetProperty("inputs").EnumerateArray().Select(x => x.GetProperty("dtype").GetString()).Distinct());
            data.Add(i, $"{c.GetProperty("op").GetString()} {dtypes} {c.GetProperty("args").GetRawText()}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ShapeFunction_EveryDTypeAndLayout_MatchesNumPy(int index, string label)
    {
        JsonElement c = s_cases.Value[index];
        foreach (Layout layout in Enum.GetValues<Layout>())
        {
            NDArray[] inputs = c.GetProperty("inputs").EnumerateArray().Select(x => Input(x, layout)).ToArray();
            try
            {
                Check(c, inputs, layout, $"{label} [{layout}]");
            }
            finally
            {
                foreach (NDArray x in inputs)
                {
                    x.Dispose();
                }
            }
        }
    }

    internal enum Layout
    {
        C,
        F,
        Reversed,
        StridedOffset,
    }

    private static void Check(JsonElement c, NDArray[] inputs, Layout layout, string label)
    {
        string op = c.GetProperty("op").GetString()!;
        JsonElement args = c.GetProperty("args");
        if (c.TryGetProperty("error", out JsonElement error))
        {
            Exception ex = Assert.ThrowsAny<Exception>(() => Call(op, inputs, args, layout));
            Assert.Equal(typeof(ArgumentException), ex.GetType());
            Assert.StartsWith(c.GetProperty("message").GetString() + " (Parameter '", ex.Message, StringComparison.Ordinal);
            Assert.Contains(error.GetString(), new[] { "TypeError", "ValueError" });
            return;
        }

        NDArray[] results = Call(op, inputs, args, layout);
        try
        {
            JsonElement[] expected = c.GetProperty("out").EnumerateArray().ToArray();
            Assert.Equal(expected.Length, results.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(expected[i].GetProperty("dtype").GetString() == results[i].dtype.str,
                    $"{label}: dtype {results[i].dtype.str}, NumPy {expected[i].GetProperty("dtype").GetString()}");
                long[] shape = expected[i].GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
                Assert.True(shape.SequenceEqual(results[i].shape.ToLongArray()), $"{label}: shape {results[i].shape}");
                string bytes = Convert.ToHexString(UfuncGoldenTests.Bytes(results[i])).ToLowerInvariant();
                Assert.True(expected[i].GetProperty("hex").GetString() == bytes, $"{label}: output {i} bytes differ");
            }
        }
        finally
        {
            foreach (NDArray r in results)
            {
                r.Dispose();
            }
        }
    }

    private static NDArray[] Call(string op, NDArray[] x, JsonElement args, Layout layout) => op switch
    {
        "concatenate" => [Concatenate(x, args, layout)],
        "stack" => [np.stack(x, args.GetProperty("axis").GetInt32(), OptionalDType(args), Casting(args))],
        "hstack" => [np.hstack(x)],
        "vstack" => [np.vstack(x)],
        "dstack" => [np.dstack(x)],
        "split" => args.TryGetProperty("sections", out JsonElement s)
            ? np.split(x[0], s.GetInt32(), args.GetProperty("axis").GetInt32())
            : np.split(x[0], Ints(args.GetProperty("indices")), args.GetProperty("axis").GetInt32()),
        "array_split" => np.array_split(x[0], args.GetProperty("sections").GetInt32(), args.GetProperty("axis").GetInt32()),
        "tile" => [np.tile(x[0], Ints(args.GetProperty("reps")))],
        "repeat" => args.GetProperty("repeats").ValueKind == JsonValueKind.Array
            ? [np.repeat(x[0], Ints(args.GetProperty("repeats")), OptionalInt(args, "axis"))]
            : [np.repeat(x[0], args.GetProperty("repeats").GetInt32(), OptionalInt(args, "axis"))],
        "pad" => [Pad(x[0], args)],
        "roll" => [Roll(x[0], args)],
        _ => throw new InvalidOperationException(op),
    };

    /// <summary>np.concatenate; with <c>out</c>, into a zero array of that dtype and shape in the inputs' layout,
    /// which must be the array returned.</summary>
    private static NDArray Concatenate(NDArray[] x, JsonElement args, Layout layout)
    {
        if (!args.TryGetProperty("out", out JsonElement o))
        {
            return np.concatenate(x, OptionalInt(args, "axis"), OptionalDType(args), Casting(args));
        }

        Shape shape = new(Ints(o.GetProperty("shape")));
        using NDArray zeros = np.zeros(shape, np.dtype(o.GetProperty("dtype").GetString()!));
        NDArray into = InLayout(zeros, layout);
        try
        {
            NDArray result = np.concatenate(x, OptionalInt(args, "axis"), OptionalDType(args), Casting(args), @out: into);
            Assert.Same(into, result);
            return result;
        }
        catch
        {
            into.Dispose();
            throw;
        }
    }

    private static NDArray Pad(NDArray a, JsonElement args)
    {
        string mode = args.GetProperty("mode").GetString()!;
        using NDArray? values = args.TryGetProperty("constant_values", out JsonElement cv) ? Constants(cv, a.dtype) : null;
        using NDArray? ends = args.TryGetProperty("end_values", out JsonElement ev) ? Constants(ev, np.float64) : null;
        using NDArray? lengths = args.TryGetProperty("stat_length", out JsonElement sl) ? Constants(sl, np.int64) : null;
        JsonElement pw = args.GetProperty("pad_width");
        if (pw.ValueKind == JsonValueKind.Number)
        {
            return np.pad(a, pw.GetInt32(), mode, values, ends, lengths);
        }

        if (pw[0].ValueKind == JsonValueKind.Number)
        {
            return np.pad(a, ((nint)pw[0].GetInt32(), (nint)pw[1].GetInt32()), mode, values, ends, lengths);
        }

        (nint, nint)[] pairs = pw.EnumerateArray().Select(p => ((nint)p[0].GetInt32(), (nint)p[1].GetInt32())).ToArray();
        return np.pad(a, pairs, mode, values, ends, lengths);
    }

    private static NDArray Constants(JsonElement cv, DType dtype)
    {
        if (cv.ValueKind == JsonValueKind.Number)
        {
            using NDArray one = np.array(new[] { cv.GetInt64() }).reshape([]);
            return one.astype(dtype);
        }

        long[] flat = cv.EnumerateArray().SelectMany(e => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(v => v.GetInt64()) : [e.GetInt64()]).ToArray();
        Shape shape = cv[0].ValueKind == JsonValueKind.Array ? new Shape(cv.GetArrayLength(), cv[0].GetArrayLength()) : new Shape(flat.Length);
        using NDArray raw = np.array(flat);
        using NDArray shaped = raw.reshape(shape);
        return shaped.astype(dtype);
    }

    private static NDArray Roll(NDArray a, JsonElement args)
    {
        JsonElement shift = args.GetProperty("shift");
        JsonElement axis = args.GetProperty("axis");
        if (shift.ValueKind == JsonValueKind.Number && axis.ValueKind != JsonValueKind.Array)
        {
            return np.roll(a, shift.GetInt32(), OptionalInt(args, "axis"));
        }

        nint[] shifts = shift.ValueKind == JsonValueKind.Array ? Ints(shift) : [shift.GetInt32()];
        int[]? axes = axis.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Array => axis.EnumerateArray().Select(e => e.GetInt32()).ToArray(),
            _ => [axis.GetInt32()],
        };
        return np.roll(a, shifts, axes);
    }

    private static int? OptionalInt(JsonElement args, string name) =>
        args.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v.GetInt32() : null;

    private static DType? OptionalDType(JsonElement args) =>
        args.TryGetProperty("dtype", out JsonElement v) ? np.dtype(v.GetString()!) : null;

    private static string Casting(JsonElement args) =>
        args.TryGetProperty("casting", out JsonElement v) ? v.GetString()! : "same_kind";

    private static nint[] Ints(JsonElement list) => list.EnumerateArray().Select(e => (nint)e.GetInt64()).ToArray();

    /// <summary>The golden input in a given memory layout, with the same values.</summary>
    internal static NDArray Input(JsonElement x, Layout layout)
    {
        DType dtype = np.dtype(x.GetProperty("dtype").GetString()!);
        Shape shape = new(x.GetProperty("shape").EnumerateArray().Select(d => (nint)d.GetInt64()).ToArray());
        using NDArray flat = np.frombuffer(Convert.FromHexString(x.GetProperty("hex").GetString()!), dtype: dtype);
        using NDArray c = flat.reshape(shape);
        return InLayout(c, layout);
    }

    internal static NDArray InLayout(NDArray c, Layout layout)
    {
        switch (layout)
        {
            case Layout.F:
                return c.astype(c.dtype, 'F');
            case Layout.Reversed:
            {
                using NDArray flipped = c.flip();
                using NDArray copy = flipped.copy();
                return copy.flip();
            }

            case Layout.StridedOffset:
            {
                nint[] big = c.shape.Dims.ToArray().Select(d => (2 * d) + 1).ToArray();
                using NDArray room = np.zeros(new Shape(big), c.dtype);
                AxisIndex[] every = Enumerable.Repeat((AxisIndex)new Slice(1, null, 2), c.ndim).ToArray();
                NDArray view = room[every];
                NDArray.AssignBroadcast(view, c);
                return view;
            }

            default:
                return c.copy();
        }
    }
}
