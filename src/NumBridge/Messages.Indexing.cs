namespace NumBridge;

/// <summary>Messages for indexing, views and broadcasting, word for word from NumPy 1.24.</summary>
internal static partial class Messages
{
    // numpy/_core/src/multiarray/mapping.c, prepare_index
    public const string SingleEllipsis = "an index can only have a single ellipsis ('...')";

    // CPython Objects/sliceobject.c
    public const string SliceStepZero = "slice step cannot be zero";

    // numpy/_core/src/multiarray/mapping.c, prepare_index
    public const string IndexArrayType = "arrays used as indices must be of integer (or boolean) type";

    // numpy/_core/src/multiarray/mapping.c, prepare_index (NumPy 1.24 wording)
    public static string BooleanIndexMismatch(int axis, nint size, nint maskSize) =>
        $"boolean index did not match indexed array along dimension {axis}; dimension is {size} but corresponding boolean dimension is {maskSize}";

    // numpy/_core/src/multiarray/mapping.c, mapiter_fill_info
    public static string IndexArraysShapeMismatch(string shapes) =>
        $"shape mismatch: indexing arrays could not be broadcast together with shapes {shapes}";

    // numpy/_core/src/multiarray/array_assign_array.c via broadcast_strides
    public static string CouldNotBroadcastInput(Shape from, Shape to) =>
        $"could not broadcast input array from shape {from} into shape {to}";

    // numpy/lib/_stride_tricks_impl.py, _broadcast_to
    public const string BroadcastNonScalarToScalar = "cannot broadcast a non-scalar to a scalar array";

    // numpy/_core/src/multiarray/nditer_constr.c, npyiter_fill_axisdata (broadcast_to's message): the iterator prints
    // shapes without spaces, "(2,3)", "(5,)"
    public static string BroadcastTo(Shape from, Shape to) =>
        $"operands could not be broadcast together with remapped shapes [original->remapped]: {FormatShapeCompact(from)}  and requested shape {FormatShapeCompact(to)}";

    // numpy/_core/src/multiarray/shape.c
    public const string OneUnknownDimension = "can only specify one unknown dimension";

    // numpy/_core/src/multiarray/shape.c, PyArray_Squeeze
    public const string SqueezeNotOne = "cannot select an axis to squeeze out which has size not equal to one";

    // numpy/_core/src/multiarray/shape.c, PyArray_Transpose
    public const string AxesDontMatch = "axes don't match array";

    // numpy/_core/src/multiarray/shape.c, PyArray_Transpose
    public const string RepeatedAxisTranspose = "repeated axis in transpose";

    // numpy/core/numeric.py, normalize_axis_tuple
    public const string RepeatedAxis = "repeated axis";

    // numpy/core/numeric.py, moveaxis
    public const string MoveaxisSameLength = "`source` and `destination` arguments must have the same number of elements";

    // numpy/_core/src/multiarray/shape.c
    public const string ReshapeOrder = "order must be one of 'C', 'F', 'A', or 'K'";

    // numpy/_core/src/multiarray/mapping.c (text indices are our own form of the Python syntax)
    public static string BadIndexText(string text) => $"invalid index expression: '{text}'";

    // numpy/_core/src/multiarray/common.c, convert_shape_to_string (used by raise_reshape_size_mismatch): leading
    // unknown (negative) lengths are dropped, later ones print as "newaxis", and there are no spaces.
    public static string CannotReshapeRequested(nint size, ReadOnlySpan<nint> requested)
    {
        int i = 0;
        while (i < requested.Length && requested[i] < 0)
        {
            i++;
        }

        string tuple;
        if (i == requested.Length)
        {
            tuple = "()";
        }
        else
        {
            var sb = new System.Text.StringBuilder();
            sb.Append(requested[i++].ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (; i < requested.Length; i++)
            {
                sb.Append(',').Append(requested[i] < 0 ? "newaxis" : requested[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            tuple = requested.Length == 1 ? $"({sb},)" : $"({sb})";
        }

        return $"cannot reshape array of size {size} into shape {tuple}";
    }

    // numpy/lib/twodim_base.py, fliplr / flipud
    public const string FliplrNeeds2D = "Input must be >= 2-d.";

    public const string FlipudNeeds1D = "Input must be >= 1-d.";

    // numpy/_core/fromnumeric.py, squeeze with a repeated axis (normalize_axis_tuple)
    public const string DuplicateAxis = "duplicate value in 'axis'";
}
