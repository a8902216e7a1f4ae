using System.Numerics;

namespace NumBridge.IO.Images;

/// <summary>
/// Huffman-codes quantized blocks (T.81 F.1.2: DC differences by size category, AC coefficients as zero runs with
/// ZRL and EOB) into entropy-coded bytes, stuffing a zero after each 0xFF, buffered on the way to a stream.
/// </summary>
internal sealed class JpegBitWriter
{
    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private ulong _bits;
    private int _count;

    public JpegBitWriter(Stream output) => _output = output;

    /// <summary>Codes one block given in zigzag order; <paramref name="lastDc"/> is the component's DC predictor.</summary>
    public void EncodeBlock(ReadOnlySpan<short> zigzag, ref int lastDc, JpegHuffmanCodes dc, JpegHuffmanCodes ac)
    {
        int diff = zigzag[0] - lastDc;
        lastDc = zigzag[0];
        int size = SizeOf(diff);
        Write(dc.Code[size], dc.Length[size]);
        if (size != 0)
        {
            Write(Magnitude(diff, size), size);
        }

        int run = 0;
        for (int k = 1; k < 64; k++)
        {
            int value = zigzag[k];
            if (value == 0)
            {
                run++;
                continue;
            }

            while (run > 15)
            {
                Write(ac.Code[0xF0], ac.Length[0xF0]);
                run -= 16;
            }

            size = SizeOf(value);
            int symbol = (run << 4) | size;
            Write(ac.Code[symbol], ac.Length[symbol]);
            Write(Magnitude(value, size), size);
            run = 0;
        }

        if (run > 0)
        {
            Write(ac.Code[0], ac.Length[0]);
        }
    }

    /// <summary>Pads the last byte with 1 bits (T.81 F.1.2.3, as libjpeg's <c>flush_bits</c>) and writes out what
    /// is buffered.</summary>
    public void Flush()
    {
        if (_count > 0)
        {
            Write((1u << (8 - _count)) - 1, 8 - _count);
        }

        _output.Write(_buffer, 0, _position);
        _position = 0;
    }

    /// <summary>The number of bits of |value| (the size category SSSS).</summary>
    private static int SizeOf(int value) => value == 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)Math.Abs(value));

    /// <summary>The low <paramref name="size"/> bits of the value, or of value - 1 when negative (one's complement).</summary>
    private static uint Magnitude(int value, int size) => (uint)(value < 0 ? value - 1 : value) & ((1u << size) - 1);

    private void Write(uint code, int length)
    {
        _bits = (_bits << length) | code;
        _count += length;
        while (_count >= 8)
        {
            _count -= 8;
            byte b = (byte)(_bits >> _count);
            if (_position >= _buffer.Length - 2)
            {
                _output.Write(_buffer, 0, _position);
                _position = 0;
            }

            _buffer[_position++] = b;
            if (b == 0xFF)
            {
                _buffer[_position++] = 0;
            }
        }
    }
}
