using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NumBridge.IO.Images;

/// <summary>
/// PNG's five row filters (PNG specification, section 9): None, Sub, Up, Average and Paeth. Each predicts a byte
/// from its left neighbour <c>a</c> (the byte one pixel back, <c>bpp</c> bytes), the byte above <c>b</c> and the
/// byte above-left <c>c</c>; the file stores <c>x - predictor</c> modulo 256. Bytes left of the row read as 0, as
/// does the row above the first.
/// </summary>
internal static class PngFilters
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
        dst = dst[..n];
        prior = prior[..n];
        switch (filter)
        {
            case None:
                src.CopyTo(dst);
                return true;
            case Sub:
                src[..bpp].CopyTo(dst);
                for (int i = bpp; i < n; i++)
                {
                    dst[i] = (byte)(src[i] + dst[i - bpp]);
                }

                return true;
            case Up:
                AddVectors(src, prior, dst);
                return true;
            case Average:
                for (int i = 0; i < bpp; i++)
                {
                    dst[i] = (byte)(src[i] + (prior[i] >> 1));
                }

                for (int i = bpp; i < n; i++)
                {
                    dst[i] = (byte)(src[i] + ((dst[i - bpp] + prior[i]) >> 1));
                }

                return true;
            case Paeth:
                for (int i = 0; i < bpp; i++)
                {
                    dst[i] = (byte)(src[i] + prior[i]);
                }

                for (int i = bpp; i < n; i++)
                {
                    dst[i] = (byte)(src[i] + PaethPredictor(dst[i - bpp], prior[i], prior[i - bpp]));
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The Paeth predictor: of a, b and c, the one closest to <c>a + b - c</c>, ties to a, then b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PaethPredictor(int a, int b, int c)
    {
        int pa = Math.Abs(b - c);
        int pb = Math.Abs(a - c);
        int pc = Math.Abs(a + b - c - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
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
        Span<byte> best = output[1..(n + 1)];
        Span<byte> trial = scratch[1..(n + 1)];
        row.CopyTo(best);
        output[0] = None;
        long sum = SumAbs(best);

        if (sum > 0)
        {
            SubtractVectors(row, prior, trial);
            sum = Keep(Up, trial, sum, output, scratch, ref best, ref trial);
        }

        if (sum > 0)
        {
            row[..bpp].CopyTo(trial);
            for (int i = bpp; i < n; i++)
            {
                trial[i] = (byte)(row[i] - row[i - bpp]);
            }

            sum = Keep(Sub, trial, sum, output, scratch, ref best, ref trial);
        }

        if (optimize && sum > 0)
        {
            for (int i = 0; i < bpp; i++)
            {
                trial[i] = (byte)(row[i] - (prior[i] >> 1));
            }

            for (int i = bpp; i < n; i++)
            {
                trial[i] = (byte)(row[i] - ((row[i - bpp] + prior[i]) >> 1));
            }

            sum = Keep(Average, trial, sum, output, scratch, ref best, ref trial);
        }

        if (sum > 0)
        {
            for (int i = 0; i < bpp; i++)
            {
                trial[i] = (byte)(row[i] - prior[i]);
            }

            for (int i = bpp; i < n; i++)
            {
                trial[i] = (byte)(row[i] - PaethPredictor(row[i - bpp], prior[i], prior[i - bpp]));
            }

            Keep(Paeth, trial, sum, output, scratch, ref best, ref trial);
        }

        if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(best), ref output[1]))
        {
            // The winner sits in the scratch buffer: move it, with its filter type, into the output.
            scratch[..(n + 1)].CopyTo(output);
        }
    }

    /// <summary>Keeps the trial when its sum is smaller: the two buffers swap roles, with the filter type in front.</summary>
    private static long Keep(int filter, Span<byte> trialBytes, long sum, Span<byte> output, Span<byte> scratch, ref Span<byte> best, ref Span<byte> trial)
    {
        long s = SumAbs(trialBytes);
        if (s >= sum)
        {
            return sum;
        }

        bool trialInScratch = Unsafe.AreSame(ref MemoryMarshal.GetReference(trial), ref scratch[1]);
        (trialInScratch ? scratch : output)[0] = (byte)filter;
        Span<byte> previous = best;
        best = trial;
        trial = previous;
        return s;
    }

    /// <summary>The sum of the bytes read as signed distances from zero (<c>v &lt; 128 ? v : 256 - v</c>).</summary>
    private static long SumAbs(ReadOnlySpan<byte> bytes)
    {
        long sum = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && bytes.Length >= Vector<sbyte>.Count)
        {
            ReadOnlySpan<sbyte> s = MemoryMarshal.Cast<byte, sbyte>(bytes);
            var acc = Vector<int>.Zero;
            for (; i <= s.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
            {
                // |-128| is 128, which the unsigned view of the absolute value keeps.
                Vector<byte> abs = Vector.AsVectorByte(Vector.Abs(new Vector<sbyte>(s[i..])));
                Vector.Widen(abs, out Vector<ushort> lo, out Vector<ushort> hi);
                Vector<ushort> pair = lo + hi;
                Vector.Widen(pair, out Vector<uint> a, out Vector<uint> b);
                acc += Vector.AsVectorInt32(a + b);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < bytes.Length; i++)
        {
            int v = bytes[i];
            sum += v < 128 ? v : 256 - v;
        }

        return sum;
    }

    private static void AddVectors(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y, Span<byte> dst)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                (new Vector<byte>(x[i..]) + new Vector<byte>(y[i..])).CopyTo(dst[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            dst[i] = (byte)(x[i] + y[i]);
        }
    }

    private static void SubtractVectors(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y, Span<byte> dst)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                (new Vector<byte>(x[i..]) - new Vector<byte>(y[i..])).CopyTo(dst[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            dst[i] = (byte)(x[i] - y[i]);
        }
    }
}
