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
}
