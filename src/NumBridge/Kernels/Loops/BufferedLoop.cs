using System.Runtime.CompilerServices;

namespace NumBridge.Kernels;

/// <summary>
/// Which inputs of a ufunc call are cast on the fly, and how: one <see cref="ChunkCast"/> function (or 0) and the
/// loop dtype's item size per operand.
/// </summary>
internal sealed class CastPlan(int operands)
{
    /// <summary>Elements per chunk: 2,048 float64 is 16 KB, which stays in the first-level cache.</summary>
    public const int Chunk = 2048;

    public nint[] Functions { get; } = new nint[operands];

    public int[] ItemSizes { get; } = new int[operands];

    /// <summary>Stack bytes one chunk of every cast operand needs.</summary>
    public int BufferBytes { get; set; }
}

/// <summary>
/// Wraps an inner loop so that inputs of another dtype are cast in chunks of <see cref="CastPlan.Chunk"/> elements into a stack
/// buffer just before the loop reads them: NumPy's buffered iteration (<c>NPY_ITER_BUFFERED</c>). A large
/// <c>uint8 / 255</c> then reads each byte once and never writes a whole float64 temporary.
/// </summary>
/// <remarks>
/// Elements are independent, so chunking does not change any result. The caller guarantees that the output does not
/// overlap a cast input other than element for element: each chunk is read whole before the loop writes it.
/// </remarks>
internal readonly unsafe struct BufferedLoop<TLoop>(in TLoop loop, CastPlan plan) : IInnerLoop
    where TLoop : struct, IInnerLoop
{
    private const int Chunk = CastPlan.Chunk;

    private readonly TLoop _loop = loop;

    [SkipLocalsInit]
    public void Run(in LoopArgs args, nint count)
    {
        nint[] functions = plan.Functions;
        int[] sizes = plan.ItemSizes;
        int operands = functions.Length;
        byte* buffer = stackalloc byte[plan.BufferBytes];
        LoopArgs inner = args;
        for (nint done = 0; done < count; done += Chunk)
        {
            nint n = Math.Min(Chunk, count - done);
            byte* next = buffer;
            for (int op = 0; op < operands; op++)
            {
                byte* p = args.P(op) + (done * args.S(op));
                if (functions[op] == 0)
                {
                    inner.Pointer[op] = (long)p;
                    continue;
                }

                // A repeated value (stride 0) is cast once; the loop sees it as a repeated scalar too.
                nint stride = args.S(op);
                ChunkCast.Invoke(functions[op], p, stride, next, stride == 0 ? 1 : n);
                inner.Pointer[op] = (long)next;
                inner.Stride[op] = stride == 0 ? 0 : sizes[op];
                next += Chunk * sizes[op];
            }

            _loop.Run(inner, n);
        }
    }
}
