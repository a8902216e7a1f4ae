using System.Diagnostics.CodeAnalysis;

namespace NumBridge;

/// <summary>
/// Every throw in NumBridge goes through here: small <see cref="DoesNotReturnAttribute"/> methods keep the hot paths
/// that call them short (dotnet/runtime's <c>ThrowHelper</c>). The .NET exception type follows .NET's meaning and the
/// message follows NumPy's (see <see cref="Messages"/>).
/// </summary>
[SuppressMessage("Usage", "CA2201:Do not raise reserved exception types",
    Justification = "IndexError maps to IndexOutOfRangeException, as indexing a Span<T> does.")]
internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowIndexOutOfBounds(nint index, int axis, nint size) =>
        throw new IndexOutOfRangeException(Messages.IndexOutOfBounds(index, axis, size));

    [DoesNotReturn]
    public static void ThrowIndexError(string message) => throw new IndexOutOfRangeException(message);

    [DoesNotReturn]
    public static void ThrowAxisOutOfBounds(int axis, int ndim, string? paramName = "axis") =>
        throw new ArgumentOutOfRangeException(paramName, Messages.AxisOutOfBounds(axis, ndim));

    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName = null) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T ThrowArgument<T>(string message, string? paramName = null) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T ThrowArgumentNull<T>(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    public static void ThrowReadOnly() => throw new NotSupportedException(Messages.ReadOnly);

    [DoesNotReturn]
    public static void ThrowDisposed() => throw new ObjectDisposedException(nameof(NDArray), Messages.Disposed);

    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void ThrowNotSupported(string message) => throw new NotSupportedException(message);

    [DoesNotReturn]
    public static void ThrowDivideByZero(string message) => throw new DivideByZeroException(message);
}
