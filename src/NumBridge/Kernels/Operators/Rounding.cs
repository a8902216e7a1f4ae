using System.Diagnostics;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary><c>floor</c> in a float loop (exact, so the span path is used).</summary>
internal readonly struct FloorOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Floor(x);

    public static Complex Complex(Complex x) => throw new UnreachableException();

    public static bool Bool(bool x) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float))
        {
            TensorPrimitives.Floor(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(d));
            return true;
        }

        if (typeof(T) == typeof(double))
        {
            TensorPrimitives.Floor(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(d));
            return true;
        }

        return false;
    }
}

/// <summary><c>ceil</c> in a float loop.</summary>
internal readonly struct CeilOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => throw new UnreachableException();

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Ceiling(x);

    public static Complex Complex(Complex x) => throw new UnreachableException();

    public static bool Bool(bool x) => throw new UnreachableException();

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d)
        where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float))
        {
            TensorPrimitives.Ceiling(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(d));
            return true;
        }

        if (typeof(T) == typeof(double))
        {
            TensorPrimitives.Ceiling(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(d));
            return true;
        }

        return false;
    }
}

/// <summary><c>rint</c>: round half to even (<c>Math.Round</c>'s default), each part of a complex.</summary>
internal readonly struct RintOperator : IUnaryOperator
{
    public static T Integer<T>(T x)
        where T : IBinaryInteger<T>, IMinMaxValue<T> => x;

    public static T Float<T>(T x)
        where T : IFloatingPointIeee754<T> => T.Round(x);

    public static Complex Complex(Complex x) => new(Math.Round(x.Real), Math.Round(x.Imaginary));

    public static bool Bool(bool x) => x;
}

/// <summary>
/// <c>round(x, decimals)</c> for a float or complex loop, as NumPy's <c>PyArray_Round</c>: for
/// <c>decimals &gt;= 0</c>, <c>rint(x * f) / f</c>, else <c>rint(x / f) * f</c>, with <c>f = 10^|decimals|</c> in the
/// element's own precision (each step rounds, as NumPy's three ufunc passes do).
/// </summary>
internal readonly unsafe struct RoundLoop<T> : IInnerLoop
    where T : unmanaged
{
    private readonly double _factor;
    private readonly bool _scaleUp;

    public RoundLoop(double factor, bool scaleUp)
    {
        _factor = factor;
        _scaleUp = scaleUp;
    }

    public void Run(in LoopArgs args, nint count)
    {
        byte* x = args.P(0);
        byte* d = args.P(1);
        nint sx = args.S(0);
        nint sd = args.S(1);
        for (nint i = 0; i < count; i++)
        {
            if (typeof(T) == typeof(double))
            {
                Unsafe.WriteUnaligned(d, Round(Unsafe.ReadUnaligned<double>(x), _factor));
            }
            else if (typeof(T) == typeof(float))
            {
                Unsafe.WriteUnaligned(d, Round(Unsafe.ReadUnaligned<float>(x), (float)_factor));
            }
            else if (typeof(T) == typeof(Half))
            {
                Unsafe.WriteUnaligned(d, Round(Unsafe.ReadUnaligned<Half>(x), (Half)_factor));
            }
            else if (typeof(T) == typeof(Complex))
            {
                Complex z = Unsafe.ReadUnaligned<Complex>(x);
                Unsafe.WriteUnaligned(d, new Complex(Round(z.Real, _factor), Round(z.Imaginary, _factor)));
            }
            else
            {
                Complex64 z = Unsafe.ReadUnaligned<Complex64>(x);
                Unsafe.WriteUnaligned(d, new Complex64(Round(z.Real, (float)_factor), Round(z.Imaginary, (float)_factor)));
            }

            x += sx;
            d += sd;
        }
    }

    private TF Round<TF>(TF value, TF factor)
        where TF : IFloatingPointIeee754<TF> =>
        _scaleUp ? TF.Round(value * factor) / factor : TF.Round(value / factor) * factor;
}
