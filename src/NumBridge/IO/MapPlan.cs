namespace NumBridge.IO;

/// <summary>
/// What a <c>numpy.memmap</c> call maps, worked out from the file's length alone: the array's shape, the length the
/// file must have, and the mapped byte range. Every argument error is found here, before the file is changed.
/// </summary>
/// <param name="Shape">The array's shape.</param>
/// <param name="FileLength">The file's length once the map is made ('r+' and 'w+' grow a short file).</param>
/// <param name="Start">The file offset where the mapping starts: the array's offset rounded down to the allocation
/// granularity, as NumPy rounds it.</param>
/// <param name="Length">The number of bytes mapped from <paramref name="Start"/> (positive).</param>
internal readonly record struct MapPlan(Shape Shape, long FileLength, long Start, long Length)
{
    /// <summary>
    /// The granularity NumPy aligns a map's start to (<c>mmap.ALLOCATIONGRANULARITY</c>): the page size on Unix,
    /// 64 KiB on Windows. It decides which of CPython's errors a map at the end of a file gets.
    /// </summary>
    internal static long Granularity { get; } = OperatingSystem.IsWindows() ? 65536 : Environment.SystemPageSize;

    /// <summary>
    /// Follows <c>memmap.__new__</c> (numpy/core/memmap.py) and then <c>mmap.mmap</c> (CPython
    /// Modules/mmapmodule.c, <c>new_mmap_object</c>) and <c>ndarray.__new__</c>, in their order.
    /// </summary>
    /// <param name="fileLength">The file's length now.</param>
    /// <param name="itemSize">The dtype's item size.</param>
    /// <param name="offset">The file offset of the first element.</param>
    /// <param name="shape">The requested shape, or null for a 1-d array to the end of the file.</param>
    /// <param name="mode">The mode (only 'r+' and 'w+' grow the file).</param>
    /// <exception cref="ArgumentException">NumPy's messages (see <see cref="np.memmap"/>).</exception>
    public static MapPlan Make(long fileLength, int itemSize, long offset, Shape? shape, MemoryMapMode mode)
    {
        Shape dims;
        long size = 1;
        if (shape is { } given)
        {
            dims = given;
            foreach (nint d in given.Dims)
            {
                size = TooBigOnOverflow(size, d, 0);
            }
        }
        else
        {
            long available = fileLength - offset;
            if (available % itemSize != 0)
            {
                ThrowHelper.ThrowArgument(Messages.MemoryMapNotMultiple, "dtype");
            }

            size = available / itemSize;
            dims = new Shape((nint)size);
        }

        long end = TooBigOnOverflow(size, itemSize, offset);
        if (mode is MemoryMapMode.ReadWrite or MemoryMapMode.Write && fileLength < end)
        {
            fileLength = end;
        }

        // Python's % takes the sign of the divisor, so a negative offset rounds down to a negative start.
        long start = offset - (((offset % Granularity) + Granularity) % Granularity);
        long length = end - start;
        if (length < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(Messages.MemoryMapLengthNegative, nameof(shape));
        }

        if (start < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(Messages.MemoryMapOffsetNegative, nameof(offset));
        }

        if (length == 0)
        {
            // mmap's length 0 means "to the end of the file".
            if (fileLength == 0)
            {
                ThrowHelper.ThrowArgument(Messages.MemoryMapEmptyFile, "filename");
            }

            if (start >= fileLength)
            {
                ThrowHelper.ThrowArgument(Messages.MemoryMapOffsetBeyondFile, nameof(offset));
            }

            length = fileLength - start;
        }
        else if (start > fileLength || fileLength - start < length)
        {
            ThrowHelper.ThrowArgument(Messages.MemoryMapLengthBeyondFile, nameof(shape));
        }

        foreach (nint d in dims.Dims)
        {
            if (d < 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeDimensions, nameof(shape));
            }
        }

        return new MapPlan(dims, fileLength, start, length);
    }

    /// <summary><c>a * b + c</c>, or NumPy's "array is too big" where it overflows.</summary>
    private static long TooBigOnOverflow(long a, long b, long c)
    {
        try
        {
            return checked((a * b) + c);
        }
        catch (OverflowException)
        {
            return ThrowHelper.ThrowArgument<long>(Messages.ArrayTooBig, "shape");
        }
    }
}
