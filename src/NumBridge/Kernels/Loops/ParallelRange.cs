namespace NumBridge.Kernels;

/// <summary>Work on the index range <c>[start, end)</c>; a struct, so the loop body is specialised, not a delegate.</summary>
internal interface IRangeAction
{
    void Invoke(nint start, nint end);
}

/// <summary>
/// Splits a large element-wise job into one contiguous chunk per core (CommunityToolkit
/// <c>Helpers/ParallelHelper.For.IAction.cs</c>). Only jobs whose elements are independent go here, so the result never
/// depends on the core count.
/// </summary>
internal static class ParallelRange
{
    /// <summary>Below this many bytes touched per core, one thread is faster than waking others.</summary>
    public const long MinBytesPerCore = 1 << 20;

    public static void For<TAction>(nint count, long bytesPerItem, in TAction action)
        where TAction : struct, IRangeAction
    {
        // Never more chunks than items: an empty chunk is a range [start, start), which a body that handles its first
        // item before testing the end would still run (two threads then reduced row 0 of sum(axis=1) twice).
        long chunks = Math.Min(Math.Min(Environment.ProcessorCount, count * bytesPerItem / MinBytesPerCore), count);
        if (chunks <= 1)
        {
            action.Invoke(0, count);
            return;
        }

        var invoker = new Invoker<TAction>(action, count, (int)chunks);
        Parallel.For(0, (int)chunks, invoker.Run);
    }

    private sealed class Invoker<TAction>
        where TAction : struct, IRangeAction
    {
        private readonly TAction _action;
        private readonly nint _count;
        private readonly int _chunks;

        public Invoker(in TAction action, nint count, int chunks)
        {
            _action = action;
            _count = count;
            _chunks = chunks;
        }

        public void Run(int chunk)
        {
            // Chunk edges on multiples of 64 elements keep every chunk but the last on whole vectors; with fewer than 64
            // items a chunk (rows of a reduction, each large), the edges are plain, so no chunk is empty.
            nint step = _count / _chunks;
            step = step >= 64 ? step & ~(nint)63 : step;
            nint start = chunk * step;
            nint end = chunk == _chunks - 1 ? _count : start + step;
            _action.Invoke(start, end);
        }
    }
}
