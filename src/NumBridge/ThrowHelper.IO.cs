using System.Diagnostics.CodeAnalysis;

namespace NumBridge;

internal static partial class ThrowHelper
{
    /// <summary>A malformed file (NumPy's <c>ValueError</c> on bad <c>.npy</c>/<c>.npz</c> bytes, Pillow's on a broken image).</summary>
    [DoesNotReturn]
    public static void ThrowInvalidData(string message) => throw new InvalidDataException(message);

    [DoesNotReturn]
    public static T ThrowInvalidData<T>(string message) => throw new InvalidDataException(message);

    [DoesNotReturn]
    public static void ThrowKeyNotFound(string message) => throw new KeyNotFoundException(message);

    /// <summary>NumPy's <c>MemoryError</c> raised by a check before allocating, so nothing is allocated.</summary>
    [DoesNotReturn]
    public static void ThrowInsufficientMemory(string message) => throw new InsufficientMemoryException(message);
}
