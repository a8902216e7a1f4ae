using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NumBridge.IO.Images;

/// <summary>
/// libjpeg's default forward DCT, the accurate integer one ("islow", <c>jfdctint.c</c>: Loeffler, Ligtenberg and
/// Moschytz, 13-bit constants, two extra bits between the passes), and libjpeg-turbo's quantization by reciprocal
/// multiplication (<c>jcdctmgr.c</c> <c>compute_reciprocal</c>/<c>quantize</c>). Both are integer arithmetic, so the
/// coefficients are exactly libjpeg-turbo's, SIMD or not.
/// </summary>
internal static class JpegForwardDct
{
    private const int ConstBits = 13;
    private const int Pass1Bits = 2;

    // FIX(x) = round(x * 2^13), the values jfdctint.c spells out.
    private const int Fix0_298631336 = 2446;
    private const int Fix0_390180644 = 3196;
    private const int Fix0_541196100 = 4433;
    private const int Fix0_765366865 = 6270;
    private const int Fix0_899976223 = 7373;
    private const int Fix1_175875602 = 9633;
    private const int Fix1_501321110 = 12299;
    private const int Fix1_847759065 = 15137;
    private const int Fix1_961570560 = 16069;
    private const int Fix2_053119869 = 16819;
    private const int Fix2_562915447 = 20995;
    private const int Fix3_072711026 = 25172;

    /// <summary>
    /// Transforms one 8x8 block in place (row-major, samples already shifted by -128). The results are the DCT
    /// coefficients scaled up by 8, as libjpeg leaves them for the quantizer.
    /// </summary>
    public static void Transform(Span<int> block)
    {
        if (Avx2.IsSupported)
        {
            TransformAvx2(block);
        }
        else
        {
            TransformScalar(block);
        }
    }

    /// <summary>The plain version of <see cref="Transform"/>, one 8-point pass at a time.</summary>
    internal static void TransformScalar(Span<int> block)
    {
        // Rows first, then columns: the rounding between the passes makes the order part of the result.
        for (int row = 0; row < 64; row += 8)
        {
            Butterfly(block.Slice(row, 8), 1, Pass1Bits, ConstBits - Pass1Bits, firstPass: true);
        }

        for (int column = 0; column < 8; column++)
        {
            Butterfly(block.Slice(column), 8, Pass1Bits, ConstBits + Pass1Bits, firstPass: false);
        }
    }

    /// <summary>One 8-point pass over d[0], d[step], ..., d[7*step]; see <c>jpeg_fdct_islow</c>.</summary>
    private static void Butterfly(Span<int> d, int step, int evenShift, int oddShift, bool firstPass)
    {
        int tmp0 = d[0] + d[7 * step];
        int tmp7 = d[0] - d[7 * step];
        int tmp1 = d[step] + d[6 * step];
        int tmp6 = d[step] - d[6 * step];
        int tmp2 = d[2 * step] + d[5 * step];
        int tmp5 = d[2 * step] - d[5 * step];
        int tmp3 = d[3 * step] + d[4 * step];
        int tmp4 = d[3 * step] - d[4 * step];

        int tmp10 = tmp0 + tmp3;
        int tmp13 = tmp0 - tmp3;
        int tmp11 = tmp1 + tmp2;
        int tmp12 = tmp1 - tmp2;

        if (firstPass)
        {
            d[0] = (tmp10 + tmp11) << evenShift;
            d[4 * step] = (tmp10 - tmp11) << evenShift;
        }
        else
        {
            d[0] = Descale(tmp10 + tmp11, evenShift);
            d[4 * step] = Descale(tmp10 - tmp11, evenShift);
        }

        int z1 = (tmp12 + tmp13) * Fix0_541196100;
        d[2 * step] = Descale(z1 + (tmp13 * Fix0_765366865), oddShift);
        d[6 * step] = Descale(z1 - (tmp12 * Fix1_847759065), oddShift);

        z1 = tmp4 + tmp7;
        int z2 = tmp5 + tmp6;
        int z3 = tmp4 + tmp6;
        int z4 = tmp5 + tmp7;
        int z5 = (z3 + z4) * Fix1_175875602;

        tmp4 *= Fix0_298631336;
        tmp5 *= Fix2_053119869;
        tmp6 *= Fix3_072711026;
        tmp7 *= Fix1_501321110;
        z1 *= -Fix0_899976223;
        z2 *= -Fix2_562915447;
        z3 = (z3 * -Fix1_961570560) + z5;
        z4 = (z4 * -Fix0_390180644) + z5;

        d[7 * step] = Descale(tmp4 + z1 + z3, oddShift);
        d[5 * step] = Descale(tmp5 + z2 + z4, oddShift);
        d[3 * step] = Descale(tmp6 + z2 + z3, oddShift);
        d[step] = Descale(tmp7 + z1 + z4, oddShift);
    }

    /// <summary>
    /// <see cref="Transform"/> on eight rows or columns at once: with the block transposed, lane r of vector k holds
    /// element k of row r, so the row pass is the scalar butterfly written on vectors; transposing its result gives
    /// the columns the same way. Every operation is the scalar one lane by lane, so the results are identical.
    /// </summary>
    internal static void TransformAvx2(Span<int> block)
    {
        ref Vector256<int> rows = ref Unsafe.As<int, Vector256<int>>(ref block[0]);
        Vector256<int> v0 = Unsafe.Add(ref rows, 0);
        Vector256<int> v1 = Unsafe.Add(ref rows, 1);
        Vector256<int> v2 = Unsafe.Add(ref rows, 2);
        Vector256<int> v3 = Unsafe.Add(ref rows, 3);
        Vector256<int> v4 = Unsafe.Add(ref rows, 4);
        Vector256<int> v5 = Unsafe.Add(ref rows, 5);
        Vector256<int> v6 = Unsafe.Add(ref rows, 6);
        Vector256<int> v7 = Unsafe.Add(ref rows, 7);
        Transpose(ref v0, ref v1, ref v2, ref v3, ref v4, ref v5, ref v6, ref v7);
        ButterflyVector(ref v0, ref v1, ref v2, ref v3, ref v4, ref v5, ref v6, ref v7, ConstBits - Pass1Bits, firstPass: true);
        Transpose(ref v0, ref v1, ref v2, ref v3, ref v4, ref v5, ref v6, ref v7);
        ButterflyVector(ref v0, ref v1, ref v2, ref v3, ref v4, ref v5, ref v6, ref v7, ConstBits + Pass1Bits, firstPass: false);
        Unsafe.Add(ref rows, 0) = v0;
        Unsafe.Add(ref rows, 1) = v1;
        Unsafe.Add(ref rows, 2) = v2;
        Unsafe.Add(ref rows, 3) = v3;
        Unsafe.Add(ref rows, 4) = v4;
        Unsafe.Add(ref rows, 5) = v5;
        Unsafe.Add(ref rows, 6) = v6;
        Unsafe.Add(ref rows, 7) = v7;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ButterflyVector(ref Vector256<int> d0, ref Vector256<int> d1, ref Vector256<int> d2, ref Vector256<int> d3, ref Vector256<int> d4, ref Vector256<int> d5, ref Vector256<int> d6, ref Vector256<int> d7, int oddShift, bool firstPass)
    {
        Vector256<int> tmp0 = d0 + d7;
        Vector256<int> tmp7 = d0 - d7;
        Vector256<int> tmp1 = d1 + d6;
        Vector256<int> tmp6 = d1 - d6;
        Vector256<int> tmp2 = d2 + d5;
        Vector256<int> tmp5 = d2 - d5;
        Vector256<int> tmp3 = d3 + d4;
        Vector256<int> tmp4 = d3 - d4;

        Vector256<int> tmp10 = tmp0 + tmp3;
        Vector256<int> tmp13 = tmp0 - tmp3;
        Vector256<int> tmp11 = tmp1 + tmp2;
        Vector256<int> tmp12 = tmp1 - tmp2;

        if (firstPass)
        {
            d0 = (tmp10 + tmp11) << Pass1Bits;
            d4 = (tmp10 - tmp11) << Pass1Bits;
        }
        else
        {
            d0 = Descale(tmp10 + tmp11, Pass1Bits);
            d4 = Descale(tmp10 - tmp11, Pass1Bits);
        }

        Vector256<int> z1 = (tmp12 + tmp13) * Fix0_541196100;
        d2 = Descale(z1 + (tmp13 * Fix0_765366865), oddShift);
        d6 = Descale(z1 - (tmp12 * Fix1_847759065), oddShift);

        z1 = tmp4 + tmp7;
        Vector256<int> z2 = tmp5 + tmp6;
        Vector256<int> z3 = tmp4 + tmp6;
        Vector256<int> z4 = tmp5 + tmp7;
        Vector256<int> z5 = (z3 + z4) * Fix1_175875602;

        tmp4 *= Fix0_298631336;
        tmp5 *= Fix2_053119869;
        tmp6 *= Fix3_072711026;
        tmp7 *= Fix1_501321110;
        z1 *= -Fix0_899976223;
        z2 *= -Fix2_562915447;
        z3 = (z3 * -Fix1_961570560) + z5;
        z4 = (z4 * -Fix0_390180644) + z5;

        d7 = Descale(tmp4 + z1 + z3, oddShift);
        d5 = Descale(tmp5 + z2 + z4, oddShift);
        d3 = Descale(tmp6 + z2 + z3, oddShift);
        d1 = Descale(tmp7 + z1 + z4, oddShift);
    }

    /// <summary>Transposes the 8x8 matrix whose rows are the eight vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(ref Vector256<int> r0, ref Vector256<int> r1, ref Vector256<int> r2, ref Vector256<int> r3, ref Vector256<int> r4, ref Vector256<int> r5, ref Vector256<int> r6, ref Vector256<int> r7)
    {
        Vector256<int> t0 = Avx2.UnpackLow(r0, r1);
        Vector256<int> t1 = Avx2.UnpackHigh(r0, r1);
        Vector256<int> t2 = Avx2.UnpackLow(r2, r3);
        Vector256<int> t3 = Avx2.UnpackHigh(r2, r3);
        Vector256<int> t4 = Avx2.UnpackLow(r4, r5);
        Vector256<int> t5 = Avx2.UnpackHigh(r4, r5);
        Vector256<int> t6 = Avx2.UnpackLow(r6, r7);
        Vector256<int> t7 = Avx2.UnpackHigh(r6, r7);
        Vector256<int> u0 = Avx2.UnpackLow(t0.AsInt64(), t2.AsInt64()).AsInt32();
        Vector256<int> u1 = Avx2.UnpackHigh(t0.AsInt64(), t2.AsInt64()).AsInt32();
        Vector256<int> u2 = Avx2.UnpackLow(t1.AsInt64(), t3.AsInt64()).AsInt32();
        Vector256<int> u3 = Avx2.UnpackHigh(t1.AsInt64(), t3.AsInt64()).AsInt32();
        Vector256<int> u4 = Avx2.UnpackLow(t4.AsInt64(), t6.AsInt64()).AsInt32();
        Vector256<int> u5 = Avx2.UnpackHigh(t4.AsInt64(), t6.AsInt64()).AsInt32();
        Vector256<int> u6 = Avx2.UnpackLow(t5.AsInt64(), t7.AsInt64()).AsInt32();
        Vector256<int> u7 = Avx2.UnpackHigh(t5.AsInt64(), t7.AsInt64()).AsInt32();
        r0 = Avx2.Permute2x128(u0, u4, 0x20);
        r1 = Avx2.Permute2x128(u1, u5, 0x20);
        r2 = Avx2.Permute2x128(u2, u6, 0x20);
        r3 = Avx2.Permute2x128(u3, u7, 0x20);
        r4 = Avx2.Permute2x128(u0, u4, 0x31);
        r5 = Avx2.Permute2x128(u1, u5, 0x31);
        r6 = Avx2.Permute2x128(u2, u6, 0x31);
        r7 = Avx2.Permute2x128(u3, u7, 0x31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Descale(Vector256<int> x, int n) => Vector256.ShiftRightArithmetic(x + Vector256.Create(1 << (n - 1)), n);

    /// <summary>libjpeg's <c>DESCALE</c>: divide by 2^n rounding half up (arithmetic shift).</summary>
    private static int Descale(int x, int n) => (x + (1 << (n - 1))) >> n;
}
