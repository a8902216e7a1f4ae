using System.Numerics;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// <c>C = A·B</c> for the types without a packed kernel: integers (wrapping, so exact in any order), bool (NumPy's
/// <c>any(a &amp; b)</c>) and complex. Loop order i, p, j: a row of C is updated from a row of B, so contiguous B is
/// read sequentially; each element of C still sums over p in order, as NumPy's <c>@TYPE@_matmul_inner_noblas</c>.
/// </summary>
internal static unsafe class SimpleMatMul<T>
    where T : unmanaged
{
    public static void Multiply(in StridedMatrix a, in StridedMatrix b, T* c, nint ldc)
    {
        nint m = a.Rows;
        nint n = b.Cols;
        nint k = a.Cols;
        for (nint i = 0; i < m; i++)
        {
            T* row = c + (i * ldc);
            new Span<T>(row, checked((int)n)).Clear();
            for (nint p = 0; p < k; p++)
            {
                T x = a.At<T>(i, p);
                byte* bRow = b.Data + (p * b.RowStride);
                for (nint j = 0; j < n; j++)
                {
                    row[j] = MultiplyAdd(row[j], x, *(T*)(bRow + (j * b.ColStride)));
                }
            }
        }
    }

    /// <summary><c>acc + x*y</c> in <typeparamref name="T"/>'s arithmetic; the type tests fold away per T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T MultiplyAdd(T acc, T x, T y)
    {
        if (typeof(T) == typeof(bool))
        {
            bool r = Unsafe.As<T, bool>(ref acc) | (Unsafe.As<T, bool>(ref x) & Unsafe.As<T, bool>(ref y));
            return Unsafe.As<bool, T>(ref r);
        }

        if (typeof(T) == typeof(sbyte))
        {
            sbyte r = unchecked((sbyte)(Unsafe.As<T, sbyte>(ref acc) + (Unsafe.As<T, sbyte>(ref x) * Unsafe.As<T, sbyte>(ref y))));
            return Unsafe.As<sbyte, T>(ref r);
        }

        if (typeof(T) == typeof(byte))
        {
            byte r = unchecked((byte)(Unsafe.As<T, byte>(ref acc) + (Unsafe.As<T, byte>(ref x) * Unsafe.As<T, byte>(ref y))));
            return Unsafe.As<byte, T>(ref r);
        }

        if (typeof(T) == typeof(short))
        {
            short r = unchecked((short)(Unsafe.As<T, short>(ref acc) + (Unsafe.As<T, short>(ref x) * Unsafe.As<T, short>(ref y))));
            return Unsafe.As<short, T>(ref r);
        }

        if (typeof(T) == typeof(ushort))
        {
            ushort r = unchecked((ushort)(Unsafe.As<T, ushort>(ref acc) + (Unsafe.As<T, ushort>(ref x) * Unsafe.As<T, ushort>(ref y))));
            return Unsafe.As<ushort, T>(ref r);
        }

        if (typeof(T) == typeof(int))
        {
            int r = unchecked(Unsafe.As<T, int>(ref acc) + (Unsafe.As<T, int>(ref x) * Unsafe.As<T, int>(ref y)));
            return Unsafe.As<int, T>(ref r);
        }

        if (typeof(T) == typeof(uint))
        {
            uint r = unchecked(Unsafe.As<T, uint>(ref acc) + (Unsafe.As<T, uint>(ref x) * Unsafe.As<T, uint>(ref y)));
            return Unsafe.As<uint, T>(ref r);
        }

        if (typeof(T) == typeof(long))
        {
            long r = unchecked(Unsafe.As<T, long>(ref acc) + (Unsafe.As<T, long>(ref x) * Unsafe.As<T, long>(ref y)));
            return Unsafe.As<long, T>(ref r);
        }

        if (typeof(T) == typeof(ulong))
        {
            ulong r = unchecked(Unsafe.As<T, ulong>(ref acc) + (Unsafe.As<T, ulong>(ref x) * Unsafe.As<T, ulong>(ref y)));
            return Unsafe.As<ulong, T>(ref r);
        }

        if (typeof(T) == typeof(float))
        {
            float r = Unsafe.As<T, float>(ref acc) + (Unsafe.As<T, float>(ref x) * Unsafe.As<T, float>(ref y));
            return Unsafe.As<float, T>(ref r);
        }

        if (typeof(T) == typeof(double))
        {
            double r = Unsafe.As<T, double>(ref acc) + (Unsafe.As<T, double>(ref x) * Unsafe.As<T, double>(ref y));
            return Unsafe.As<double, T>(ref r);
        }

        if (typeof(T) == typeof(Complex64))
        {
            // In float arithmetic, as NumPy's complex64 loops (cgemm or the noblas loop) run.
            Complex64 s = Unsafe.As<T, Complex64>(ref acc);
            Complex64 u = Unsafe.As<T, Complex64>(ref x);
            Complex64 v = Unsafe.As<T, Complex64>(ref y);
            var r = new Complex64(
                s.Real + ((u.Real * v.Real) - (u.Imaginary * v.Imaginary)),
                s.Imaginary + ((u.Real * v.Imaginary) + (u.Imaginary * v.Real)));
            return Unsafe.As<Complex64, T>(ref r);
        }

        if (typeof(T) == typeof(Complex))
        {
            Complex s = Unsafe.As<T, Complex>(ref acc);
            Complex u = Unsafe.As<T, Complex>(ref x);
            Complex v = Unsafe.As<T, Complex>(ref y);
            var r = new Complex(
                s.Real + ((u.Real * v.Real) - (u.Imaginary * v.Imaginary)),
                s.Imaginary + ((u.Real * v.Imaginary) + (u.Imaginary * v.Real)));
            return Unsafe.As<Complex, T>(ref r);
        }

        throw new NotSupportedException(typeof(T).Name);
    }
}
