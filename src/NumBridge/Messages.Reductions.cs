namespace NumBridge;

internal static partial class Messages
{
    // numpy/_core/src/umath/reduction.c, PyUFunc_ReduceWrapper (an empty reduction of a ufunc without identity)
    public static string ZeroSizeReduction(string ufunc) =>
        $"zero-size array to reduction operation {ufunc} which has no identity";

    // numpy/_core/src/multiarray/calculation.c, PyArray_ArgMax / PyArray_ArgMin
    public static string EmptyArgReduction(string function) => $"attempt to get {function} of an empty sequence";

    // numpy/_core/src/umath/reduction.c, PyArray_CopyInitialReduceValues / the out check of a reduction
    public static string ReductionOutputDimensions(string ufunc, int found, int expected) =>
        $"output parameter for reduction operation {ufunc} has the wrong number of dimensions: Found {found} but expected {expected}";

    // numpy/_core/src/umath/reduction.c, PyUFunc_ReduceWrapper (where= on a ufunc without identity and no initial)
    public static string WhereWithoutIdentity(string ufunc) =>
        $"reduction operation '{ufunc}' does not have an identity, so to use a where mask one has to specify 'initial'";

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_fill_axisdata (the reduce iterator; note the trailing space)
    public static string CannotBroadcastRemapped(IEnumerable<Shape> shapes)
    {
        var text = new System.Text.StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
        foreach (Shape s in shapes)
        {
            text.Append(FormatShapeCompact(s)).Append(' ');
        }

        return text.ToString();
    }

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_check_per_op_flags
    public const string OperandTooDeep = "input operand has more dimensions than allowed by the axis remapping";

    // numpy/_core/src/multiarray/ctors.c, setArrayFromSequence (a size > 1 array given where a scalar belongs)
    public const string SequenceInElement = "setting an array element with a sequence.";
}
