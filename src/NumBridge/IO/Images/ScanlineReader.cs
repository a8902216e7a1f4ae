using System.Buffers;

namespace NumBridge.IO.Images;

/// <summary>
/// Hands out the inflated scanlines of a PNG one at a time, reading the zlib stream in large blocks: inflating into
/// a 64 KiB buffer costs far less per byte than one small read per scanline.
/// </summary>
internal sealed class ScanlineReader : IDisposable
{
    private readonly Stream _source;
    private byte[] _buffer;
    private int _start;
    private int _end;

    public ScanlineReader(Stream source, int longestScanline)
    {
        _source = source;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1 << 16, 2 * longestScanline));
    }

    /// <summary>The next <paramref name="length"/> bytes; valid until the next call.</summary>
    /// <exception cref="InvalidDataException">The stream ends first (Pillow's <c>image file is truncated</c>).</exception>
    public ReadOnlySpan<byte> Next(int length)
    {
        if (_end - _start < length)
        {
            int have = _end - _start;
            _buffer.AsSpan(_start, have).CopyTo(_buffer);
            _start = 0;
            _end = have;
            while (_end < length)
            {
                int n = _source.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0)
                {
                    ThrowHelper.ThrowInvalidData(Messages.ImageTruncated);
                }

                _end += n;
            }
        }

        ReadOnlySpan<byte> line = _buffer.AsSpan(_start, length);
        _start += length;
        return line;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
