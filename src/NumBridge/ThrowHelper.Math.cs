using System.Diagnostics.CodeAnalysis;

namespace NumBridge;

internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowOverflow(string message) => throw new OverflowException(message);

    [DoesNotReturn]
    public static T ThrowArgumentOf<T>(string message, string? paramName) => throw new ArgumentException(message, paramName);
}
