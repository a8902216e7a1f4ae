using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NumBridge.Kernels;

/// <summary>
/// Casts a strided run of elements into a contiguous buffer with <see cref="Caster{TFrom, TTo}"/>'s results: the
/// cast step of buffered ufunc iteration (<see cref="BufferedLoop{TLoop}"/>), as NumPy's <c>nditer</c> casts
/// operands into its buffers one chunk at a time instead of converting a whole input first.
/// </summary>
internal static unsafe class ChunkCast
{
    /// <summary>The address of the function that casts <paramref name="from"/> elements to <paramref name="to"/>:
    /// <c>void (byte* src, nint srcStride, byte* dst, nint count)</c>, writing <paramref name="to"/> contiguously.</summary>
    public static nint Function(DType from, DType to)
    {
        var visitor = new SourceVisitor(to.Code);
        return DTypeSwitch.Invoke<SourceVisitor, nint>(from.Code, ref visitor);
    }

    /// <summary>Calls a function from <see cref="Function"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invoke(nint function, byte* src, nint srcStride, byte* dst, nint count) =>
        ((delegate*<byte*, nint, byte*, nint, void>)function)(src, srcStride, dst, count);

    private static void Cast<TFrom, TTo>(byte* src, nint srcStride, byte* dst, nint count)
        where TFrom : unmanaged
        where TTo : unmanaged => Run<TFrom, TTo>(src, srcStride, dst, sizeof(TTo), count);

    /// <summary>
    /// Casts <paramref name="count"/> elements from <paramref name="src"/> to <paramref name="dst"/>, each with its
    /// byte stride: the one element loop of every cast (<c>astype</c>, copies between dtypes, buffered ufunc inputs),
    /// with SIMD paths for uint8 to float32/float64 and a plain loop when both sides are contiguous.
    /// </summary>
    public static void Run<TFrom, TTo>(byte* src, nint srcStride, byte* dst, nint dstStride, nint count)
        where TFrom : unmanaged
        where TTo : unmanaged
    {
        if (dstStride == sizeof(TTo))
        {
            if (typeof(TFrom) == typeof(byte) && srcStride == 1)
            {
                if (typeof(TTo) == typeof(float))
                {
                    ArrayCopy.ByteToSingle(src, (float*)dst, count);
                    return;
                }

                if (typeof(TTo) == typeof(double))
                {
                    ByteToDouble(src, (double*)dst, count);
                    return;
                }
            }

            if (srcStride == sizeof(TFrom))
            {
                // Views may start anywhere, so reads and writes stay unaligned.
                for (nint i = 0; i < count; i++)
                {
                    Unsafe.WriteUnaligned(dst + (i * sizeof(TTo)), Caster<TFrom, TTo>.Convert(Unsafe.ReadUnaligned<TFrom>(src + (i * sizeof(TFrom)))));
                }

                return;
            }
        }

        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(dst, Caster<TFrom, TTo>.Convert(Unsafe.ReadUnaligned<TFrom>(src)));
            src += srcStride;
            dst += dstStride;
        }
    }

    /// <summary>uint8 to float64: widen to int32 and convert four at a time (every uint8 is exact in float64).</summary>
    private static void ByteToDouble(byte* src, double* dst, nint count)
    {
        nint i = 0;
        if (Avx2.IsSupported)
        {
            for (; i <= count - 16; i += 16)
            {
                Vector256<int> lo = Avx2.ConvertToVector256Int32(src + i);
                Vector256<int> hi = Avx2.ConvertToVector256Int32(src + i + 8);
                Avx.Store(dst + i, Avx.ConvertToVector256Double(lo.GetLower()));
                Avx.Store(dst + i + 4, Avx.ConvertToVector256Double(lo.GetUpper()));
                Avx.Store(dst + i + 8, Avx.ConvertToVector256Double(hi.GetLower()));
                Avx.Store(dst + i + 12, Avx.ConvertToVector256Double(hi.GetUpper()));
            }
        }

        for (; i < count; i++)
        {
            dst[i] = src[i];
        }
    }

    private readonly struct SourceVisitor(DTypeCode to) : IDTypeVisitor<nint>
    {
        public nint Visit<TFrom>()
            where TFrom : unmanaged
        {
            var target = new TargetVisitor<TFrom>();
            return DTypeSwitch.Invoke<TargetVisitor<TFrom>, nint>(to, ref target);
        }
    }

    private readonly struct TargetVisitor<TFrom> : IDTypeVisitor<nint>
        where TFrom : unmanaged
    {
        public nint Visit<TTo>()
            where TTo : unmanaged => (nint)(delegate*<byte*, nint, byte*, nint, void>)&Cast<TFrom, TTo>;
    }
}
