namespace NumBridge.IO.Images;

/// <summary>
/// A read-only stream over the data of a PNG's IDAT chunks, one after another, so that the zlib stream they split
/// between them inflates without first being copied into one block.
/// </summary>
internal sealed class IdatStream : Stream
{
    private readonly byte[] _file;
    private readonly List<(int Offset, int Length)> _segments;
    private int _segment;
    private int _position;

    public IdatStream(byte[] file, List<(int Offset, int Length)> segments)
    {
        _file = file;
        _segments = segments;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_segment < _segments.Count)
        {
            (int offset, int length) = _segments[_segment];
            int left = length - _position;
            if (left > 0)
            {
                int n = Math.Min(left, buffer.Length);
                _file.AsSpan(offset + _position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            _segment++;
            _position = 0;
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
