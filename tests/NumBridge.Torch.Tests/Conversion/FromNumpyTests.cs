using System.Runtime.InteropServices;
using NumBridge.Memory;
using static NumBridge.Torch.Tests.TestArrays;

namespace NumBridge.Torch.Tests.Conversion;

public unsafe class FromNumpyTests
{
    private const string NegativeStrides =
        "At least one stride in the given numpy array is negative, and tensors with negative strides are not currently " +
        "supported. (You can probably work around this by making a copy of your array  with array.copy().) ";

    private const string StridesNotMultiple =
        "given numpy array strides not a multiple of the element byte size. Copy the numpy array to reallocate the memory.";

    private const string ByteOrder =
        "given numpy array has byte order different from the native byte order. Conversion between byte orders is currently not supported.";

    public static TheoryData<string> DTypes => AllDTypeNames();

    internal static ScalarType Expected(DType dtype) => dtype.Code switch
    {
        DTypeCode.Bool => ScalarType.Bool,
        DTypeCode.Int8 => ScalarType.Int8,
        DTypeCode.UInt8 => ScalarType.Byte,
        DTypeCode.Int16 => ScalarType.Int16,
        DTypeCode.UInt16 => (ScalarType)27,
        DTypeCode.Int32 => ScalarType.Int32,
        DTypeCode.UInt32 => (ScalarType)28,
        DTypeCode.Int64 => ScalarType.Int64,
        DTypeCode.UInt64 => (ScalarType)29,
        DTypeCode.Float16 => ScalarType.Float16,
        DTypeCode.Float32 => ScalarType.Float32,
        DTypeCode.Float64 => ScalarType.Float64,
        DTypeCode.Complex64 => ScalarType.ComplexFloat32,
        DTypeCode.Complex128 => ScalarType.ComplexFloat64,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype)),
    };

    [Theory]
    [MemberData(nameof(DTypes))]
    public void from_numpy_EveryDType_SharesMemoryBothWays(string name)
    {
        DType dtype = np.dtype(name);
        using NDArray a = np.zeros((2, 3), dtype: dtype);
        for (int k = 0; k < 6; k++)
        {
            Write(dtype, At(a, k / 3, k % 3), Value(dtype, k));
        }

        using Tensor t = torch.from_numpy(a);
        Assert.Equal(Expected(dtype), t.dtype);
        Assert.Equal([2L, 3L], t.shape);
        Assert.Equal([3L, 1L], t.stride());
        Assert.Equal((IntPtr)a.Data, DataPtr(t));

        // Array → tensor: what was written through the pointer, libtorch reads.
        Assert.Equal(Enumerable.Range(0, 6).Select(k => Value(dtype, k)), TorchValues(t));
        if (dtype.kind == 'c')
        {
            Assert.Equal(Enumerable.Range(0, 6).Select(k => -Value(dtype, k)), TorchImaginary(t));
        }

        // Tensor → array: libtorch writes, the array sees it.
        t.fill_(dtype.Code == DTypeCode.Bool ? 1 : 7);
        for (int k = 0; k < 6; k++)
        {
            Assert.Equal(dtype.Code == DTypeCode.Bool ? 1.0 : 7.0, Read(dtype, At(a, k / 3, k % 3)));
        }

        Assert.True(np.shares_memory(a, t));
    }

    [Theory]
    [InlineData(new long[] { 3, 1 }, new long[] { 4, 0 }, new long[] { 1, 0 })]
    [InlineData(new long[] { 3, 1 }, new long[] { 4, 4 }, new long[] { 1, 1 })]
    [InlineData(new long[] { 1, 3 }, new long[] { 40, 4 }, new long[] { 10, 1 })]
    [InlineData(new long[] { 2, 1, 3 }, new long[] { 12, 12, 4 }, new long[] { 3, 3, 1 })]
    [InlineData(new long[] { 2, 0, 3 }, new long[] { 12, 12, 4 }, new long[] { 3, 3, 1 })]
    public void from_numpy_LengthOneAndEmptyDims_KeepTheArraysStrides(long[] dims, long[] byteStrides, long[] expected)
    {
        // PyTorch copies NumPy's strides even where a length-1 or empty dimension makes them arbitrary.
        using NDArray a = np.zeros(12, dtype: np.float32);
        using NDArray v = a.CreateView(new Shape(dims.Select(d => (nint)d).ToArray()), byteStrides.Select(s => (nint)s).ToArray());
        using Tensor t = torch.from_numpy(v);
        Assert.Equal(dims, t.shape);
        Assert.Equal(expected, t.stride());
        if (v.size > 0)
        {
            Assert.Equal((IntPtr)a.Data, DataPtr(t));
        }
    }

    [Fact]
    public void from_numpy_Transposed_KeepsStridesAndShares()
    {
        using NDArray a = np.zeros((2, 3), dtype: np.int32);
        using NDArray at = a.CreateView(new Shape(3, 2), [4, 12]);
        for (int k = 0; k < 6; k++)
        {
            *(int*)At(a, k / 3, k % 3) = k;
        }

        using Tensor t = torch.from_numpy(at);
        Assert.Equal([3L, 2L], t.shape);
        Assert.Equal([1L, 3L], t.stride());
        Assert.Equal(0, t.storage_offset());
        Assert.Equal(new double[] { 0, 3, 1, 4, 2, 5 }, TorchValues(t));
        t[2, 1] = tensor(50);
        Assert.Equal(50, *(int*)At(a, 1, 2));
    }

    [Fact]
    public void from_numpy_StepSliceWithOffset_KeepsStridesAndOffset()
    {
        // a[1:, ::2] of a (3, 5) float64 array: offset 40 bytes, strides (40, 16).
        using NDArray a = np.zeros((3, 5));
        for (int k = 0; k < 15; k++)
        {
            *(double*)At(a, k / 5, k % 5) = k;
        }

        using NDArray view = a.CreateView(np.float64, new Shape(2, 3), [40, 16], 40);
        using Tensor t = torch.from_numpy(view);
        Assert.Equal([2L, 3L], t.shape);
        Assert.Equal([5L, 2L], t.stride());
        Assert.Equal((IntPtr)view.Data, DataPtr(t));
        Assert.Equal(new double[] { 5, 7, 9, 10, 12, 14 }, TorchValues(t));
        t[1, 2] = tensor(-1.0);
        Assert.Equal(-1.0, *(double*)At(a, 2, 4));
        Assert.True(np.shares_memory(a, t));
    }

    [Fact]
    public void from_numpy_ZeroStride_Broadcast_Shares()
    {
        using NDArray a = np.array(new[] { 1.0f, 2.0f, 3.0f });
        using NDArray b = a.CreateView(new Shape(2, 3), [0, 4]); // writeable, unlike np.broadcast_to
        using Tensor t = torch.from_numpy(b);
        Assert.Equal([0L, 1L], t.stride());
        Assert.Equal(new double[] { 1, 2, 3, 1, 2, 3 }, TorchValues(t));
        *(float*)a.Data = 9;
        Assert.Equal(9.0, TorchValues(t)[3]);
    }

    [Fact]
    public void from_numpy_ZeroD_SharesTheScalar()
    {
        using NDArray a = np.array(2.5);
        using Tensor t = torch.from_numpy(a);
        Assert.Equal(0, t.ndim);
        Assert.Equal(2.5, t.ToDouble());
        *(double*)a.Data = 4;
        Assert.Equal(4.0, t.ToDouble());
        t.fill_(6);
        Assert.Equal(6.0, *(double*)a.Data);
    }

    [Theory]
    [InlineData(new long[] { 0 })]
    [InlineData(new long[] { 3, 0 })]
    [InlineData(new long[] { 0, 4, 2 })]
    public void from_numpy_Empty_KeepsShape(long[] dims)
    {
        using NDArray a = np.zeros(dims, dtype: np.float32);
        using Tensor t = torch.from_numpy(a);
        Assert.Equal(dims, t.shape);
        Assert.Equal(0, t.numel());
        Assert.Equal(ScalarType.Float32, t.dtype);
        Assert.False(np.shares_memory(a, t));
    }

    [Fact]
    public void from_numpy_EmptyArrayOverNullPointer_Works()
    {
        var releaser = new CountingReleaser();
        var buffer = new NativeBuffer(IntPtr.Zero, 0, releaser);
        using (NDArray a = NDArray.FromBuffer(buffer, np.float64, new Shape(0, 2), [16, 8], 0, true))
        using (Tensor t = torch.from_numpy(a))
        {
            Assert.Equal([0L, 2L], t.shape);
            Assert.Equal([2L, 1L], t.stride());
        }

        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_NegativeStride_ThrowsPyTorchsMessage()
    {
        using NDArray a = np.array(new[] { 0.0, 1, 2, 3, 4 });
        using NDArray reversed = a.CreateView(np.float64, new Shape(5), [-8], 32);
        var ex = Assert.Throws<ArgumentException>(() => torch.from_numpy(reversed));
        Assert.Equal(NegativeStrides + " (Parameter 'a')", ex.Message);
        Assert.Equal("a", ex.ParamName);
        Assert.Equal(NegativeStrides + " (Parameter 'a')", Assert.Throws<ArgumentException>(() => torch.tensor(reversed)).Message);
        Assert.Equal(NegativeStrides + " (Parameter 'a')", Assert.Throws<ArgumentException>(() => torch.as_tensor(reversed)).Message);
    }

    [Fact]
    public void from_numpy_NegativeStrideOnOneAxis_Throws()
    {
        using NDArray a = np.zeros((2, 3), dtype: np.int64);
        using NDArray flipped = a.CreateView(np.int64, new Shape(2, 3), [24, -8], 16);
        var ex = Assert.Throws<ArgumentException>(() => torch.from_numpy(flipped));
        Assert.Equal(NegativeStrides + " (Parameter 'a')", ex.Message);
    }

    [Fact]
    public void from_numpy_StrideNotMultipleOfItemSize_Throws()
    {
        // A field of a packed record: float32 every 6 bytes.
        using NDArray bytes = np.zeros(24, dtype: np.uint8);
        using NDArray odd = bytes.CreateView(np.float32, new Shape(3), [6], 2);
        var ex = Assert.Throws<ArgumentException>(() => torch.from_numpy(odd));
        Assert.Equal(StridesNotMultiple + " (Parameter 'a')", ex.Message);
    }

    [Fact]
    public void from_numpy_OddStrideAndNegativeStride_ReportsTheOddStrideFirst()
    {
        using NDArray bytes = np.zeros(64, dtype: np.uint8);
        using NDArray both = bytes.CreateView(np.int16, new Shape(2, 2), [-8, 3], 32);
        Assert.Equal(StridesNotMultiple + " (Parameter 'a')", Assert.Throws<ArgumentException>(() => torch.from_numpy(both)).Message);
    }

    [Theory]
    [InlineData(">f4")]
    [InlineData(">i4")]
    [InlineData(">c16")]
    public void from_numpy_NonNativeByteOrder_Throws(string dtype)
    {
        using NDArray a = np.zeros(2, dtype: np.dtype(dtype));
        var ex = Assert.Throws<ArgumentException>(() => torch.from_numpy(a));
        Assert.Equal(ByteOrder + " (Parameter 'a')", ex.Message);
        Assert.Equal(ByteOrder + " (Parameter 'a')", Assert.Throws<ArgumentException>(() => torch.tensor(a)).Message);
        Assert.Equal(ByteOrder + " (Parameter 'a')", Assert.Throws<ArgumentException>(() => torch.as_tensor(a)).Message);
    }

    [Fact]
    public void from_numpy_BigEndianOneByteType_IsNative()
    {
        using NDArray a = np.zeros(2, dtype: np.dtype(">u1"));
        using Tensor t = torch.from_numpy(a);
        Assert.Equal(ScalarType.Byte, t.dtype);
    }

    [Fact]
    public void from_numpy_FailedCheck_TakesNoReference()
    {
        var releaser = new CountingReleaser();
        NDArray a = Counted(np.float64, new Shape(4), releaser);
        using (NDArray reversed = a.CreateView(np.float64, new Shape(4), [-8], 24))
        {
            Assert.Throws<ArgumentException>(() => torch.from_numpy(reversed));
        }

        a.Dispose();
        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void from_numpy_ReadOnlyArray_CopiesInsteadOfSharing()
    {
        using NDArray a = np.array(new[] { 1.0, 2.0 });
        a.flags.writeable = false;
        using Tensor t = torch.from_numpy(a);
        Assert.False(np.shares_memory(a, t));
        Assert.Equal(new double[] { 1, 2 }, TorchValues(t));
        t.fill_(5);
        Assert.Equal(1.0, *(double*)a.Data);
    }

    [Fact]
    public void from_numpy_ReadOnlyBroadcastView_Copies()
    {
        using NDArray a = np.array(new[] { 1, 2, 3 });
        using NDArray b = a.CreateView(np.int32, new Shape(2, 3), [0, 4], 0, writeable: false);
        using Tensor t = torch.from_numpy(b);
        Assert.False(np.shares_memory(a, t));
        Assert.Equal([3L, 1L], t.stride());
        Assert.Equal(new double[] { 1, 2, 3, 1, 2, 3 }, TorchValues(t));
    }

    [Fact]
    public void from_numpy_Disposed_ThrowsObjectDisposed()
    {
        NDArray a = np.zeros(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => torch.from_numpy(a));
        Assert.Throws<ArgumentNullException>(() => torch.from_numpy(null!));
    }

    [Fact]
    public void from_numpy_ArrayOverForeignMemory_SharesIt()
    {
        var releaser = new CountingReleaser();
        IntPtr p = Marshal.AllocHGlobal(16);
        var buffer = new NativeBuffer(p, 16, releaser);
        using (NDArray a = NDArray.FromBuffer(buffer, np.int32, new Shape(4), [4], 0, true))
        using (Tensor t = torch.from_numpy(a))
        {
            Assert.Equal(p, DataPtr(t));
        }

        Assert.Equal(1, releaser.Count);
    }

    [Fact]
    public void shares_memory_DisjointRanges_False()
    {
        using NDArray a = np.zeros(10);
        using NDArray first = a.CreateView(np.float64, new Shape(5), [8], 0);
        using NDArray second = a.CreateView(np.float64, new Shape(5), [8], 40);
        using Tensor t = torch.from_numpy(second);
        Assert.False(np.shares_memory(first, t));
        Assert.True(np.shares_memory(a, t));
        using Tensor other = torch.zeros(10);
        Assert.False(np.shares_memory(a, other));
    }
}
