using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>Operands: condition (bool), x, y, out (all of dtype <typeparamref name="T"/>): <c>c ? x : y</c>, a plain
/// copy of the chosen element's bytes.</summary>
internal readonly unsafe struct WhereLoop<T> : IInnerLoop
    where T : unmanaged
{
    public void Run(in LoopArgs args, nint count)
    {
        byte* c = args.P(0);
        byte* x = args.P(1);
        byte* y = args.P(2);
        byte* d = args.P(3);
        nint sc = args.S(0);
        nint sx = args.S(1);
        nint sy = args.S(2);
        nint sd = args.S(3);
        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, Unsafe.ReadUnaligned<T>(*c != 0 ? x : y));
            c += sc;
            x += sx;
            y += sy;
            d += sd;
        }
    }
}
