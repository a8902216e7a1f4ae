using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// <c>unique</c> along an axis, as NumPy's <c>unique(ar, axis=k)</c>: the axis is moved to the front, each slice along
/// it becomes one row of a contiguous <c>(n, m)</c> array, and the rows are compared as NumPy compares the structured
/// elements it views them as: lexicographically, element by element in NumPy's sort order, and equal only when every
/// element is <c>==</c> (so a row holding a NaN equals no other row, as <c>_unique1d</c> on a structured dtype).
/// The sort is stable, so the first index of each unique row is its first occurrence.
/// </summary>
internal static unsafe class UniqueAxis
{
    public static (NDArray Values, NDArray? Indices, NDArray? Inverse, NDArray? Counts) Run(
        NDArray a, int axis, bool returnIndex, bool returnInverse, bool returnCounts)
    {
        using NDArray moved = np.moveaxis(a, axis, 0);
        nint n = moved.shape.Dims[0];
        nint m = n == 0 ? 0 : moved.size / n;
        using NDArray rows = moved.copy('C');
        var visitor = new RowOrder((nint)rows.Data, n, m);
        long[] order = DTypeSwitch.Invoke<RowOrder, long[]>(a.dtype.Code, ref visitor);
        var equalVisitor = new RowStarts((nint)rows.Data, m, order);
        bool[] starts = DTypeSwitch.Invoke<RowStarts, bool[]>(a.dtype.Code, ref equalVisitor);
        GC.KeepAlive(rows);

        int count = starts.Count(s => s);
        long[] firsts = new long[count];
        long[] inverse = new long[n];
        long[] counts = new long[count];
        int k = -1;
        for (int i = 0; i < order.Length; i++)
        {
            if (starts[i])
            {
                firsts[++k] = order[i];
            }

            counts[k]++;
            inverse[order[i]] = k;
        }

        // The unique rows in the input's layout: rows[firsts] with the axis moved back.
        nint[] dims = moved.shape.Dims.ToArray();
        dims[0] = count;
        NDArray values = NDArray.Allocate(a.dtype, Shape.Wrap(dims));
        for (int i = 0; i < count; i++)
        {
            using NDArray source = moved[(int)firsts[i]];
            using NDArray target = values[i];
            ArrayCopy.Copy(source, target);
        }

        using (values)
        {
            return (np.moveaxis(values, 0, axis).copy(), returnIndex ? np.array(firsts) : null,
                returnInverse ? np.array(inverse) : null, returnCounts ? np.array(counts) : null);
        }
    }

    /// <summary>The row indices in NumPy's row order, ties by position (a stable sort).</summary>
    private readonly struct RowOrder(nint data, nint n, nint m) : IDTypeVisitor<long[]>
    {
        public long[] Visit<T>()
            where T : unmanaged
        {
            T* rows = (T*)data;
            nint width = m;
            long[] order = new long[n];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                T* a = rows + (x * width);
                T* b = rows + (y * width);
                for (nint j = 0; j < width; j++)
                {
                    int c = CompareElement(a[j], b[j]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return x.CompareTo(y);
            });
            return order;
        }
    }

    /// <summary>NumPy's per-field compare of a structured element (<c>@TYPE@_compare</c> in
    /// <c>numpy/_core/src/multiarray/arraytypes.c.src</c>): its sort order, except that <c>HALF_compare</c> puts NaN
    /// before every number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareElement<T>(T x, T y)
        where T : unmanaged
    {
        if (typeof(T) == typeof(Half))
        {
            bool xNaN = Half.IsNaN(Unsafe.As<T, Half>(ref x));
            bool yNaN = Half.IsNaN(Unsafe.As<T, Half>(ref y));
            if (xNaN || yNaN)
            {
                return xNaN ? (yNaN ? 0 : -1) : 1;
            }
        }

        return ElementOrder.Compare(x, y);
    }

    /// <summary>For each sorted row, whether it differs (<c>!=</c> in some element) from the row before it.</summary>
    private readonly struct RowStarts(nint data, nint m, long[] order) : IDTypeVisitor<bool[]>
    {
        public bool[] Visit<T>()
            where T : unmanaged
        {
            T* rows = (T*)data;
            bool[] starts = new bool[order.Length];
            for (int i = 0; i < order.Length; i++)
            {
                starts[i] = i == 0 || !Same<T>(rows + (order[i] * m), rows + (order[i - 1] * m), m);
            }

            return starts;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Same<T>(T* a, T* b, nint m)
            where T : unmanaged
        {
            for (nint j = 0; j < m; j++)
            {
                if (!ElementOrder.Equal(a[j], b[j]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
