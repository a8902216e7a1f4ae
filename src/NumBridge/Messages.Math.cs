using System.Numerics;
using System.Text;

namespace NumBridge;

internal static partial class Messages
{
    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_fill_axisdata (note the trailing space)
    public static string CannotBroadcast(IEnumerable<Shape> shapes)
    {
        var text = new StringBuilder("operands could not be broadcast together with shapes ");
        foreach (Shape s in shapes)
        {
            text.Append(FormatShapeCompact(s)).Append(' ');
        }

        return text.ToString();
    }

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_fill_axisdata (output operand)
    public static string NonBroadcastableOutput(Shape output, Shape broadcast) =>
        $"non-broadcastable output operand with shape {FormatShapeCompact(output)} doesn't match the broadcast shape {FormatShapeCompact(broadcast)}";

    // numpy/_core/src/umath/ufunc_type_resolution.c, raise_output_casting_error (UFuncTypeError)
    public static string CannotCastUfuncOutput(string ufunc, DType from, DType to, string casting) =>
        $"Cannot cast ufunc '{ufunc}' output from {from.repr()} to {to.repr()} with casting rule '{casting}'";

    // numpy/_core/src/umath/ufunc_type_resolution.c, raise_no_loop_found_error
    public static string UfuncNotSupported(string ufunc) =>
        $"ufunc '{ufunc}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''";

    // numpy/_core/src/umath/ufunc_type_resolution.c, PyUFunc_SubtractionTypeResolver
    public const string BooleanSubtract =
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.";

    // numpy/_core/src/umath/ufunc_type_resolution.c, PyUFunc_NegativeTypeResolver
    public const string BooleanNegative =
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.";

    // numpy/_core/src/umath/loops.c.src, @TYPE@_power
    public const string NegativeIntegerPower = "Integers to negative integer powers are not allowed.";

    // numpy/_core/src/umath/scalarmath.c.src / abstractdtypes.c, npy_update_operand_for_scalar (NumPy 2 OverflowError)
    public static string PythonIntegerOutOfBounds(BigInteger value, DType dtype) =>
        $"Python integer {value} out of bounds for {dtype.name}";

    // numpy/_core/src/multiarray/conversion_utils.c, PyArray_CastingConverter
    public static string CastingNotUnderstood(string casting) =>
        $"casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '{casting}')";

    // numpy/_core/src/multiarray/multiarraymodule.c, array_result_type
    public const string AtLeastOneArrayOrDType = "at least one array or dtype is required";

    // numpy/_core/fromnumeric.py, clip (NumPy 2 message)
    public const string ClipNeedsBound = "One of max or min must be given";

    /// <summary>A shape as NumPy's C code prints it in messages: <c>(2,3)</c>, <c>(4,)</c>, <c>()</c>.</summary>
    public static string FormatShapeCompact(Shape shape)
    {
        ReadOnlySpan<nint> dims = shape.Dims;
        if (dims.Length == 1)
        {
            return $"({dims[0]},)";
        }

        var text = new StringBuilder("(");
        for (int i = 0; i < dims.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(dims[i]);
        }

        return text.Append(')').ToString();
    }
}
