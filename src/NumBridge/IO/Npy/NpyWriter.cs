using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NumBridge.Kernels;

namespace NumBridge.IO;

/// <summary>
/// Writes an array as <c>.npy</c> bytes identical to NumPy's <c>numpy.lib.format.write_array</c>: the header of
/// <see cref="NpyHeader.Format"/>, then the data in C order, or in Fortran order for an array that is F- and not
/// C-contiguous. The dtype's byte order is kept (<c>'&gt;f8'</c> stays big-endian).
/// </summary>
/// <remarks>
/// Contiguous data goes to the stream in one write from native memory. Any other layout (strided, reversed,
/// broadcast) is gathered in C order through a bounded buffer, never a full copy.
/// </remarks>
internal static unsafe class NpyWriter
{
    /// <summary>The gather buffer for non-contiguous arrays.</summary>
    private const int ChunkBytes = 4 << 20;

    /// <summary>The most bytes one <see cref="Stream.Write(ReadOnlySpan{byte})"/> call is given.</summary>
    private const int MaxWriteChunk = 1 << 30;

    /// <summary>The header bytes NumPy writes for this array, and whether its data goes in Fortran order.</summary>
    public static byte[] Header(NDArray array, out bool fortranOrder)
    {
        // As header_data_from_array_1_0: C-contiguous wins, so 1-D and empty arrays are never marked Fortran.
        fortranOrder = array.IsFContiguous && !array.IsCContiguous;
        return NpyHeader.Wrap(NpyHeader.Format(array.dtype, array.shape, fortranOrder));
    }

    /// <summary>The total size of the <c>.npy</c> this array makes.</summary>
    public static long FileLength(NDArray array) => Header(array, out _).Length + (long)array.nbytes;

    public static void Write(Stream stream, NDArray array)
    {
        array.ThrowIfDisposed();
        byte[] header = Header(array, out bool fortranOrder);
        stream.Write(header);
        nint length = array.nbytes;
        if (length == 0)
        {
            return;
        }

        if (array.IsCContiguous || fortranOrder)
        {
            WriteRaw(stream, array.Data, length);
        }
        else
        {
            WriteGathered(stream, array);
        }

        GC.KeepAlive(array);
    }

    private static void WriteRaw(Stream stream, byte* data, nint length)
    {
        for (nint done = 0; done < length;)
        {
            int chunk = (int)Math.Min(length - done, MaxWriteChunk);
            stream.Write(new ReadOnlySpan<byte>(data + done, chunk));
            done += chunk;
        }
    }

    private static void WriteGathered(Stream stream, NDArray array)
    {
        int itemSize = array.itemsize;
        nint capacity = Math.Min(array.nbytes, ChunkBytes / itemSize * itemSize);
        byte* buffer = (byte*)NativeMemory.Alloc((nuint)capacity);
        try
        {
            var sink = new GatherSink(stream, buffer, capacity, itemSize);
            StridedLoop.ForEach(ref sink, array.shape.Dims, array.Data, array.StridesSpan);
            sink.Flush();
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    /// <summary>Collects the elements of each innermost run into the buffer and writes it out when full; a long
    /// contiguous run (a row of a sliced matrix) is written straight from the array.</summary>
    private struct GatherSink : IUnaryInnerLoop
    {
        private readonly Stream _stream;
        private readonly byte* _buffer;
        private readonly nint _capacity;
        private readonly int _itemSize;
        private nint _filled;

        public GatherSink(Stream stream, byte* buffer, nint capacity, int itemSize)
        {
            _stream = stream;
            _buffer = buffer;
            _capacity = capacity;
            _itemSize = itemSize;
            _filled = 0;
        }

        public void Run(byte* data, nint stride, nint count)
        {
            if (stride == _itemSize && count * _itemSize >= _capacity)
            {
                Flush();
                WriteRaw(_stream, data, count * _itemSize);
                return;
            }

            while (count > 0)
            {
                nint room = (_capacity - _filled) / _itemSize;
                if (room == 0)
                {
                    Flush();
                    continue;
                }

                nint take = Math.Min(room, count);
                Gather(data, stride, _buffer + _filled, take);
                _filled += take * _itemSize;
                data += take * stride;
                count -= take;
            }
        }

        public void Flush()
        {
            if (_filled > 0)
            {
                _stream.Write(new ReadOnlySpan<byte>(_buffer, (int)_filled));
                _filled = 0;
            }
        }

        private readonly void Gather(byte* src, nint stride, byte* dst, nint count)
        {
            Debug.Assert(_itemSize is 1 or 2 or 4 or 8 or 16);
            if (stride == _itemSize)
            {
                Buffer.MemoryCopy(src, dst, count * _itemSize, count * _itemSize);
                return;
            }

            switch (_itemSize)
            {
                case 1: Strided<byte>(src, stride, dst, count); break;
                case 2: Strided<short>(src, stride, dst, count); break;
                case 4: Strided<int>(src, stride, dst, count); break;
                case 8: Strided<long>(src, stride, dst, count); break;
                default: Strided<Int128>(src, stride, dst, count); break;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Strided<T>(byte* src, nint stride, byte* dst, nint count)
            where T : unmanaged
        {
            T* d = (T*)dst;
            for (nint i = 0; i < count; i++)
            {
                d[i] = Unsafe.ReadUnaligned<T>(src);
                src += stride;
            }
        }
    }
}
