using System.Runtime.InteropServices;

namespace NumBridge.Kernels;

/// <summary>
/// A fast path for the commonest broadcast in image code, <c>pixels - mean</c>: a dense (H, W, C) operand against one
/// that repeats a short last axis, a (C,) vector. The iterator would call the inner loop once per pixel with a run of
/// C elements, so call overhead dominates (NumPy pays the same). Here each repeating operand's row is copied into a
/// small buffer R rows long, and the inner loop runs over blocks of R rows, where every operand is contiguous: runs of
/// about 512 elements that the span kernels vectorize.
/// </summary>
/// <remarks>
/// Only for loops whose operands all have one element size (the same-dtype binary loops), and only where every
/// operand is either dense over the whole shape (C order, every stride the product of the lengths after it) or zero
/// on every axis but a contiguous last one; the output must be dense. Elements are independent, so the blocks may run
/// on several cores.
/// </remarks>
internal static unsafe class RepeatingRows
{
    /// <summary>The longest last axis the fast path takes; longer rows already make long inner runs.</summary>
    private const int MaxRow = 64;

    /// <summary>About this many elements per inner-loop call.</summary>
    private const int BlockElements = 512;

    /// <summary>Runs <paramref name="loop"/> block-wise when the operands have the shape described above.</summary>
    /// <returns>False (nothing done) when they do not.</returns>
    public static bool TryRun<TLoop>(in TLoop loop, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> data,
        nint[][] strides, int itemSize, long bytesPerElement)
        where TLoop : struct, IInnerLoop
    {
        int ndim = shape.Length;
        int nops = data.Length;
        if (ndim < 2 || nops > LoopArgs.MaxOperands)
        {
            return false;
        }

        nint row = shape[ndim - 1];
        if (row < 1 || row > MaxRow)
        {
            return false;
        }

        nint total = 1;
        foreach (nint d in shape)
        {
            total *= d;
        }

        if (total == 0 || total == row)
        {
            return false;
        }

        Span<bool> repeating = stackalloc bool[nops];
        bool any = false;
        for (int op = 0; op < nops; op++)
        {
            nint[] s = strides[op];
            if (IsDense(shape, s, itemSize))
            {
                continue;
            }

            if (op == nops - 1 || !IsRepeatingRow(shape, s, itemSize))
            {
                return false;
            }

            repeating[op] = true;
            any = true;
        }

        if (!any)
        {
            return false;
        }

        nint rowsPerBlock = Math.Max(1, BlockElements / row);
        nint blockElements = rowsPerBlock * row;
        nint blockBytes = blockElements * itemSize;
        byte* patterns = (byte*)NativeMemory.Alloc((nuint)(blockBytes * nops));
        try
        {
            var pointers = new nint[nops];
            var strideNext = new nint[nops];
            for (int op = 0; op < nops; op++)
            {
                if (!repeating[op])
                {
                    pointers[op] = data[op];
                    strideNext[op] = blockBytes;
                    continue;
                }

                byte* pattern = patterns + (op * blockBytes);
                nint rowBytes = row * itemSize;
                for (nint r = 0; r < rowsPerBlock; r++)
                {
                    Buffer.MemoryCopy((void*)data[op], pattern + (r * rowBytes), rowBytes, rowBytes);
                }

                pointers[op] = (nint)pattern;
                strideNext[op] = 0;
            }

            nint blocks = (total + blockElements - 1) / blockElements;
            var action = new BlockAction<TLoop>(loop, pointers, strideNext, itemSize, blockElements, total);
            ParallelRange.For(blocks, blockElements * bytesPerElement, action);
        }
        finally
        {
            NativeMemory.Free(patterns);
        }

        return true;
    }

    /// <summary>C-contiguous over <paramref name="shape"/> (length-1 axes may have any stride).</summary>
    private static bool IsDense(ReadOnlySpan<nint> shape, nint[] strides, int itemSize)
    {
        nint expected = itemSize;
        for (int axis = shape.Length - 1; axis >= 0; axis--)
        {
            if (shape[axis] != 1 && strides[axis] != expected)
            {
                return false;
            }

            expected *= shape[axis];
        }

        return true;
    }

    /// <summary>Zero strides on every axis but the last, which is contiguous.</summary>
    private static bool IsRepeatingRow(ReadOnlySpan<nint> shape, nint[] strides, int itemSize)
    {
        int last = shape.Length - 1;
        if (shape[last] != 1 && strides[last] != itemSize)
        {
            return false;
        }

        for (int axis = 0; axis < last; axis++)
        {
            if (shape[axis] != 1 && strides[axis] != 0)
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct BlockAction<TLoop>(in TLoop loop, nint[] pointers, nint[] strideNext, int itemSize,
        nint blockElements, nint total) : IRangeAction
        where TLoop : struct, IInnerLoop
    {
        private readonly TLoop _loop = loop;

        public void Invoke(nint start, nint end)
        {
            LoopArgs args = default;
            for (nint block = start; block < end; block++)
            {
                for (int op = 0; op < pointers.Length; op++)
                {
                    args.Pointer[op] = pointers[op] + (block * strideNext[op]);
                    args.Stride[op] = itemSize;
                }

                nint first = block * blockElements;
                _loop.Run(args, Math.Min(blockElements, total - first));
            }
        }
    }
}
