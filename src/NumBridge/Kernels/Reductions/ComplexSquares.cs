using System.Numerics;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// <c>re*re + im*im</c> of complex deviations in the precision of the parts, as NumPy's <c>_var</c> squares the float
/// view of a complex array and adds its two columns (two roundings per product, one per sum; no fused multiply-add).
/// </summary>
internal static unsafe class ComplexSquares
{
    public static NDArray Compute(NDArray x)
    {
        bool single = x.dtype.Code == DTypeCode.Complex64;
        // Laid out as x (NumPy writes into the real view of x), so the sum that follows walks the same order.
        NDArray result = NDArray.AllocateLike(x, single ? np.float32 : np.float64, 'K');
        var loop = new Loop(single);
        StridedLoop.ForEach(ref loop, x.shape.Dims, x.Data, x.StridesSpan, result.Data, result.StridesSpan);
        GC.KeepAlive(x);
        return result;
    }

    private struct Loop(bool single) : IBinaryInnerLoop
    {
        public readonly void Run(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
        {
            for (nint i = 0; i < count; i++)
            {
                if (single)
                {
                    Complex64 c = Unsafe.ReadUnaligned<Complex64>(src + (i * srcStride));
                    float re = c.Real * c.Real;
                    float im = c.Imaginary * c.Imaginary;
                    Unsafe.WriteUnaligned(dst + (i * dstStride), re + im);
                }
                else
                {
                    Complex c = Unsafe.ReadUnaligned<Complex>(src + (i * srcStride));
                    double re = c.Real * c.Real;
                    double im = c.Imaginary * c.Imaginary;
                    Unsafe.WriteUnaligned(dst + (i * dstStride), re + im);
                }
            }
        }
    }
}
