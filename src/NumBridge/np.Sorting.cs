using NumBridge.Kernels;

namespace NumBridge;

// Sorting, searching and counting (NumPy's "Sorting, searching, and counting" and "Set routines: unique").
public static partial class np
{
    /// <summary>Returns a sorted copy of an array (<c>numpy.sort</c>).</summary>
    /// <param name="a">The array to sort.</param>
    /// <param name="axis">The axis to sort along (negative counts from the end); null sorts the flattened array.</param>
    /// <param name="kind">NumPy's <c>'quicksort'</c>, <c>'mergesort'</c>, <c>'heapsort'</c> or <c>'stable'</c> (by first letter, as NumPy); null for the default. Every kind gives the same sorted values.</param>
    /// <returns>A new array of <paramref name="a"/>'s dtype and shape (1-D when <paramref name="axis"/> is null).</returns>
    /// <remarks>NaN sorts after every number (complex: <c>[R + Rj, R + nanj, nan + Rj, nan + nanj]</c>, lexicographic
    /// within each class); false before true.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis 2 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>sort kind must be one of 'quick', 'heap', or 'stable' (got 'foo')</c>.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="a"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.sort(np.array(new[] { 3.0, double.NaN, 1.0 }))); // [ 1.  3. nan]
    /// </code>
    /// </example>
    public static NDArray sort(NDArray a, int? axis = -1, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        CheckSortKind(kind);
        if (axis is null)
        {
            NDArray flat = a.flatten();
            LaneSort.Sort(flat, 0);
            return flat;
        }

        int ax = AxisMath.CheckAndAdjustAxis(axis.Value, a.ndim);
        NDArray result = a.copy('K');
        LaneSort.Sort(result, ax);
        return result;
    }

    /// <summary>Returns the indices that would sort an array (<c>numpy.argsort</c>).</summary>
    /// <param name="a">The array to sort.</param>
    /// <param name="axis">The axis to sort along (negative counts from the end); null sorts the flattened array.</param>
    /// <param name="kind">As <see cref="sort"/>. The sort is always stable, as NumPy's <c>kind="stable"</c>: equal
    /// elements keep their order. NumPy's default quicksort leaves the order of ties unspecified, so NumBridge's
    /// answer is one of NumPy's possible answers and exactly NumPy's for <c>"stable"</c>.</param>
    /// <returns>A new int64 array of <paramref name="a"/>'s shape (1-D when <paramref name="axis"/> is null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis 2 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ArgumentException">An unknown <paramref name="kind"/>.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="a"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.argsort(np.array(new[] { 3, 1, 2, 1 }), kind: "stable")); // [1 3 2 0]
    /// </code>
    /// </example>
    public static NDArray argsort(NDArray a, int? axis = -1, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        CheckSortKind(kind);
        if (axis is null)
        {
            using NDArray flat = a.ravel();
            return LaneSort.Argsort(flat, 0);
        }

        return LaneSort.Argsort(a, AxisMath.CheckAndAdjustAxis(axis.Value, a.ndim));
    }

    /// <summary>Finds the sorted unique elements of the flattened array, or the unique slices along an axis
    /// (<c>numpy.unique</c>).</summary>
    /// <param name="ar">The input array; it is flattened when <paramref name="axis"/> is null.</param>
    /// <param name="return_index">Also return the index of each unique value's (slice's) first occurrence.</param>
    /// <param name="return_inverse">Also return, for each input element (slice), the index of its value in the unique values.</param>
    /// <param name="return_counts">Also return how often each unique value (slice) occurs.</param>
    /// <param name="axis">The axis whose slices are compared (negative counts from the end), or null to flatten.</param>
    /// <returns>A <see cref="UniqueResult"/> of new arrays; the ones not asked for are null. With an axis the values
    /// keep every other axis, and the index, inverse and counts are 1-D along that axis.</returns>
    /// <remarks>Flattened, NaNs count as one value (NumPy's <c>equal_nan=True</c>) and, as NumPy 2, the inverse has
    /// <paramref name="ar"/>'s shape (NumPy 1.24 returns it flattened). Along an axis the slices sort
    /// lexicographically (NaN after every number) and are equal only when every element is <c>==</c>, so a slice
    /// holding a NaN is unique each time, as NumPy compares them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is out of range (NumPy's AxisError
    /// <c>axis 2 is out of bounds for array of dimension 2</c>).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="ar"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// using UniqueResult u = np.unique(np.array(new[] { 3, 1, 3, 2 }), return_counts: true);
    /// Console.WriteLine(u.values); // [1 2 3]
    /// Console.WriteLine(u.counts); // [1 1 2]
    /// using UniqueResult rows = np.unique(np.array(new[,] { { 1, 0 }, { 0, 1 }, { 1, 0 } }), return_inverse: true, axis: 0);
    /// Console.WriteLine(rows.values);          // [[0 1]
    ///                                          //  [1 0]]
    /// Console.WriteLine(rows.inverse_indices); // [1 0 1]
    /// </code>
    /// </example>
    public static UniqueResult unique(NDArray ar, bool return_index = false, bool return_inverse = false, bool return_counts = false, int? axis = null)
    {
        ArgumentNullException.ThrowIfNull(ar);
        ar.ThrowIfDisposed();
        (NDArray values, NDArray? indices, NDArray? inverse, NDArray? counts) = axis is { } k
            ? UniqueAxis.Run(ar, AxisMath.CheckAndAdjustAxis(k, ar.ndim), return_index, return_inverse, return_counts)
            : Unique.Run(ar, return_index, return_inverse, return_counts);
        return new UniqueResult(values, indices, inverse, counts);
    }

    /// <summary>Returns the indices of the elements that are nonzero (<c>numpy.nonzero</c>), one array per dimension.</summary>
    /// <param name="a">The input array, at least 1-D.</param>
    /// <returns>New int64 arrays, one per dimension, of the nonzero elements' indices in C order.</returns>
    /// <remarks>An element is nonzero as <c>bool(x)</c>: NaN is nonzero; a complex is nonzero when either part is.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is 0-d (NumPy 2's <c>Calling nonzero on 0d arrays is not allowed. ...</c>).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="a"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// NDArray[] ij = np.nonzero(np.array(new[] { new[] { 0, 1 }, new[] { 2, 0 } }));
    /// Console.WriteLine(ij[0]); // [0 1]
    /// Console.WriteLine(ij[1]); // [1 0]
    /// </code>
    /// </example>
    public static NDArray[] nonzero(NDArray a)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        if (a.ndim == 0)
        {
            ThrowHelper.ThrowArgument(Messages.NonzeroZeroDimensional, nameof(a));
        }

        using NDArray where = NonZero.ArgWhere(a);
        var result = new NDArray[a.ndim];
        for (int d = 0; d < result.Length; d++)
        {
            using NDArray column = where[.., d];
            result[d] = column.copy();
        }

        return result;
    }

    /// <summary>Finds the indices of the nonzero elements, grouped by element (<c>numpy.argwhere</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <returns>A new int64 array of shape <c>(count, a.ndim)</c>; for a 0-d array <c>(1, 0)</c> or <c>(0, 0)</c>, as NumPy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="a"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.argwhere(np.array(new[] { 0, 3, 0, 4 }))); // [[1] [3]]
    /// </code>
    /// </example>
    public static NDArray argwhere(NDArray a)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        if (a.ndim == 0)
        {
            using NDArray one = a.reshape(1);
            using NDArray rows = NonZero.ArgWhere(one);
            return NDArray.Allocate(int64, Shape.Wrap([rows.shape.Dims[0], 0]));
        }

        return NonZero.ArgWhere(a);
    }

    /// <summary>Returns the indices of the nonzero elements of the flattened array (<c>numpy.flatnonzero</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <returns>A new 1-D int64 array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="a"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// Console.WriteLine(np.flatnonzero(np.array(new[] { new[] { 0, 1 }, new[] { 2, 0 } }))); // [1 2]
    /// </code>
    /// </example>
    public static NDArray flatnonzero(NDArray a)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        using NDArray flat = a.ravel();
        using NDArray where = NonZero.ArgWhere(flat);
        return where.reshape(-1).copy();
    }

    /// <summary>Counts the nonzero elements (<c>numpy.count_nonzero</c>).</summary>
    /// <param name="a">The input array.</param>
    /// <param name="axis">The axes to count along (negative counts from the end); null counts the whole array.</param>
    /// <param name="keepdims">Keep the counted axes as length 1.</param>
    /// <returns>A new int64 array: 0-d when <paramref name="axis"/> is null (NumPy returns a Python int), else
    /// <paramref name="a"/>'s shape without (or with length 1 at) the counted axes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">NumPy's <c>axis 2 is out of bounds for array of dimension 2</c>.</exception>
    /// <exception cref="ArgumentException">NumPy's <c>duplicate value in 'axis'</c>.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="a"/> was disposed.</exception>
    /// <example>
    /// <code>
    /// var a = np.array(new[] { new[] { 0, 1, 2 }, new[] { 3, 0, 0 } });
    /// Console.WriteLine(np.count_nonzero(a));               // 3
    /// Console.WriteLine(np.count_nonzero(a, axis: [0]));    // [1 1 1]
    /// </code>
    /// </example>
    public static unsafe NDArray count_nonzero(NDArray a, int[]? axis = null, bool keepdims = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        int nd = a.ndim;
        int[] axes = axis is null ? Enumerable.Range(0, nd).ToArray() : AxisMath.NormalizeAxisTuple(axis, nd, nameof(axis), Messages.DuplicateAxis);
        var kept = new List<int>();
        var resultDims = new List<nint>();
        nint inner = 1;
        for (int d = 0; d < nd; d++)
        {
            if (Array.IndexOf(axes, d) < 0)
            {
                kept.Add(d);
                resultDims.Add(a.shape.Dims[d]);
            }
            else
            {
                inner = checked(inner * a.shape.Dims[d]);
                if (keepdims)
                {
                    resultDims.Add(1);
                }
            }
        }

        nint outer = 1;
        foreach (int d in kept)
        {
            outer = checked(outer * a.shape.Dims[d]);
        }

        int[] order = [.. kept, .. axes.Order()];
        using NDArray moved = a.transpose(order);
        using NDArray rows = moved.reshape(outer, inner);
        NDArray result = NDArray.Allocate(int64, axis is null && !keepdims ? Shape.Wrap([]) : Shape.Wrap(resultDims.ToArray()));
        NonZero.CountRows(rows, (long*)result.Data);
        GC.KeepAlive(result);
        return result;
    }

    internal static void CheckSortKind(string? kind)
    {
        if (kind is not null && (kind.Length == 0 || char.ToLowerInvariant(kind[0]) is not ('q' or 'h' or 'm' or 's')))
        {
            ThrowHelper.ThrowArgument(Messages.SortKind(kind), nameof(kind));
        }
    }
}
