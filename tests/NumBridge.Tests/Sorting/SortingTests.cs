using Xunit;

namespace NumBridge.Tests.Sorting;

/// <summary>Sorting at every length 0..256 against a plain reference, stability, empty and 0-d inputs, and every
/// kind of bad argument with its exception type and full message.</summary>
public class SortingTests
{
    [Fact]
    public void sort_EveryLength_EqualsReferenceSort()
    {
        var random = new Random(42);
        for (int n = 0; n <= 256; n++)
        {
            double[] values = new double[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = random.Next(8) == 0 ? double.NaN : random.Next(-20, 20) / 4.0;
            }

            double[] expected = values.Where(v => !double.IsNaN(v)).Order().Concat(values.Where(double.IsNaN)).ToArray();
            using NDArray a = np.array(values);
            using NDArray sorted = np.sort(a);
            Assert.Equal(expected, sorted.ToArray<double>());
            using NDArray order = np.argsort(a, kind: "stable");
            long[] expectedOrder = Enumerable.Range(0, n)
                .OrderBy(i => double.IsNaN(values[i]) ? 1 : 0).ThenBy(i => double.IsNaN(values[i]) ? 0 : values[i])
                .Select(i => (long)i).ToArray();
            Assert.Equal(expectedOrder, order.ToArray<long>());
        }
    }

    [Fact]
    public void sort_Empty_ReturnsEmpty()
    {
        using NDArray a = np.zeros(new Shape(3, 0), np.int32);
        using NDArray sorted = np.sort(a, 0);
        Assert.Equal(new Shape(3, 0), sorted.shape);
        using NDArray order = np.argsort(a);
        Assert.Equal(new Shape(3, 0), order.shape);
        using UniqueResult u = np.unique(a, return_index: true, return_inverse: true, return_counts: true);
        Assert.Equal(new Shape(0), u.values.shape);
        Assert.Equal(new Shape(3, 0), u.inverse_indices!.shape);
    }

    [Fact]
    public void sort_ZeroDimAxisNone_ReturnsOneElement()
    {
        using NDArray a = np.array(5);
        using NDArray sorted = np.sort(a, null);
        Assert.Equal(new[] { 5 }, sorted.ToArray<int>());
    }

    [Fact]
    public void sort_ZeroDimAxis_Throws()
    {
        using NDArray a = np.array(5);
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.sort(a));
        Assert.Equal("axis -1 is out of bounds for array of dimension 0 (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void sort_AxisOutOfBounds_Throws()
    {
        using NDArray a = np.ones(new Shape(2, 3));
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.sort(a, 2));
        Assert.Equal("axis 2 is out of bounds for array of dimension 2 (Parameter 'axis')", ex.Message);
        ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.argsort(a, -3));
        Assert.Equal("axis -3 is out of bounds for array of dimension 2 (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void sort_BadKind_Throws()
    {
        using NDArray a = np.ones(3);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.sort(a, kind: "foo"));
        Assert.Equal("sort kind must be one of 'quick', 'heap', or 'stable' (got 'foo') (Parameter 'kind')", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => np.argsort(a, kind: ""));
        Assert.Equal("sort kind must be one of 'quick', 'heap', or 'stable' (got '') (Parameter 'kind')", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => a.sort(kind: "x"));
        Assert.Equal("sort kind must be one of 'quick', 'heap', or 'stable' (got 'x') (Parameter 'kind')", ex.Message);
    }

    [Fact]
    public void sort_KindsByFirstLetter_Accepted()
    {
        using NDArray a = np.array(new[] { 3, 1, 2 });
        foreach (string kind in new[] { "quicksort", "mergesort", "heapsort", "stable", "Q", "s" })
        {
            using NDArray sorted = np.sort(a, kind: kind);
            Assert.Equal(new[] { 1, 2, 3 }, sorted.ToArray<int>());
        }
    }

    [Fact]
    public void ndarray_sort_ReadOnly_Throws()
    {
        using NDArray a = np.broadcast_to(np.array(new[] { 3, 1 }), new Shape(2, 2));
        NotSupportedException ex = Assert.Throws<NotSupportedException>(() => a.sort());
        Assert.Equal("assignment destination is read-only", ex.Message);
    }

    [Fact]
    public void sort_Null_Throws()
    {
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => np.sort(null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => np.argsort(null!)).ParamName);
        Assert.Equal("ar", Assert.Throws<ArgumentNullException>(() => np.unique(null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => np.nonzero(null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => np.count_nonzero(null!)).ParamName);
    }

    [Fact]
    public void nonzero_ZeroDim_Throws()
    {
        using NDArray a = np.array(5);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.nonzero(a));
        Assert.Equal("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`. (Parameter 'a')", ex.Message);
    }

    [Fact]
    public void argwhere_ZeroDim_HasNoColumns()
    {
        using NDArray three = np.argwhere(np.array(3));
        Assert.Equal(new Shape(1, 0), three.shape);
        Assert.Equal(np.int64, three.dtype);
        using NDArray zero = np.argwhere(np.array(0));
        Assert.Equal(new Shape(0, 0), zero.shape);
    }

    [Fact]
    public void count_nonzero_DuplicateAxis_Throws()
    {
        using NDArray a = np.ones(new Shape(2, 3));
        ArgumentException ex = Assert.Throws<ArgumentException>(() => np.count_nonzero(a, [0, -2]));
        Assert.Equal("duplicate value in 'axis' (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void count_nonzero_AxisOutOfBounds_Throws()
    {
        using NDArray a = np.ones(new Shape(2, 3));
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => np.count_nonzero(a, [2]));
        Assert.Equal("axis 2 is out of bounds for array of dimension 2 (Parameter 'axis')", ex.Message);
    }

    [Fact]
    public void count_nonzero_KeepDimsAndNoAxes_MatchNumPy()
    {
        using NDArray a = np.array(new[] { new[] { 0, 1, 2 }, new[] { 3, 0, 0 } });
        using NDArray kept = np.count_nonzero(a, [1], keepdims: true);
        Assert.Equal(new Shape(2, 1), kept.shape);
        Assert.Equal(new long[] { 2, 1 }, kept.ToArray<long>());
        using NDArray none = np.count_nonzero(a, []);
        Assert.Equal(new long[] { 0, 1, 1, 1, 0, 0 }, none.ToArray<long>());
    }

    [Fact]
    public void unique_NaNs_CountAsOneValue()
    {
        using NDArray a = np.array(new[] { 3.0, double.NaN, 1.0, double.NaN, 1.0 });
        using UniqueResult u = np.unique(a, return_index: true, return_counts: true);
        Assert.Equal(new[] { 1.0, 3.0, double.NaN }, u.values.ToArray<double>());
        Assert.Equal(new long[] { 2, 0, 1 }, u.indices!.ToArray<long>());
        Assert.Equal(new long[] { 2, 1, 2 }, u.counts!.ToArray<long>());
    }

    [Fact]
    public void sort_LongLanesOnEveryAxis_EqualContiguousCopies()
    {
        var random = new Random(7);
        float[] values = new float[5 * 300 * 4];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(100);
        }

        using NDArray flat = np.array(values);
        using NDArray a = flat.reshape(5, 300, 4);
        for (int axis = 0; axis < 3; axis++)
        {
            using NDArray moved = a.moveaxis(axis, -1);
            using NDArray contiguous = moved.copy();
            using NDArray expected = np.argsort(contiguous, kind: "stable");
            using NDArray actual = np.argsort(a, axis, "stable");
            using NDArray actualMoved = actual.moveaxis(axis, -1);
            using NDArray actualCopy = actualMoved.copy();
            Assert.Equal(expected.ToArray<long>(), actualCopy.ToArray<long>());
        }
    }
}
