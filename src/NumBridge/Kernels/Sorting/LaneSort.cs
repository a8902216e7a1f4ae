using System.Runtime.InteropServices;

namespace NumBridge.Kernels;

/// <summary>
/// <c>sort</c> and <c>argsort</c> along one axis: each lane is sorted in place when it is contiguous, else through a
/// contiguous scratch copy (one allocation per call, not per lane), with <see cref="MemoryExtensions.Sort{T}(Span{T})"/>
/// over <see cref="SortKey{T}"/> / <see cref="SortPair{T}"/>, so the comparison is a direct, inlined call.
/// </summary>
/// <remarks>
/// argsort is always stable (ties keep their order, as NumPy's <c>kind="stable"</c>), whatever kind is asked for:
/// NumPy's default quicksort gives an unspecified order of ties, which no test of NumPy's own pins down either.
/// </remarks>
internal static unsafe class LaneSort
{
    /// <summary>Sorts <paramref name="a"/> in place along <paramref name="axis"/> (already normalised).</summary>
    public static void Sort(NDArray a, int axis)
    {
        if (a.size == 0)
        {
            return;
        }

        var visitor = new SortVisitor(a, axis);
        DTypeSwitch.Invoke<SortVisitor, bool>(a.dtype.Code, ref visitor);
        GC.KeepAlive(a);
    }

    /// <summary>The stable sorting permutation of each lane of <paramref name="a"/> along <paramref name="axis"/>, as a
    /// new C-ordered int64 array of <paramref name="a"/>'s shape.</summary>
    public static NDArray Argsort(NDArray a, int axis)
    {
        NDArray result = NDArray.Allocate(np.int64, a.shape);
        if (a.size > 0)
        {
            var visitor = new ArgsortVisitor(a, result, axis);
            DTypeSwitch.Invoke<ArgsortVisitor, bool>(a.dtype.Code, ref visitor);
            GC.KeepAlive(a);
        }

        return result;
    }

    private static int LaneLength(NDArray a, int axis)
    {
        nint length = a.shape.Dims[axis];
        if (length > Array.MaxLength)
        {
            ThrowHelper.ThrowNotSupported("a lane longer than Array.MaxLength elements cannot be sorted");
        }

        return (int)length;
    }

    private readonly struct SortVisitor(NDArray a, int axis) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            int length = LaneLength(a, axis);
            nint stride = a.StridesSpan[axis];
            var lanes = new LaneWalker(a.shape.Dims, a.StridesSpan, a.StridesSpan, axis);
            byte* data = a.Data;
            T* scratch = stride == sizeof(T) ? null : (T*)NativeMemory.Alloc((nuint)length, (nuint)sizeof(T));
            try
            {
                for (nint lane = 0; lane < lanes.Count; lane++, lanes.MoveNext())
                {
                    byte* first = data + lanes.Offset1;
                    if (scratch is null)
                    {
                        new Span<SortKey<T>>(first, length).Sort();
                        continue;
                    }

                    for (int i = 0; i < length; i++)
                    {
                        scratch[i] = *(T*)(first + (i * stride));
                    }

                    new Span<SortKey<T>>(scratch, length).Sort();
                    for (int i = 0; i < length; i++)
                    {
                        *(T*)(first + (i * stride)) = scratch[i];
                    }
                }
            }
            finally
            {
                NativeMemory.Free(scratch);
            }

            return true;
        }
    }

    private readonly struct ArgsortVisitor(NDArray a, NDArray result, int axis) : IDTypeVisitor<bool>
    {
        public bool Visit<T>()
            where T : unmanaged
        {
            int length = LaneLength(a, axis);
            nint stride = a.StridesSpan[axis];
            nint resultStride = result.StridesSpan[axis];
            var lanes = new LaneWalker(a.shape.Dims, a.StridesSpan, result.StridesSpan, axis);
            byte* data = a.Data;
            byte* indices = result.Data;
            SortPair<T>* pairs = (SortPair<T>*)NativeMemory.Alloc((nuint)length, (nuint)sizeof(SortPair<T>));
            try
            {
                for (nint lane = 0; lane < lanes.Count; lane++, lanes.MoveNext())
                {
                    byte* first = data + lanes.Offset1;
                    for (int i = 0; i < length; i++)
                    {
                        pairs[i].Value = *(T*)(first + (i * stride));
                        pairs[i].Index = i;
                    }

                    new Span<SortPair<T>>(pairs, length).Sort();
                    byte* target = indices + lanes.Offset2;
                    for (int i = 0; i < length; i++)
                    {
                        *(long*)(target + (i * resultStride)) = pairs[i].Index;
                    }
                }
            }
            finally
            {
                NativeMemory.Free(pairs);
            }

            return true;
        }
    }
}
