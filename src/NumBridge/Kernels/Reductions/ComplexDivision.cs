using System.Numerics;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// A complex array divided by an element count, in complex128, as NumPy's complex <c>divide</c> loop
/// (<c>numpy/_core/src/umath/loops.c.src</c>, Smith's method) does for the divisor <c>n + 0j</c>:
/// <c>rat = 0 / n</c>, <c>scl = 1.0 / (n + 0 * rat)</c>, <c>re = (a.re + a.im * rat) * scl</c>,
/// <c>im = (a.im - a.re * rat) * scl</c>, so the parts are multiplied by the reciprocal, not divided; a zero count
/// divides the parts by zero.
/// </summary>
internal static unsafe class ComplexDivision
{
    public static NDArray ByCount(NDArray x, nint count)
    {
        NDArray result = NDArray.AllocateLike(x, np.complex128, 'K');
        var loop = new Loop(x.dtype.Code == DTypeCode.Complex64, count);
        StridedLoop.ForEach(ref loop, x.shape.Dims, x.Data, x.StridesSpan, result.Data, result.StridesSpan);
        GC.KeepAlive(x);
        return result;
    }

    /// <summary><paramref name="x"/> divided element by element by the int64 <paramref name="counts"/> of its shape
    /// (a masked mean's count per output), in complex128.</summary>
    public static NDArray ByCounts(NDArray x, NDArray counts)
    {
        using NDArray values = x.astype(np.complex128, 'C');
        using NDArray divisors = counts.astype(np.int64, 'C');
        Complex[] q = values.ToArray<Complex>();
        long[] n = divisors.ToArray<long>();
        for (int i = 0; i < q.Length; i++)
        {
            q[i] = Quotient(q[i], n[i]);
        }

        using NDArray flat = np.array(q);
        return flat.reshape(x.shape);
    }

    private static Complex Quotient(Complex a, double br)
    {
        if (br == 0)
        {
            return new Complex(a.Real / br, a.Imaginary / br);
        }

        double rat = 0.0 / br;
        double scl = 1.0 / (br + (0.0 * rat));
        return new Complex((a.Real + (a.Imaginary * rat)) * scl, (a.Imaginary - (a.Real * rat)) * scl);
    }

    private struct Loop(bool single, nint count) : IBinaryInnerLoop
    {
        public readonly void Run(byte* src, nint srcStride, byte* dst, nint dstStride, nint n)
        {
            double br = count;
            for (nint i = 0; i < n; i++)
            {
                Complex a = single
                    ? Unsafe.ReadUnaligned<Complex64>(src + (i * srcStride))
                    : Unsafe.ReadUnaligned<Complex>(src + (i * srcStride));
                Unsafe.WriteUnaligned(dst + (i * dstStride), Quotient(a, br));
            }
        }
    }
}
