using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NumBridge.Kernels;

/// <summary>
/// NumPy's sort order for one element type (<c>numpy/_core/src/npysort/npysort_common.h</c>, the <c>@TYPE@_LT</c>
/// macros): NaN after every number; complex lexicographic by (real, imag) in the classes
/// <c>[R + Rj, R + nanj, nan + Rj, nan + nanj]</c>; <c>-0.0</c> equals <c>0.0</c>; false before true.
/// </summary>
internal static class ElementOrder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare<T>(T x, T y)
        where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) return Unsafe.As<T, byte>(ref x).CompareTo(Unsafe.As<T, byte>(ref y));
        if (typeof(T) == typeof(sbyte)) return Unsafe.As<T, sbyte>(ref x).CompareTo(Unsafe.As<T, sbyte>(ref y));
        if (typeof(T) == typeof(byte)) return Unsafe.As<T, byte>(ref x).CompareTo(Unsafe.As<T, byte>(ref y));
        if (typeof(T) == typeof(short)) return Unsafe.As<T, short>(ref x).CompareTo(Unsafe.As<T, short>(ref y));
        if (typeof(T) == typeof(ushort)) return Unsafe.As<T, ushort>(ref x).CompareTo(Unsafe.As<T, ushort>(ref y));
        if (typeof(T) == typeof(int)) return Unsafe.As<T, int>(ref x).CompareTo(Unsafe.As<T, int>(ref y));
        if (typeof(T) == typeof(uint)) return Unsafe.As<T, uint>(ref x).CompareTo(Unsafe.As<T, uint>(ref y));
        if (typeof(T) == typeof(long)) return Unsafe.As<T, long>(ref x).CompareTo(Unsafe.As<T, long>(ref y));
        if (typeof(T) == typeof(ulong)) return Unsafe.As<T, ulong>(ref x).CompareTo(Unsafe.As<T, ulong>(ref y));
        if (typeof(T) == typeof(Half)) return Real((double)Unsafe.As<T, Half>(ref x), (double)Unsafe.As<T, Half>(ref y));
        if (typeof(T) == typeof(float)) return Real(Unsafe.As<T, float>(ref x), Unsafe.As<T, float>(ref y));
        if (typeof(T) == typeof(double)) return Real(Unsafe.As<T, double>(ref x), Unsafe.As<T, double>(ref y));
        if (typeof(T) == typeof(Complex64))
        {
            Complex64 a = Unsafe.As<T, Complex64>(ref x);
            Complex64 b = Unsafe.As<T, Complex64>(ref y);
            return Complex(a.Real, a.Imaginary, b.Real, b.Imaginary);
        }

        Complex u = Unsafe.As<T, Complex>(ref x);
        Complex v = Unsafe.As<T, Complex>(ref y);
        return Complex(u.Real, u.Imaginary, v.Real, v.Imaginary);
    }

    /// <summary>Whether <c>x == y</c> as NumPy's <c>equal</c>: a NaN (in either part of a complex) equals nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal<T>(T x, T y)
        where T : unmanaged => !IsNaN(x) && !IsNaN(y) && Compare(x, y) == 0;

    /// <summary>Whether two sorted neighbours are the same value for <c>unique</c>: equal, or both NaN (NumPy's
    /// <c>equal_nan=True</c>; a complex is NaN when either part is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameValue<T>(T x, T y)
        where T : unmanaged
    {
        if (typeof(T) == typeof(Half) || typeof(T) == typeof(float) || typeof(T) == typeof(double)
            || typeof(T) == typeof(Complex64) || typeof(T) == typeof(Complex))
        {
            bool nx = IsNaN(x);
            bool ny = IsNaN(y);
            if (nx || ny)
            {
                return nx && ny;
            }
        }

        return Compare(x, y) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNaN<T>(T x)
        where T : unmanaged
    {
        if (typeof(T) == typeof(Half)) return Half.IsNaN(Unsafe.As<T, Half>(ref x));
        if (typeof(T) == typeof(float)) return float.IsNaN(Unsafe.As<T, float>(ref x));
        if (typeof(T) == typeof(double)) return double.IsNaN(Unsafe.As<T, double>(ref x));
        if (typeof(T) == typeof(Complex64))
        {
            Complex64 c = Unsafe.As<T, Complex64>(ref x);
            return float.IsNaN(c.Real) || float.IsNaN(c.Imaginary);
        }

        if (typeof(T) == typeof(Complex))
        {
            Complex c = Unsafe.As<T, Complex>(ref x);
            return double.IsNaN(c.Real) || double.IsNaN(c.Imaginary);
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Real(double x, double y)
    {
        if (x < y) return -1;
        if (x > y) return 1;
        bool nx = double.IsNaN(x);
        bool ny = double.IsNaN(y);
        return nx == ny ? 0 : nx ? 1 : -1;
    }

    private static int Complex(double xr, double xi, double yr, double yi)
    {
        // The class (R + Rj, R + nanj, nan + Rj, nan + nanj) first, then the parts that are numbers.
        int cx = (double.IsNaN(xr) ? 2 : 0) + (double.IsNaN(xi) ? 1 : 0);
        int cy = (double.IsNaN(yr) ? 2 : 0) + (double.IsNaN(yi) ? 1 : 0);
        if (cx != cy)
        {
            return cx.CompareTo(cy);
        }

        int c = cx < 2 ? Real(xr, yr) : 0;
        return c != 0 ? c : Real(xi, yi);
    }
}

/// <summary>An element with NumPy's order, laid out exactly as <typeparamref name="T"/>, so a lane of T can be
/// reinterpreted (<see cref="MemoryMarshal.Cast{TFrom, TTo}(Span{TFrom})"/>) and sorted by
/// <see cref="MemoryExtensions.Sort{T}(Span{T})"/> with a direct, inlinable <c>CompareTo</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct SortKey<T> : IComparable<SortKey<T>>
    where T : unmanaged
{
    public readonly T Value;

    public int CompareTo(SortKey<T> other) => ElementOrder.Compare(Value, other.Value);
}

/// <summary>A value and its position in the lane; ordering ties by position makes any sort stable, as NumPy's
/// mergesort/timsort (<c>kind="stable"</c>).</summary>
internal struct SortPair<T> : IComparable<SortPair<T>>
    where T : unmanaged
{
    public T Value;
    public long Index;

    public readonly int CompareTo(SortPair<T> other)
    {
        int c = ElementOrder.Compare(Value, other.Value);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }
}
