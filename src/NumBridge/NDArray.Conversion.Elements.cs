using NumBridge.Kernels;

namespace NumBridge;

public sealed unsafe partial class NDArray
{
    /// <summary>Writes every element of <paramref name="dst"/> from the single element of 0-d <paramref name="scalar"/>,
    /// converting as <c>astype</c> does.</summary>
    /// <remarks>
    /// A contiguous destination in native byte order (every new array of <c>np.full</c>, <c>np.ones</c>) is filled
    /// with the value converted once, by a vectorized span fill split across cores; anything else goes through the
    /// general broadcasting copy, which converts per element.
    /// </remarks>
    internal static void FillFrom(NDArray dst, NDArray scalar)
    {
        if (dst.size == 0)
        {
            return;
        }

        if ((dst.IsCContiguous || dst.IsFContiguous) && dst.dtype.IsNativeByteOrder)
        {
            dst.ThrowIfNotWriteable();
            using NDArray value = scalar.dtype == dst.dtype ? scalar.CreateView(scalar.shape, []) : scalar.astype(dst.dtype);
            var visitor = new FillVisitor(value.Data, dst.Data, dst.size);
            DTypeSwitch.Invoke<FillVisitor, bool>(dst.dtype.Code, ref visitor);
            GC.KeepAlive(value);
            GC.KeepAlive(dst);
            return;
        }

        using NDArray broadcast = scalar.CreateView(dst.shape, new nint[dst.ndim]);
        ArrayCopy.Copy(broadcast, dst);
    }

    /// <summary>Writes the element at a full, checked index from the single element of 0-d <paramref name="scalar"/>.</summary>
    internal void SetElementFrom(ReadOnlySpan<nint> index, NDArray scalar)
    {
        using NDArray element = CreateView(_dtype, default, [], _offset + ByteOffsetOf(index));
        ArrayCopy.Copy(scalar, element);
    }

    private readonly struct FillVisitor(byte* value, byte* dst, nint count) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            ParallelRange.For(count, sizeof(T), new FillRange<T>(*(T*)value, (T*)dst));
            return true;
        }
    }

    private readonly struct FillRange<T>(T value, T* dst) : IRangeAction
        where T : unmanaged
    {
        public void Invoke(nint start, nint end)
        {
            // Span lengths are ints: fill in chunks of at most int.MaxValue elements.
            for (nint at = start; at < end; at += int.MaxValue)
            {
                new Span<T>(dst + at, (int)Math.Min(end - at, int.MaxValue)).Fill(value);
            }
        }
    }
}
