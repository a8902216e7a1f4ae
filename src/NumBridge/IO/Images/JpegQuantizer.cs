using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NumBridge.IO.Images;

/// <summary>
/// One quantization table ready for use: its entries in zigzag order for the DQT segment, and for each position
/// the reciprocal, rounding correction and shift with which libjpeg-turbo divides (<c>jcdctmgr.c</c>
/// <c>compute_reciprocal</c>; its C and SIMD quantizers give the same integers).
/// </summary>
internal sealed class JpegQuantizer
{
    // Natural order, to go with the DCT's output.
    private readonly uint[] _reciprocal = new uint[64];
    private readonly uint[] _correction = new uint[64];
    private readonly uint[] _shift = new uint[64];

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
            SetReciprocal(n, (uint)natural[n] << 3);
        }
    }

    /// <summary>The table as the DQT segment lists it (8-bit entries, zigzag order).</summary>
    public byte[] Zigzag { get; } = new byte[64];

    /// <summary>Divides the DCT output (natural order) by the table, rounding half away from zero as libjpeg-turbo
    /// does, and writes the coefficients in zigzag order.</summary>
    public void Quantize(ReadOnlySpan<int> coefficients, Span<short> zigzag)
    {
        Span<int> quotients = stackalloc int[64];
        if (Avx2.IsSupported)
        {
            QuantizeAvx2(coefficients, quotients);
        }
        else
        {
            QuantizeScalar(coefficients, quotients);
        }

        ReadOnlySpan<byte> order = JpegTables.NaturalOrder;
        for (int k = 0; k < 64; k++)
        {
            zigzag[k] = (short)quotients[order[k]];
        }
    }

    /// <summary>The quotients in natural order, one coefficient at a time.</summary>
    internal void QuantizeScalar(ReadOnlySpan<int> coefficients, Span<int> quotients)
    {
        for (int i = 0; i < 64; i++)
        {
            int value = coefficients[i];
            uint magnitude = (uint)Math.Abs(value);
            // 16-bit reciprocals: (|x| + c) * f >> r, with r = 16 + floor(log2(divisor)) (less one for powers of two).
            int quotient = (int)((magnitude + _correction[i]) * _reciprocal[i] >> (int)_shift[i]);
            quotients[i] = value < 0 ? -quotient : quotient;
        }
    }

    /// <summary><see cref="QuantizeScalar"/> eight coefficients at a time; (|x| + c) * f stays below 2^31.</summary>
    internal void QuantizeAvx2(ReadOnlySpan<int> coefficients, Span<int> quotients)
    {
        ref Vector256<int> input = ref Unsafe.As<int, Vector256<int>>(ref Unsafe.AsRef(in coefficients[0]));
        ref Vector256<int> output = ref Unsafe.As<int, Vector256<int>>(ref quotients[0]);
        ref Vector256<uint> reciprocal = ref Unsafe.As<uint, Vector256<uint>>(ref _reciprocal[0]);
        ref Vector256<uint> correction = ref Unsafe.As<uint, Vector256<uint>>(ref _correction[0]);
        ref Vector256<uint> shift = ref Unsafe.As<uint, Vector256<uint>>(ref _shift[0]);
        for (int i = 0; i < 8; i++)
        {
            Vector256<int> value = Unsafe.Add(ref input, i);
            Vector256<uint> magnitude = Avx2.Abs(value);
            Vector256<uint> quotient = Avx2.ShiftRightLogicalVariable((magnitude + Unsafe.Add(ref correction, i)) * Unsafe.Add(ref reciprocal, i), Unsafe.Add(ref shift, i));
            Unsafe.Add(ref output, i) = Avx2.Sign(quotient.AsInt32(), value);
        }
    }

    private void SetReciprocal(int i, uint divisor)
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

        _reciprocal[i] = (uint)fq;
        _correction[i] = c;
        _shift[i] = (uint)r;
    }
}
