using Xunit;

namespace NumBridge.Tests.Elementwise;

/// <summary>
/// C# operators, weak C# scalars (NEP 50, NumPy 2's answers), broadcasting errors, <c>out=</c> and in-place
/// semantics, overlap, and the errors each bad input raises (type and full message).
/// </summary>
public class OperatorTests
{
    private static NDArray U8(params byte[] values) => np.array(values);

    [Fact]
    public void Add_WeakInt_KeepsUInt8AndWraps()
    {
        using NDArray a = U8(200);
        using NDArray r = a * 2 + 1;
        Assert.Equal(np.uint8, r.dtype);
        Assert.Equal("[145]", r.ToString());
    }

    [Fact]
    public void Add_WeakIntOutOfBounds_ThrowsOverflow()
    {
        using NDArray a = U8(200);
        var ex = Assert.Throws<OverflowException>(() => a + 300);
        Assert.Equal("Python integer 300 out of bounds for uint8", ex.Message);
        ex = Assert.Throws<OverflowException>(() => a + -1);
        Assert.Equal("Python integer -1 out of bounds for uint8", ex.Message);
    }

    [Fact]
    public void Divide_UInt8ByWeakInt_IsFloat64()
    {
        using NDArray a = U8(255, 0);
        using NDArray r = a / 255;
        Assert.Equal(np.float64, r.dtype);
        Assert.Equal("[1. 0.]", r.ToString());
        using NDArray big = a / 300; // the int goes to the float64 loop: no overflow check
        Assert.Equal(np.float64, big.dtype);
    }

    [Fact]
    public void Multiply_Float32ByWeakDouble_StaysFloat32()
    {
        using NDArray a = np.array(new float[] { 1.5f });
        using NDArray r = a * 2.0;
        Assert.Equal(np.float32, r.dtype);
        using NDArray c = a + new System.Numerics.Complex(0, 1);
        Assert.Equal(np.complex64, c.dtype);
    }

    [Fact]
    public void Add_StrongArrays_PromoteAsNumPy2()
    {
        using NDArray a = np.array(new ulong[] { 1, 2 });
        using NDArray b = np.array(new long[] { 1 });
        using NDArray r = a + b;
        Assert.Equal(np.float64, r.dtype);
        using NDArray h = np.array(new Half[] { (Half)1 });
        using NDArray s = np.array(new short[] { 1 });
        using NDArray hs = h + s;
        Assert.Equal(np.float32, hs.dtype);
        using NDArray bools = np.array(new[] { true, false });
        using NDArray bi = bools + 1;
        Assert.Equal(np.int64, bi.dtype);
        Assert.Equal("[2 1]", bi.ToString());
    }

    [Fact]
    public void Operators_ScalarOnLeft_Work()
    {
        using NDArray a = np.arange(3);
        using NDArray r = 10 - a;
        Assert.Equal("[10  9  8]", r.ToString());
        using NDArray m = 7 % (a + 2);
        Assert.Equal("[1 1 3]", m.ToString());
    }

    [Fact]
    public void Operators_Comparisons_ReturnBoolArrays()
    {
        using NDArray a = np.arange(3.0);
        using NDArray lt = a < 1;
        using NDArray ge = a >= 1;
        Assert.Equal(np.@bool, lt.dtype);
        Assert.Equal("[ True False False]", lt.ToString());
        Assert.Equal("[False  True  True]", ge.ToString());
    }

    [Fact]
    public void EqualityOperator_IsReferenceEquality_AndNullChecksWork()
    {
        NDArray a = np.arange(3);
        NDArray? none = null;
        Assert.False(a == null);
        Assert.True(none == null);
        Assert.True(a != null);
        using NDArray b = a.copy();
        Assert.False(a == b);
        Assert.True(a.Equals(a));
        using NDArray eq = np.equal(a, b);
        Assert.Equal("[ True  True  True]", eq.ToString());
        a.Dispose();
    }

    [Fact]
    public void Operators_BitwiseAndUnary_Work()
    {
        using NDArray a = np.array(new[] { 12, 10 });
        using NDArray and = a & 6;
        using NDArray or = a | 1;
        using NDArray xor = a ^ 6;
        using NDArray inv = ~a;
        using NDArray neg = -a;
        Assert.Equal("[4 2]", and.ToString());
        Assert.Equal("[13 11]", or.ToString());
        Assert.Equal("[10 12]", xor.ToString());
        Assert.Equal("[-13 -11]", inv.ToString());
        Assert.Equal("[-12 -10]", neg.ToString());
    }

    [Fact]
    public void Add_ShapesDoNotBroadcast_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray b = np.ones(4);
        var ex = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Equal("operands could not be broadcast together with shapes (2,3) (4,)  (Parameter 'x2')", ex.Message);
    }

    [Fact]
    public void Add_Broadcasts_RowAndColumn()
    {
        using NDArray col = np.arange(3).reshape(3, 1);
        using NDArray row = np.arange(4);
        using NDArray r = col * 10 + row;
        Assert.Equal("[[ 0  1  2  3]\n [10 11 12 13]\n [20 21 22 23]]", r.ToString());
    }

    [Fact]
    public void Add_OutOfOtherShape_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray o = np.ones(3);
        var ex = Assert.Throws<ArgumentException>(() => np.add(a, 1, o));
        Assert.Equal("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3) (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void Add_OutNeedsUnsafeCast_Throws()
    {
        using NDArray a = np.ones((2, 3));
        using NDArray o = np.zeros((2, 3), dtype: np.uint8);
        var ex = Assert.Throws<ArgumentException>(() => np.add(a, 1, o));
        Assert.Equal("Cannot cast ufunc 'add' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind' (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void Add_OutOfWiderKind_CastsAndReturnsOut()
    {
        using NDArray a = np.arange(3);
        using NDArray o = np.zeros(3, dtype: np.float32);
        NDArray r = np.add(a, 1, o);
        Assert.Same(o, r);
        Assert.Equal("[1. 2. 3.]", o.ToString());
    }

    [Fact]
    public void Add_OutReadOnly_Throws()
    {
        using NDArray a = np.arange(3.0);
        using NDArray o = np.broadcast_to(np.zeros(1), new Shape(3));
        var ex = Assert.Throws<NotSupportedException>(() => np.add(a, 1, o));
        Assert.Equal("assignment destination is read-only", ex.Message);
    }

    [Fact]
    public void CompoundAdd_UInt8WeakInt_WritesInPlace()
    {
        using NDArray a = U8(1, 255);
        NDArray before = a;
        NDArray b = a;
        b += 1;
        Assert.Same(before, b);
        Assert.Equal("[2 0]", a.ToString());
    }

    [Fact]
    public void CompoundAdd_UInt8WeakFloat_ThrowsCastError()
    {
        using NDArray a = U8(1, 2);
        NDArray b = a;
        var ex = Assert.Throws<ArgumentException>(() => b += 1.5);
        Assert.Equal("Cannot cast ufunc 'add' output from dtype('float64') to dtype('uint8') with casting rule 'same_kind' (Parameter 'out')", ex.Message);
        Assert.Equal("[1 2]", a.ToString());
    }

    [Fact]
    public void CompoundAdd_UInt8ByInt64Array_ThrowsCastError()
    {
        using NDArray a = U8(1, 2);
        using NDArray other = np.array(new long[] { 1, 1 });
        NDArray b = a;
        var ex = Assert.Throws<ArgumentException>(() => b += other);
        Assert.Equal("Cannot cast ufunc 'add' output from dtype('int64') to dtype('uint8') with casting rule 'same_kind' (Parameter 'out')", ex.Message);
    }

    [Fact]
    public void CompoundAdd_OverlappingShiftedView_ReadsOldValues()
    {
        using NDArray a = np.arange(5);
        NDArray tail = a[new Slice(1, null)];
        using NDArray head = a[new Slice(null, -1)];
        tail += head;
        Assert.Equal("[0 1 3 5 7]", a.ToString());
        tail.Dispose();
    }

    [Fact]
    public void CompoundMultiply_FloatByInt_StaysFloat()
    {
        using NDArray a = np.arange(3.0);
        NDArray b = a;
        b *= 2;
        b -= 1;
        b /= 2;
        Assert.Equal("[-0.5  0.5  1.5]", a.ToString());
    }

    [Fact]
    public void Subtract_Bools_Throws()
    {
        using NDArray a = np.array(new[] { true });
        var ex = Assert.Throws<ArgumentException>(() => a - a);
        Assert.Equal("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead. (Parameter 'x1')", ex.Message);
    }

    [Fact]
    public void Negative_Bool_Throws()
    {
        using NDArray a = np.array(new[] { true });
        var ex = Assert.Throws<ArgumentException>(() => -a);
        Assert.Equal("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead. (Parameter 'x1')", ex.Message);
    }

    [Fact]
    public void power_NegativeIntegerExponent_Throws()
    {
        using NDArray a = np.array(new[] { 2, 3 });
        var ex = Assert.Throws<ArgumentException>(() => np.power(a, -1));
        Assert.Equal("Integers to negative integer powers are not allowed. (Parameter 'x2')", ex.Message);
        using NDArray f = np.power(a, -1.0);
        Assert.Equal("[0.5        0.33333333]", f.ToString());
    }

    [Fact]
    public void bitwise_and_Floats_Throws()
    {
        using NDArray a = np.ones(2);
        var ex = Assert.Throws<ArgumentException>(() => a & a);
        Assert.Equal("ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe'' (Parameter 'x1')", ex.Message);
    }

    [Fact]
    public void sqrt_LoopDTypes_FollowNumPy()
    {
        using NDArray i8 = np.array(new sbyte[] { 4 });
        using NDArray i32 = np.array(new[] { 4 });
        using NDArray u16 = np.array(new ushort[] { 4 });
        using NDArray r8 = np.sqrt(i8);
        using NDArray r32 = np.sqrt(i32);
        using NDArray r16 = np.sqrt(u16);
        Assert.Equal(np.float16, r8.dtype);
        Assert.Equal(np.float64, r32.dtype);
        Assert.Equal(np.float32, r16.dtype);
    }

    [Fact]
    public void where_WeakScalar_KeepsArrayDType()
    {
        using NDArray c = np.array(new[] { true, false });
        using NDArray x = U8(1, 2);
        using NDArray r = np.where(c, x, 7);
        Assert.Equal(np.uint8, r.dtype);
        Assert.Equal("[1 7]", r.ToString());
        using NDArray f = np.where(c, 1, 2.5);
        Assert.Equal("[1.  2.5]", f.ToString());
    }

    [Fact]
    public void clip_WeakBounds_FollowNep50()
    {
        using NDArray a = U8(1, 2, 3);
        using NDArray r = np.clip(a, 0, 2.5);
        Assert.Equal(np.float64, r.dtype);
        Assert.Equal("[1.  2.  2.5]", r.ToString());
        using NDArray s = np.clip(a, 2, null);
        Assert.Equal("[2 2 3]", s.ToString());
        var ex = Assert.Throws<ArgumentException>(() => np.clip(a, null, null));
        Assert.Equal("One of max or min must be given (Parameter 'a_min')", ex.Message);
    }

    [Fact]
    public void round_HalfToEvenAndDecimals_MatchNumPy()
    {
        using NDArray a = np.array(new[] { 0.5, 1.5, 2.5, -0.5, 2.675 });
        using NDArray r0 = np.round(a);
        using NDArray r2 = np.round(a, 2);
        Assert.Equal("[ 0.  2.  2. -0.  3.]", r0.ToString());
        Assert.Equal("[ 0.5   1.5   2.5  -0.5   2.68]", r2.ToString()); // 2.675 * 100 rounds up to 267.5 in double
        using NDArray i = np.array(new[] { 15, 25, -15 });
        using NDArray ri = np.round(i, -1);
        Assert.Equal("[ 20  20 -20]", ri.ToString());
    }

    [Fact]
    public void Ufunc_DisposedOperand_Throws()
    {
        NDArray a = np.arange(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => a + 1);
        Assert.Throws<ArgumentNullException>(() => np.add(null!, 1));
    }

    [Fact]
    public void Add_ZeroDimensional_GivesZeroDimensional()
    {
        using NDArray a = np.array(2.5);
        using NDArray r = a + 1;
        Assert.Equal(0, r.ndim);
        Assert.Equal(3.5, r.item<double>());
    }

    [Fact]
    public void Add_EmptyArray_GivesEmpty()
    {
        using NDArray a = np.zeros((0, 3));
        using NDArray r = a + np.ones(3);
        Assert.Equal(new Shape(0, 3), r.shape);
    }
}
