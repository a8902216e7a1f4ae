using Xunit;

namespace NumBridge.Tests.BadInput;

/// <summary>
/// Bad sizes, shapes whose product overflows, out-of-range axes and dtype mismatches at the public entry points: each
/// throws the .NET exception for NumPy's error (ValueError: ArgumentException, AxisError: ArgumentOutOfRangeException,
/// IndexError: IndexOutOfRangeException, UFuncTypeError: ArgumentException) with NumPy 1.24's message word for word
/// (.NET adds " (Parameter 'name')" to argument exceptions; that part is not NumPy's and is left out of the comparison).
/// </summary>
public class BadArgumentTests
{
    private const string TooBig = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";
    private const string Negative = "negative dimensions are not allowed";

    private static readonly Dictionary<string, (Action Call, Type Expected, string Message)> s_cases = new()
    {
        ["zeros(-1)"] = (() => np.zeros(-1), typeof(ArgumentException), Negative),
        ["zeros((2, -3))"] = (() => np.zeros((2, -3)), typeof(ArgumentException), Negative),
        ["full(-3, 1)"] = (() => np.full(-3, 1), typeof(ArgumentException), Negative),
        ["eye(-1)"] = (() => np.eye(-1), typeof(ArgumentException), Negative),
        ["repeat(a, -1)"] = (() => np.repeat(A(), -1), typeof(ArgumentException), Negative),
        ["zeros((2**62, 4))"] = (() => np.zeros((Shape)new[] { 1L << 62, 4 }), typeof(ArgumentException), TooBig),
        ["empty((0, 2**63-1))"] = (() => np.empty(new Shape(0, nint.MaxValue)), typeof(ArgumentException), TooBig),
        ["ones((3037000500, 3037000500))"] = (() => np.ones((Shape)new[] { 3037000500L, 3037000500L }), typeof(ArgumentException), TooBig),
        ["zeros((2**40, 2**40), int8)"] = (() => np.zeros((Shape)new[] { 1L << 40, 1L << 40 }, dtype: np.int8), typeof(ArgumentException), TooBig),
        ["a.sum(axis=2)"] = (() => A().sum(axis: 2), typeof(ArgumentOutOfRangeException), "axis 2 is out of bounds for array of dimension 2"),
        ["a.sum(axis=-3)"] = (() => A().sum(axis: -3), typeof(ArgumentOutOfRangeException), "axis -3 is out of bounds for array of dimension 2"),
        ["concatenate(axis=3)"] = (() => np.concatenate([A(), A()], axis: 3), typeof(ArgumentOutOfRangeException), "axis 3 is out of bounds for array of dimension 2"),
        ["a.swapaxes(0, 5)"] = (() => A().swapaxes(0, 5), typeof(ArgumentOutOfRangeException), "axis2: axis 5 is out of bounds for array of dimension 2"),
        ["expand_dims(a, 4)"] = (() => np.expand_dims(A(), 4), typeof(ArgumentOutOfRangeException), "axis 4 is out of bounds for array of dimension 3"),
        ["a.transpose(0, 0)"] = (() => A().transpose(0, 0), typeof(ArgumentException), "repeated axis in transpose"),
        ["a.transpose(0, 2)"] = (() => A().transpose(0, 2), typeof(ArgumentOutOfRangeException), "axis 2 is out of bounds for array of dimension 2"),
        ["sort(a, axis=2)"] = (() => np.sort(A(), axis: 2), typeof(ArgumentOutOfRangeException), "axis 2 is out of bounds for array of dimension 2"),
        ["moveaxis(a, 3, 0)"] = (() => np.moveaxis(A(), 3, 0), typeof(ArgumentOutOfRangeException), "source: axis 3 is out of bounds for array of dimension 2"),
        ["flip(a, 2)"] = (() => np.flip(A(), 2), typeof(ArgumentOutOfRangeException), "axis 2 is out of bounds for array of dimension 2"),
        ["squeeze(a, 0)"] = (() => np.squeeze(A(), 0), typeof(ArgumentException), "cannot select an axis to squeeze out which has size not equal to one"),
        ["add(a, 1.5, out=a)"] = (() => { NDArray a = A(); np.add(a, np.array(1.5), @out: a); }, typeof(ArgumentException),
            "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'"),
        ["a.reshape(4, 4)"] = (() => A().reshape(4, 4), typeof(ArgumentException), "cannot reshape array of size 6 into shape (4,4)"),
        ["a.reshape(-1, -1)"] = (() => A().reshape(-1, -1), typeof(ArgumentException), "can only specify one unknown dimension"),
        ["frombuffer(bytes(7), float64)"] = (() => np.frombuffer(new byte[7], dtype: np.float64), typeof(ArgumentException), "buffer size must be a multiple of element size"),
        ["linspace(0, 1, -1)"] = (() => np.linspace(0, 1, -1), typeof(ArgumentException), "Number of samples, -1, must be non-negative."),
        ["a[2, 0]"] = (() => A()[2, 0].Dispose(), typeof(IndexOutOfRangeException), "index 2 is out of bounds for axis 0 with size 2"),
        ["a[0, -4]"] = (() => A()[0, -4].Dispose(), typeof(IndexOutOfRangeException), "index -4 is out of bounds for axis 1 with size 3"),
        ["a + arange(4)"] = (() => (A() + np.arange(4)).Dispose(), typeof(ArgumentException), "operands could not be broadcast together with shapes (2,3) (4,) "),
        ["matmul(a, a)"] = (() => np.matmul(A(), A()), typeof(ArgumentException),
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)"),
        ["split(arange(6), 4)"] = (() => np.split(np.arange(6), 4), typeof(ArgumentException), "array split does not result in an equal division"),
        ["broadcast_to(a, (3, 3))"] = (() => np.broadcast_to(A(), (3, 3)), typeof(ArgumentException),
            "operands could not be broadcast together with remapped shapes [original->remapped]: (2,3)  and requested shape (3,3)"),
        ["broadcast_to(zeros((2, 1, 3)), (4, 2, 2, 4))"] = (() => np.broadcast_to(np.zeros((2, 1, 3)), (4, 2, 2, 4)), typeof(ArgumentException),
            "operands could not be broadcast together with remapped shapes [original->remapped]: (2,1,3)  and requested shape (4,2,2,4)"),
        ["broadcast_to(zeros(4), ())"] = (() => np.broadcast_to(np.zeros(4), new Shape()), typeof(ArgumentException),
            "cannot broadcast a non-scalar to a scalar array"),
    };

    private static NDArray A() => np.arange(6).reshape(2, 3);

    public static TheoryData<string> Cases() => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Call_BadArgument_ThrowsNumPysError(string name)
    {
        (Action call, Type expected, string message) = s_cases[name];

        Exception ex = Record.Exception(call)!;

        Assert.NotNull(ex);
        Assert.Equal(expected, ex.GetType());
        string text = ex is ArgumentException { ParamName: { } p } ? ex.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : ex.Message;
        Assert.Equal(message, text);
    }
}
