using Xunit;

namespace NumBridge.Tests;

/// <summary>Small readers for test assertions: element values in C order, strides in bytes.</summary>
internal static unsafe class ArrayTestHelpers
{
    public static NDArray Arange(int n) => np.array(Enumerable.Range(0, n).Select(i => (long)i).ToArray());

    public static NDArray Arange(int n, Shape shape) => Arange(n).reshape(shape);

    public static long[] Longs(NDArray a)
    {
        using NDArray flat = a.flatten();
        using NDArray cast = np.array(new long[flat.size]);
        global::NumBridge.Kernels.ArrayCopy.Copy(flat, cast);
        var result = new long[cast.size];
        new ReadOnlySpan<long>(cast.Data, result.Length).CopyTo(result);
        GC.KeepAlive(cast);
        return result;
    }

    public static double[] Doubles(NDArray a)
    {
        using NDArray flat = a.flatten();
        using NDArray cast = np.zeros(flat.size);
        global::NumBridge.Kernels.ArrayCopy.Copy(flat, cast);
        var result = new double[cast.size];
        new ReadOnlySpan<double>(cast.Data, result.Length).CopyTo(result);
        GC.KeepAlive(cast);
        return result;
    }

    public static long[] Strides(NDArray a) => a.strides.Select(s => (long)s).ToArray();

    public static long[] Dims(NDArray a) => a.shape.ToLongArray();

    /// <summary>The case lines of a golden file in TestData/Indexing (blank and '#' lines skipped; the generators drew
    /// some cases twice, so duplicates are dropped), as theory data.</summary>
    public static TheoryData<string> GoldenLines(string fileName)
    {
        var data = new TheoryData<string>();
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Indexing", fileName);
        foreach (string line in File.ReadLines(path).Distinct(StringComparer.Ordinal))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                data.Add(line);
            }
        }

        return data;
    }

    /// <summary>A comma-separated list of integers as the golden files write it ("" is the empty list).</summary>
    public static long[] ParseLongs(string csv) =>
        csv.Length == 0 ? [] : csv.Split(',').Select(x => long.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
