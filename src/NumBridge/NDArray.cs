using System.Diagnostics;
using System.Runtime.CompilerServices;
using NumBridge.Memory;

namespace NumBridge;

/// <summary>
/// A NumPy-compatible n-dimensional array (<c>numpy.ndarray</c>): a view — dtype, shape, byte strides and offset —
/// over a block of native memory that it shares with its views.
/// </summary>
/// <remarks>
/// <para>
/// Layout: element <c>(i0, i1, ...)</c> lives at <c>buffer + offset + i0*strides[0] + i1*strides[1] + ...</c> bytes.
/// Strides are in bytes, as in NumPy, and may be zero (broadcast) or negative (reversed views).
/// </para>
/// <para>
/// Lifetime: each array, base or view, holds its own lease on the buffer, so a view keeps the memory alive after its
/// base is disposed. <see cref="Dispose"/> releases this array's lease; the memory is freed exactly once, when the last
/// lease is gone (or, for arrays nobody disposed, when the garbage collector finalizes them). After
/// <see cref="Dispose"/> every member throws <see cref="ObjectDisposedException"/>, except <see cref="ToString"/>.
/// </para>
/// <para>Thread safety: concurrent reads are safe; concurrent writes to the same elements, or disposing an array while
/// another thread uses it, are not.</para>
/// </remarks>
/// <example>
/// <code>
/// using var a = np.array(new double[] { 1.0, 2.0, 3.0 });
/// Console.WriteLine(a);        // [1. 2. 3.]
/// Console.WriteLine(a.dtype);  // float64
/// Console.WriteLine(a.shape);  // (3,)
/// </code>
/// </example>
public sealed unsafe partial class NDArray : IDisposable
{
    private readonly BufferLease _lease;
    private readonly DType _dtype;
    private readonly Shape _shape;
    private readonly nint[] _strides;
    private readonly nint _offset;
    private readonly NDArray? _base;
    private readonly bool _cContiguous;
    private readonly bool _fContiguous;
    private bool _writeable;

    /// <summary>Wraps a lease. The caller guarantees that every element lies inside the buffer.</summary>
    internal NDArray(BufferLease lease, DType dtype, Shape shape, nint[] strides, nint offset, bool writeable, NDArray? @base)
    {
        Debug.Assert(shape.ndim == strides.Length);
        _lease = lease;
        _dtype = dtype;
        _shape = shape;
        _strides = strides;
        _offset = offset;
        _writeable = writeable;
        _base = @base;
        _cContiguous = StrideMath.IsCContiguous(shape.Dims, strides, dtype.ItemSize);
        _fContiguous = StrideMath.IsFContiguous(shape.Dims, strides, dtype.ItemSize);
        AssertInBounds();
    }

    /// <summary>The data type of the elements (<c>ndarray.dtype</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(3).dtype); // int64
    /// </code>
    /// </example>
    public DType dtype => _dtype;

    /// <summary>The lengths of the dimensions (<c>ndarray.shape</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3)).shape); // (2, 3)
    /// </code>
    /// </example>
    public Shape shape => _shape;

    /// <summary>The byte step along each dimension (<c>ndarray.strides</c>); a copy.</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(string.Join(", ", np.zeros((2, 3)).strides)); // 24, 8
    /// </code>
    /// </example>
    public nint[] strides => (nint[])_strides.Clone();

    /// <summary>The number of dimensions (<c>ndarray.ndim</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3)).ndim); // 2
    /// </code>
    /// </example>
    public int ndim => _shape.ndim;

    /// <summary>The number of elements (<c>ndarray.size</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3)).size); // 6
    /// </code>
    /// </example>
    public nint size => _shape.size;

    /// <summary>The size of one element in bytes (<c>ndarray.itemsize</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros(3, dtype: np.float32).itemsize); // 4
    /// </code>
    /// </example>
    public int itemsize => _dtype.ItemSize;

    /// <summary>The number of bytes the elements take, <c>size * itemsize</c> (<c>ndarray.nbytes</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3)).nbytes); // 48
    /// </code>
    /// </example>
    public nint nbytes => checked(size * _dtype.ItemSize);

    /// <summary>
    /// The array this one is a view of (<c>ndarray.base</c>), or null if this array owns its memory. As in NumPy,
    /// a view of a view names the array that owns the memory.
    /// </summary>
    /// <example>
    /// <code>
    /// var a = np.arange(6);
    /// Console.WriteLine(a.@base is null);                   // True: a owns its memory
    /// Console.WriteLine(a.reshape(2, 3).@base == a);        // True
    /// </code>
    /// </example>
    public NDArray? @base => _base;

    /// <summary>Information about the memory layout (<c>ndarray.flags</c>).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3)).T.flags.f_contiguous); // True
    /// </code>
    /// </example>
    public ArrayFlags flags => new(this);

    /// <summary>Whether this array was disposed.</summary>
    /// <example>
    /// <code>
    /// var a = np.zeros(3);
    /// a.Dispose();
    /// Console.WriteLine(a.IsDisposed); // True
    /// </code>
    /// </example>
    public bool IsDisposed => _lease.IsDisposed;

    internal ReadOnlySpan<nint> StridesSpan => _strides;

    internal nint Offset => _offset;

    internal bool IsCContiguous => _cContiguous;

    internal bool IsFContiguous => _fContiguous;

    internal bool IsWriteable => _writeable;

    // Memory from a file, a tensor or a caller's array is not owned; a pinned managed block of our own is.
    internal bool OwnsData => _base is null && _lease.Buffer is { } b && (b.Owner is null || b.Releaser is ScalarSlab);

    /// <summary>The buffer; throws if this array was disposed.</summary>
    internal NativeBuffer Buffer
    {
        get
        {
            NativeBuffer? buffer = _lease.Buffer;
            if (buffer is null)
            {
                ThrowHelper.ThrowDisposed();
            }

            if (buffer.IsReleased)
            {
                // A lease still held on freed memory: a broken lifetime rule, refused and recorded (NativeLedger).
                NativeLedger.OnUseAfterRelease();
                ThrowHelper.ThrowDisposed();
            }

            return buffer;
        }
    }

    /// <summary>
    /// The address of the first element (index 0 in every dimension). Callers must keep this array reachable
    /// (<see cref="GC.KeepAlive"/>) while they use the pointer.
    /// </summary>
    internal byte* Data => (byte*)Buffer.Pointer + _offset;

    /// <summary>Returns NumPy's <c>str(a)</c>; never throws (a disposed array prints as such).</summary>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(3.0).ToString()); // [0. 1. 2.]
    /// </code>
    /// </example>
    public override string ToString() => IsDisposed ? "<disposed ndarray>" : Printing.ArrayPrinter.Str(this);

    /// <summary>Releases this array's hold on its memory; the memory is freed when no array or tensor uses it.</summary>
    /// <example>
    /// <code>
    /// using (NDArray a = np.zeros(1_000_000))
    /// {
    ///     Console.WriteLine(a.sum());
    /// } // the memory is freed here, unless a view or tensor still uses it
    /// </code>
    /// </example>
    public void Dispose() => _lease.Dispose();

    internal void ThrowIfDisposed()
    {
        if (_lease.IsDisposed)
        {
            ThrowHelper.ThrowDisposed();
        }
    }

    internal void ThrowIfNotWriteable()
    {
        ThrowIfDisposed();
        if (!_writeable)
        {
            ThrowHelper.ThrowReadOnly();
        }
    }

    internal void SetWriteable(bool value)
    {
        ThrowIfDisposed();
        if (value && !_writeable)
        {
            bool baseWriteable = _base is null ? _lease.Buffer!.Owner is not ReadOnlyOwner : _base._writeable;
            if (!baseWriteable)
            {
                ThrowHelper.ThrowArgument(Messages.CannotSetWriteable);
            }
        }

        _writeable = value;
    }

    /// <summary>Allocates a new C- or F-ordered array that owns its memory.</summary>
    internal static NDArray Allocate(DType dtype, Shape shape, char order = 'C', bool zero = false)
    {
        foreach (nint d in shape.Dims)
        {
            if (d < 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeDimensions, nameof(shape));
            }
        }

        if (!StrideMath.FitsInAddressSpace(shape.Dims, dtype.ItemSize))
        {
            ThrowHelper.ThrowArgument(Messages.ArrayTooBig, nameof(shape));
        }

        nint bytes = shape.size * dtype.ItemSize;

        nint[] strides = order switch
        {
            'C' or 'A' or 'K' => StrideMath.CStrides(shape.Dims, dtype.ItemSize),
            'F' => StrideMath.FStrides(shape.Dims, dtype.ItemSize),
            _ => ThrowHelper.ThrowArgument<nint[]>("order must be one of 'C', 'F', 'A', or 'K'", nameof(order)),
        };
        NativeBuffer buffer = AlignedReleaser.Allocate(bytes, zero);
        return new NDArray(BufferLease.Create(buffer), dtype, shape, strides, 0, true, null);
    }

    /// <summary>Allocates a new array that owns its memory, with dense strides in some axis order (the caller
    /// guarantees that the strides tile <c>size * itemsize</c> bytes).</summary>
    internal static NDArray AllocateStrided(DType dtype, Shape shape, nint[] strides, bool zero = false)
    {
        nint bytes = checked(shape.size * dtype.ItemSize);
        NativeBuffer buffer = AlignedReleaser.Allocate(bytes, zero);
        return new NDArray(BufferLease.Create(buffer), dtype, shape, strides, 0, true, null);
    }

    /// <summary>
    /// Allocates a new array shaped like <paramref name="a"/> in the given order, as NumPy's
    /// <c>PyArray_NewLikeArray</c>: <c>'A'</c> is F for an F- but not C-contiguous array, else C; <c>'K'</c> keeps
    /// <paramref name="a"/>'s memory order (axes sorted by absolute stride, stable, as
    /// <c>PyArray_CreateSortedStridePerm</c>), so a transposed or broadcast array gives a transposed result.
    /// </summary>
    internal static NDArray AllocateLike(NDArray a, DType dtype, char order, bool zero = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        switch (order)
        {
            case 'C':
            case 'F':
                return Allocate(dtype, a._shape, order, zero);
            case 'A':
            case 'K':
                if (a._cContiguous || a._fContiguous || order == 'A')
                {
                    return Allocate(dtype, a._shape, a._fContiguous && !a._cContiguous ? 'F' : 'C', zero);
                }

                break;
            default:
                return ThrowHelper.ThrowArgument<NDArray>("order must be one of 'C', 'F', 'A', or 'K'", nameof(order));
        }

        int n = a.ndim;
        nint[] source = a._strides;
        int[] axes = new int[n];
        for (int i = 0; i < n; i++)
        {
            axes[i] = i;
        }

        Array.Sort(axes, (x, y) =>
        {
            int c = Math.Abs(source[y]).CompareTo(Math.Abs(source[x]));
            return c != 0 ? c : x.CompareTo(y);
        });
        var strides = new nint[n];
        nint stride = dtype.ItemSize;
        for (int k = n - 1; k >= 0; k--)
        {
            strides[axes[k]] = stride;
            stride = checked(stride * Math.Max(a._shape.Dims[axes[k]], 1));
        }

        return AllocateStrided(dtype, a._shape, strides, zero);
    }

    /// <summary>Wraps memory owned elsewhere; checks that the layout stays inside the block.</summary>
    internal static NDArray FromBuffer(NativeBuffer buffer, DType dtype, Shape shape, nint[] strides, nint offset, bool writeable)
    {
        CheckLayoutFits(buffer.ByteLength, dtype, shape, strides, offset);
        return new NDArray(BufferLease.Create(buffer), dtype, shape, strides, offset, writeable, null);
    }

    /// <summary>A view of the same memory with another layout. The caller checked that it stays in bounds.</summary>
    internal NDArray CreateView(DType dtype, Shape shape, nint[] strides, nint offset, bool? writeable = null) =>
        new(_lease.Share(), dtype, shape, strides, offset, writeable ?? _writeable, _base ?? this);

    /// <summary>A view of the same memory with another shape and strides, starting at the same element.</summary>
    internal NDArray CreateView(Shape shape, nint[] strides) => CreateView(_dtype, shape, strides, _offset);

    internal static void CheckLayoutFits(nint byteLength, DType dtype, Shape shape, ReadOnlySpan<nint> strides, nint offset)
    {
        if (shape.ndim != strides.Length)
        {
            ThrowHelper.ThrowArgument("strides must be same length as shape", nameof(strides));
        }

        foreach (nint d in shape.Dims)
        {
            if (d < 0)
            {
                ThrowHelper.ThrowArgument(Messages.NegativeDimensions, nameof(shape));
            }
        }

        (nint low, nint high) = StrideMath.Extent(shape.Dims, strides, dtype.ItemSize);
        if (high > low && (offset + low < 0 || offset + high > byteLength))
        {
            ThrowHelper.ThrowArgument("strides is incompatible with shape of requested array and size of buffer", nameof(strides));
        }
    }

    [Conditional("DEBUG")]
    private void AssertInBounds()
    {
        NativeBuffer? buffer = _lease.Buffer;
        if (buffer is null)
        {
            return;
        }

        (nint low, nint high) = StrideMath.Extent(_shape.Dims, _strides, _dtype.ItemSize);
        Debug.Assert(high == low || (_offset + low >= 0 && _offset + high <= buffer.ByteLength), "A view reaches outside its buffer.");
    }

    /// <summary>The byte offset, from <see cref="Data"/>, of the element at a full index (already checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal nint ByteOffsetOf(ReadOnlySpan<nint> index)
    {
        nint offset = 0;
        for (int i = 0; i < index.Length; i++)
        {
            offset += index[i] * _strides[i];
        }

        return offset;
    }

    /// <summary>Marks memory that must never be written (a read-only mapping, a broadcast source).</summary>
    internal sealed class ReadOnlyOwner
    {
        public ReadOnlyOwner(object? inner) => Inner = inner;

        public object? Inner { get; }
    }
}
