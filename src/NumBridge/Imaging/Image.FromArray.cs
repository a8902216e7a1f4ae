using NumBridge.IO.Images;

namespace NumBridge.Imaging;

public sealed partial class Image
{
    /// <summary>
    /// Makes an image from an array (<c>PIL.Image.fromarray</c>), its mode inferred from the dtype and shape as
    /// Pillow's <c>_fromarray_typemap</c> does:
    /// <code>
    /// bool (H, W)                     → "1"      uint8 (H, W)          → "L"
    /// uint8 (H, W, 2) / (H, W, 3) / (H, W, 4)   → "LA" / "RGB" / "RGBA"
    /// uint16 (H, W)                   → "I;16"   int8, int16, int32, uint32 (H, W) → "I" (int32)
    /// float32, float64 (H, W)         → "F" (float32)
    /// uint16 (H, W, 2) / (H, W, 3) / (H, W, 4)  → "LA;16" / "RGB;16" / "RGBA;16" (NumBridge only; Pillow refuses)
    /// </code>
    /// A one-dimensional array of n values is an image one pixel wide and n high, as in Pillow.
    /// </summary>
    /// <param name="obj">The pixels, in any layout: transposed, cropped and negative-step views give the pixels they
    /// show, and big-endian dtypes are read in their order.</param>
    /// <param name="mode">The mode, or null to infer it. An explicit mode must be the inferred one, or <c>"P"</c> or
    /// <c>"L"</c> for a uint8 (H, W) array (Pillow would reinterpret the bytes instead).</param>
    /// <returns>An image that shares <paramref name="obj"/>'s memory when it is C-contiguous with the mode's dtype
    /// (as Pillow's <c>frombuffer</c> does), and holds a copy otherwise.</returns>
    /// <exception cref="ArgumentException">Pillow's <c>Cannot handle this data type: (1, 1, 5), |u1</c> for a dtype and
    /// shape without a mode; <c>Too many dimensions: 3 &gt; 2.</c>; a mode that does not match the array.</exception>
    /// <example>
    /// <code>
    /// var a = np.zeros((480, 640, 3), dtype: np.uint8);
    /// using var img = Image.fromarray(a);
    /// Console.WriteLine(img.mode); // RGB
    /// Image.fromarray(a["::-1"]).save("flipped.png");
    /// </code>
    /// </example>
    public static Image fromarray(NDArray obj, string? mode = null)
    {
        ArgumentNullException.ThrowIfNull(obj);
        obj.ThrowIfDisposed();
        int ndim = obj.ndim;
        string typestr = obj.dtype.str;
        string? inferred = ndim < 2 ? InferMode(2, 0, obj.dtype) : InferMode(ndim, ndim > 2 ? obj.shape[2] : 0, obj.dtype);
        string? target = mode ?? inferred;
        if (mode is not null)
        {
            int ndmax = mode is "1" or "L" or "I" or "P" or "F" or "I;16" ? 2 : 3;
            if (ndim > ndmax)
            {
                ThrowHelper.ThrowArgument(Messages.TooManyDimensions(ndim, ndmax), nameof(mode));
            }

            bool matches = mode == inferred || (mode == "P" && inferred == "L");
            if (!matches)
            {
                ThrowHelper.ThrowArgument(Messages.ModeDoesNotMatchArray(mode, obj.shape.ToString(), typestr), nameof(mode));
            }
        }

        if (target is null)
        {
            var key = new System.Text.StringBuilder("(1, 1");
            for (int i = 2; i < ndim; i++)
            {
                key.Append(", ").Append(obj.shape[i]);
            }

            ThrowHelper.ThrowArgument(Messages.CannotHandleDataType(key.Append(')').ToString(), typestr), nameof(obj));
        }

        if (ndim == 0)
        {
            ThrowHelper.ThrowArgument(Messages.TooFewDimensions(ndim), nameof(obj));
        }

        checked
        {
            _ = (int)obj.shape[0];
            _ = ndim > 1 ? (int)obj.shape[1] : 1;
        }

        NDArray pixels = np.ascontiguousarray(obj, ImageMode.DTypeOf(target));
        if (ndim == 1)
        {
            using NDArray column = pixels;
            pixels = column.reshape(column.shape[0], 1);
        }

        byte[]? palette = target == "P" ? GreyRamp() : null;
        return new Image(target, pixels, palette, null, null);
    }

    /// <summary>Pillow's <c>_fromarray_typemap</c>, keyed by the dimensions past the second and the dtype.</summary>
    private static string? InferMode(int ndim, nint bands, DType dtype)
    {
        if (ndim == 2)
        {
            return dtype.Code switch
            {
                DTypeCode.Bool => "1",
                DTypeCode.UInt8 => "L",
                DTypeCode.Int8 or DTypeCode.Int16 or DTypeCode.Int32 or DTypeCode.UInt32 => "I",
                DTypeCode.UInt16 => "I;16",
                DTypeCode.Float32 or DTypeCode.Float64 => "F",
                _ => null,
            };
        }

        if (ndim != 3)
        {
            return null;
        }

        return (dtype.Code, bands) switch
        {
            (DTypeCode.UInt8, 2) => "LA",
            (DTypeCode.UInt8, 3) => "RGB",
            (DTypeCode.UInt8, 4) => "RGBA",
            (DTypeCode.UInt16, 2) => "LA;16",
            (DTypeCode.UInt16, 3) => "RGB;16",
            (DTypeCode.UInt16, 4) => "RGBA;16",
            _ => null,
        };
    }

    /// <summary>The palette a new P image starts with in Pillow: entry i is grey i.</summary>
    internal static byte[] GreyRamp()
    {
        byte[] palette = new byte[768];
        for (int i = 0; i < 256; i++)
        {
            palette[3 * i] = palette[(3 * i) + 1] = palette[(3 * i) + 2] = (byte)i;
        }

        return palette;
    }
}
