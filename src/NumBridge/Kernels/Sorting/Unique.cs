using System.Runtime.InteropServices;

namespace NumBridge.Kernels;

/// <summary>
/// <c>unique</c> of the flattened array, as NumPy's <c>_unique1d</c>: sort (stably, with the permutation when first
/// indices or the inverse are asked for), mark each element that differs from its left neighbour, and read the
/// results off the marks. NaNs count as one value (NumPy's <c>equal_nan=True</c>).
/// </summary>
internal static unsafe class Unique
{
    public static (NDArray Values, NDArray? Indices, NDArray? Inverse, NDArray? Counts) Run(
        NDArray a, bool returnIndex, bool returnInverse, bool returnCounts)
    {
        using NDArray flat = a.flatten();
        var visitor = new UniqueVisitor(flat, a.shape, returnIndex, returnInverse, returnCounts);
        return DTypeSwitch.Invoke<UniqueVisitor, (NDArray, NDArray?, NDArray?, NDArray?)>(a.dtype.Code, ref visitor);
    }

    private readonly struct UniqueVisitor(NDArray flat, Shape shape, bool returnIndex, bool returnInverse, bool returnCounts)
        : IDTypeVisitor<(NDArray, NDArray?, NDArray?, NDArray?)>
    {
        public (NDArray, NDArray?, NDArray?, NDArray?) Visit<T>()
            where T : unmanaged
        {
            nint n = flat.size;
            T* values = (T*)flat.Data;
            NDArray? permutation = null;
            T* sorted = values;
            try
            {
                if (returnIndex || returnInverse)
                {
                    permutation = LaneSort.Argsort(flat, 0);
                    sorted = (T*)NativeMemory.Alloc((nuint)Math.Max(n, 1), (nuint)sizeof(T));
                    long* perm = (long*)permutation.Data;
                    for (nint i = 0; i < n; i++)
                    {
                        sorted[i] = values[perm[i]];
                    }
                }
                else
                {
                    LaneSort.Sort(flat, 0);
                }

                nint count = 0;
                for (nint i = 0; i < n; i++)
                {
                    if (i == 0 || !ElementOrder.SameValue(sorted[i], sorted[i - 1]))
                    {
                        count++;
                    }
                }

                NDArray unique = NDArray.Allocate(flat.dtype, Shape.Wrap([count]));
                NDArray? indices = returnIndex ? NDArray.Allocate(np.int64, Shape.Wrap([count])) : null;
                // NumPy 2: with axis=None the inverse has the input's shape, so unique[inverse] rebuilds the input
                // (NumPy 1.24 returns it flat).
                NDArray? inverse = returnInverse ? NDArray.Allocate(np.int64, shape) : null;
                NDArray? counts = returnCounts ? NDArray.Allocate(np.int64, Shape.Wrap([count])) : null;
                T* u = (T*)unique.Data;
                long* first = indices is null ? null : (long*)indices.Data;
                long* inv = inverse is null ? null : (long*)inverse.Data;
                long* cnt = counts is null ? null : (long*)counts.Data;
                long* p = permutation is null ? null : (long*)permutation.Data;
                nint k = -1;
                nint start = 0;
                for (nint i = 0; i < n; i++)
                {
                    if (i == 0 || !ElementOrder.SameValue(sorted[i], sorted[i - 1]))
                    {
                        if (k >= 0 && cnt is not null)
                        {
                            cnt[k] = i - start;
                        }

                        k++;
                        start = i;
                        u[k] = sorted[i];
                        if (first is not null)
                        {
                            first[k] = p[i];
                        }
                    }

                    if (inv is not null)
                    {
                        inv[p[i]] = k;
                    }
                }

                if (k >= 0 && cnt is not null)
                {
                    cnt[k] = n - start;
                }

                return (unique, indices, inverse, counts);
            }
            finally
            {
                if (sorted != values)
                {
                    NativeMemory.Free(sorted);
                }

                permutation?.Dispose();
            }
        }
    }
}
