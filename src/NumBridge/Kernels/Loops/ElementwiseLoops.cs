using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// The inner loops of the element-wise ufuncs. Each takes (pointer, byte stride) pairs; when every stride is the item
/// size (or an input repeats one value, stride 0) the operator's span path may run (TensorPrimitives, as
/// dotnet/runtime's <c>TensorOperation.cs</c> splits its span overloads), else a strided scalar loop runs with no
/// allocation, delegate or virtual call per element. Reads and writes are unaligned: views may start anywhere.
/// </summary>
internal static unsafe class ElementwiseLoops
{
    /// <summary>The longest run handed to one span call (spans have int lengths).</summary>
    public const int MaxSpan = 1 << 30;
}

/// <summary>Operands: x, y, out (all of dtype <typeparamref name="T"/>).</summary>
internal readonly unsafe struct BinaryLoop<TOp, T> : IInnerLoop
    where TOp : IBinaryOperator
    where T : unmanaged
{
    public void Run(in LoopArgs args, nint count)
    {
        byte* x = args.P(0);
        byte* y = args.P(1);
        byte* d = args.P(2);
        nint sx = args.S(0);
        nint sy = args.S(1);
        nint sd = args.S(2);
        nint size = sizeof(T);
        if (sd == size && count <= ElementwiseLoops.MaxSpan)
        {
            int n = (int)count;
            var dst = new Span<T>(d, n);
            if (sx == size && sy == size && Elementwise.SpanBinary<TOp, T>(new ReadOnlySpan<T>(x, n), new ReadOnlySpan<T>(y, n), dst))
            {
                return;
            }

            if (sx == size && sy == 0 && Elementwise.SpanBinary<TOp, T>(new ReadOnlySpan<T>(x, n), Unsafe.ReadUnaligned<T>(y), dst))
            {
                return;
            }

            if (sx == 0 && sy == size && Elementwise.SpanBinary<TOp, T>(Unsafe.ReadUnaligned<T>(x), new ReadOnlySpan<T>(y, n), dst))
            {
                return;
            }
        }

        for (nint i = 0; i < count; i++)
        {
            T r = Elementwise.Binary<TOp, T>(Unsafe.ReadUnaligned<T>(x), Unsafe.ReadUnaligned<T>(y));
            Unsafe.WriteUnaligned(d, r);
            x += sx;
            y += sy;
            d += sd;
        }
    }
}

/// <summary>Operands: x, y (dtype <typeparamref name="T"/>), out (bool).</summary>
internal readonly unsafe struct PredicateLoop<TOp, T> : IInnerLoop
    where TOp : IPredicateOperator
    where T : unmanaged
{
    public void Run(in LoopArgs args, nint count)
    {
        byte* x = args.P(0);
        byte* y = args.P(1);
        byte* d = args.P(2);
        nint sx = args.S(0);
        nint sy = args.S(1);
        nint sd = args.S(2);
        for (nint i = 0; i < count; i++)
        {
            *(bool*)d = Elementwise.Predicate<TOp, T>(Unsafe.ReadUnaligned<T>(x), Unsafe.ReadUnaligned<T>(y));
            x += sx;
            y += sy;
            d += sd;
        }
    }
}

/// <summary>Operands: x, out (both of dtype <typeparamref name="T"/>).</summary>
internal readonly unsafe struct UnaryLoop<TOp, T> : IInnerLoop
    where TOp : IUnaryOperator
    where T : unmanaged
{
    public void Run(in LoopArgs args, nint count)
    {
        byte* x = args.P(0);
        byte* d = args.P(1);
        nint sx = args.S(0);
        nint sd = args.S(1);
        nint size = sizeof(T);
        if (sx == size && sd == size && count <= ElementwiseLoops.MaxSpan
            && Elementwise.SpanUnary<TOp, T>(new ReadOnlySpan<T>(x, (int)count), new Span<T>(d, (int)count)))
        {
            return;
        }

        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, Elementwise.Unary<TOp, T>(Unsafe.ReadUnaligned<T>(x)));
            x += sx;
            d += sd;
        }
    }
}

/// <summary>Operands: x (dtype <typeparamref name="T"/>), out (bool).</summary>
internal readonly unsafe struct UnaryPredicateLoop<TOp, T> : IInnerLoop
    where TOp : IUnaryPredicateOperator
    where T : unmanaged
{
    public void Run(in LoopArgs args, nint count)
    {
        byte* x = args.P(0);
        byte* d = args.P(1);
        nint sx = args.S(0);
        nint sd = args.S(1);
        for (nint i = 0; i < count; i++)
        {
            *(bool*)d = Elementwise.UnaryPredicate<TOp, T>(Unsafe.ReadUnaligned<T>(x));
            x += sx;
            d += sd;
        }
    }
}
