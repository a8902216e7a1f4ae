using System.Text;

namespace NumBridge;

internal static partial class Messages
{
    // numpy/_core/src/umath/matmul.c.src, the gufunc signature of matmul
    public const string MatmulSignature = "(n?,k),(k,m?)->(n?,m?)";

    // numpy/_core/src/umath/ufunc_object.c, _get_coredim_sizes / _parse_signature checks
    public static string MatmulNotEnoughDimensions(int operand) =>
        $"matmul: Input operand {operand} does not have enough dimensions (has 0, gufunc core with signature {MatmulSignature} requires 1)";

    // numpy/_core/src/umath/ufunc_object.c, _get_coredim_sizes
    public static string MatmulCoreMismatch(string kind, int operand, int dimension, nint size, nint expected) =>
        $"matmul: {kind} operand {operand} has a mismatch in its core dimension {dimension}, with gufunc signature {MatmulSignature} (size {size} is different from {expected})";

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_fill_axisdata (op_axes remapped; two spaces before "and")
    public static string MatmulBatchBroadcast(Shape a, Shape b, nint n, nint m)
    {
        var text = new StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
        foreach (Shape s in (ReadOnlySpan<Shape>)[a, b])
        {
            text.Append(FormatShapeCompact(s)).Append("->(");
            for (int i = 0; i < s.ndim - 2; i++)
            {
                text.Append(s.Dims[i]).Append(',');
            }

            text.Append("newaxis,newaxis) ");
        }

        return text.Append($" and requested shape ({n},{m})").ToString();
    }

    // numpy/_core/src/multiarray/common.c, dot_alignment_error
    public static string DotNotAligned(Shape a, Shape b, int axisA, int axisB) =>
        $"shapes {FormatShapeCompact(a)} and {FormatShapeCompact(b)} not aligned: {a.Dims[axisA]} (dim {axisA}) != {b.Dims[axisB]} (dim {axisB})";
}
