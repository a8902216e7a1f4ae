namespace NumBridge;

internal static partial class Messages
{
    // numpy/_core/src/multiarray/conversion_utils.c, PyArray_SortkindConverter
    public static string SortKind(string kind) =>
        $"sort kind must be one of 'quick', 'heap', or 'stable' (got '{kind}')";

    // numpy/_core/src/multiarray/item_selection.c, PyArray_Nonzero (NumPy 2.1; NumPy 1.24 only warns)
    public const string NonzeroZeroDimensional =
        "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.";
}
