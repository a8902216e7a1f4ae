namespace NumBridge.IO.Images;

/// <summary>
/// One quantization table ready for use: its entries in zigzag order for the DQT segment, and for each position
/// the reciprocal, rounding correction and shift with which libjpeg-turbo divides (<c>jcdctmgr.c</c>
/// <c>compute_reciprocal</c>; its C and SIMD quantizers give the same integers).
/// </summary>
internal sealed class JpegQuantizer
{
    private readonly uint[] _reciprocal = new uint[64];
    private readonly uint[] _correction = new uint[64];
    private readonly int[] _shift = new int[64];

    /// <summary>Builds the table for the luminance (0) or chrominance (1) slot at a libjpeg quality.</summary>
    public JpegQuantizer(int which, int quality)
    {
        Span<ushort> natural = stackalloc ushort[64];
        JpegTables.ScaledQuantization(which, quality, natural);
        ReadOnlySpan<byte> order = JpegTables.NaturalOrder;
        for (int k = 0; k < 64; k++)
        {
            int n = order[k];
            Zigzag[k] = (byte)natural[n];
            // The islow DCT leaves its output scaled by 8, so libjpeg divides by 8 * q.
            SetReciprocal(k, (uint)natural[n] << 3);
        }
    }

    /// <summary>The table as the DQT segment lists it (8-bit entries, zigzag order).</summary>
    public byte[] Zigzag { get; } = new byte[64];

    /// <summary>Divides the DCT output (natural order) by the table, rounding half away from zero as libjpeg-turbo
    /// does, and writes the coefficients in zigzag order.</summary>
    public void Quantize(ReadOnlySpan<int> coefficients, Span<short> zigzag)
    {
        ReadOnlySpan<byte> order = JpegTables.NaturalOrder;
        for (int k = 0; k < 64; k++)
        {
            int value = coefficients[order[k]];
            uint magnitude = (uint)Math.Abs(value);
            // 16-bit reciprocals: (|x| + c) * f >> r, with r = 16 + floor(log2(divisor)) (less one for powers of two).
            int quotient = (int)((ulong)(magnitude + _correction[k]) * _reciprocal[k] >> _shift[k]);
            zigzag[k] = (short)(value < 0 ? -quotient : quotient);
        }
    }

    private void SetReciprocal(int k, uint divisor)
    {
        int b = 31 - System.Numerics.BitOperations.LeadingZeroCount(divisor);
        int r = 16 + b;
        ulong fq = (1UL << r) / divisor;
        ulong fr = (1UL << r) % divisor;
        uint c = divisor / 2;
        if (fr == 0)
        {
            fq >>= 1;
            r--;
        }
        else if (fr <= divisor / 2)
        {
            c++;
        }
        else
        {
            fq++;
        }

        _reciprocal[k] = (uint)fq;
        _correction[k] = c;
        _shift[k] = r;
    }
}
