using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;
using NumBridge.Memory;

namespace NumBridge.IO;

/// <summary>
/// Arrays that are views of a file (<c>numpy.memmap</c>): NumPy's <c>memmap.__new__</c> and the CPython
/// <c>mmap.mmap</c> call it makes, step for step, so that every error has NumPy's message and comes in NumPy's order.
/// </summary>
/// <remarks>
/// Opening reads no data and touches no page: it opens the file, reads its length, maps the range and closes the file
/// again, whatever the size. Pages are read from the file when first touched and written back by the kernel (or by
/// <see cref="NDArray.flush"/>).
/// </remarks>
internal static class MemoryMapping
{
    /// <summary>
    /// Maps an array whose dtype, shape and order are known (the entry for <c>np.load(path, mmap_mode: ...)</c>, with
    /// the data offset from the <c>.npy</c> header).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="dtype">The element type.</param>
    /// <param name="shape">The array's shape.</param>
    /// <param name="order"><c>'C'</c>, or <c>'F'</c> for a Fortran-ordered (F-contiguous) view.</param>
    /// <param name="offset">The file offset of the first element.</param>
    /// <param name="mode"><c>"r"</c>, <c>"r+"</c>, <c>"c"</c> or <c>"w+"</c>, or one of NumPy's aliases.</param>
    /// <returns>The mapped array, as <see cref="np.memmap"/> returns it.</returns>
    /// <exception cref="ArgumentException">As <see cref="np.memmap"/>; in particular <c>mmap length is greater than
    /// file size</c> (paramName <c>shape</c>) when the file is shorter than the header says.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    internal static NDArray Map(string path, DType dtype, Shape shape, char order, long offset, string mode) =>
        Open(path, dtype, MemoryMapModes.Parse(mode, nameof(mode)), offset, shape, order);

    /// <summary>Maps a file as <c>numpy.memmap(path, dtype, mode, offset, shape, order)</c>; the arguments are not
    /// null.</summary>
    internal static NDArray Open(string path, DType dtype, MemoryMapMode mode, long offset, Shape? shape, char order)
    {
        if (mode == MemoryMapMode.Write && shape is null)
        {
            ThrowHelper.ThrowArgument(Messages.MemoryMapShapeRequired, nameof(shape));
        }

        // NumPy checks the order last, in ndarray.__new__; here it is checked before the file is opened or changed.
        bool fortran = order switch
        {
            'C' or 'c' or 'A' or 'a' or 'K' or 'k' => false,
            'F' or 'f' => true,
            _ => ThrowHelper.ThrowArgument<bool>(Messages.OrderWithValue(order), nameof(order)),
        };

        SafeFileHandle? file = OpenFile(path, mode);
        try
        {
            long fileLength = RandomAccess.GetLength(file);
            MapPlan plan = MapPlan.Make(fileLength, dtype.ItemSize, offset, shape, mode);
            if (plan.FileLength != fileLength)
            {
                RandomAccess.SetLength(file, plan.FileLength);
            }

            MemoryMappedFileAccess access = mode switch
            {
                MemoryMapMode.ReadOnly => MemoryMappedFileAccess.Read,
                MemoryMapMode.CopyOnWrite => MemoryMappedFileAccess.CopyOnWrite,
                _ => MemoryMappedFileAccess.ReadWrite,
            };
            SafeFileHandle taken = file;
            file = null;
            NativeBuffer buffer = MemoryMapReleaser.Map(taken, plan.Start, plan.Length, access);
            ReadOnlySpan<nint> dims = plan.Shape.Dims;
            nint[] strides = fortran ? StrideMath.FStrides(dims, dtype.ItemSize) : StrideMath.CStrides(dims, dtype.ItemSize);
            try
            {
                return NDArray.FromBuffer(buffer, dtype, plan.Shape, strides, (nint)(offset - plan.Start), mode != MemoryMapMode.ReadOnly);
            }
            catch
            {
                buffer.Release();
                throw;
            }
        }
        finally
        {
            file?.Dispose();
        }
    }

    private static SafeFileHandle OpenFile(string path, MemoryMapMode mode)
    {
        // Python opens with 'rb' ('r' and 'c'), 'r+b' or 'w+b' (created or truncated); no lock, like Python's open.
        (FileMode fileMode, FileAccess access) = mode switch
        {
            MemoryMapMode.ReadWrite => (FileMode.Open, FileAccess.ReadWrite),
            MemoryMapMode.Write => (FileMode.Create, FileAccess.ReadWrite),
            _ => (FileMode.Open, FileAccess.Read),
        };
        if (path.Length == 0)
        {
            ThrowHelper.ThrowFileNotFound(path);
        }

        try
        {
            return File.OpenHandle(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            ThrowHelper.ThrowFileNotFound(path);
            throw;
        }
    }
}
