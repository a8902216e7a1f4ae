namespace NumBridge;

internal static partial class Messages
{
    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateInto
    public const string NeedArrayToConcatenate = "need at least one array to concatenate";

    // numpy/_core/shape_base.py, stack
    public const string NeedArrayToStack = "need at least one array to stack";

    // numpy/_core/shape_base.py, stack
    public const string StackShapesDiffer = "all input arrays must have the same shape";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateArrays
    public const string ZeroDimensionalConcatenate = "zero-dimensional arrays cannot be concatenated";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateArrays
    public static string ConcatenateDimensionCount(int ndim0, int index, int ndim) =>
        $"all the input arrays must have same number of dimensions, but the array at index 0 has {ndim0} dimension(s) and the array at index {index} has {ndim} dimension(s)";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateArrays
    public static string ConcatenateDimensionMismatch(int dimension, nint size0, int index, nint size) =>
        $"all the input array dimensions except for the concatenation axis must match exactly, but along dimension {dimension}, the array at index 0 has size {size0} and the array at index {index} has size {size}";

    // numpy/_core/src/multiarray/convert_datatype.c, npy_set_invalid_cast_error (a TypeError in NumPy)
    public static string CannotCastArrayData(DType from, DType to, string casting) =>
        $"Cannot cast array data from {from.repr()} to {to.repr()} according to the rule '{casting}'";

    // numpy/lib/_shape_base_impl.py, split
    public const string SplitUnequal = "array split does not result in an equal division";

    // numpy/lib/_shape_base_impl.py, array_split
    public const string SectionsNotPositive = "number sections must be larger than 0.";

    // CPython's int modulo, which numpy.split reaches with sections=0 (a ZeroDivisionError)
    public const string IntegerModuloByZero = "integer modulo by zero";

    // CPython's tuple indexing, which numpy.split reaches through ary.shape[axis] (an IndexError)
    public const string TupleIndexOutOfRange = "tuple index out of range";

    // numpy/_core/src/multiarray/item_selection.c, PyArray_Repeat
    public const string RepeatsNegative = "repeats may not contain negative values.";

    // numpy/_core/src/multiarray/item_selection.c, PyArray_Repeat (via broadcasting the counts)
    public static string RepeatsBroadcast(nint length, nint counts) =>
        $"operands could not be broadcast together with shape ({length},) ({counts},)";

    // numpy/_core/src/multiarray/iterators.c, broadcast (np.broadcast(shift, axis) in numpy.roll)
    public static string RollShapeMismatch(int shifts, int axes) =>
        $"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({shifts},) and arg 1 with shape ({axes},).";

    // numpy/lib/_arraypad_impl.py, _as_pairs
    public const string PadNegative = "index can't contain negative values";

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_fill_axisdata (np.broadcast_to in _as_pairs)
    public static string PadRemapped(Shape original, int ndim) =>
        $"operands could not be broadcast together with remapped shapes [original->remapped]: {FormatShapeCompact(original)}  and requested shape ({ndim},2)";

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_check_per_op_flags (np.broadcast_to in _as_pairs)
    public const string PadTooDeep = OperandTooDeep;

    // numpy/_core/src/umath/reduction.c (x.min() of an empty pad_width in _as_pairs)
    public const string PadEmptyMinimum = "zero-size array to reduction operation minimum which has no identity";

    // numpy/lib/_arraypad_impl.py, pad
    public static string PadModeNotSupported(string mode) => $"mode '{mode}' is not supported";

    // numpy/lib/_arraypad_impl.py, pad
    public static string PadUnsupportedKeyword(string mode, string keyword) =>
        $"unsupported keyword arguments for mode '{mode}': {{'{keyword}'}}";

    // numpy/lib/_arraypad_impl.py, pad
    public static string PadEmptyAxis(int axis) =>
        $"can't extend empty axis {axis} using modes other than 'constant' or 'empty'";

    // numpy/_core/src/multiarray/multiarraymodule.c, array_concatenate (a TypeError in NumPy)
    public const string ConcatenateOutAndDType = "concatenate() only takes `out` or `dtype` as an argument, but both were provided.";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateArrays
    public const string ConcatenateOutDimensions = "Output array has wrong dimensionality";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateArrays / PyArray_ConcatenateFlattenedArrays
    public const string ConcatenateOutShape = "Output array is the wrong shape";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateFlattenedArrays
    public const string ConcatenateOutNot1D = "Output array must be 1D";

    // numpy/_core/src/multiarray/multiarraymodule.c, PyArray_ConcatenateFlattenedArrays
    public const string ConcatenateOutSize = "Output array is the wrong size";

    // numpy/lib/_arraypad_impl.py, _get_stats
    public const string PadStatLengthZero = "stat_length of 0 yields no value for padding";
}
