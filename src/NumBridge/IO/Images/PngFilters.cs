using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NumBridge.IO.Images;

/// <summary>
/// PNG's five row filters (PNG specification, section 9): None, Sub, Up, Average and Paeth. Each predicts a byte
/// from its left neighbour <c>a</c> (the byte one pixel back, <c>bpp</c> bytes), the byte above <c>b</c> and the
/// byte above-left <c>c</c>; the file stores <c>x - predictor</c> modulo 256. Bytes left of the row read as 0, as
/// does the row above the first.
/// </summary>
/// <remarks>
/// Filtering (encode) has no dependency between bytes, so every filter runs 16 bytes at a time. Unfiltering Paeth
/// (decode) depends on the pixel just decoded; for 3- and 4-byte pixels it runs one pixel per step in 16-bit lanes,
/// as libpng's SSE2 code does. The other loops are scalar over pointers, each in its own small method so the JIT
/// optimizes it fully.
/// </remarks>
internal static unsafe class PngFilters
{
    public const int None = 0;
    public const int Sub = 1;
    public const int Up = 2;
    public const int Average = 3;
    public const int Paeth = 4;

    /// <summary>Reverses filter <paramref name="filter"/>: <paramref name="dst"/> = <paramref name="src"/> + predictor,
    /// predicted from <paramref name="dst"/> (left) and <paramref name="prior"/> (the unfiltered row above).</summary>
    /// <returns>False for a filter type other than 0 to 4.</returns>
    public static bool Unfilter(int filter, ReadOnlySpan<byte> src, Span<byte> dst, ReadOnlySpan<byte> prior, int bpp)
    {
        int n = src.Length;
        if (filter is < None or > Paeth)
        {
            return false;
        }

        // The spans are checked once here; the loops run on pointers without per-byte bounds checks.
        dst = dst[..n];
        prior = prior[..n];
        if (n < bpp)
        {
            bpp = n;
        }

        fixed (byte* s = src)
        fixed (byte* d = dst)
        fixed (byte* p = prior)
        {
            switch (filter)
            {
                case None:
                    src.CopyTo(dst);
                    break;
                case Sub:
                    UnfilterSub(s, d, n, bpp);
                    break;
                case Up:
                    Add(s, p, d, n);
                    break;
                case Average:
                    UnfilterAverage(s, d, p, n, bpp);
                    break;
                default:
                    if ((bpp == 3 || bpp == 4) && Vector128.IsHardwareAccelerated && n >= 8)
                    {
                        UnfilterPaethPixels(s, d, p, n, bpp);
                    }
                    else
                    {
                        UnfilterPaeth(s, d, p, n, bpp);
                    }

                    break;
            }
        }

        return true;
    }

    private static void UnfilterSub(byte* s, byte* d, int n, int bpp)
    {
        int i = 0;
        for (; i < bpp; i++)
        {
            d[i] = s[i];
        }

        for (; i < n; i++)
        {
            d[i] = (byte)(s[i] + d[i - bpp]);
        }
    }

    private static void UnfilterAverage(byte* s, byte* d, byte* p, int n, int bpp)
    {
        int i = 0;
        for (; i < bpp; i++)
        {
            d[i] = (byte)(s[i] + (p[i] >> 1));
        }

        for (; i < n; i++)
        {
            d[i] = (byte)(s[i] + ((d[i - bpp] + p[i]) >> 1));
        }
    }

    private static void UnfilterPaeth(byte* s, byte* d, byte* p, int n, int bpp)
    {
        int i = 0;
        for (; i < bpp; i++)
        {
            d[i] = (byte)(s[i] + p[i]);
        }

        for (; i < n; i++)
        {
            d[i] = (byte)(s[i] + PaethPredictor(d[i - bpp], p[i], p[i - bpp]));
        }
    }

    /// <summary>Paeth for 3- or 4-byte pixels: each step predicts a whole pixel in 16-bit lanes.</summary>
    private static void UnfilterPaethPixels(byte* s, byte* d, byte* p, int n, int bpp)
    {
        Vector128<short> a = Vector128<short>.Zero;
        Vector128<short> c = Vector128<short>.Zero;
        Vector128<short> low = Vector128.Create((short)0xFF);
        int i = 0;
        // Four bytes are read and written per step; the last pixel goes to the scalar loop so no access passes n.
        for (; i + 4 < n; i += bpp)
        {
            Vector128<short> b = Widen(Unsafe.ReadUnaligned<int>(p + i));
            Vector128<short> x = Widen(Unsafe.ReadUnaligned<int>(s + i));
            a = (x + PaethLanes(a, b, c)) & low;
            c = b;
            int packed = Vector128.Narrow(a.AsUInt16(), a.AsUInt16()).AsInt32().ToScalar();
            // For 3-byte pixels this writes the next pixel's first byte too; the next step overwrites it.
            Unsafe.WriteUnaligned(d + i, packed);
        }

        for (; i < n; i++)
        {
            int left = i >= bpp ? d[i - bpp] : 0;
            int upperLeft = i >= bpp ? p[i - bpp] : 0;
            d[i] = (byte)(s[i] + PaethPredictor(left, p[i], upperLeft));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Widen(int fourBytes) =>
        Vector128.WidenLower(Vector128.CreateScalarUnsafe(fourBytes).AsByte()).AsInt16();

    /// <summary>The Paeth predictor in 16-bit lanes, with the scalar version's ties.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> PaethLanes(Vector128<short> a, Vector128<short> b, Vector128<short> c)
    {
        Vector128<short> pa = Vector128.Abs(b - c);
        Vector128<short> pb = Vector128.Abs(a - c);
        Vector128<short> pc = Vector128.Abs(a + b - c - c);
        Vector128<short> nearest = Vector128.ConditionalSelect(Vector128.LessThan(pb, pa), b, a);
        Vector128<short> distance = Vector128.Min(pa, pb);
        return Vector128.ConditionalSelect(Vector128.LessThan(pc, distance), c, nearest);
    }

    /// <summary>The Paeth predictor: of a, b and c, the one closest to <c>a + b - c</c>, ties to a, then b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PaethPredictor(int a, int b, int c)
    {
        int pa = Abs(b - c);
        int pb = Abs(a - c);
        int pc = Abs(a + b - c - c);
        // Branch-free form of "pa <= pb && pa <= pc ? a : pb <= pc ? b : c" (same ties).
        int nearest = pb < pa ? b : a;
        int distance = pb < pa ? pb : pa;
        return pc < distance ? c : nearest;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Abs(int x)
    {
        int sign = x >> 31;
        return (x ^ sign) - sign;
    }

    /// <summary>
    /// Filters one row the way Pillow's <c>ZipEncode.c</c> does (its rule is libpng's "minimum sum of absolute
    /// differences"): tries None, Up, Sub, (Average only when <paramref name="optimize"/>), Paeth in that order,
    /// keeps the first with the smallest sum of <c>|signed byte|</c>, and stops once a sum is 0. Writes the filter
    /// type to <c>output[0]</c> and the filtered bytes after it.
    /// </summary>
    /// <param name="row">The raw row.</param>
    /// <param name="prior">The raw row above (zeros for the first row).</param>
    /// <param name="bpp">Bytes per complete pixel, at least 1.</param>
    /// <param name="optimize">Whether to try Average too (Pillow's <c>optimize=True</c>).</param>
    /// <param name="output">Receives 1 + <c>row.Length</c> bytes.</param>
    /// <param name="scratch">Working space of 1 + <c>row.Length</c> bytes.</param>
    public static void FilterRow(ReadOnlySpan<byte> row, ReadOnlySpan<byte> prior, int bpp, bool optimize, Span<byte> output, Span<byte> scratch)
    {
        int n = row.Length;
        prior = prior[..n];
        output = output[..(n + 1)];
        scratch = scratch[..(n + 1)];
        bpp = Math.Min(bpp, n);
        fixed (byte* r = row)
        fixed (byte* p = prior)
        fixed (byte* o = output)
        fixed (byte* t = scratch)
        {
            // Two buffers, each [filter type, bytes...]: "best" holds the winner so far, "trial" the candidate.
            byte* best = o;
            byte* trial = t;
            row.CopyTo(output[1..]);
            best[0] = None;
            long sum = SumAbs(best + 1, n);
            ReadOnlySpan<byte> order = [Up, Sub, Average, Paeth];
            foreach (byte filter in order)
            {
                if (sum == 0 || (filter == Average && !optimize))
                {
                    continue;
                }

                byte* f = trial + 1;
                switch (filter)
                {
                    case Up:
                        Subtract(r, p, f, n);
                        break;
                    case Sub:
                        FilterSub(r, f, n, bpp);
                        break;
                    case Average:
                        FilterAverage(r, p, f, n, bpp);
                        break;
                    default:
                        FilterPaeth(r, p, f, n, bpp);
                        break;
                }

                long s = SumAbs(f, n);
                if (s < sum)
                {
                    trial[0] = (byte)filter;
                    byte* kept = trial;
                    trial = best;
                    best = kept;
                    sum = s;
                }
            }

            if (best != o)
            {
                // The winner sits in the scratch buffer: move it, with its filter type, into the output.
                scratch.CopyTo(output);
            }
        }
    }

    private static void FilterSub(byte* r, byte* f, int n, int bpp)
    {
        int i = 0;
        for (; i < bpp; i++)
        {
            f[i] = r[i];
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= n; i += 16)
            {
                (Vector128.Load(r + i) - Vector128.Load(r + i - bpp)).Store(f + i);
            }
        }

        for (; i < n; i++)
        {
            f[i] = (byte)(r[i] - r[i - bpp]);
        }
    }

    private static void FilterAverage(byte* r, byte* p, byte* f, int n, int bpp)
    {
        int i = 0;
        for (; i < bpp; i++)
        {
            f[i] = (byte)(r[i] - (p[i] >> 1));
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= n; i += 16)
            {
                Vector128<byte> a = Vector128.Load(r + i - bpp);
                Vector128<byte> b = Vector128.Load(p + i);
                // floor((a + b) / 2) without overflow.
                Vector128<byte> mean = (a & b) + Vector128.ShiftRightLogical(a ^ b, 1);
                (Vector128.Load(r + i) - mean).Store(f + i);
            }
        }

        for (; i < n; i++)
        {
            f[i] = (byte)(r[i] - ((r[i - bpp] + p[i]) >> 1));
        }
    }

    private static void FilterPaeth(byte* r, byte* p, byte* f, int n, int bpp)
    {
        int i = 0;
        for (; i < bpp; i++)
        {
            f[i] = (byte)(r[i] - p[i]);
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= n; i += 16)
            {
                (Vector128<ushort> aLo, Vector128<ushort> aHi) = Vector128.Widen(Vector128.Load(r + i - bpp));
                (Vector128<ushort> bLo, Vector128<ushort> bHi) = Vector128.Widen(Vector128.Load(p + i));
                (Vector128<ushort> cLo, Vector128<ushort> cHi) = Vector128.Widen(Vector128.Load(p + i - bpp));
                Vector128<short> lo = PaethLanes(aLo.AsInt16(), bLo.AsInt16(), cLo.AsInt16());
                Vector128<short> hi = PaethLanes(aHi.AsInt16(), bHi.AsInt16(), cHi.AsInt16());
                (Vector128.Load(r + i) - Vector128.Narrow(lo.AsUInt16(), hi.AsUInt16())).Store(f + i);
            }
        }

        for (; i < n; i++)
        {
            f[i] = (byte)(r[i] - PaethPredictor(r[i - bpp], p[i], p[i - bpp]));
        }
    }

    /// <summary>The sum of the bytes read as signed distances from zero (<c>v &lt; 128 ? v : 256 - v</c>).</summary>
    private static long SumAbs(byte* bytes, int n)
    {
        long sum = 0;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var acc = Vector128<uint>.Zero;
            for (; i + 16 <= n; i += 16)
            {
                // |-128| is 128, which the unsigned view of the absolute value keeps.
                Vector128<byte> abs = Vector128.Abs(Vector128.Load((sbyte*)bytes + i)).AsByte();
                (Vector128<ushort> lo, Vector128<ushort> hi) = Vector128.Widen(abs);
                (Vector128<uint> a, Vector128<uint> b) = Vector128.Widen(lo + hi);
                acc += a + b;
            }

            sum = Vector128.Sum(acc);
        }

        for (; i < n; i++)
        {
            int v = bytes[i];
            sum += v < 128 ? v : 256 - v;
        }

        return sum;
    }

    private static void Add(byte* x, byte* y, byte* dst, int n)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= n; i += 16)
            {
                (Vector128.Load(x + i) + Vector128.Load(y + i)).Store(dst + i);
            }
        }

        for (; i < n; i++)
        {
            dst[i] = (byte)(x[i] + y[i]);
        }
    }

    private static void Subtract(byte* x, byte* y, byte* dst, int n)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + 16 <= n; i += 16)
            {
                (Vector128.Load(x + i) - Vector128.Load(y + i)).Store(dst + i);
            }
        }

        for (; i < n; i++)
        {
            dst[i] = (byte)(x[i] - y[i]);
        }
    }
}
