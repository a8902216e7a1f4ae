using NumBridge.Memory;

namespace NumBridge;

public sealed partial class NDArray
{
    /// <summary>
    /// Writes the changes made through a memory-mapped array to its file and waits until they are written
    /// (<c>numpy.memmap.flush</c>). Works on the array returned by <see cref="np.memmap"/> and on any view of it.
    /// </summary>
    /// <remarks>
    /// A no-op for an array that is not a view of a file, and for a map opened <c>'r'</c> or <c>'c'</c> (nothing of
    /// it reaches the file), as in NumPy. An array made from a tensor (<c>t.numpy()</c>) is a view of the tensor, so
    /// it is a no-op there too, even where the tensor itself views a map. Without <c>flush</c>, writes still reach
    /// the file's page cache at once (other readers of the file see them) and the disk when the kernel writes them
    /// back.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <exception cref="IOException">The system could not write the pages.</exception>
    /// <example>
    /// <code>
    /// using var m = np.memmap("data.bin", dtype: np.int32, mode: "r+", shape: 4);
    /// m[0] = 7;
    /// m.flush();   // the 7 is on disk
    /// </code>
    /// </example>
    public void flush()
    {
        if (Buffer.Releaser is MemoryMapReleaser map)
        {
            map.Flush();
        }
    }
}
