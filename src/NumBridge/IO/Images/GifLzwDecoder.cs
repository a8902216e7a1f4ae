namespace NumBridge.IO.Images;

/// <summary>
/// GIF's variable-length LZW (GIF89a specification, appendix F): codes of <c>minCodeSize + 1</c> to 12 bits, least
/// significant bit first, spread over data sub-blocks; a clear code resets the table, the end code stops. Once the
/// table holds 4096 entries the code size stays at 12 and no entries are added until the next clear.
/// </summary>
internal sealed class GifLzwDecoder
{
    private const int MaxCodes = 4096;

    private readonly byte[] _data;
    private readonly int _clear;
    private readonly int _end;
    private readonly int _minCodeSize;
    private readonly short[] _prefix = new short[MaxCodes];
    private readonly byte[] _suffix = new byte[MaxCodes];
    private readonly byte[] _first = new byte[MaxCodes];
    private readonly byte[] _stack = new byte[MaxCodes + 1];
    private int _stackSize;
    private int _position;
    private int _blockLeft;
    private uint _bits;
    private int _bitCount;
    private int _codeSize;
    private int _next;
    private int _previous = -1;
    private bool _finished;

    public GifLzwDecoder(byte[] data, int position, int minCodeSize)
    {
        _data = data;
        _position = position;
        _minCodeSize = minCodeSize;
        _clear = 1 << minCodeSize;
        _end = _clear + 1;
        for (int i = 0; i < _clear; i++)
        {
            _suffix[i] = (byte)i;
            _first[i] = (byte)i;
            _prefix[i] = -1;
        }

        Reset();
    }

    /// <summary>Fills <paramref name="output"/> with the next pixels; false when the data ends first.</summary>
    public bool Read(Span<byte> output)
    {
        int filled = 0;
        while (filled < output.Length)
        {
            if (_stackSize > 0)
            {
                int n = Math.Min(_stackSize, output.Length - filled);
                for (int k = 0; k < n; k++)
                {
                    output[filled++] = _stack[--_stackSize];
                }

                continue;
            }

            if (_finished)
            {
                return false;
            }

            int code = NextCode();
            if (code < 0 || code == _end)
            {
                _finished = true;
                continue;
            }

            if (code == _clear)
            {
                Reset();
                continue;
            }

            int current = code;
            if (code >= _next)
            {
                // The KwKwK case: the code being defined is the previous string plus its own first byte.
                if (_previous < 0 || code > _next)
                {
                    ThrowHelper.ThrowInvalidData(Messages.BrokenData("GIF", "bad LZW code"));
                }

                _stack[_stackSize++] = _first[_previous];
                current = _previous;
            }

            while (current >= _clear)
            {
                _stack[_stackSize++] = _suffix[current];
                current = _prefix[current];
            }

            _stack[_stackSize++] = (byte)current;
            if (_previous >= 0 && _next < MaxCodes)
            {
                _prefix[_next] = (short)_previous;
                _suffix[_next] = (byte)current;
                _first[_next] = _first[_previous];
                _next++;
                if (_next == 1 << _codeSize && _codeSize < 12)
                {
                    _codeSize++;
                }
            }

            _previous = code;
        }

        return true;
    }

    private void Reset()
    {
        _codeSize = _minCodeSize + 1;
        _next = _end + 1;
        _previous = -1;
    }

    /// <summary>The next code, or -1 when the sub-blocks end.</summary>
    private int NextCode()
    {
        while (_bitCount < _codeSize)
        {
            if (_blockLeft == 0)
            {
                if (_position >= _data.Length || _data[_position] == 0)
                {
                    return -1;
                }

                _blockLeft = _data[_position++];
            }

            if (_position >= _data.Length)
            {
                return -1;
            }

            _bits |= (uint)_data[_position++] << _bitCount;
            _bitCount += 8;
            _blockLeft--;
        }

        int code = (int)(_bits & ((1u << _codeSize) - 1));
        _bits >>= _codeSize;
        _bitCount -= _codeSize;
        return code;
    }
}
