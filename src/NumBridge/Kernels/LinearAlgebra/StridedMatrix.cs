namespace NumBridge.Kernels;

/// <summary>
/// A 2-D operand of a matrix product: element <c>(i, j)</c> lives at <c>Data + i*RowStride + j*ColStride</c> bytes.
/// Strides may be anything (transposed, negative, zero for a broadcast vector); packing reads them once.
/// </summary>
internal readonly unsafe struct StridedMatrix
{
    public StridedMatrix(byte* data, nint rows, nint cols, nint rowStride, nint colStride)
    {
        Data = data;
        Rows = rows;
        Cols = cols;
        RowStride = rowStride;
        ColStride = colStride;
    }

    public byte* Data { get; }

    public nint Rows { get; }

    public nint Cols { get; }

    public nint RowStride { get; }

    public nint ColStride { get; }

    /// <summary>The element at <c>(i, j)</c>.</summary>
    public ref T At<T>(nint i, nint j)
        where T : unmanaged => ref *(T*)(Data + (i * RowStride) + (j * ColStride));
}
