using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NumBridge.Kernels;

/// <summary>
/// <c>C = A·B</c> for float32 and float64, in the Goto/BLIS structure that OpenBLAS uses: B is packed a
/// <c>KC x NC</c> panel at a time into <c>NR</c>-wide slivers, A a <c>MC x KC</c> block at a time into
/// <c>MR</c>-tall slivers, and a register-blocked micro-kernel multiplies one A sliver by one B sliver into a
/// <c>MR x NR</c> tile of C that lives in twelve Vector256 registers for the whole <c>KC</c> loop.
/// </summary>
/// <remarks>
/// <para>
/// Loops, outer to inner: <c>jc</c> over NC columns of B; <c>pc</c> over KC rows of B (pack once, shared by all
/// threads); row blocks of C split across cores (<see cref="ParallelRange"/>), each thread packing its own A block;
/// <c>jr</c> over B slivers (one stays in L1); <c>ir</c> over A slivers (the A block stays in L2). The first
/// <c>pc</c> block stores into C, later ones add to it.
/// </para>
/// <para>
/// Sums run in another order than NumPy's BLAS (blocked along k), so results agree within rounding, not bit for bit.
/// Every element of C is summed in the same order whatever the core count, so results do not depend on it.
/// </para>
/// <para>
/// Packing pads ragged edges with zeros, so the micro-kernel always runs a full tile; edge tiles go through a small
/// scratch tile and only their valid part is copied out.
/// </para>
/// </remarks>
internal static unsafe class Gemm<T>
    where T : unmanaged
{
    /// <summary>Rows of the micro-tile: 6 rows x 2 vectors = 12 accumulators, 2 B vectors and 1 broadcast of the
    /// 16 ymm registers.</summary>
    public const int MR = 6;

    /// <summary>Depth of a packed panel: an A sliver (6 x 256) and a B sliver (256 x 16 floats, 16 KiB) fit L1.</summary>
    public const int KC = 256;

    /// <summary>Rows of a packed A block: 96 x 256 floats is 96 KiB, inside L2.</summary>
    public const int MC = 96;

    /// <summary>Columns of a packed B panel: 256 x 2048 floats is 2 MiB, a share of L3.</summary>
    public const int NC = 2048;

    /// <summary>Columns of the micro-tile: two vectors.</summary>
    public static int NR => Vector256<T>.Count * 2;

    /// <summary>Computes <c>C = A·B</c>; C is row-major with <paramref name="ldc"/> elements per row.</summary>
    public static void Multiply(in StridedMatrix a, in StridedMatrix b, T* c, nint ldc)
    {
        Debug.Assert(typeof(T) == typeof(float) || typeof(T) == typeof(double));
        Debug.Assert(a.Cols == b.Rows);
        nint m = a.Rows;
        nint n = b.Cols;
        nint k = a.Cols;
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0)
        {
            for (nint i = 0; i < m; i++)
            {
                new Span<T>(c + (i * ldc), checked((int)n)).Clear();
            }

            return;
        }

        int nr = NR;
        nint ncMax = Math.Min(NC, RoundUp(n, nr));
        T* bPacked = (T*)NativeMemory.AlignedAlloc((nuint)(KC * ncMax * sizeof(T)), 64);
        try
        {
            for (nint jc = 0; jc < n; jc += NC)
            {
                nint nc = Math.Min(NC, n - jc);
                for (nint pc = 0; pc < k; pc += KC)
                {
                    nint kc = Math.Min(KC, k - pc);
                    PackB(b, pc, kc, jc, nc, bPacked);
                    var blocks = new RowBlocks(a, bPacked, c, ldc, pc, kc, jc, nc, accumulate: pc > 0);
                    ParallelRange.For(m, kc * nc * sizeof(T), blocks);
                }
            }
        }
        finally
        {
            NativeMemory.AlignedFree(bPacked);
        }
    }

    private static nint RoundUp(nint value, nint multiple) => (value + multiple - 1) / multiple * multiple;

    /// <summary>Packs <c>B[pc:pc+kc, jc:jc+nc]</c> as slivers of <c>NR</c> columns: sliver s, row p, column jj at
    /// <c>s*kc*NR + p*NR + jj</c>, zero past the last column.</summary>
    private static void PackB(in StridedMatrix b, nint pc, nint kc, nint jc, nint nc, T* packed)
    {
        int nr = NR;
        for (nint j0 = 0; j0 < nc; j0 += nr)
        {
            T* dst = packed + (j0 * kc);
            nint width = Math.Min(nr, nc - j0);
            byte* column = b.Data + ((jc + j0) * b.ColStride) + (pc * b.RowStride);
            if (width == nr && b.ColStride == sizeof(T))
            {
                for (nint p = 0; p < kc; p++)
                {
                    T* src = (T*)(column + (p * b.RowStride));
                    Vector256.Store(Vector256.Load(src), dst);
                    Vector256.Store(Vector256.Load(src + Vector256<T>.Count), dst + Vector256<T>.Count);
                    dst += nr;
                }

                continue;
            }

            for (nint p = 0; p < kc; p++)
            {
                byte* row = column + (p * b.RowStride);
                nint jj = 0;
                for (; jj < width; jj++)
                {
                    dst[jj] = *(T*)(row + (jj * b.ColStride));
                }

                for (; jj < nr; jj++)
                {
                    dst[jj] = default;
                }

                dst += nr;
            }
        }
    }

    /// <summary>Packs <c>A[ic:ic+mc, pc:pc+kc]</c> as slivers of <c>MR</c> rows: sliver s, column p, row r at
    /// <c>s*kc*MR + p*MR + r</c>, zero past the last row.</summary>
    private static void PackA(in StridedMatrix a, nint ic, nint mc, nint pc, nint kc, T* packed)
    {
        for (nint i0 = 0; i0 < mc; i0 += MR)
        {
            T* dst = packed + (i0 * kc);
            nint height = Math.Min(MR, mc - i0);
            for (nint r = 0; r < MR; r++)
            {
                if (r >= height)
                {
                    for (nint p = 0; p < kc; p++)
                    {
                        dst[(p * MR) + r] = default;
                    }

                    continue;
                }

                byte* src = a.Data + ((ic + i0 + r) * a.RowStride) + (pc * a.ColStride);
                if (a.ColStride == sizeof(T))
                {
                    T* s = (T*)src;
                    for (nint p = 0; p < kc; p++)
                    {
                        dst[(p * MR) + r] = s[p];
                    }
                }
                else
                {
                    for (nint p = 0; p < kc; p++)
                    {
                        dst[(p * MR) + r] = *(T*)(src + (p * a.ColStride));
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> MultiplyAdd(Vector256<T> x, Vector256<T> y, Vector256<T> acc)
    {
        if (!System.Runtime.Intrinsics.X86.Fma.IsSupported)
        {
            return (x * y) + acc;
        }

        if (typeof(T) == typeof(float))
        {
            return Vector256.FusedMultiplyAdd(x.AsSingle(), y.AsSingle(), acc.AsSingle()).As<float, T>();
        }

        return Vector256.FusedMultiplyAdd(x.AsDouble(), y.AsDouble(), acc.AsDouble()).As<double, T>();
    }

    /// <summary>
    /// The micro-kernel: a 6 x NR tile of C from one packed A sliver and one packed B sliver. Twelve named
    /// accumulators, not an array, so the JIT keeps them all in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MicroKernel(nint kc, T* ap, T* bp, T* c, nint ldc, bool accumulate)
    {
        int w = Vector256<T>.Count;
        Vector256<T> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<T> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (nint p = 0; p < kc; p++)
        {
            Vector256<T> b0 = Vector256.LoadAligned(bp);
            Vector256<T> b1 = Vector256.LoadAligned(bp + w);
            Vector256<T> x = Vector256.Create(ap[0]);
            c00 = MultiplyAdd(x, b0, c00);
            c01 = MultiplyAdd(x, b1, c01);
            x = Vector256.Create(ap[1]);
            c10 = MultiplyAdd(x, b0, c10);
            c11 = MultiplyAdd(x, b1, c11);
            x = Vector256.Create(ap[2]);
            c20 = MultiplyAdd(x, b0, c20);
            c21 = MultiplyAdd(x, b1, c21);
            x = Vector256.Create(ap[3]);
            c30 = MultiplyAdd(x, b0, c30);
            c31 = MultiplyAdd(x, b1, c31);
            x = Vector256.Create(ap[4]);
            c40 = MultiplyAdd(x, b0, c40);
            c41 = MultiplyAdd(x, b1, c41);
            x = Vector256.Create(ap[5]);
            c50 = MultiplyAdd(x, b0, c50);
            c51 = MultiplyAdd(x, b1, c51);
            ap += MR;
            bp += 2 * w;
        }

        StoreRow(c, w, accumulate, c00, c01);
        StoreRow(c + ldc, w, accumulate, c10, c11);
        StoreRow(c + (2 * ldc), w, accumulate, c20, c21);
        StoreRow(c + (3 * ldc), w, accumulate, c30, c31);
        StoreRow(c + (4 * ldc), w, accumulate, c40, c41);
        StoreRow(c + (5 * ldc), w, accumulate, c50, c51);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow(T* c, int w, bool accumulate, Vector256<T> v0, Vector256<T> v1)
    {
        if (accumulate)
        {
            v0 += Vector256.Load(c);
            v1 += Vector256.Load(c + w);
        }

        Vector256.Store(v0, c);
        Vector256.Store(v1, c + w);
    }

    /// <summary>One thread's share of C's rows for one packed B panel.</summary>
    private readonly struct RowBlocks : IRangeAction
    {
        private readonly StridedMatrix _a;
        private readonly T* _bPacked;
        private readonly T* _c;
        private readonly nint _ldc;
        private readonly nint _pc;
        private readonly nint _kc;
        private readonly nint _jc;
        private readonly nint _nc;
        private readonly bool _accumulate;

        public RowBlocks(StridedMatrix a, T* bPacked, T* c, nint ldc, nint pc, nint kc, nint jc, nint nc, bool accumulate)
        {
            _a = a;
            _bPacked = bPacked;
            _c = c;
            _ldc = ldc;
            _pc = pc;
            _kc = kc;
            _jc = jc;
            _nc = nc;
            _accumulate = accumulate;
        }

        public void Invoke(nint start, nint end)
        {
            int nr = NR;
            T* aPacked = (T*)NativeMemory.AlignedAlloc((nuint)(MC * KC * sizeof(T)), 64);
            T* tile = stackalloc T[MR * 16];
            try
            {
                for (nint ic = start; ic < end; ic += MC)
                {
                    nint mc = Math.Min(MC, end - ic);
                    PackA(_a, ic, mc, _pc, _kc, aPacked);
                    for (nint jr = 0; jr < _nc; jr += nr)
                    {
                        nint width = Math.Min(nr, _nc - jr);
                        T* bp = _bPacked + (jr * _kc);
                        for (nint ir = 0; ir < mc; ir += MR)
                        {
                            nint height = Math.Min(MR, mc - ir);
                            T* ap = aPacked + (ir * _kc);
                            T* c = _c + ((ic + ir) * _ldc) + _jc + jr;
                            if (height == MR && width == nr)
                            {
                                MicroKernel(_kc, ap, bp, c, _ldc, _accumulate);
                            }
                            else
                            {
                                MicroKernel(_kc, ap, bp, tile, nr, accumulate: false);
                                CopyEdge(tile, nr, c, _ldc, height, width, _accumulate);
                            }
                        }
                    }
                }
            }
            finally
            {
                NativeMemory.AlignedFree(aPacked);
            }
        }

        private static void CopyEdge(T* tile, nint ldt, T* c, nint ldc, nint height, nint width, bool accumulate)
        {
            for (nint r = 0; r < height; r++)
            {
                for (nint j = 0; j < width; j++)
                {
                    T value = tile[(r * ldt) + j];
                    c[(r * ldc) + j] = accumulate ? Add(c[(r * ldc) + j], value) : value;
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T Add(T x, T y)
        {
            if (typeof(T) == typeof(float))
            {
                float r = Unsafe.As<T, float>(ref x) + Unsafe.As<T, float>(ref y);
                return Unsafe.As<float, T>(ref r);
            }

            double d = Unsafe.As<T, double>(ref x) + Unsafe.As<T, double>(ref y);
            return Unsafe.As<double, T>(ref d);
        }
    }
}
