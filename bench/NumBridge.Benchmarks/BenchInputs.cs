namespace NumBridge.Benchmarks;

/// <summary>
/// The random inputs the operation benchmarks share, as plain .NET arrays, so NumBridge's classes and NumSharp's twins
/// (the file is compiled into both projects) start from the same values: <c>new Random(seed)</c> as before.
/// </summary>
public static class BenchInputs
{
    /// <summary>
    /// <paramref name="count"/> uniform floats in [0, 1) from <paramref name="random"/>, each drawn as a double and
    /// rounded, so a caller that draws two arrays element by element gets the values it always got.
    /// </summary>
    public static float[] Floats(Random random, int count)
    {
        float[] values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (float)random.NextDouble();
        }

        return values;
    }

    /// <summary>Two arrays of <paramref name="count"/> floats drawn in turns (a[0], b[0], a[1], ...), as the element-wise
    /// benchmarks always drew them.</summary>
    public static (float[] A, float[] B) FloatPairs(Random random, int count)
    {
        float[] a = new float[count];
        float[] b = new float[count];
        for (int i = 0; i < count; i++)
        {
            a[i] = (float)random.NextDouble();
            b[i] = (float)random.NextDouble();
        }

        return (a, b);
    }
}
