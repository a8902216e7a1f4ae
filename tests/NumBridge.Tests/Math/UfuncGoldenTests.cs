using System.Numerics;
using System.Text.Json;
using Xunit;

namespace NumBridge.Tests.Elementwise;

/// <summary>
/// Every ufunc on every dtype against NumPy (<c>TestData/math/make_golden.py</c>, NumPy 1.24 under NEP 50 weak
/// promotion): the result dtype and bytes, or the exception type and full message. Values include nan, inf, -0.0,
/// integer extremes (wrap-around), zero divisors and <c>MIN // -1</c>. Bytes compare exactly, except that any NaN
/// matches any NaN, and the transcendental functions (and complex64 products, which NumBridge computes in double)
/// may differ from NumPy's SIMD or float code by a few units in the last place.
/// </summary>
public class UfuncGoldenTests
{
    private static readonly Lazy<List<JsonElement>> s_cases = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "math", "ufuncs.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList());

    private static readonly HashSet<string> s_approximate =
        ["exp", "log", "log1p", "sin", "cos", "tanh", "power", "sqrt", "multiply", "divide", "square", "absolute"];

    // Known differences, compared only where NumPy's value is finite (and within 64 ulps there):
    // - complex power: NumPy's cpowf works in float (tens of ulps from the double result NumBridge rounds), and it
    //   has its own special values for an infinite base;
    // - float16 clip: NumPy's half clip keeps x when x equals a bound (-0.0 against 0.0); minimum/maximum give the bound.
    private static readonly HashSet<string> s_knownDifferences = ["power complex64", "power complex128", "clip float16"];

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < s_cases.Value.Count; i++)
        {
            JsonElement c = s_cases.Value[i];
            string label = c.GetProperty("ufunc").GetString() + " " + c.GetProperty("dtype").GetString();
            if (c.TryGetProperty("decimals", out JsonElement d))
            {
                label += " decimals=" + d.GetInt32();
            }

            data.Add(i, label);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ufunc_EveryDType_MatchesNumPy(int index, string label)
    {
        JsonElement c = s_cases.Value[index];
        string name = c.GetProperty("ufunc").GetString()!;
        DType dtype = np.dtype(c.GetProperty("dtype").GetString()!);
        using NDArray x1 = FromHex(c.GetProperty("x1_hex").GetString()!, dtype);
        using NDArray? x2 = c.TryGetProperty("x2_hex", out JsonElement h2) ? FromHex(h2.GetString()!, dtype) : null;
        int decimals = c.TryGetProperty("decimals", out JsonElement d) ? d.GetInt32() : 0;

        if (c.TryGetProperty("error", out JsonElement error))
        {
            Exception ex = Assert.ThrowsAny<Exception>(() => Call(name, x1, x2, decimals).Dispose());
            Assert.Equal(ExpectedType(error.GetString()!), ex.GetType());
            Assert.StartsWith(c.GetProperty("message").GetString()!, ex.Message, StringComparison.Ordinal);
            return;
        }

        using NDArray result = Call(name, x1, x2, decimals);
        DType outType = np.dtype(c.GetProperty("out_dtype").GetString()!);
        Assert.True(outType == result.dtype, $"{label}: dtype {result.dtype}, NumPy {outType}");
        byte[] expected = Convert.FromHexString(c.GetProperty("out_hex").GetString()!);
        byte[] actual = Bytes(result);
        Assert.Equal(expected.Length, actual.Length);
        if (s_knownDifferences.Contains(label))
        {
            GoldenCompare.AssertCloseWhereFinite(label, outType, expected, actual, 64);
            return;
        }

        GoldenCompare.AssertClose(label, outType, expected, actual, s_approximate.Contains(name) ? 4 : 0);
    }

    internal static NDArray FromHex(string hex, DType dtype)
    {
        using NDArray view = np.frombuffer(Convert.FromHexString(hex), dtype: dtype);
        return view.copy();
    }

    internal static byte[] Bytes(NDArray a)
    {
        using NDArray c = a.astype(a.dtype, 'C');
        byte[] result = new byte[c.nbytes];
        unsafe
        {
            new ReadOnlySpan<byte>(c.Data, result.Length).CopyTo(result);
        }

        return result;
    }

    private static Type ExpectedType(string pythonError) => pythonError switch
    {
        "TypeError" or "UFuncTypeError" or "ValueError" => typeof(ArgumentException),
        "OverflowError" => typeof(OverflowException),
        _ => throw new InvalidOperationException(pythonError),
    };

    private static NDArray Call(string name, NDArray x1, NDArray? x2, int decimals) => name switch
    {
        "add" => np.add(x1, x2!),
        "subtract" => np.subtract(x1, x2!),
        "multiply" => np.multiply(x1, x2!),
        "divide" => np.divide(x1, x2!),
        "floor_divide" => np.floor_divide(x1, x2!),
        "remainder" => np.remainder(x1, x2!),
        "power" => np.power(x1, x2!),
        "minimum" => np.minimum(x1, x2!),
        "maximum" => np.maximum(x1, x2!),
        "bitwise_and" => np.bitwise_and(x1, x2!),
        "bitwise_or" => np.bitwise_or(x1, x2!),
        "bitwise_xor" => np.bitwise_xor(x1, x2!),
        "equal" => np.equal(x1, x2!),
        "not_equal" => np.not_equal(x1, x2!),
        "less" => np.less(x1, x2!),
        "less_equal" => np.less_equal(x1, x2!),
        "greater" => np.greater(x1, x2!),
        "greater_equal" => np.greater_equal(x1, x2!),
        "logical_and" => np.logical_and(x1, x2!),
        "logical_or" => np.logical_or(x1, x2!),
        "logical_xor" => np.logical_xor(x1, x2!),
        "negative" => np.negative(x1),
        "absolute" => np.absolute(x1),
        "sqrt" => np.sqrt(x1),
        "square" => np.square(x1),
        "exp" => np.exp(x1),
        "log" => np.log(x1),
        "log1p" => np.log1p(x1),
        "sin" => np.sin(x1),
        "cos" => np.cos(x1),
        "tanh" => np.tanh(x1),
        "floor" => np.floor(x1),
        "ceil" => np.ceil(x1),
        "invert" => np.invert(x1),
        "logical_not" => np.logical_not(x1),
        "isnan" => np.isnan(x1),
        "isfinite" => np.isfinite(x1),
        "round" => np.round(x1, decimals),
        "clip" => Clip(x1, x2!),
        "where" => Where(x1, x2!),
        _ => throw new InvalidOperationException(name),
    };

    // np.clip(a, np.minimum(b, a[::-1]), np.maximum(b, a[::-1])), as the golden script.
    private static NDArray Clip(NDArray a, NDArray b)
    {
        using NDArray reversed = a[new Slice(null, null, -1)];
        using NDArray low = np.minimum(b, reversed);
        using NDArray high = np.maximum(b, reversed);
        return np.clip(a, low, high);
    }

    private static NDArray Where(NDArray a, NDArray b)
    {
        bool[] cond = new bool[a.size];
        for (int i = 0; i < cond.Length; i++)
        {
            cond[i] = i % 3 == 0;
        }

        using NDArray c = np.array(cond);
        return np.where(c, a, b);
    }
}

/// <summary>Byte-level comparison of golden results: exact, or within <c>ulps</c> for floats; NaN matches NaN.</summary>
internal static class GoldenCompare
{
    public static void AssertClose(string label, DType dtype, byte[] expected, byte[] actual, int ulps)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        int part = dtype.kind == 'c' ? dtype.itemsize / 2 : dtype.itemsize;
        if (dtype.kind is not ('f' or 'c'))
        {
            Assert.Fail($"{label}: expected {Convert.ToHexString(expected)}, got {Convert.ToHexString(actual)}");
        }

        for (int i = 0; i < expected.Length; i += part)
        {
            double e = Read(expected, i, part);
            double a = Read(actual, i, part);
            if (double.IsNaN(e) && double.IsNaN(a))
            {
                continue;
            }

            if (BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(a))
            {
                continue;
            }

            long distance = ulps == 0 ? long.MaxValue : Ulps(expected, actual, i, part);
            if (distance > ulps)
            {
                Assert.Fail($"{label}: element part {i / part}: expected {e:R}, got {a:R} ({distance} ulps)");
            }
        }
    }

    public static void AssertCloseWhereFinite(string label, DType dtype, byte[] expected, byte[] actual, int ulps)
    {
        int part = dtype.kind == 'c' ? dtype.itemsize / 2 : dtype.itemsize;
        for (int i = 0; i < expected.Length; i += part)
        {
            double e = Read(expected, i, part);
            if (!double.IsFinite(e) || e == 0)
            {
                continue;
            }

            long distance = Ulps(expected, actual, i, part);
            Assert.True(distance <= ulps, $"{label}: element part {i / part}: expected {e:R}, got {Read(actual, i, part):R}");
        }
    }

    private static double Read(byte[] bytes, int offset, int size) => size switch
    {
        2 => (double)BitConverter.ToHalf(bytes, offset),
        4 => BitConverter.ToSingle(bytes, offset),
        _ => BitConverter.ToDouble(bytes, offset),
    };

    private static long Ulps(byte[] e, byte[] a, int offset, int size)
    {
        long Key(byte[] b)
        {
            // Sign-magnitude bits to a monotonic integer line, so the difference counts representable values.
            (long bits, long sign) = size switch
            {
                2 => ((long)BitConverter.ToUInt16(b, offset), 1L << 15),
                4 => ((long)BitConverter.ToUInt32(b, offset), 1L << 31),
                _ => (BitConverter.ToInt64(b, offset), long.MinValue),
            };
            return (bits & sign) != 0 ? -(bits & ~sign) : bits;
        }

        double ve = Read(e, offset, size);
        double va = Read(a, offset, size);
        if (double.IsNaN(ve) || double.IsNaN(va) || double.IsInfinity(ve) || double.IsInfinity(va))
        {
            return long.MaxValue;
        }

        return System.Math.Abs(Key(e) - Key(a));
    }
}
