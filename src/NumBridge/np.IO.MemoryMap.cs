using NumBridge.IO;

namespace NumBridge;

public static partial class np
{
    /// <summary>
    /// Creates an array that is a view of a file on disk (<c>numpy.memmap</c>): nothing is read up front; each page is
    /// read when first touched, and writes (in <c>'r+'</c> and <c>'w+'</c>) go to the file.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Modes, as in NumPy: <c>'r'</c> / <c>'readonly'</c> maps the file read-only (writes throw, and the writeable flag
    /// cannot be set); <c>'r+'</c> / <c>'readwrite'</c> maps it for reading and writing, growing a file shorter than
    /// <c>offset + shape</c> with zeros; <c>'w+'</c> / <c>'write'</c> creates or truncates the file and sizes it to
    /// the shape (it reads as zeros); <c>'c'</c> / <c>'copyonwrite'</c> is writable, but writes go to private
    /// copies of the pages and never reach the file.
    /// </para>
    /// <para>
    /// Opening costs the same for any size: the file is opened, measured, mapped and closed again (a live map holds no
    /// file handle). So an array may be far larger than the machine's memory: a 100 GiB file on a 16 GiB machine maps
    /// fine, and only the pages touched are read; clean pages are dropped and re-read under memory pressure. Address
    /// space is the limit (about 8 TB in .NET on 64-bit). If the file is shortened by someone else while mapped,
    /// touching the lost pages crashes the process, as in NumPy.
    /// </para>
    /// <para>
    /// Lifetime: the map lives while any array, view (slice, reshape, transpose) or tensor made from it
    /// (<c>torch.from_numpy</c> of a writable map) lives, and is unmapped exactly once when the last one is disposed or
    /// collected. Changed pages reach the file's page cache at once and the disk when the kernel writes them back;
    /// <see cref="NDArray.flush"/> writes them now and waits. Dispose memory maps rather than leaving them to the
    /// garbage collector, which does not see the mapped bytes.
    /// </para>
    /// <para>
    /// As for a NumPy memmap, <c>flags.owndata</c> is false. NumPy's <c>base</c> is the <c>mmap</c> object, which has
    /// no NumBridge counterpart, so <see cref="NDArray.@base"/> is null; views name this array as their base. The
    /// result is an ordinary <see cref="NDArray"/>, with no <c>filename</c>, <c>offset</c> or <c>mode</c> attributes.
    /// </para>
    /// </remarks>
    /// <param name="filename">The file's path.</param>
    /// <param name="dtype">The element type; uint8 when null, as in NumPy. Any byte order.</param>
    /// <param name="mode"><c>"r+"</c> (the default), <c>"r"</c>, <c>"w+"</c>, <c>"c"</c>, or the aliases
    /// <c>"readwrite"</c>, <c>"readonly"</c>, <c>"write"</c>, <c>"copyonwrite"</c>.</param>
    /// <param name="offset">The byte offset in the file of the first element; any value, page-aligned or not.</param>
    /// <param name="shape">The array's shape; null (not allowed with <c>'w+'</c>) maps a 1-d array from
    /// <paramref name="offset"/> to the end of the file.</param>
    /// <param name="order"><c>'C'</c> (row-major, the default) or <c>'F'</c> (column-major) for the element order in
    /// the file; <c>'A'</c> and <c>'K'</c> mean <c>'C'</c>; lower case is accepted.</param>
    /// <returns>An array over the mapped file: read-only for <c>'r'</c>, writable otherwise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filename"/> or <paramref name="mode"/> is null.</exception>
    /// <exception cref="FileNotFoundException">CPython's <c>[Errno 2] No such file or directory: 'name'</c> (not for
    /// <c>'w+'</c>, which creates the file).</exception>
    /// <exception cref="ArgumentException">NumPy's messages: <c>mode must be one of ['r', 'c', 'r+', 'w+', 'readonly',
    /// 'copyonwrite', 'readwrite', 'write'] (got 'x')</c>; <c>shape must be given</c> (<c>'w+'</c> without a shape);
    /// <c>Size of available data is not a multiple of the data-type size.</c>; <c>mmap length is greater than file
    /// size</c> (the shape reaches past the end of the file in <c>'r'</c> or <c>'c'</c>); <c>mmap offset is greater
    /// than file size</c>; <c>cannot mmap an empty file</c>; <c>negative dimensions are not allowed</c>; <c>order must
    /// be one of 'C', 'F', 'A', or 'K' (got 'x')</c>. A negative length or offset throws the derived
    /// <see cref="ArgumentOutOfRangeException"/> with CPython's <c>memory mapped length must be positive</c> or
    /// <c>memory mapped offset must be positive</c> (an <c>OverflowError</c> there).</exception>
    /// <exception cref="IOException">The file cannot be opened, grown or mapped.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened with the mode's access.</exception>
    /// <example>
    /// <code>
    /// using (var w = np.memmap("data.bin", dtype: np.float32, mode: "w+", shape: (3, 4)))
    /// {
    ///     w[1, 2] = 5.0f;
    ///     w.flush();
    /// }
    ///
    /// using var r = np.memmap("data.bin", dtype: np.float32, mode: "r", shape: (3, 4));
    /// Console.WriteLine(r[1, 2]);                          // 5.0
    /// using var tail = np.memmap("data.bin", dtype: np.float32, mode: "r", offset: 16);
    /// Console.WriteLine(tail.shape);                       // (8,)
    /// </code>
    /// </example>
    public static NDArray memmap(string filename, DType? dtype = null, string mode = "r+", long offset = 0, Shape? shape = null, char order = 'C')
    {
        ArgumentNullException.ThrowIfNull(filename);
        ArgumentNullException.ThrowIfNull(mode);
        return MemoryMapping.Open(filename, dtype ?? uint8, MemoryMapModes.Parse(mode, nameof(mode)), offset, shape, order);
    }
}
