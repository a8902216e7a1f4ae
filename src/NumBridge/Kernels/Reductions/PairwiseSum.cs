using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NumBridge.Kernels;

/// <summary>
/// NumPy's pairwise summation, bit for bit (<c>numpy/_core/src/umath/loops_utils.h.src</c>, <c>pairwise_sum</c>):
/// below 8 elements a plain loop from <c>-0.0</c>; up to <see cref="BlockSize"/> elements eight accumulators
/// <c>r[k] += a[i + k]</c> combined as <c>((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))</c>, then the tail one by
/// one; above that, the two halves (split at a multiple of 8) are summed separately and added.
/// </summary>
/// <remarks>
/// The eight accumulators are independent, so on a contiguous run they are the eight lanes of one
/// <see cref="Vector256{T}"/> of float (two of double): lane <c>k</c> adds exactly the elements NumPy's <c>r[k]</c>
/// adds, in the same order, and the lanes are combined in NumPy's order, so the result is the same to the last bit.
/// float16 is summed in float32, as NumPy's half loop; complex sums its real and imaginary parts as NumPy's complex
/// loop, which counts in scalars (four complex elements per block of eight).
/// </remarks>
internal static unsafe class PairwiseSum
{
    /// <summary>NumPy's <c>PW_BLOCKSIZE</c>.</summary>
    public const int BlockSize = 128;

    /// <summary>NumPy's default buffer size (<c>NPY_BUFSIZE</c>): a reduction hands its inner loop at most this many
    /// elements at a time and adds the partial sums in order (<c>res += pairwise_sum(chunk)</c>).</summary>
    public const int ChunkSize = 8192;

    /// <summary>The pairwise sum of <paramref name="n"/> float or double elements <paramref name="stride"/> bytes apart.</summary>
    public static T Sum<T>(byte* a, nint n, nint stride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n < 8)
        {
            T res = -T.Zero;
            for (nint i = 0; i < n; i++)
            {
                res += Unsafe.ReadUnaligned<T>(a + (i * stride));
            }

            return res;
        }

        if (n <= BlockSize)
        {
            if (stride == sizeof(T) && Vector256.IsHardwareAccelerated)
            {
                return typeof(T) == typeof(float)
                    ? As<float, T>(BlockFloat((float*)a, n))
                    : typeof(T) == typeof(double) ? As<double, T>(BlockDouble((double*)a, n)) : BlockScalar<T>(a, n, stride);
            }

            return BlockScalar<T>(a, n, stride);
        }

        nint n2 = n / 2;
        n2 -= n2 % 8;
        return Sum<T>(a, n2, stride) + Sum<T>(a + (n2 * stride), n - n2, stride);
    }

    /// <summary>The pairwise sum of float16 elements, computed in float32 as NumPy's <c>HALF_pairwise_sum</c>.</summary>
    public static float SumHalf(byte* a, nint n, nint stride)
    {
        if (n < 8)
        {
            float res = -0.0f;
            for (nint i = 0; i < n; i++)
            {
                res += (float)Unsafe.ReadUnaligned<Half>(a + (i * stride));
            }

            return res;
        }

        if (n <= BlockSize)
        {
            Span<float> r = stackalloc float[8];
            for (int k = 0; k < 8; k++)
            {
                r[k] = (float)Unsafe.ReadUnaligned<Half>(a + (k * stride));
            }

            nint i;
            for (i = 8; i < n - (n % 8); i += 8)
            {
                for (int k = 0; k < 8; k++)
                {
                    r[k] += (float)Unsafe.ReadUnaligned<Half>(a + ((i + k) * stride));
                }
            }

            float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++)
            {
                res += (float)Unsafe.ReadUnaligned<Half>(a + (i * stride));
            }

            return res;
        }

        nint n2 = n / 2;
        n2 -= n2 % 8;
        return SumHalf(a, n2, stride) + SumHalf(a + (n2 * stride), n - n2, stride);
    }

    /// <summary>
    /// The pairwise sum of complex elements with parts of type <typeparamref name="T"/>, as NumPy's complex
    /// <c>pairwise_sum</c>: <paramref name="n"/> counts scalars (twice the elements) and <paramref name="stride"/> is
    /// half the element stride, so <c>a + i * stride</c> is the real part of element <c>i / 2</c>.
    /// </summary>
    public static void SumComplex<T>(byte* a, nint n, nint stride, out T rr, out T ri)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Debug.Assert(n % 2 == 0);
        nint part = sizeof(T);
        if (n < 8)
        {
            rr = -T.Zero;
            ri = -T.Zero;
            for (nint i = 0; i < n; i += 2)
            {
                rr += Unsafe.ReadUnaligned<T>(a + (i * stride));
                ri += Unsafe.ReadUnaligned<T>(a + (i * stride) + part);
            }

            return;
        }

        if (n <= BlockSize)
        {
            Span<T> r = stackalloc T[8];
            for (int k = 0; k < 8; k += 2)
            {
                r[k] = Unsafe.ReadUnaligned<T>(a + (k * stride));
                r[k + 1] = Unsafe.ReadUnaligned<T>(a + (k * stride) + part);
            }

            nint i;
            for (i = 8; i < n - (n % 8); i += 8)
            {
                for (int k = 0; k < 8; k += 2)
                {
                    r[k] += Unsafe.ReadUnaligned<T>(a + ((i + k) * stride));
                    r[k + 1] += Unsafe.ReadUnaligned<T>(a + ((i + k) * stride) + part);
                }
            }

            rr = (r[0] + r[2]) + (r[4] + r[6]);
            ri = (r[1] + r[3]) + (r[5] + r[7]);
            for (; i < n; i += 2)
            {
                rr += Unsafe.ReadUnaligned<T>(a + (i * stride));
                ri += Unsafe.ReadUnaligned<T>(a + (i * stride) + part);
            }

            return;
        }

        nint n2 = n / 2;
        n2 -= n2 % 8;
        SumComplex(a, n2, stride, out T rr1, out T ri1);
        SumComplex(a + (n2 * stride), n - n2, stride, out T rr2, out T ri2);
        rr = rr1 + rr2;
        ri = ri1 + ri2;
    }

    private static T BlockScalar<T>(byte* a, nint n, nint stride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T r0 = Unsafe.ReadUnaligned<T>(a);
        T r1 = Unsafe.ReadUnaligned<T>(a + stride);
        T r2 = Unsafe.ReadUnaligned<T>(a + (2 * stride));
        T r3 = Unsafe.ReadUnaligned<T>(a + (3 * stride));
        T r4 = Unsafe.ReadUnaligned<T>(a + (4 * stride));
        T r5 = Unsafe.ReadUnaligned<T>(a + (5 * stride));
        T r6 = Unsafe.ReadUnaligned<T>(a + (6 * stride));
        T r7 = Unsafe.ReadUnaligned<T>(a + (7 * stride));
        nint i;
        for (i = 8; i < n - (n % 8); i += 8)
        {
            byte* p = a + (i * stride);
            r0 += Unsafe.ReadUnaligned<T>(p);
            r1 += Unsafe.ReadUnaligned<T>(p + stride);
            r2 += Unsafe.ReadUnaligned<T>(p + (2 * stride));
            r3 += Unsafe.ReadUnaligned<T>(p + (3 * stride));
            r4 += Unsafe.ReadUnaligned<T>(p + (4 * stride));
            r5 += Unsafe.ReadUnaligned<T>(p + (5 * stride));
            r6 += Unsafe.ReadUnaligned<T>(p + (6 * stride));
            r7 += Unsafe.ReadUnaligned<T>(p + (7 * stride));
        }

        T res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        for (; i < n; i++)
        {
            res += Unsafe.ReadUnaligned<T>(a + (i * stride));
        }

        return res;
    }

    private static float BlockFloat(float* a, nint n)
    {
        // Lane k is NumPy's r[k].
        Vector256<float> r = Vector256.Load(a);
        nint i;
        for (i = 8; i < n - (n % 8); i += 8)
        {
            r += Vector256.Load(a + i);
        }

        float res = ((r.GetElement(0) + r.GetElement(1)) + (r.GetElement(2) + r.GetElement(3)))
            + ((r.GetElement(4) + r.GetElement(5)) + (r.GetElement(6) + r.GetElement(7)));
        for (; i < n; i++)
        {
            res += a[i];
        }

        return res;
    }

    private static double BlockDouble(double* a, nint n)
    {
        // Lanes of lo are NumPy's r[0..3], lanes of hi its r[4..7].
        Vector256<double> lo = Vector256.Load(a);
        Vector256<double> hi = Vector256.Load(a + 4);
        nint i;
        for (i = 8; i < n - (n % 8); i += 8)
        {
            lo += Vector256.Load(a + i);
            hi += Vector256.Load(a + i + 4);
        }

        double res = ((lo.GetElement(0) + lo.GetElement(1)) + (lo.GetElement(2) + lo.GetElement(3)))
            + ((hi.GetElement(0) + hi.GetElement(1)) + (hi.GetElement(2) + hi.GetElement(3)));
        for (; i < n; i++)
        {
            res += a[i];
        }

        return res;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo As<TFrom, TTo>(TFrom value) => Unsafe.As<TFrom, TTo>(ref value);
}
