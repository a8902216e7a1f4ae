namespace NumBridge.Kernels;

/// <summary>
/// The positions of the nonzero elements in C order (<c>nonzero</c>, <c>argwhere</c>) and their counts
/// (<c>count_nonzero</c>). An element is nonzero as <c>bool(x)</c> says: NaN is nonzero, a complex is nonzero when
/// either part is.
/// </summary>
internal static unsafe class NonZero
{
    /// <summary>The multi-indices of the nonzero elements, as a new C-ordered int64 array <c>(count, ndim)</c>.</summary>
    public static NDArray ArgWhere(NDArray a)
    {
        var visitor = new ArgWhereVisitor(a);
        NDArray result = DTypeSwitch.Invoke<ArgWhereVisitor, NDArray>(a.dtype.Code, ref visitor);
        GC.KeepAlive(a);
        return result;
    }

    /// <summary>The number of nonzero elements in each row of a 2-D array.</summary>
    public static void CountRows(NDArray rows, long* counts)
    {
        var visitor = new CountVisitor(rows, counts);
        DTypeSwitch.Invoke<CountVisitor, bool>(rows.dtype.Code, ref visitor);
        GC.KeepAlive(rows);
    }

    private readonly struct ArgWhereVisitor(NDArray a) : IDTypeVisitor<NDArray>
    {
        public NDArray Visit<T>()
            where T : unmanaged
        {
            int nd = a.ndim;
            ReadOnlySpan<nint> dims = a.shape.Dims;
            ReadOnlySpan<nint> strides = a.StridesSpan;
            byte* data = a.Data;
            nint size = a.size;
            var index = new nint[nd];
            nint count = 0;
            nint offset = 0;
            for (nint i = 0; i < size; i++)
            {
                if (Scalar.IsNonZero(*(T*)(data + offset)))
                {
                    count++;
                }

                offset = Advance(index, dims, strides, offset);
            }

            NDArray result = NDArray.Allocate(np.int64, Shape.Wrap([count, nd]));
            long* target = (long*)result.Data;
            Array.Clear(index);
            offset = 0;
            for (nint i = 0; i < size; i++)
            {
                if (Scalar.IsNonZero(*(T*)(data + offset)))
                {
                    for (int d = 0; d < nd; d++)
                    {
                        *target++ = index[d];
                    }
                }

                offset = Advance(index, dims, strides, offset);
            }

            return result;
        }

        private static nint Advance(nint[] index, ReadOnlySpan<nint> dims, ReadOnlySpan<nint> strides, nint offset)
        {
            for (int d = index.Length - 1; d >= 0; d--)
            {
                offset += strides[d];
                if (++index[d] < dims[d])
                {
                    return offset;
                }

                offset -= strides[d] * dims[d];
                index[d] = 0;
            }

            return offset;
        }
    }

    private readonly struct CountVisitor(NDArray rows, long* counts) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            nint outer = rows.shape.Dims[0];
            nint inner = rows.shape.Dims[1];
            nint rowStride = rows.StridesSpan[0];
            nint stride = rows.StridesSpan[1];
            byte* data = rows.Data;
            for (nint r = 0; r < outer; r++)
            {
                byte* row = data + (r * rowStride);
                long count = 0;
                for (nint i = 0; i < inner; i++)
                {
                    count += Scalar.IsNonZero(*(T*)(row + (i * stride))) ? 1 : 0;
                }

                counts[r] = count;
            }

            return true;
        }
    }
}
