using System.Numerics;

namespace NumBridge.Kernels;

/// <summary>
/// The <c>'linear_ramp'</c> mode of <c>numpy.pad</c>, as <c>_get_linear_ramps</c> in
/// <c>numpy/lib/_arraypad_impl.py</c>: each pad area is <c>np.linspace(end_value, edge, width, endpoint=False)</c>
/// along the axis, computed in float64 (complex128 for a complex array) with NumPy's <c>linspace</c> arithmetic, then
/// floored for an integer array and cast to the array's dtype; the area after the data is the same ramp reversed, so
/// both ramps run from the end value at the outside towards the edge value.
/// </summary>
internal static class PadRamp
{
    /// <summary>Fills both pad areas of <paramref name="roi"/> along <paramref name="axis"/>.</summary>
    /// <param name="roi">The region of interest: padded extent on earlier axes, original extent on later ones.</param>
    /// <param name="axis">The axis being padded.</param>
    /// <param name="before">The pad width before the data.</param>
    /// <param name="after">The pad width after the data.</param>
    /// <param name="endValues">The end values (before, after) of this axis.</param>
    public static void Fill(NDArray roi, int axis, nint before, nint after, (double Before, double After) endValues)
    {
        nint length = roi.shape.Dims[axis];
        Ramp(roi, axis, before, endValues.Before, before, reverse: false);
        Ramp(roi, axis, length - after - 1, endValues.After, after, reverse: true);
    }

    /// <summary>One ramp of <paramref name="width"/> values from <paramref name="start"/> towards the values at
    /// <paramref name="edge"/>, written outward from the edge when <paramref name="reverse"/>.</summary>
    private static void Ramp(NDArray roi, int axis, nint edge, double start, nint width, bool reverse)
    {
        if (width == 0)
        {
            return;
        }

        bool complex = roi.dtype.Kind == 'c';
        DType work = complex ? np.complex128 : np.float64;
        using NDArray edgeView = Blocks.Slab(roi, axis, edge, 1);
        using NDArray stop = edgeView.astype(work, 'C');

        // linspace(endpoint=False): step = (stop - start) / width; when any step of the call is zero NumPy computes
        // i / width * delta for every lane instead of i * step.
        Complex[] deltas = complex
            ? stop.ToArray<Complex>().Select(s => s - start).ToArray()
            : stop.ToArray<double>().Select(s => new Complex(s - start, 0)).ToArray();
        // NumPy divides a complex delta by (width + 0j) with Smith's method, which multiplies by the reciprocal.
        Complex[] steps = complex
            ? deltas.Select(d => new Complex((d.Real + (d.Imaginary * 0.0)) * (1.0 / width), (d.Imaginary - (d.Real * 0.0)) * (1.0 / width))).ToArray()
            : deltas.Select(d => new Complex(d.Real / width, 0)).ToArray();
        bool anyZero = steps.Any(d => d == Complex.Zero);
        var shape = roi.shape.Dims.ToArray();
        shape[axis] = width;
        NDArray ramp = NDArray.Allocate(work, Shape.Wrap(shape));
        try
        {
            using (NDArray lanes = np.moveaxis(ramp, axis, 0))
            {
                for (nint i = 0; i < width; i++)
                {
                    Complex[] row = new Complex[deltas.Length];
                    for (int j = 0; j < deltas.Length; j++)
                    {
                        // y = index * step (or index / width * delta), a real times a complex: (x + 0j) * (a + bj).
                        // (For a complex dtype arange is complex, so y /= width is Smith's division too.)
                        double x = !anyZero ? i : complex ? i * (1.0 / width) : i / (double)width;
                        Complex f = anyZero ? deltas[j] : steps[j];
                        double re = complex ? (x * f.Real) - (0.0 * f.Imaginary) : x * f.Real;
                        double im = (x * f.Imaginary) + (0.0 * f.Real);
                        row[j] = new Complex(re + start, im + 0.0);
                    }

                    using NDArray values = complex ? np.array(row) : np.array(row.Select(c => c.Real).ToArray());
                    using NDArray target = lanes[reverse ? width - 1 - i : i];
                    using NDArray shaped = values.reshape(target.shape);
                    ArrayCopy.Copy(shaped, target);
                }
            }

            if (roi.dtype.IsInteger)
            {
                np.floor(ramp, @out: ramp);
            }

            using NDArray area = Blocks.Slab(roi, axis, reverse ? edge + 1 : 0, width);
            ArrayCopy.Copy(ramp, area);
        }
        finally
        {
            ramp.Dispose();
        }
    }
}
