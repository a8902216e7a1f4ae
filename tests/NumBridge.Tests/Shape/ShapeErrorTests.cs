using Xunit;

namespace NumBridge.Tests.ShapeFunctions;

/// <summary>Each kind of bad input to the shape functions: NumPy's exception (as its .NET type) and full message.</summary>
public class ShapeErrorTests
{
    private static NDArray Zeros(params nint[] shape) => np.zeros(new Shape(shape));

    [Fact]
    public void concatenate_SizeMismatch_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.concatenate([Zeros(2, 3), Zeros(2, 2)]));
        Assert.Equal("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2 (Parameter 'arrays')", e.Message);
    }

    [Fact]
    public void concatenate_DimensionCountMismatch_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.concatenate([Zeros(2, 3), Zeros(3)]));
        Assert.Equal("all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s) (Parameter 'arrays')", e.Message);
    }

    [Fact]
    public void concatenate_Empty_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.concatenate([]));
        Assert.Equal("need at least one array to concatenate (Parameter 'arrays')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.hstack([]));
        Assert.Equal("need at least one array to concatenate (Parameter 'tup')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.vstack([]));
        Assert.Equal("need at least one array to concatenate (Parameter 'tup')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.dstack([]));
        Assert.Equal("need at least one array to concatenate (Parameter 'tup')", e.Message);
    }

    [Fact]
    public void concatenate_ZeroDimensional_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.concatenate([Zeros()]));
        Assert.Equal("zero-dimensional arrays cannot be concatenated (Parameter 'arrays')", e.Message);
    }

    [Fact]
    public void concatenate_AxisOutOfBounds_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => np.concatenate([Zeros(2, 3), Zeros(2, 3)], axis: 2));
        Assert.Equal("axis 2 is out of bounds for array of dimension 2 (Parameter 'axis')", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => np.concatenate([Zeros(2, 3)], axis: -3));
        Assert.Equal("axis -3 is out of bounds for array of dimension 2 (Parameter 'axis')", e.Message);
    }

    [Fact]
    public void concatenate_BadCastingName_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.concatenate([Zeros(2)], casting: "bogus"));
        Assert.Equal("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got 'bogus') (Parameter 'casting')", e.Message);
    }

    [Fact]
    public void concatenate_NullArray_Throws()
    {
        ArgumentNullException e = Assert.Throws<ArgumentNullException>(() => np.concatenate([Zeros(2), null!]));
        Assert.Equal("arrays", e.ParamName);
    }

    [Fact]
    public void stack_ShapesDiffer_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.stack([Zeros(2, 3), Zeros(2, 2)]));
        Assert.Equal("all input arrays must have the same shape (Parameter 'arrays')", e.Message);
    }

    [Fact]
    public void stack_Empty_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.stack([]));
        Assert.Equal("need at least one array to stack (Parameter 'arrays')", e.Message);
    }

    [Fact]
    public void stack_AxisOutOfBounds_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => np.stack([Zeros(2, 3), Zeros(2, 3)], axis: 3));
        Assert.Equal("axis 3 is out of bounds for array of dimension 3 (Parameter 'axis')", e.Message);
    }

    [Fact]
    public void split_UnequalDivision_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.split(np.arange(5), 2));
        Assert.Equal("array split does not result in an equal division (Parameter 'sections')", e.Message);
    }

    [Fact]
    public void split_ZeroSections_ThrowsDivideByZero()
    {
        DivideByZeroException e = Assert.Throws<DivideByZeroException>(() => np.split(np.arange(5), 0));
        Assert.Equal("integer modulo by zero", e.Message);
    }

    [Fact]
    public void array_split_NonPositiveSections_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.array_split(np.arange(5), 0));
        Assert.Equal("number sections must be larger than 0. (Parameter 'sections')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.split(np.arange(4), -2));
        Assert.Equal("number sections must be larger than 0. (Parameter 'sections')", e.Message);
    }

    [Fact]
    public void split_AxisOutOfRange_ThrowsTupleIndexError()
    {
        IndexOutOfRangeException e = Assert.Throws<IndexOutOfRangeException>(() => np.array_split(np.arange(5), 2, axis: 1));
        Assert.Equal("tuple index out of range", e.Message);
        e = Assert.Throws<IndexOutOfRangeException>(() => np.split(np.arange(5), [1], axis: -2));
        Assert.Equal("tuple index out of range", e.Message);
    }

    [Fact]
    public void tile_NegativeReps_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.tile(np.arange(3), 2, -1));
        Assert.Equal("negative dimensions are not allowed (Parameter 'reps')", e.Message);
    }

    [Fact]
    public void repeat_CountsMismatch_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.repeat(np.arange(3), [1, 2]));
        Assert.Equal("operands could not be broadcast together with shape (3,) (2,) (Parameter 'repeats')", e.Message);
    }

    [Fact]
    public void repeat_NegativeCounts_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.repeat(np.arange(3), [1, -2, 1]));
        Assert.Equal("repeats may not contain negative values. (Parameter 'repeats')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.repeat(np.arange(3), -1));
        Assert.Equal("negative dimensions are not allowed (Parameter 'repeats')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.repeat(np.arange(3), [-1]));
        Assert.Equal("negative dimensions are not allowed (Parameter 'repeats')", e.Message);
    }

    [Fact]
    public void repeat_AxisOutOfBounds_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => np.repeat(np.arange(3), 2, axis: 1));
        Assert.Equal("axis 1 is out of bounds for array of dimension 1 (Parameter 'axis')", e.Message);
    }

    [Fact]
    public void roll_ShiftAxisMismatch_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.roll(np.arange(3), [1, 2], [0, 0, 0]));
        Assert.Equal("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,). (Parameter 'shift')", e.Message);
    }

    [Fact]
    public void roll_AxisOutOfBounds_Throws()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => np.roll(np.arange(3), 1, axis: 1));
        Assert.Equal("axis 1 is out of bounds for array of dimension 1 (Parameter 'axis')", e.Message);
    }

    [Fact]
    public void pad_NegativeWidth_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.pad(np.arange(3), -1));
        Assert.Equal("index can't contain negative values (Parameter 'pad_width')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.pad(np.arange(3), (1, -1)));
        Assert.Equal("index can't contain negative values (Parameter 'pad_width')", e.Message);
    }

    [Fact]
    public void pad_PairsNotPerAxis_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.pad(Zeros(2, 2), [(1, 2), (3, 4), (5, 6)]));
        Assert.Equal("operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)  and requested shape (2,2) (Parameter 'pad_width')", e.Message);
        e = Assert.Throws<ArgumentException>(() => np.pad(Zeros(), []));
        Assert.Equal("zero-size array to reduction operation minimum which has no identity (Parameter 'pad_width')", e.Message);
    }

    [Fact]
    public void pad_UnknownMode_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.pad(np.arange(3), 1, mode: "foo"));
        Assert.Equal("mode 'foo' is not supported (Parameter 'mode')", e.Message);
    }

    [Fact]
    public void pad_StatisticAndRampModes_PadAsTheDocExamples()
    {
        using NDArray a = np.array(new long[] { 1, 2, 3 });
        using NDArray ramp = np.pad(a, 2, mode: "linear_ramp", end_values: 9);
        using NDArray mean = np.pad(a, 1, mode: "mean", stat_length: 2);
        Assert.Equal("[9 5 1 2 3 6 9]", ramp.ToString());
        Assert.Equal("[2 1 2 3 2]", mean.ToString());
    }

    [Fact]
    public void pad_ConstantValuesWithOtherMode_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.pad(np.arange(3), 1, mode: "edge", constant_values: 3));
        Assert.Equal("unsupported keyword arguments for mode 'edge': {'constant_values'} (Parameter 'constant_values')", e.Message);
    }

    [Fact]
    public void pad_EmptyAxis_Throws()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.pad(Zeros(0, 3), 1, mode: "edge"));
        Assert.Equal("can't extend empty axis 0 using modes other than 'constant' or 'empty' (Parameter 'mode')", e.Message);
        using NDArray ok = np.pad(Zeros(0, 3), [(0, 0), (1, 1)], mode: "reflect");
        Assert.Equal(new Shape(0, 5), ok.shape);
    }

    [Fact]
    public void pad_ConstantValuesDoNotBroadcast_Throws()
    {
        using NDArray values = Zeros(3, 2);
        ArgumentException e = Assert.Throws<ArgumentException>(() => np.pad(Zeros(2, 2), 1, constant_values: values));
        Assert.Equal("operands could not be broadcast together with remapped shapes [original->remapped]: (3,2)  and requested shape (2,2) (Parameter 'constant_values')", e.Message);
        using NDArray deep = Zeros(1, 1, 2);
        e = Assert.Throws<ArgumentException>(() => np.pad(np.arange(3), 1, constant_values: deep));
        Assert.Equal("input operand has more dimensions than allowed by the axis remapping (Parameter 'constant_values')", e.Message);
    }

    [Fact]
    public void pad_ConstantOutOfRange_WrapsAsNumPyAssignment()
    {
        using NDArray a = np.arange(3).astype(np.uint8);
        using NDArray padded = np.pad(a, 1, constant_values: 300);
        Assert.Equal("[44  0  1  2 44]", padded.ToString());
    }

    [Fact]
    public void ShapeFunctions_DisposedInput_Throw()
    {
        NDArray a = np.arange(4);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => np.concatenate([a]));
        Assert.Throws<ObjectDisposedException>(() => np.split(a, 2));
        Assert.Throws<ObjectDisposedException>(() => np.tile(a, 2));
        Assert.Throws<ObjectDisposedException>(() => np.repeat(a, 2));
        Assert.Throws<ObjectDisposedException>(() => np.pad(a, 1));
        Assert.Throws<ObjectDisposedException>(() => np.roll(a, 1));
    }
}
