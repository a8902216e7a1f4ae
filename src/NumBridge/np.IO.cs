using NumBridge.IO;

namespace NumBridge;

public static partial class np
{
    /// <summary>
    /// Saves an array to a binary file in NumPy <c>.npy</c> format (<c>numpy.save</c>), byte for byte as NumPy writes
    /// it. A path without the <c>.npy</c> extension gets it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The header is version 1.0 (2.0 past 64 KiB of header), padded so the data starts at a multiple of 64 bytes.
    /// An array that is F-contiguous and not C-contiguous is written in Fortran order with <c>fortran_order</c> True;
    /// any other layout (strided, reversed, broadcast) in C order, gathered through a small buffer rather than a full
    /// copy. The dtype's byte order is kept: a <c>'&gt;f8'</c> array is stored big-endian.
    /// </para>
    /// <para>
    /// Nothing is lost on failure: the file is written to a temporary file in the same directory, completed,
    /// and then renamed over <paramref name="file"/>. If anything fails the temporary file is deleted and an existing
    /// file is left as it was.
    /// </para>
    /// </remarks>
    /// <param name="file">The path; <c>.npy</c> is appended when it does not end so.</param>
    /// <param name="arr">The array to save.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="arr"/> was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.save("weights", np.arange(6).reshape(2, 3));     // writes weights.npy
    /// Console.WriteLine(np.load("weights.npy"));
    /// // [[0 1 2]
    /// //  [3 4 5]]
    /// </code>
    /// </example>
    public static void save(string file, NDArray arr)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(arr);
        arr.ThrowIfDisposed();
        string path = file.EndsWith(".npy", StringComparison.Ordinal) ? file : file + ".npy";
        AtomicFile.Write(path, bufferSize: 0, NpyWriter.FileLength(arr), stream => NpyWriter.Write(stream, arr));
    }

    /// <summary>
    /// Writes an array in NumPy <c>.npy</c> format to a stream, at its current position (<c>numpy.save</c> with a file
    /// object), byte for byte as NumPy writes it.
    /// </summary>
    /// <param name="file">A writable stream; it is left open, positioned after the array.</param>
    /// <param name="arr">The array to save.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is not writable.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="arr"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// using var buffer = new MemoryStream();
    /// np.save(buffer, np.ones(3));
    /// buffer.Position = 0;
    /// Console.WriteLine(np.load(buffer)); // [1. 1. 1.]
    /// </code>
    /// </example>
    public static void save(Stream file, NDArray arr)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(arr);
        if (!file.CanWrite)
        {
            ThrowHelper.ThrowArgument(Messages.StreamNotWritable, nameof(file));
        }

        arr.ThrowIfDisposed();
        NpyWriter.Write(file, arr);
    }

    /// <summary>
    /// Loads an array from a <c>.npy</c> file (<c>numpy.load</c>): format versions 1.0, 2.0 and 3.0, every NumBridge
    /// dtype, either byte order, C or Fortran order, any shape.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The result owns new 64-byte aligned memory, into which the data is read in one pass. A Fortran-ordered file
    /// loads as an F-contiguous array without a copy; a big-endian file keeps its <c>'&gt;'</c> dtype, as in NumPy,
    /// with correct values.
    /// </para>
    /// <para>
    /// NumPy's <c>load</c> also opens <c>.npz</c> archives and returns an <c>NpzFile</c>; C# cannot overload on the
    /// return type, so here an archive throws and <see cref="load_npz(string, bool)"/> opens it. Files NumPy would
    /// unpickle are refused: NumBridge has no pickle support.
    /// </para>
    /// <para>
    /// Malformed files throw with NumPy's words. Every size a header claims is checked against the file before
    /// anything is allocated.
    /// </para>
    /// </remarks>
    /// <param name="file">The path of a <c>.npy</c> file.</param>
    /// <param name="mmap_mode">Null (the default) reads the data into memory. <c>"r"</c>, <c>"r+"</c> or <c>"c"</c>
    /// (or <c>"readonly"</c>, <c>"readwrite"</c>, <c>"copyonwrite"</c>) maps the file instead, as
    /// <see cref="memmap"/> does, with no read of the data: the result is read-only, writes through to the file, or is
    /// copy-on-write. <c>"w+"</c> is refused: it would replace the file (NumPy truncates it and then fails).</param>
    /// <param name="allow_pickle">As in NumPy, lifts the 10000-character header limit (the file is trusted). Pickled
    /// data is still refused.</param>
    /// <returns>A new array that owns its memory, or with <paramref name="mmap_mode"/> a view of the mapped file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mmap_mode"/> is not a mode (NumPy's <c>mode must be one of
    /// [...] (got '...')</c>) or is <c>"w+"</c>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid <c>.npy</c> (NumPy's message: <c>Cannot load file
    /// containing pickled data when allow_pickle=False</c>, <c>EOF: reading array header, expected 118 bytes got
    /// 40</c>, <c>Header does not contain the correct keys: ...</c>, <c>cannot reshape array of size 8 into shape
    /// (10,)</c>, ...), or is an <c>.npz</c> archive.</exception>
    /// <exception cref="NotSupportedException">The file holds Python objects or a dtype NumBridge lacks (structured,
    /// str, bytes, datetime, long double).</exception>
    /// <exception cref="InsufficientMemoryException">The array is larger than this machine's memory (NumPy's
    /// <c>Unable to allocate ...</c>).</exception>
    /// <example>
    /// <code>
    /// using NDArray a = np.load("image.npy");
    /// Console.WriteLine($"{a.shape} {a.dtype}"); // (480, 640, 3) uint8
    /// using NDArray big = np.load("weights.npy", mmap_mode: "r"); // no data read: pages come in as they are used
    /// Console.WriteLine(big.flags.writeable); // False
    /// </code>
    /// </example>
    public static NDArray load(string file, string? mmap_mode = null, bool allow_pickle = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (mmap_mode is not null)
        {
            return LoadMapped(file, mmap_mode, allow_pickle);
        }

        using var stream = new FileStream(file, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 0,
            Options = FileOptions.SequentialScan,
        });
        return NpyReader.Load(stream, allow_pickle, realFile: true);
    }

    /// <summary>The <paramref name="mmap_mode"/> branch of <see cref="load(string, string?, bool)"/>
    /// (<c>numpy.lib.format.open_memmap</c>): reads the header, then maps the data that follows it.</summary>
    private static NDArray LoadMapped(string file, string mmap_mode, bool allow_pickle)
    {
        MemoryMapMode mode = MemoryMapModes.Parse(mmap_mode, nameof(mmap_mode));
        if (mode == MemoryMapMode.Write)
        {
            ThrowHelper.ThrowArgument(Messages.LoadMapWrite(mmap_mode), nameof(mmap_mode));
        }

        NpyHeader header;
        long dataOffset;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0))
        {
            header = NpyReader.ReadNpyHeader(stream, allow_pickle, out dataOffset);

            // A header that promises more data than the file holds makes a malformed file, in NumPy's words. (Mode
            // r+ would otherwise grow the file to fit, as np.memmap does.)
            if (header.DataLength > stream.Length - dataOffset)
            {
                ThrowHelper.ThrowInvalidData(Messages.MemoryMapLengthBeyondFile);
            }
        }

        return MemoryMapping.Open(file, header.DType, mode, dataOffset, header.Shape, header.FortranOrder ? 'F' : 'C');
    }

    /// <summary>
    /// Loads an array from a stream holding <c>.npy</c> data, starting at its current position (<c>numpy.load</c>
    /// with a file object). The stream is left open, positioned after the array, so several arrays saved one after
    /// another load one after another.
    /// </summary>
    /// <remarks>
    /// As <see cref="load(string, string?, bool)"/>. A seekable stream's length bounds what the header may claim before
    /// anything is allocated; from a stream that cannot seek, a large array is read in chunks that grow with the data
    /// that actually arrives. A short stream gives NumPy's file-object message, e.g. <c>EOF: reading array data,
    /// expected 80 bytes got 68</c>.
    /// </remarks>
    /// <param name="file">A readable stream.</param>
    /// <param name="allow_pickle">As in <see cref="load(string, string?, bool)"/>.</param>
    /// <returns>A new array that owns its memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is not readable.</exception>
    /// <exception cref="InvalidDataException">The data is not a valid <c>.npy</c> (NumPy's message), or is an
    /// <c>.npz</c> archive.</exception>
    /// <exception cref="NotSupportedException">The data holds Python objects or a dtype NumBridge lacks.</exception>
    /// <exception cref="InsufficientMemoryException">The array is larger than this machine's memory.</exception>
    /// <example>
    /// <code>
    /// using var buffer = new MemoryStream();
    /// np.save(buffer, np.arange(3));
    /// np.save(buffer, np.zeros(2));
    /// buffer.Position = 0;
    /// Console.WriteLine(np.load(buffer)); // [0 1 2]
    /// Console.WriteLine(np.load(buffer)); // [0. 0.]
    /// </code>
    /// </example>
    public static NDArray load(Stream file, bool allow_pickle = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CanRead)
        {
            ThrowHelper.ThrowArgument(Messages.StreamNotReadable, nameof(file));
        }

        return NpyReader.Load(file, allow_pickle, realFile: false);
    }

    /// <summary>
    /// Opens a <c>.npz</c> archive (what <c>numpy.load</c> returns for one): a lazy, disposable
    /// <see cref="NpzFile"/> whose arrays are read when asked for.
    /// </summary>
    /// <param name="file">The path of the archive. Unlike <see cref="savez(string, NDArray[])"/>, no extension is
    /// added, as in NumPy.</param>
    /// <param name="allow_pickle">As in <see cref="load(string, string?, bool)"/>, for every member.</param>
    /// <returns>The archive; dispose it to close the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip archive (Python's <c>File is not a zip
    /// file</c>).</exception>
    /// <example>
    /// <code>
    /// np.savez("data", np.arange(3), np.ones(2));
    /// using NpzFile z = np.load_npz("data.npz");
    /// Console.WriteLine(string.Join(", ", z.files)); // arr_0, arr_1
    /// Console.WriteLine(z["arr_0"]);                 // [0 1 2]
    /// </code>
    /// </example>
    public static NpzFile load_npz(string file, bool allow_pickle = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        return new NpzFile(stream, ownsStream: true, allow_pickle);
    }

    /// <summary>
    /// Opens a <c>.npz</c> archive held in a stream (what <c>numpy.load</c> returns for one). The stream stays open
    /// when the archive is disposed; it must stay readable while members are read.
    /// </summary>
    /// <remarks>A stream that cannot seek is first copied into memory, as <see cref="System.IO.Compression.ZipArchive"/>
    /// does.</remarks>
    /// <param name="file">A readable stream holding the archive.</param>
    /// <param name="allow_pickle">As in <see cref="load(string, string?, bool)"/>, for every member.</param>
    /// <returns>The archive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is not readable.</exception>
    /// <exception cref="InvalidDataException">The data is not a zip archive (<c>File is not a zip file</c>).</exception>
    /// <example>
    /// <code>
    /// using var buffer = new MemoryStream();
    /// np.savez(buffer, np.arange(3));
    /// buffer.Position = 0;
    /// using NpzFile z = np.load_npz(buffer);
    /// Console.WriteLine(z["arr_0"]); // [0 1 2]
    /// </code>
    /// </example>
    public static NpzFile load_npz(Stream file, bool allow_pickle = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CanRead)
        {
            ThrowHelper.ThrowArgument(Messages.StreamNotReadable, nameof(file));
        }

        return new NpzFile(file, ownsStream: false, allow_pickle);
    }

    /// <summary>
    /// Saves several arrays into one uncompressed <c>.npz</c> archive (<c>numpy.savez</c>), named <c>arr_0</c>,
    /// <c>arr_1</c>, ... in order. A path without the <c>.npz</c> extension gets it.
    /// </summary>
    /// <remarks>
    /// Each member <c>name.npy</c> holds exactly the bytes <see cref="save(string, NDArray)"/> writes. As with
    /// <see cref="save(string, NDArray)"/>, the archive goes to a temporary file that is flushed and renamed into place,
    /// so a failure leaves an existing file as it was.
    /// </remarks>
    /// <param name="file">The path; <c>.npz</c> is appended when it does not end so.</param>
    /// <param name="args">The arrays.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.savez("pair", np.arange(3), np.ones(2));
    /// using NpzFile z = np.load_npz("pair.npz");
    /// Console.WriteLine(string.Join(", ", z.files)); // arr_0, arr_1
    /// </code>
    /// </example>
    public static void savez(string file, params NDArray[] args) => SaveNpz(file, args, null, compress: false);

    /// <summary>
    /// Saves named arrays into one uncompressed <c>.npz</c> archive (<c>numpy.savez(file, **kwds)</c>), one member
    /// per key, in the dictionary's order.
    /// </summary>
    /// <remarks>As <see cref="savez(string, NDArray[])"/>.</remarks>
    /// <param name="file">The path; <c>.npz</c> is appended when it does not end so.</param>
    /// <param name="kwds">The arrays by name; a member is called <c>name.npy</c>.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.savez("model", new Dictionary&lt;string, NDArray&gt; { ["w"] = np.ones((2, 2)), ["b"] = np.zeros(2) });
    /// using NpzFile z = np.load_npz("model.npz");
    /// Console.WriteLine(string.Join(", ", z.files)); // w, b
    /// </code>
    /// </example>
    public static void savez(string file, IReadOnlyDictionary<string, NDArray> kwds)
    {
        ArgumentNullException.ThrowIfNull(kwds);
        SaveNpz(file, [], kwds, compress: false);
    }

    /// <summary>
    /// Saves positional and named arrays into one uncompressed <c>.npz</c> archive (<c>numpy.savez(file, *args,
    /// **kwds)</c>): the named ones first, in the dictionary's order, then <c>arr_0</c>, <c>arr_1</c>, ...
    /// </summary>
    /// <remarks>As <see cref="savez(string, NDArray[])"/>.</remarks>
    /// <param name="file">The path; <c>.npz</c> is appended when it does not end so.</param>
    /// <param name="args">The arrays to name <c>arr_0</c>, <c>arr_1</c>, ...</param>
    /// <param name="kwds">The arrays by name.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ArgumentException">A key of <paramref name="kwds"/> is also a positional name (NumPy's
    /// <c>Cannot use un-named variables and keyword arr_0</c>); nothing is written.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.savez("mixed", [np.arange(3)], new Dictionary&lt;string, NDArray&gt; { ["image"] = np.zeros((4, 4)) });
    /// using NpzFile z = np.load_npz("mixed.npz");
    /// Console.WriteLine(string.Join(", ", z.files)); // image, arr_0
    /// </code>
    /// </example>
    public static void savez(string file, NDArray[] args, IReadOnlyDictionary<string, NDArray> kwds)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(kwds);
        SaveNpz(file, args, kwds, compress: false);
    }

    /// <summary>
    /// Writes positional and named arrays as an uncompressed <c>.npz</c> archive to a stream (<c>numpy.savez</c> with a
    /// file object), at its current position; the stream is left open.
    /// </summary>
    /// <param name="file">A writable stream.</param>
    /// <param name="args">The arrays to name <c>arr_0</c>, <c>arr_1</c>, ...</param>
    /// <param name="kwds">The arrays by name, written first; may be null.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is not writable, or a key of
    /// <paramref name="kwds"/> is also a positional name.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// using var buffer = new MemoryStream();
    /// np.savez(buffer, np.arange(3));
    /// </code>
    /// </example>
    public static void savez(Stream file, NDArray[] args, IReadOnlyDictionary<string, NDArray>? kwds = null) =>
        WriteNpz(file, args, kwds, compress: false);

    /// <summary>
    /// Saves several arrays into one compressed <c>.npz</c> archive (<c>numpy.savez_compressed</c>): as
    /// <see cref="savez(string, NDArray[])"/>, with every member deflated.
    /// </summary>
    /// <param name="file">The path; <c>.npz</c> is appended when it does not end so.</param>
    /// <param name="args">The arrays, named <c>arr_0</c>, <c>arr_1</c>, ...</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.savez_compressed("zeros", np.zeros((1000, 1000)));   // a few KiB instead of 8 MB
    /// </code>
    /// </example>
    public static void savez_compressed(string file, params NDArray[] args) => SaveNpz(file, args, null, compress: true);

    /// <summary>
    /// Saves named arrays into one compressed <c>.npz</c> archive (<c>numpy.savez_compressed(file, **kwds)</c>).
    /// </summary>
    /// <param name="file">The path; <c>.npz</c> is appended when it does not end so.</param>
    /// <param name="kwds">The arrays by name.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.savez_compressed("model", new Dictionary&lt;string, NDArray&gt; { ["w"] = np.zeros((256, 256)) });
    /// </code>
    /// </example>
    public static void savez_compressed(string file, IReadOnlyDictionary<string, NDArray> kwds)
    {
        ArgumentNullException.ThrowIfNull(kwds);
        SaveNpz(file, [], kwds, compress: true);
    }

    /// <summary>
    /// Saves positional and named arrays into one compressed <c>.npz</c> archive
    /// (<c>numpy.savez_compressed(file, *args, **kwds)</c>): named ones first, then <c>arr_0</c>, <c>arr_1</c>, ...
    /// </summary>
    /// <param name="file">The path; <c>.npz</c> is appended when it does not end so.</param>
    /// <param name="args">The arrays to name <c>arr_0</c>, <c>arr_1</c>, ...</param>
    /// <param name="kwds">The arrays by name.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ArgumentException">A key of <paramref name="kwds"/> is also a positional name.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <exception cref="IOException">The file cannot be written (the old file, if any, is unchanged).</exception>
    /// <example>
    /// <code>
    /// np.savez_compressed("mixed", [np.arange(3)], new Dictionary&lt;string, NDArray&gt; { ["w"] = np.ones(4) });
    /// </code>
    /// </example>
    public static void savez_compressed(string file, NDArray[] args, IReadOnlyDictionary<string, NDArray> kwds)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(kwds);
        SaveNpz(file, args, kwds, compress: true);
    }

    /// <summary>
    /// Writes positional and named arrays as a compressed <c>.npz</c> archive to a stream
    /// (<c>numpy.savez_compressed</c> with a file object); the stream is left open.
    /// </summary>
    /// <param name="file">A writable stream.</param>
    /// <param name="args">The arrays to name <c>arr_0</c>, <c>arr_1</c>, ...</param>
    /// <param name="kwds">The arrays by name, written first; may be null.</param>
    /// <exception cref="ArgumentNullException">An argument or an array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> is not writable, or a key of
    /// <paramref name="kwds"/> is also a positional name.</exception>
    /// <exception cref="ObjectDisposedException">An array was disposed.</exception>
    /// <example>
    /// <code>
    /// using var buffer = new MemoryStream();
    /// np.savez_compressed(buffer, [np.zeros(1000)]);
    /// </code>
    /// </example>
    public static void savez_compressed(Stream file, NDArray[] args, IReadOnlyDictionary<string, NDArray>? kwds = null) =>
        WriteNpz(file, args, kwds, compress: true);

    private static void SaveNpz(string file, NDArray[] args, IReadOnlyDictionary<string, NDArray>? kwds, bool compress)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(args);
        List<KeyValuePair<string, NDArray>> members = NpzWriter.Members(args, kwds);
        string path = file.EndsWith(".npz", StringComparison.Ordinal) ? file : file + ".npz";
        AtomicFile.Write(path, bufferSize: 1 << 16, preallocationSize: 0, stream => NpzWriter.Write(stream, members, compress));
    }

    private static void WriteNpz(Stream file, NDArray[] args, IReadOnlyDictionary<string, NDArray>? kwds, bool compress)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(args);
        if (!file.CanWrite)
        {
            ThrowHelper.ThrowArgument(Messages.StreamNotWritable, nameof(file));
        }

        NpzWriter.Write(file, NpzWriter.Members(args, kwds), compress);
    }
}
