using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// <c>add.accumulate</c> (<c>cumsum</c>) in place on a C-contiguous array: <c>x[i] = x[i - 1] + x[i]</c> along one
/// axis, one element at a time in order as NumPy's accumulate loop (no pairwise sums). Along an outer axis whole rows
/// are added, which is the same sums in the same order per element.
/// </summary>
internal static unsafe class CumulativeSum
{
    /// <summary>Accumulates along <paramref name="axis"/> of the C-contiguous <paramref name="a"/>.</summary>
    public static void InPlace(NDArray a, int axis)
    {
        nint outer = 1;
        nint inner = 1;
        for (int i = 0; i < axis; i++)
        {
            outer *= a.shape[i];
        }

        for (int i = axis + 1; i < a.ndim; i++)
        {
            inner *= a.shape[i];
        }

        var visitor = new Visitor((nint)a.Data, outer, a.shape[axis], inner);
        DTypeSwitch.Invoke<Visitor, bool>(a.dtype.Code, ref visitor);
        GC.KeepAlive(a);
    }

    private readonly struct Visitor(nint data, nint outer, nint n, nint inner) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            byte* p = (byte*)data;
            nint row = inner * sizeof(T);
            for (nint o = 0; o < outer; o++)
            {
                byte* block = p + (o * n * row);
                if (inner == 1)
                {
                    T acc = n > 0 ? Unsafe.ReadUnaligned<T>(block) : default;
                    for (nint i = 1; i < n; i++)
                    {
                        acc = Elementwise.Binary<AddOperator, T>(acc, Unsafe.ReadUnaligned<T>(block + (i * sizeof(T))));
                        Unsafe.WriteUnaligned(block + (i * sizeof(T)), acc);
                    }

                    continue;
                }

                for (nint i = 1; i < n; i++)
                {
                    // x[i] = x[i - 1] + x[i]: the accumulate adds the running sum first, as NumPy.
                    AccumulateRow<T>(block + (i * row), block + ((i - 1) * row), inner);
                }
            }

            return true;
        }

        private static void AccumulateRow<T>(byte* dst, byte* previous, nint count)
            where T : unmanaged
        {
            if (count <= ElementwiseLoops.MaxSpan)
            {
                var d = new Span<T>(dst, (int)count);
                if (Elementwise.SpanBinary<AddOperator, T>(new ReadOnlySpan<T>(previous, (int)count), d, d))
                {
                    return;
                }
            }

            for (nint j = 0; j < count; j++)
            {
                byte* x = dst + (j * sizeof(T));
                Unsafe.WriteUnaligned(x, Elementwise.Binary<AddOperator, T>(Unsafe.ReadUnaligned<T>(previous + (j * sizeof(T))), Unsafe.ReadUnaligned<T>(x)));
            }
        }
    }
}
