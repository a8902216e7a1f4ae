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

    /// <summary>libjpeg's <c>DESCALE</c>: divide by 2^n rounding half up (arithmetic shift).</summary>
    private static int Descale(int x, int n) => (x + (1 << (n - 1))) >> n;
}
