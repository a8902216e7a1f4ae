using System.Diagnostics.CodeAnalysis;

namespace NumBridge;

internal static partial class ThrowHelper
{
    /// <summary>CPython's <c>FileNotFoundError</c>, with its message.</summary>
    [DoesNotReturn]
    public static void ThrowFileNotFound(string path) => throw new FileNotFoundException(Messages.NoSuchFile(path), path);

    /// <summary>An argument outside the range the operation accepts (CPython's <c>OverflowError</c> for a negative
    /// mmap length or offset).</summary>
    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string message, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, message);
}
