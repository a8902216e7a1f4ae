using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NumBridge.Kernels;

/// <summary>
/// Copies the elements of one array into another of the same shape, converting the dtype when they differ. Every
/// copy, cast, <c>astype</c> and assignment in NumBridge ends here.
/// </summary>
internal static unsafe class ArrayCopy
{
    /// <summary>Copies <paramref name="src"/> into <paramref name="dst"/> (same shape; src may have zero strides).</summary>
    public static void Copy(NDArray src, NDArray dst)
    {
        Debug.Assert(src.shape == dst.shape);
        dst.ThrowIfNotWriteable();
        src.ThrowIfDisposed();
        if (dst.size == 0)
        {
            return;
        }

        if (!src.dtype.IsNativeByteOrder || !dst.dtype.IsNativeByteOrder)
        {
            CopyNonNative(src, dst);
            return;
        }

        if (src.dtype.Code == dst.dtype.Code)
        {
            if (!TrySplitChannels(src, dst))
            {
                var loop = new SameTypeLoop(src.itemsize);
                StridedLoop.ForEach(ref loop, src.shape.Dims, src.Data, src.StridesSpan, dst.Data, dst.StridesSpan);
            }
        }
        else
        {
            var visitor = new CastSourceVisitor(src, dst);
            DTypeSwitch.Invoke<CastSourceVisitor, bool>(src.dtype.Code, ref visitor);
        }

        GC.KeepAlive(src);
        GC.KeepAlive(dst);
    }

    /// <summary>
    /// The image layout change <c>img.transpose(2, 0, 1).copy()</c> for uint8 RGB: after coalescing, a source of
    /// strides <c>(1, 3)</c> written to three contiguous planes. SSSE3 byte shuffles split 48 interleaved bytes into
    /// 16 bytes per plane; the scalar loop does the tail. Returns false for every other layout.
    /// </summary>
    private static bool TrySplitChannels(NDArray src, NDArray dst)
    {
        if (src.itemsize != 1 || src.IsCContiguous || !Ssse3.IsSupported || src.ndim < 2 || src.ndim > 8)
        {
            return false;
        }

        Span<nint> dims = stackalloc nint[src.ndim];
        Span<nint> s0 = stackalloc nint[src.ndim];
        Span<nint> s1 = stackalloc nint[src.ndim];
        int n = StridedLoop.Coalesce(src.shape.Dims, src.StridesSpan, dst.StridesSpan, true, dims, s0, s1);
        if (n != 2 || dims[0] != 3 || s0[0] != 1 || s0[1] != 3 || s1[1] != 1)
        {
            return false;
        }

        ParallelRange.For(dims[1], 6, new SplitChannels3Range(src.Data, dst.Data, s1[0]));
        return true;
    }

    private readonly struct MemoryCopyRange(byte* src, byte* dst) : IRangeAction
    {
        public void Invoke(nint start, nint end) =>
            System.Buffer.MemoryCopy(src + start, dst + start, end - start, end - start);
    }

    private readonly struct ByteToSingleRange(byte* src, float* dst) : IRangeAction
    {
        public void Invoke(nint start, nint end) => ByteToSingle(src + start, dst + start, end - start);
    }

    private readonly struct SplitChannels3Range(byte* src, byte* dst, nint planeStride) : IRangeAction
    {
        public void Invoke(nint start, nint end) => SplitChannels3(src, dst, planeStride, start, end);
    }

    private static void SplitChannels3(byte* src, byte* dst, nint planeStride, nint start, nint pixels)
    {
        byte* d0 = dst;
        byte* d1 = dst + planeStride;
        byte* d2 = dst + (2 * planeStride);
        nint j = start;

        // Mask for channel c from source block k (bytes 16k..16k+15): lane i takes byte 3i + c - 16k, or zero (0x80).
        Vector128<byte> m00 = Vector128.Create(0, 3, 6, 9, 12, 15, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, (byte)0x80);
        Vector128<byte> m01 = Vector128.Create(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 2, 5, 8, 11, 14, 0x80, 0x80, 0x80, 0x80, (byte)0x80);
        Vector128<byte> m02 = Vector128.Create(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1, 4, 7, 10, (byte)13);
        Vector128<byte> m10 = Vector128.Create(1, 4, 7, 10, 13, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, (byte)0x80);
        Vector128<byte> m11 = Vector128.Create(0x80, 0x80, 0x80, 0x80, 0x80, 0, 3, 6, 9, 12, 15, 0x80, 0x80, 0x80, 0x80, (byte)0x80);
        Vector128<byte> m12 = Vector128.Create(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 2, 5, 8, 11, (byte)14);
        Vector128<byte> m20 = Vector128.Create(2, 5, 8, 11, 14, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, (byte)0x80);
        Vector128<byte> m21 = Vector128.Create(0x80, 0x80, 0x80, 0x80, 0x80, 1, 4, 7, 10, 13, 0x80, 0x80, 0x80, 0x80, 0x80, (byte)0x80);
        Vector128<byte> m22 = Vector128.Create(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0, 3, 6, 9, 12, (byte)15);
        for (; j <= pixels - 16; j += 16)
        {
            byte* s = src + (3 * j);
            Vector128<byte> v0 = Vector128.Load(s);
            Vector128<byte> v1 = Vector128.Load(s + 16);
            Vector128<byte> v2 = Vector128.Load(s + 32);
            (Ssse3.Shuffle(v0, m00) | Ssse3.Shuffle(v1, m01) | Ssse3.Shuffle(v2, m02)).Store(d0 + j);
            (Ssse3.Shuffle(v0, m10) | Ssse3.Shuffle(v1, m11) | Ssse3.Shuffle(v2, m12)).Store(d1 + j);
            (Ssse3.Shuffle(v0, m20) | Ssse3.Shuffle(v1, m21) | Ssse3.Shuffle(v2, m22)).Store(d2 + j);
        }

        for (; j < pixels; j++)
        {
            byte* s = src + (3 * j);
            d0[j] = s[0];
            d1[j] = s[1];
            d2[j] = s[2];
        }
    }

    /// <summary>
    /// Writes the one element of a 0-d <paramref name="src"/> into <paramref name="dst"/> at a byte offset from its
    /// data, converting the dtype: the element assignment <c>a[i, j] = value</c> without views or loops. False (nothing
    /// written) for byte-swapped dtypes, which take the general path.
    /// </summary>
    public static bool TryCopyElement(NDArray src, NDArray dst, nint dstByteOffset)
    {
        Debug.Assert(src.ndim == 0);
        if (!src.dtype.IsNativeByteOrder || !dst.dtype.IsNativeByteOrder)
        {
            return false;
        }

        var visitor = new ElementSourceVisitor(src.Data, dst.Data + dstByteOffset, dst.dtype.Code);
        DTypeSwitch.Invoke<ElementSourceVisitor, bool>(src.dtype.Code, ref visitor);
        GC.KeepAlive(src);
        GC.KeepAlive(dst);
        return true;
    }

    private readonly struct ElementSourceVisitor : IDTypeVisitor<bool>
    {
        private readonly byte* _src;
        private readonly byte* _dst;
        private readonly DTypeCode _dstCode;

        public ElementSourceVisitor(byte* src, byte* dst, DTypeCode dstCode)
        {
            _src = src;
            _dst = dst;
            _dstCode = dstCode;
        }

        public bool Visit<TFrom>()
            where TFrom : unmanaged
        {
            var inner = new ElementTargetVisitor<TFrom>(Unsafe.ReadUnaligned<TFrom>(_src), _dst);
            return DTypeSwitch.Invoke<ElementTargetVisitor<TFrom>, bool>(_dstCode, ref inner);
        }
    }

    private readonly struct ElementTargetVisitor<TFrom> : IDTypeVisitor<bool>
        where TFrom : unmanaged
    {
        private readonly TFrom _value;
        private readonly byte* _dst;

        public ElementTargetVisitor(TFrom value, byte* dst)
        {
            _value = value;
            _dst = dst;
        }

        public bool Visit<TTo>()
            where TTo : unmanaged
        {
            Unsafe.WriteUnaligned(_dst, Caster<TFrom, TTo>.Convert(_value));
            return true;
        }
    }

    private static void CopyNonNative(NDArray src, NDArray dst)
    {
        // Byte-swapped dtypes go through a native-order copy: swap, then cast.
        if (src.dtype.Code == dst.dtype.Code)
        {
            var loop = new SameTypeLoop(src.itemsize, src.dtype.IsNativeByteOrder != dst.dtype.IsNativeByteOrder, src.dtype.IsComplex);
            StridedLoop.ForEach(ref loop, src.shape.Dims, src.Data, src.StridesSpan, dst.Data, dst.StridesSpan);
            GC.KeepAlive(src);
            GC.KeepAlive(dst);
            return;
        }

        using NDArray nativeSrc = NDArray.Allocate(src.dtype.Native, src.shape);
        Copy(src, nativeSrc);
        if (dst.dtype.IsNativeByteOrder)
        {
            Copy(nativeSrc, dst);
            return;
        }

        using NDArray nativeDst = NDArray.Allocate(dst.dtype.Native, dst.shape);
        Copy(nativeSrc, nativeDst);
        Copy(nativeDst, dst);
    }

    private readonly struct SameTypeLoop : IBinaryInnerLoop
    {
        private readonly int _itemSize;
        private readonly bool _swap;
        private readonly bool _complex;

        public SameTypeLoop(int itemSize, bool swap = false, bool complex = false)
        {
            _itemSize = itemSize;
            _swap = swap;
            _complex = complex;
        }

        public void Run(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
        {
            if (_swap)
            {
                RunSwapped(src, srcStride, dst, dstStride, count);
                return;
            }

            if (srcStride == _itemSize && dstStride == _itemSize)
            {
                ParallelRange.For(count * _itemSize, 2, new MemoryCopyRange(src, dst));
                return;
            }

            switch (_itemSize)
            {
                case 1: Strided<byte>(src, srcStride, dst, dstStride, count); break;
                case 2: Strided<short>(src, srcStride, dst, dstStride, count); break;
                case 4: Strided<int>(src, srcStride, dst, dstStride, count); break;
                case 8: Strided<long>(src, srcStride, dst, dstStride, count); break;
                default: Strided<Int128>(src, srcStride, dst, dstStride, count); break;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Strided<T>(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
            where T : unmanaged
        {
            for (nint i = 0; i < count; i++)
            {
                Unsafe.WriteUnaligned(dst, Unsafe.ReadUnaligned<T>(src));
                src += srcStride;
                dst += dstStride;
            }
        }

        private void RunSwapped(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
        {
            // Complex numbers swap each part on its own.
            int part = _complex ? _itemSize / 2 : _itemSize;
            for (nint i = 0; i < count; i++)
            {
                for (int offset = 0; offset < _itemSize; offset += part)
                {
                    byte* s = src + offset;
                    byte* d = dst + offset;
                    switch (part)
                    {
                        case 2: Unsafe.WriteUnaligned(d, BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ushort>(s))); break;
                        case 4: Unsafe.WriteUnaligned(d, BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(s))); break;
                        default: Unsafe.WriteUnaligned(d, BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<ulong>(s))); break;
                    }
                }

                src += srcStride;
                dst += dstStride;
            }
        }
    }

    private readonly struct CastSourceVisitor : IDTypeVisitor<bool>
    {
        private readonly NDArray _src;
        private readonly NDArray _dst;

        public CastSourceVisitor(NDArray src, NDArray dst)
        {
            _src = src;
            _dst = dst;
        }

        public bool Visit<TFrom>()
            where TFrom : unmanaged
        {
            var inner = new CastTargetVisitor<TFrom>(_src, _dst);
            return DTypeSwitch.Invoke<CastTargetVisitor<TFrom>, bool>(_dst.dtype.Code, ref inner);
        }
    }

    private readonly struct CastTargetVisitor<TFrom> : IDTypeVisitor<bool>
        where TFrom : unmanaged
    {
        private readonly NDArray _src;
        private readonly NDArray _dst;

        public CastTargetVisitor(NDArray src, NDArray dst)
        {
            _src = src;
            _dst = dst;
        }

        public bool Visit<TTo>()
            where TTo : unmanaged
        {
            var loop = new CastLoop<TFrom, TTo>();
            StridedLoop.ForEach(ref loop, _src.shape.Dims, _src.Data, _src.StridesSpan, _dst.Data, _dst.StridesSpan);
            return true;
        }
    }

    /// <summary>
    /// uint8 to float32 over contiguous runs, the image-to-tensor cast: widen bytes to 32-bit integers and convert.
    /// Every uint8 value is exact in float32, so this equals the scalar cast bit for bit.
    /// </summary>
    internal static void ByteToSingle(byte* src, float* dst, nint count)
    {
        nint i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= count - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                Vector256<byte> bytes = Vector256.Load(src + i);
                (Vector256<ushort> lo, Vector256<ushort> hi) = Vector256.Widen(bytes);
                (Vector256<uint> a, Vector256<uint> b) = Vector256.Widen(lo);
                (Vector256<uint> c, Vector256<uint> d) = Vector256.Widen(hi);
                Vector256.ConvertToSingle(a.AsInt32()).Store(dst + i);
                Vector256.ConvertToSingle(b.AsInt32()).Store(dst + i + 8);
                Vector256.ConvertToSingle(c.AsInt32()).Store(dst + i + 16);
                Vector256.ConvertToSingle(d.AsInt32()).Store(dst + i + 24);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; i <= count - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                Vector128<byte> bytes = Vector128.Load(src + i);
                (Vector128<ushort> lo, Vector128<ushort> hi) = Vector128.Widen(bytes);
                (Vector128<uint> a, Vector128<uint> b) = Vector128.Widen(lo);
                (Vector128<uint> c, Vector128<uint> d) = Vector128.Widen(hi);
                Vector128.ConvertToSingle(a.AsInt32()).Store(dst + i);
                Vector128.ConvertToSingle(b.AsInt32()).Store(dst + i + 4);
                Vector128.ConvertToSingle(c.AsInt32()).Store(dst + i + 8);
                Vector128.ConvertToSingle(d.AsInt32()).Store(dst + i + 12);
            }
        }

        for (; i < count; i++)
        {
            dst[i] = src[i];
        }
    }

    private readonly struct CastLoop<TFrom, TTo> : IBinaryInnerLoop
        where TFrom : unmanaged
        where TTo : unmanaged
    {
        public void Run(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
        {
            if (typeof(TFrom) == typeof(byte) && typeof(TTo) == typeof(float) && srcStride == 1 && dstStride == sizeof(float))
            {
                ParallelRange.For(count, 1 + sizeof(float), new ByteToSingleRange(src, (float*)dst));
                return;
            }

            ChunkCast.Run<TFrom, TTo>(src, srcStride, dst, dstStride, count);
        }
    }
}
