using System.Diagnostics.CodeAnalysis;

namespace NumBridge;

internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static T ThrowNotSupported<T>(string message) => throw new NotSupportedException(message);
}
