using NumBridge.Memory;
using System.Numerics;
using System.Runtime.CompilerServices;
using NumBridge.Kernels;

namespace NumBridge;

public sealed unsafe partial class NDArray
{
    /// <summary>
    /// Whether this 0-d array came from an implicit conversion of a C# scalar (<c>double</c>, <c>int</c>, ...). Such
    /// values are "weak" under NEP 50: in mixed arithmetic they take the other operand's dtype.
    /// </summary>
    internal bool IsWeakScalar { get; private set; }

    /// <summary>Copies the elements into a new C# array, in C (row-major) order whatever the layout.</summary>
    /// <typeparam name="T">The element type of the dtype (double for float64, byte for uint8, ...).</typeparam>
    /// <returns>A new one-dimensional C# array (a copy), in C order.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the dtype's element type.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// double[] values = np.arange(3.0).ToArray&lt;double&gt;(); // [0, 1, 2]
    /// </code>
    /// </example>
    public T[] ToArray<T>()
        where T : unmanaged
    {
        ThrowIfDisposed();
        if (!_dtype.Matches<T>())
        {
            ThrowHelper.ThrowArgument(Messages.ElementTypeMismatch(typeof(T), _dtype), nameof(T));
        }

        var result = new T[checked((int)size)];
        if (result.Length == 0)
        {
            return result;
        }

        if (_cContiguous && _dtype.IsNativeByteOrder)
        {
            new ReadOnlySpan<T>(Data, result.Length).CopyTo(result);
            GC.KeepAlive(this);
            return result;
        }

        using NDArray contiguous = CopyAs(_dtype.Native, 'C');
        new ReadOnlySpan<T>(contiguous.Data, result.Length).CopyTo(result);
        GC.KeepAlive(contiguous);
        return result;
    }

    /// <summary>
    /// Returns the elements as nested lists (<c>ndarray.tolist</c>): a <see cref="List{T}"/> of <see cref="object"/>
    /// per dimension, holding boxed C# scalars of the dtype's element type (double, int, bool, Half, Complex, ...);
    /// a 0-d array gives the scalar itself.
    /// </summary>
    /// <returns>A new <c>List&lt;object&gt;</c> tree (a copy), or a boxed scalar for a 0-d array.</returns>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// var rows = (List&lt;object&gt;)np.eye(2).tolist(); // [[1.0, 0.0], [0.0, 1.0]]
    /// </code>
    /// </example>
    public object tolist()
    {
        ThrowIfDisposed();
        var visitor = new ToListVisitor(this);
        return DTypeSwitch.Invoke<ToListVisitor, object>(_dtype.Code, ref visitor);
    }

    /// <summary>
    /// Returns the only element as a C# scalar (<c>ndarray.item()</c>), converted to <typeparamref name="T"/> as
    /// <c>astype</c> converts.
    /// </summary>
    /// <typeparam name="T">The C# type to return.</typeparam>
    /// <returns>The element (a copy).</returns>
    /// <exception cref="ArgumentException">NumPy's <c>can only convert an array of size 1 to a Python scalar</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no NumPy dtype.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(2.5).item&lt;double&gt;()); // 2.5
    /// </code>
    /// </example>
    public T item<T>()
        where T : unmanaged
    {
        ThrowIfDisposed();
        if (size != 1)
        {
            ThrowHelper.ThrowArgument(Messages.ItemSizeOne);
        }

        return ReadElement<T>(0);
    }

    /// <summary>Returns the element at flat (C-order) position <paramref name="index"/> (<c>ndarray.item(i)</c>).</summary>
    /// <typeparam name="T">The C# type to return; the element is converted as <c>astype</c> converts.</typeparam>
    /// <param name="index">The flat index; negative values count from the end.</param>
    /// <returns>The element (a copy).</returns>
    /// <exception cref="IndexOutOfRangeException">NumPy's <c>index 10 is out of bounds for size 4</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.arange(6).item&lt;long&gt;(4)); // 4
    /// </code>
    /// </example>
    public T item<T>(nint index)
        where T : unmanaged
    {
        ThrowIfDisposed();
        nint n = size;
        nint i = index < 0 ? index + n : index;
        if (i < 0 || i >= n)
        {
            ThrowHelper.ThrowIndexError(Messages.FlatIndexOutOfBounds(index, n));
        }

        Span<nint> full = stackalloc nint[ndim];
        ReadOnlySpan<nint> dims = _shape.Dims;
        for (int axis = dims.Length - 1; axis >= 0; axis--)
        {
            full[axis] = i % dims[axis];
            i /= dims[axis];
        }

        return ReadElement<T>(ByteOffsetOf(full));
    }

    /// <summary>
    /// Returns one element (<c>ndarray.item(*args)</c>): no index for a size-1 array, one index for a flat (C-order)
    /// position, or one index per dimension.
    /// </summary>
    /// <typeparam name="T">The C# type to return; the element is converted as <c>astype</c> converts.</typeparam>
    /// <param name="index">The index; negative values count from the end of their axis.</param>
    /// <returns>The element (a copy).</returns>
    /// <exception cref="ArgumentException">NumPy's <c>incorrect number of indices for array</c>, or
    /// <c>can only convert an array of size 1 to a Python scalar</c> for no index.</exception>
    /// <exception cref="IndexOutOfRangeException">NumPy's <c>index 5 is out of bounds for axis 1 with size 2</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.eye(3).item&lt;double&gt;(1, 1)); // 1
    /// </code>
    /// </example>
    public T item<T>(params ReadOnlySpan<nint> index)
        where T : unmanaged
    {
        ThrowIfDisposed();
        if (index.Length == 0)
        {
            return item<T>();
        }

        if (index.Length == 1)
        {
            return item<T>(index[0]);
        }

        if (index.Length != ndim)
        {
            ThrowHelper.ThrowArgument(Messages.IncorrectNumberOfIndices, nameof(index));
        }

        Span<nint> full = stackalloc nint[ndim];
        for (int axis = 0; axis < full.Length; axis++)
        {
            nint dim = _shape.Dims[axis];
            nint i = index[axis] < 0 ? index[axis] + dim : index[axis];
            if (i < 0 || i >= dim)
            {
                ThrowHelper.ThrowIndexOutOfBounds(index[axis], axis, dim);
            }

            full[axis] = i;
        }

        return ReadElement<T>(ByteOffsetOf(full));
    }

    /// <summary>Reads the element at a byte offset from <see cref="Data"/>, converting it to <typeparamref name="T"/>.</summary>
    internal T ReadElement<T>(nint byteOffset)
        where T : unmanaged
    {
        if (_dtype.Matches<T>() && _dtype.IsNativeByteOrder)
        {
            T value = Unsafe.ReadUnaligned<T>(Data + byteOffset);
            GC.KeepAlive(this);
            return value;
        }

        using NDArray element = CreateView(_dtype, default, [], _offset + byteOffset);
        using NDArray converted = element.CopyAs(DType.Of<T>(), 'C');
        T result = Unsafe.ReadUnaligned<T>(converted.Data);
        GC.KeepAlive(converted);
        return result;
    }

    private T ToScalar<T>()
        where T : unmanaged
    {
        ThrowIfDisposed();
        if (size != 1)
        {
            throw new InvalidCastException(Messages.OnlySizeOneToScalar);
        }

        return ReadElement<T>(0);
    }

    private static unsafe NDArray FromWeakScalar<T>(T value)
        where T : unmanaged
    {
        // Made for every `a[i, j] = 3.0` and rarely disposed: a slot of a ScalarSlab, with no finalizer of its own.
        NativeBuffer buffer = ScalarSlab.Allocate(sizeof(T));
        *(T*)buffer.Pointer = value;
        var a = new NDArray(BufferLease.Create(buffer), DType.Of<T>(), default, [], 0, writeable: true, @base: null);
        a.IsWeakScalar = true;
        return a;
    }

    private readonly struct ToListVisitor : IDTypeVisitor<object>
    {
        private readonly NDArray _array;

        public ToListVisitor(NDArray array) => _array = array;

        public object Visit<T>()
            where T : unmanaged
        {
            Span<nint> index = stackalloc nint[_array.ndim];
            return Build<T>(0, index);
        }

        private object Build<T>(int axis, Span<nint> index)
            where T : unmanaged
        {
            if (axis == index.Length)
            {
                return _array.ReadElement<T>(_array.ByteOffsetOf(index));
            }

            nint n = _array._shape.Dims[axis];
            var list = new List<object>((int)n);
            for (nint i = 0; i < n; i++)
            {
                index[axis] = i;
                list.Add(Build<T>(axis + 1, index));
            }

            return list;
        }
    }
}
