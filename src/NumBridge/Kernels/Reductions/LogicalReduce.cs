using System.Diagnostics;

namespace NumBridge.Kernels;

/// <summary><c>logical_or.reduce</c> over bool (the input is first cast to bool: nonzero, NaN included, is true).</summary>
internal readonly unsafe struct AnyReduce : IReduceOperator
{
    public static string Name => "logical_or";

    public static bool HasIdentity => true;

    public static T Identity<T>()
        where T : unmanaged => default;

    public static T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged
    {
        Debug.Assert(typeof(T) == typeof(bool));
        bool any = ReduceLoops.As<T, bool>(acc) || LogicalScan.Find(a, stride, n, 0, negate: true);
        return ReduceLoops.As<bool, T>(any);
    }

    public static void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged
    {
        for (nint i = 0; i < n; i++)
        {
            dst[i * dstStride] |= src[i * srcStride];
        }
    }
}

/// <summary><c>logical_and.reduce</c> over bool.</summary>
internal readonly unsafe struct AllReduce : IReduceOperator
{
    public static string Name => "logical_and";

    public static bool HasIdentity => true;

    public static T Identity<T>()
        where T : unmanaged => ReduceLoops.As<bool, T>(true);

    public static T Fold<T>(T acc, byte* a, nint stride, nint n)
        where T : unmanaged
    {
        Debug.Assert(typeof(T) == typeof(bool));
        bool all = ReduceLoops.As<T, bool>(acc) && !LogicalScan.Find(a, stride, n, 0, negate: false);
        return ReduceLoops.As<bool, T>(all);
    }

    public static void Accumulate<T>(byte* dst, nint dstStride, byte* src, nint srcStride, nint n)
        where T : unmanaged
    {
        for (nint i = 0; i < n; i++)
        {
            dst[i * dstStride] &= src[i * srcStride];
        }
    }
}

/// <summary>Searches bool bytes, vectorised when contiguous.</summary>
internal static unsafe class LogicalScan
{
    /// <summary>Whether some byte equals <paramref name="value"/> (or, with <paramref name="negate"/>, differs from it).</summary>
    public static bool Find(byte* a, nint stride, nint n, byte value, bool negate)
    {
        if (stride == 1)
        {
            for (nint start = 0; start < n; start += ElementwiseLoops.MaxSpan)
            {
                var span = new ReadOnlySpan<byte>(a + start, (int)Math.Min(ElementwiseLoops.MaxSpan, n - start));
                if ((negate ? span.IndexOfAnyExcept(value) : span.IndexOf(value)) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        for (nint i = 0; i < n; i++)
        {
            if ((a[i * stride] == value) != negate)
            {
                return true;
            }
        }

        return false;
    }
}
