using NumBridge.Kernels;

namespace NumBridge;

public sealed unsafe partial class NDArray
{
    /// <summary>Gives a new shape to the array without changing its data (<c>ndarray.reshape</c>).</summary>
    /// <param name="shape">The new shape; one length may be <c>-1</c> (any negative), inferred from the size.</param>
    /// <param name="order"><c>'C'</c> reads and writes in row-major order, <c>'F'</c> in column-major order,
    /// <c>'A'</c> means <c>'F'</c> for Fortran-contiguous arrays and <c>'C'</c> otherwise.</param>
    /// <returns>A VIEW when the strides allow it (NumPy's <c>_attempt_nocopy_reshape</c>), otherwise a view of a new
    /// COPY.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>cannot reshape array of size 6 into shape (4,)</c>,
    /// <c>can only specify one unknown dimension</c>, or a bad <paramref name="order"/>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new[] { 0, 1, 2, 3, 4, 5 });
    /// Console.WriteLine(a.reshape(2, -1)); // [[0 1 2] [3 4 5]]
    /// </code>
    /// </example>
    public NDArray reshape(Shape shape, char order = 'C')
    {
        ThrowIfDisposed();
        bool fOrder = order switch
        {
            'C' => false,
            'F' => true,
            'A' => _fContiguous && !_cContiguous,
            _ => ThrowHelper.ThrowArgument<bool>($"{Messages.ReshapeOrder} (got '{order}')", nameof(order)),
        };
        nint[] dims = FixUnknownDimension(shape.Dims, size);
        if (_shape.Dims.SequenceEqual(shape.Dims))
        {
            // As PyArray_Newshape's quick check, made on the requested lengths before -1 is resolved: the same shape
            // is a plain view, strides kept (even in another order); reshape(-1) of a (1,) array gets fresh strides.
            return CreateView(_shape, (nint[])_strides.Clone());
        }

        if (size == 0 || (!fOrder && _cContiguous) || (fOrder && _fContiguous))
        {
            nint[] fresh = fOrder ? StrideMath.FStrides(dims, itemsize) : StrideMath.CStrides(dims, itemsize);
            return CreateView(Shape.Wrap(dims), fresh);
        }

        nint[]? strides = AttemptNoCopyReshape(_shape.Dims, _strides, dims, fOrder, itemsize);
        if (strides is not null)
        {
            return CreateView(Shape.Wrap(dims), strides);
        }

        // As NumPy: copy in the requested order, then view the copy (its base is the copy).
        NDArray copy = Allocate(_dtype, _shape, fOrder ? 'F' : 'C');
        ArrayCopy.Copy(this, copy);
        nint[] copyStrides = fOrder ? StrideMath.FStrides(dims, itemsize) : StrideMath.CStrides(dims, itemsize);
        return copy.CreateView(Shape.Wrap(dims), copyStrides);
    }

    /// <summary>Gives a new shape to the array (<c>ndarray.reshape(*shape)</c>).</summary>
    /// <param name="shape">The new lengths; one may be <c>-1</c>.</param>
    /// <returns>A VIEW when the strides allow it, otherwise a view of a new COPY.</returns>
    /// <exception cref="ArgumentException">As <see cref="reshape(Shape, char)"/>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros(6).reshape(3, 2).shape); // (3, 2)
    /// </code>
    /// </example>
    public NDArray reshape(params nint[] shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return reshape(new Shape(shape));
    }

    /// <summary>Returns a flattened array (<c>ndarray.ravel</c>).</summary>
    /// <param name="order"><c>'C'</c>, <c>'F'</c>, <c>'A'</c> or <c>'K'</c> (<c>'K'</c>: the order the elements
    /// lie in memory, as NumPy; a view where the strides, sorted, tile memory).</param>
    /// <returns>A VIEW when the array is contiguous in that order, otherwise a new COPY.</returns>
    /// <exception cref="ArgumentException">A bad <paramref name="order"/>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.zeros((2, 3));
    /// Console.WriteLine(a.ravel().shape); // (6,)
    /// </code>
    /// </example>
    public NDArray ravel(char order = 'C')
    {
        ThrowIfDisposed();
        bool fOrder = ResolveFlattenOrder(order);
        if ((!fOrder && _cContiguous) || (fOrder && _fContiguous))
        {
            return reshape(new Shape(-1), fOrder ? 'F' : 'C');
        }

        if (order == 'K' && !_cContiguous && !_fContiguous && IsContiguousInSomeOrder())
        {
            // As PyArray_Ravel for NPY_KEEPORDER: axes sorted by stride that tile memory make a 1-d view.
            return CreateView(Shape.Wrap([size]), [itemsize]);
        }

        return flatten(order == 'K' ? 'K' : fOrder ? 'F' : 'C');
    }

    /// <summary>Returns a copy of the array collapsed into one dimension (<c>ndarray.flatten</c>).</summary>
    /// <param name="order"><c>'C'</c>, <c>'F'</c>, <c>'A'</c> or <c>'K'</c> (as in <see cref="ravel"/>).</param>
    /// <returns>A new COPY that owns its memory.</returns>
    /// <exception cref="ArgumentException">A bad <paramref name="order"/>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new[,] { { 1, 2 }, { 3, 4 } });
    /// Console.WriteLine(a.flatten('F')); // [1 3 2 4]
    /// </code>
    /// </example>
    public NDArray flatten(char order = 'C')
    {
        ThrowIfDisposed();
        bool fOrder = ResolveFlattenOrder(order);
        NDArray result = Allocate(_dtype, new Shape(size));
        if (order == 'K' && !_cContiguous && !_fContiguous)
        {
            // Memory order, as PyArray_CopyAsFlat's NPY_KEEPORDER iterator (which does not negate strides).
            int[] perm = KeepOrderAxes();
            using NDArray permuted = transpose(perm);
            using NDArray dense = result.CreateView(permuted.shape, StrideMath.CStrides(permuted.shape.Dims, itemsize));
            ArrayCopy.Copy(permuted, dense);
            return result;
        }

        nint[] strides = fOrder ? StrideMath.FStrides(_shape.Dims, itemsize) : StrideMath.CStrides(_shape.Dims, itemsize);
        using NDArray target = result.CreateView(_shape, strides);
        ArrayCopy.Copy(this, target);
        return result;
    }

    /// <summary>The transposed array, axes reversed (<c>ndarray.T</c>).</summary>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3)).T.shape); // (3, 2)
    /// </code>
    /// </example>
    public NDArray T => transpose();

    /// <summary>Permutes the axes (<c>ndarray.transpose</c>); with no axes, reverses them.</summary>
    /// <param name="axes">A permutation of <c>0..ndim-1</c> (negative counts from the end), or nothing.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>axes don't match array</c> or <c>repeated axis in transpose</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis 3 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3, 4)).transpose(1, 0, 2).shape); // (3, 2, 4)
    /// </code>
    /// </example>
    public NDArray transpose(params int[]? axes)
    {
        ThrowIfDisposed();
        int n = ndim;
        int[] permutation;
        if (axes is null || axes.Length == 0)
        {
            permutation = new int[n];
            for (int i = 0; i < n; i++)
            {
                permutation[i] = n - 1 - i;
            }
        }
        else
        {
            if (axes.Length != n)
            {
                ThrowHelper.ThrowArgument(Messages.AxesDontMatch, nameof(axes));
            }

            permutation = AxisMath.NormalizeAxisTuple(axes, n, nameof(axes), Messages.RepeatedAxisTranspose);
        }

        return Permute(permutation);
    }

    /// <summary>Interchanges two axes (<c>ndarray.swapaxes</c>).</summary>
    /// <param name="axis1">The first axis.</param>
    /// <param name="axis2">The second axis.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis2: axis 2 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((2, 3, 4)).swapaxes(0, 2).shape); // (4, 3, 2)
    /// </code>
    /// </example>
    public NDArray swapaxes(int axis1, int axis2)
    {
        ThrowIfDisposed();
        int a1 = CheckAxisWithPrefix(axis1, nameof(axis1));
        int a2 = CheckAxisWithPrefix(axis2, nameof(axis2));
        int[] permutation = Identity(ndim);
        (permutation[a1], permutation[a2]) = (permutation[a2], permutation[a1]);
        return Permute(permutation);
    }

    /// <summary>Removes axes of length one (<c>ndarray.squeeze</c>).</summary>
    /// <param name="axis">The axes to remove; null removes every axis of length one.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>cannot select an axis to squeeze out which has size not equal to one</c>,
    /// or a repeated axis.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((1, 3, 1)).squeeze().shape); // (3,)
    /// Console.WriteLine(np.zeros((1, 3, 1)).squeeze(0).shape); // (3, 1)
    /// </code>
    /// </example>
    public NDArray squeeze(params int[]? axis)
    {
        ThrowIfDisposed();
        var remove = new bool[ndim];
        if (axis is null || axis.Length == 0)
        {
            for (int i = 0; i < ndim; i++)
            {
                remove[i] = _shape.Dims[i] == 1;
            }
        }
        else
        {
            foreach (int a in AxisMath.NormalizeAxisTuple(axis, ndim, nameof(axis), Messages.DuplicateAxis))
            {
                if (_shape.Dims[a] != 1)
                {
                    ThrowHelper.ThrowArgument(Messages.SqueezeNotOne, nameof(axis));
                }

                remove[a] = true;
            }
        }

        var dims = new List<nint>();
        var strides = new List<nint>();
        for (int i = 0; i < ndim; i++)
        {
            if (!remove[i])
            {
                dims.Add(_shape.Dims[i]);
                strides.Add(_strides[i]);
            }
        }

        return CreateView(Shape.Wrap([.. dims]), [.. strides]);
    }

    /// <summary>Inserts axes of length one (<c>numpy.expand_dims</c>).</summary>
    /// <param name="axis">Positions in the result where the new axes go.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>repeated axis</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis 5 is out of bounds for array of dimension 3</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros(3).expand_dims(0).shape); // (1, 3)
    /// </code>
    /// </example>
    public NDArray expand_dims(params int[] axis)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(axis);
        int outNdim = ndim + axis.Length;
        var insert = new bool[outNdim];
        foreach (int a in AxisMath.NormalizeAxisTuple(axis, outNdim, nameof(axis), Messages.RepeatedAxis))
        {
            insert[a] = true;
        }

        var dims = new nint[outNdim];
        int src = 0;
        for (int i = 0; i < outNdim; i++)
        {
            dims[i] = insert[i] ? 1 : _shape.Dims[src++];
        }

        // NumPy's expand_dims is a.reshape(out_shape), so the new axes get the strides reshape gives them (a C-order
        // array's fresh strides, _attempt_nocopy_reshape's otherwise), not 0 as a[:, None] does. Never copies.
        return reshape(Shape.Wrap(dims));
    }

    /// <summary>Reverses the order of elements along the given axes (<c>numpy.flip</c>).</summary>
    /// <param name="axis">The axes to flip; null or empty flips every axis.</param>
    /// <returns>A VIEW with negative strides.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>repeated axis</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[] { 1, 2, 3 }).flip()); // [3 2 1]
    /// </code>
    /// </example>
    public NDArray flip(params int[]? axis)
    {
        ThrowIfDisposed();
        int[] axes = axis is null || axis.Length == 0
            ? Identity(ndim)
            : AxisMath.NormalizeAxisTuple(axis, ndim, nameof(axis), Messages.RepeatedAxis);
        nint[] strides = (nint[])_strides.Clone();
        nint offset = _offset;
        foreach (int a in axes)
        {
            nint n = _shape.Dims[a];
            if (n > 0)
            {
                offset += (n - 1) * strides[a];
            }

            strides[a] = -strides[a];
        }

        return CreateView(_dtype, _shape, strides, offset);
    }

    /// <summary>Reverses the order of the columns, axis 1 (<c>numpy.fliplr</c>).</summary>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>Input must be >= 2-d.</c></exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[,] { { 1, 2 }, { 3, 4 } }).fliplr()); // [[2 1] [4 3]]
    /// </code>
    /// </example>
    public NDArray fliplr()
    {
        ThrowIfDisposed();
        if (ndim < 2)
        {
            ThrowHelper.ThrowArgument(Messages.FliplrNeeds2D, "m");
        }

        return flip(1);
    }

    /// <summary>Reverses the order of the rows, axis 0 (<c>numpy.flipud</c>).</summary>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentException">NumPy's <c>Input must be >= 1-d.</c></exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.array(new[] { 1, 2, 3 }).flipud()); // [3 2 1]
    /// </code>
    /// </example>
    public NDArray flipud()
    {
        ThrowIfDisposed();
        if (ndim < 1)
        {
            ThrowHelper.ThrowArgument(Messages.FlipudNeeds1D, "m");
        }

        return flip(0);
    }

    /// <summary>Moves axes to new positions; the others keep their order (<c>numpy.moveaxis</c>).</summary>
    /// <param name="source">The axes to move.</param>
    /// <param name="destination">Their new positions.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or repeat an axis (NumPy's words).</exception>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>source: axis 3 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((3, 4, 5)).moveaxis([0], [2]).shape); // (4, 5, 3)
    /// </code>
    /// </example>
    public NDArray moveaxis(int[] source, int[] destination)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        int[] src = NormalizeWithPrefix(source, nameof(source));
        int[] dst = NormalizeWithPrefix(destination, nameof(destination));
        if (src.Length != dst.Length)
        {
            ThrowHelper.ThrowArgument(Messages.MoveaxisSameLength, nameof(source));
        }

        // numpy/_core/numeric.py moveaxis: the unmoved axes in order, then each source inserted at its destination.
        var order = new List<int>();
        for (int i = 0; i < ndim; i++)
        {
            if (Array.IndexOf(src, i) < 0)
            {
                order.Add(i);
            }
        }

        var pairs = new List<(int Dest, int Src)>();
        for (int i = 0; i < src.Length; i++)
        {
            pairs.Add((dst[i], src[i]));
        }

        pairs.Sort((x, y) => x.Dest.CompareTo(y.Dest));
        foreach ((int d, int s) in pairs)
        {
            order.Insert(d, s);
        }

        return Permute([.. order]);
    }

    /// <summary>Moves one axis to a new position (<c>numpy.moveaxis</c>).</summary>
    /// <param name="source">The axis to move.</param>
    /// <param name="destination">Its new position.</param>
    /// <returns>A VIEW.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of bounds.</exception>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.zeros((3, 4, 5)).moveaxis(0, -1).shape); // (4, 5, 3)
    /// </code>
    /// </example>
    public NDArray moveaxis(int source, int destination) => moveaxis([source], [destination]);

    private int[] NormalizeWithPrefix(int[] axes, string paramName)
    {
        var result = new int[axes.Length];
        for (int i = 0; i < axes.Length; i++)
        {
            result[i] = CheckAxisWithPrefix(axes[i], paramName);
            if (Array.IndexOf(result, result[i], 0, i) >= 0)
            {
                ThrowHelper.ThrowArgument($"repeated axis in `{paramName}` argument", paramName);
            }
        }

        return result;
    }

    private int CheckAxisWithPrefix(int axis, string paramName)
    {
        if (axis < -ndim || axis >= ndim)
        {
            ThrowHelper.ThrowAxisOutOfBoundsWithPrefix(axis, ndim, paramName);
        }

        return axis < 0 ? axis + ndim : axis;
    }

    private NDArray Permute(int[] permutation)
    {
        var dims = new nint[permutation.Length];
        var strides = new nint[permutation.Length];
        for (int i = 0; i < permutation.Length; i++)
        {
            dims[i] = _shape.Dims[permutation[i]];
            strides[i] = _strides[permutation[i]];
        }

        return CreateView(Shape.Wrap(dims), strides);
    }

    private static int[] Identity(int n)
    {
        var result = new int[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = i;
        }

        return result;
    }

    /// <summary>
    /// The axes, outermost first, in the order NumPy's iterator visits them for <c>order='K'</c>:
    /// <c>npyiter_find_best_axis_ordering</c>, an insertion sort on absolute strides that leaves an axis with a zero
    /// stride where it is (ambiguous), so ties and broadcast axes keep C order.
    /// </summary>
    private int[] KeepOrderAxes()
    {
        int n = ndim;
        var perm = new int[n]; // innermost first, as the iterator stores it
        for (int i = 0; i < n; i++)
        {
            perm[i] = n - 1 - i;
        }

        for (int i0 = 1; i0 < n; i0++)
        {
            int pos = i0;
            int j0 = perm[i0];
            nint s0 = _strides[j0];
            for (int i1 = i0 - 1; i1 >= 0; i1--)
            {
                nint s1 = _strides[perm[i1]];
                if (s0 == 0 || s1 == 0)
                {
                    continue; // ambiguous: look further in
                }

                if (Math.Abs(s1) <= Math.Abs(s0))
                {
                    break;
                }

                pos = i1;
            }

            if (pos != i0)
            {
                Array.Copy(perm, pos, perm, pos + 1, i0 - pos);
                perm[pos] = j0;
            }
        }

        Array.Reverse(perm);
        return perm;
    }

    /// <summary>Whether the axes, sorted by stride (PyArray_CreateSortedStridePerm), tile memory with positive
    /// strides, as PyArray_Ravel checks before it returns a view for <c>order='K'</c>.</summary>
    private bool IsContiguousInSomeOrder()
    {
        int[] axes = Identity(ndim);
        Array.Sort(axes, (x, y) =>
        {
            int c = Math.Abs(_strides[y]).CompareTo(Math.Abs(_strides[x]));
            return c != 0 ? c : x.CompareTo(y);
        });
        nint expected = itemsize;
        for (int i = axes.Length - 1; i >= 0; i--)
        {
            nint dim = _shape.Dims[axes[i]];
            if (dim == 1)
            {
                continue;
            }

            if (_strides[axes[i]] != expected)
            {
                return false;
            }

            expected *= dim;
        }

        return true;
    }

    private bool ResolveFlattenOrder(char order) => order switch
    {
        'C' => false,
        'F' => true,
        'A' or 'K' => _fContiguous && !_cContiguous,
        _ => ThrowHelper.ThrowArgument<bool>($"{Messages.ReshapeOrder} (got '{order}')", nameof(order)),
    };

    /// <summary>Resolves one negative length, as NumPy's <c>_fix_unknown_dimension</c>.</summary>
    private static nint[] FixUnknownDimension(ReadOnlySpan<nint> requested, nint size)
    {
        var dims = requested.ToArray();
        int unknown = -1;
        nint known = 1;
        for (int i = 0; i < dims.Length; i++)
        {
            if (dims[i] < 0)
            {
                if (unknown >= 0)
                {
                    ThrowHelper.ThrowArgument(Messages.OneUnknownDimension, "shape");
                }

                unknown = i;
            }
            else
            {
                known = checked(known * dims[i]);
            }
        }

        if (unknown >= 0)
        {
            if (known == 0 || size % known != 0)
            {
                ThrowHelper.ThrowArgument(Messages.CannotReshapeRequested(size, requested), "shape");
            }

            dims[unknown] = size / known;
        }
        else if (known != size)
        {
            ThrowHelper.ThrowArgument(Messages.CannotReshapeRequested(size, requested), "shape");
        }

        return dims;
    }

    /// <summary>
    /// NumPy's <c>_attempt_nocopy_reshape</c> (<c>numpy/_core/src/multiarray/shape.c</c>): new strides that view
    /// the same elements in the same order, or null when the old axes that merge are not contiguous enough.
    /// </summary>
    private static nint[]? AttemptNoCopyReshape(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint[] newDims, bool fOrder, nint itemSize)
    {
        var oldDims = new List<nint>();
        var oldStrides = new List<nint>();
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] != 1)
            {
                oldDims.Add(shape[i]);
                oldStrides.Add(strides[i]);
            }
        }

        int newNd = newDims.Length;
        int oldNd = oldDims.Count;
        var newStrides = new nint[newNd];
        int oi = 0, oj = 1, ni = 0, nj = 1;
        while (ni < newNd && oi < oldNd)
        {
            nint np_ = newDims[ni];
            nint op = oldDims[oi];
            while (np_ != op)
            {
                if (np_ < op)
                {
                    np_ *= newDims[nj++];
                }
                else
                {
                    op *= oldDims[oj++];
                }
            }

            for (int ok = oi; ok < oj - 1; ok++)
            {
                if (fOrder ? oldStrides[ok + 1] != oldDims[ok] * oldStrides[ok] : oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1])
                {
                    return null;
                }
            }

            if (fOrder)
            {
                newStrides[ni] = oldStrides[oi];
                for (int nk = ni + 1; nk < nj; nk++)
                {
                    newStrides[nk] = newStrides[nk - 1] * newDims[nk - 1];
                }
            }
            else
            {
                newStrides[nj - 1] = oldStrides[oj - 1];
                for (int nk = nj - 1; nk > ni; nk--)
                {
                    newStrides[nk - 1] = newStrides[nk] * newDims[nk];
                }
            }

            ni = nj++;
            oi = oj++;
        }

        nint lastStride = ni >= 1 ? newStrides[ni - 1] : itemSize;
        if (fOrder && ni >= 1)
        {
            lastStride *= newDims[ni - 1];
        }

        for (int nk = ni; nk < newNd; nk++)
        {
            newStrides[nk] = lastStride;
        }

        return newStrides;
    }
}
