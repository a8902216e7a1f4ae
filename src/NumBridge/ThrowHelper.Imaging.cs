using System.Diagnostics.CodeAnalysis;

namespace NumBridge;

internal static partial class ThrowHelper
{
    /// <summary>A malformed or truncated image file (Pillow's <c>SyntaxError</c> / <c>OSError</c>).</summary>
    [DoesNotReturn]
    public static void ThrowInvalidData(string message) => throw new InvalidDataException(message);

    [DoesNotReturn]
    public static T ThrowInvalidData<T>(string message) => throw new InvalidDataException(message);

    [DoesNotReturn]
    public static T ThrowNotSupported<T>(string message) => throw new NotSupportedException(message);
}
