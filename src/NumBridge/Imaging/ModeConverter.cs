using System.Buffers;
using NumBridge.IO.Images;

namespace NumBridge.Imaging;

/// <summary>
/// <see cref="Image.convert"/>'s work, with the formulas of Pillow 9.4's <c>libImaging/Convert.c</c> and the
/// transparency rules of <c>Image.convert</c>.
/// </summary>
/// <remarks>
/// <para>
/// Grey from colour is the integer ITU-R 601-2 luma <c>L24 = (r*19595 + g*38470 + b*7471 + 0x8000) &gt;&gt; 16</c>;
/// the bilevel threshold and the dither's input use <c>L = r*299 + g*587 + b*114</c> (compared with 128000, or
/// divided by 1000). "1" reads as 0/255. P looks its entries up in the palette; its alpha comes from
/// <c>info["transparency"]</c>. Alpha added to a mode without one is 255, or 0 where a grey or RGB pixel equals
/// <c>info["transparency"]</c> (Pillow's <c>convert_transparent</c>).
/// </para>
/// <para>
/// Wide modes first become the 8-bit mode Pillow 9.4 would have read: "I;16", "I" and "F" clip to 0..255 as
/// <c>i2l</c>/<c>f2l</c>/<c>I16L_L</c> (mode "L"); "RGB;16", "RGBA;16" and "LA;16" keep each sample's high byte, as
/// Pillow's <c>;16B</c> unpackers do. Conversion to "1" dithers with Floyd-Steinberg exactly as <c>tobilevel</c>
/// unless <see cref="Dither.NONE"/>; from P it always thresholds, as Pillow does.
/// </para>
/// </remarks>
internal static unsafe class ModeConverter
{
    public static Image Convert(Image source, string target, Dither dither)
    {
        string from = source.mode;
        if (target == from)
        {
            return source.copy();
        }

        if (!ImageMode.IsKnown(target))
        {
            return ThrowHelper.ThrowArgument<Image>(Messages.ConversionNotSupported(from, target), "mode");
        }

        switch (from)
        {
            case "I;16" or "I" or "F":
                if (target is "I" or "F" or "I;16")
                {
                    return Widen(source, target);
                }

                using (Image grey = ClipToL(source))
                {
                    return Convert(grey, target, dither);
                }

            case "LA;16" or "RGB;16" or "RGBA;16":
                if (target is "LA;16" or "RGB;16" or "RGBA;16" or "I;16" or "I" or "F")
                {
                    return ThrowHelper.ThrowArgument<Image>(Messages.ConversionNotSupported(from, target), "mode");
                }

                using (Image narrow = HighBytes(source))
                {
                    return Convert(narrow, target, dither);
                }
        }

        if (target is "LA;16" or "RGB;16" or "RGBA;16")
        {
            return ThrowHelper.ThrowArgument<Image>(Messages.ConversionNotSupported(from, target), "mode");
        }

        if (target == "P")
        {
            return from == "L"
                ? new Image("P", source.Pixels.copy(), Image.GreyRamp(), new Dictionary<string, object>(source.info), null)
                : ThrowHelper.ThrowArgument<Image>(Messages.ConversionNotSupported(from, target), "mode");
        }

        return FromEightBit(source, target, dither);
    }

    /// <summary>"L", "LA", "1", "P", "RGB" or "RGBA" to "1", "L", "LA", "RGB", "RGBA", "I" or "F".</summary>
    private static Image FromEightBit(Image source, string target, Dither dither)
    {
        string from = source.mode;
        int w = source.width;
        int h = source.height;
        var info = new Dictionary<string, object>(source.info);
        source.info.TryGetValue("transparency", out object? transparency);
        bool targetAlpha = target is "LA" or "RGBA";
        // Expanded to 256 entries once here, not per row (a tall, narrow P image allocated a palette per row:
        // 27 MB for a 59-byte GIF of 7x32768; found by the fuzzer).
        byte[]? palette = from == "P" ? Full(source.Palette) : source.Palette;

        // Alpha for the target: from the source's alpha band, the palette's tRNS, or a transparent colour.
        byte[]? paletteAlpha = null;
        int transparentGrey = -1;
        (int R, int G, int B)? transparentColour = null;
        if (transparency is not null)
        {
            if (from == "P")
            {
                if (targetAlpha)
                {
                    paletteAlpha = new byte[256];
                    paletteAlpha.AsSpan().Fill(255);
                    if (transparency is byte[] alphas)
                    {
                        alphas.AsSpan(0, Math.Min(256, alphas.Length)).CopyTo(paletteAlpha);
                    }
                    else if (transparency is int index and >= 0 and < 256)
                    {
                        paletteAlpha[index] = 0;
                    }

                    info.Remove("transparency");
                }
                else if (transparency is byte[])
                {
                    info.Remove("transparency");
                }
                else if (transparency is int index && source.Palette is not null && palette is not null && target is "L" or "RGB")
                {
                    (int r, int g, int b) = Entry(palette, index);
                    info["transparency"] = target == "L" ? L24(r, g, b) : (r, g, b);
                }
            }
            else if (from is "1" or "L" && targetAlpha && transparency is int grey)
            {
                transparentGrey = grey;
                info.Remove("transparency");
            }
            else if (from == "RGB" && target == "RGBA" && transparency is ValueTuple<int, int, int> rgb)
            {
                transparentColour = rgb;
                info.Remove("transparency");
            }
            else if (from == "L" && target == "RGB" && transparency is int g)
            {
                info["transparency"] = (g, g, g);
            }
            else if (from == "RGB" && target == "L" && transparency is ValueTuple<int, int, int> t)
            {
                info["transparency"] = L24(t.Item1, t.Item2, t.Item3);
            }
        }

        NDArray result = NDArray.Allocate(ImageMode.DTypeOf(target), ImageMode.ShapeOf(target, w, h));
        int srcPixel = Math.Max(1, ImageMode.Channels(from));
        int dstPixel = Math.Max(1, ImageMode.Channels(target)) * result.itemsize;
        byte* src = source.Pixels.Data;
        byte* dst = result.Data;
        byte[] lumaRow = ArrayPool<byte>.Shared.Rent(w);
        byte[] rgbRow = ArrayPool<byte>.Shared.Rent(w * 3);
        byte[] alphaRow = ArrayPool<byte>.Shared.Rent(w);
        int[]? errors = target == "1" && dither != Dither.NONE && from != "P" ? new int[w + 1] : null;
        try
        {
            for (int y = 0; y < h; y++)
            {
                var inRow = new ReadOnlySpan<byte>(src + ((nint)y * w * srcPixel), w * srcPixel);
                var outRow = new Span<byte>(dst + ((nint)y * w * dstPixel), w * dstPixel);
                Span<byte> luma = lumaRow.AsSpan(0, w);
                Span<byte> rgb = rgbRow.AsSpan(0, w * 3);
                Span<byte> alpha = alphaRow.AsSpan(0, w);
                switch (target)
                {
                    case "1":
                        if (errors is not null)
                        {
                            // tobilevel: grey from L (or L / 1000 for colour) diffused with Floyd-Steinberg weights.
                            DitherInput(from, inRow, luma, palette);
                            FloydSteinberg(luma, outRow, errors);
                        }
                        else
                        {
                            Threshold(from, inRow, outRow, palette);
                        }

                        break;
                    case "L":
                        Luma(from, inRow, outRow, palette);
                        break;
                    case "I":
                        Luma(from, inRow, luma, palette);
                        Span<int> ints = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(outRow);
                        for (int x = 0; x < w; x++)
                        {
                            ints[x] = luma[x];
                        }

                        break;
                    case "F":
                        FloatGrey(from, inRow, outRow, palette, luma);
                        break;
                    case "LA":
                        Luma(from, inRow, luma, palette);
                        Alpha(from, inRow, alpha, paletteAlpha, transparentGrey, transparentColour);
                        for (int x = 0; x < w; x++)
                        {
                            outRow[2 * x] = luma[x];
                            outRow[(2 * x) + 1] = alpha[x];
                        }

                        break;
                    case "RGB":
                        Colour(from, inRow, outRow, palette);
                        break;
                    case "RGBA":
                        Colour(from, inRow, rgb, palette);
                        Alpha(from, inRow, alpha, paletteAlpha, transparentGrey, transparentColour);
                        for (int x = 0; x < w; x++)
                        {
                            outRow[4 * x] = rgb[3 * x];
                            outRow[(4 * x) + 1] = rgb[(3 * x) + 1];
                            outRow[(4 * x) + 2] = rgb[(3 * x) + 2];
                            outRow[(4 * x) + 3] = alpha[x];
                        }

                        break;
                }
            }

            GC.KeepAlive(source);
            GC.KeepAlive(result);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(lumaRow);
            ArrayPool<byte>.Shared.Return(rgbRow);
            ArrayPool<byte>.Shared.Return(alphaRow);
        }

        return new Image(target, result, null, info, null);
    }

    /// <summary>L24: Pillow's integer luma, rounded.</summary>
    private static int L24(int r, int g, int b) => ((r * 19595) + (g * 38470) + (b * 7471) + 0x8000) >> 16;

    /// <summary>L: luma times 1000, for thresholds and the dither.</summary>
    private static int L1000(int r, int g, int b) => (r * 299) + (g * 587) + (b * 114);

    private static (int R, int G, int B) Entry(byte[] palette, int index)
    {
        int i = 3 * index;
        return i + 2 < palette.Length ? (palette[i], palette[i + 1], palette[i + 2]) : (0, 0, 0);
    }

    /// <summary>The palette expanded to 256 entries (missing ones black, as Pillow's palette is zero-filled); a
    /// palette already that long is returned as it is.</summary>
    private static byte[] Full(byte[]? palette)
    {
        if (palette is { Length: 768 })
        {
            return palette;
        }

        byte[] full = new byte[768];
        palette?.AsSpan(0, Math.Min(768, palette.Length)).CopyTo(full);
        return full;
    }

    private static void Luma(string from, ReadOnlySpan<byte> src, Span<byte> dst, byte[]? palette)
    {
        int w = dst.Length;
        switch (from)
        {
            case "1":
                for (int x = 0; x < w; x++)
                {
                    dst[x] = src[x] != 0 ? (byte)255 : (byte)0;
                }

                break;
            case "L":
                src[..w].CopyTo(dst);
                break;
            case "LA":
                for (int x = 0; x < w; x++)
                {
                    dst[x] = src[2 * x];
                }

                break;
            case "P":
                byte[] p = Full(palette);
                Span<byte> table = stackalloc byte[256];
                for (int i = 0; i < 256; i++)
                {
                    table[i] = (byte)L24(p[3 * i], p[(3 * i) + 1], p[(3 * i) + 2]);
                }

                for (int x = 0; x < w; x++)
                {
                    dst[x] = table[src[x]];
                }

                break;
            default:
                int step = from == "RGBA" ? 4 : 3;
                for (int x = 0, i = 0; x < w; x++, i += step)
                {
                    dst[x] = (byte)L24(src[i], src[i + 1], src[i + 2]);
                }

                break;
        }
    }

    private static void Colour(string from, ReadOnlySpan<byte> src, Span<byte> dst, byte[]? palette)
    {
        int w = dst.Length / 3;
        switch (from)
        {
            case "1" or "L" or "LA":
                int step = from == "LA" ? 2 : 1;
                bool bit = from == "1";
                for (int x = 0; x < w; x++)
                {
                    byte v = src[x * step];
                    v = bit ? (v != 0 ? (byte)255 : (byte)0) : v;
                    dst[3 * x] = dst[(3 * x) + 1] = dst[(3 * x) + 2] = v;
                }

                break;
            case "P":
                byte[] p = Full(palette);
                for (int x = 0; x < w; x++)
                {
                    int i = 3 * src[x];
                    dst[3 * x] = p[i];
                    dst[(3 * x) + 1] = p[i + 1];
                    dst[(3 * x) + 2] = p[i + 2];
                }

                break;
            case "RGB":
                src[..(3 * w)].CopyTo(dst);
                break;
            default:
                for (int x = 0; x < w; x++)
                {
                    dst[3 * x] = src[4 * x];
                    dst[(3 * x) + 1] = src[(4 * x) + 1];
                    dst[(3 * x) + 2] = src[(4 * x) + 2];
                }

                break;
        }
    }

    private static void Alpha(string from, ReadOnlySpan<byte> src, Span<byte> dst, byte[]? paletteAlpha, int transparentGrey,
        (int R, int G, int B)? transparentColour)
    {
        int w = dst.Length;
        switch (from)
        {
            case "LA":
                for (int x = 0; x < w; x++)
                {
                    dst[x] = src[(2 * x) + 1];
                }

                break;
            case "RGBA":
                for (int x = 0; x < w; x++)
                {
                    dst[x] = src[(4 * x) + 3];
                }

                break;
            case "P" when paletteAlpha is not null:
                for (int x = 0; x < w; x++)
                {
                    dst[x] = paletteAlpha[src[x]];
                }

                break;
            case "1" or "L" when transparentGrey >= 0:
                bool bit = from == "1";
                for (int x = 0; x < w; x++)
                {
                    int v = bit ? (src[x] != 0 ? 255 : 0) : src[x];
                    dst[x] = v == transparentGrey ? (byte)0 : (byte)255;
                }

                break;
            case "RGB" when transparentColour is (int r, int g, int b):
                for (int x = 0; x < w; x++)
                {
                    bool match = src[3 * x] == r && src[(3 * x) + 1] == g && src[(3 * x) + 2] == b;
                    dst[x] = match ? (byte)0 : (byte)255;
                }

                break;
            default:
                dst.Fill(255);
                break;
        }
    }

    /// <summary>The bilevel threshold without dither: l2bit (<c>v &gt;= 128</c>), rgb2bit and p2bit (<c>L &gt;= 128000</c>).</summary>
    private static void Threshold(string from, ReadOnlySpan<byte> src, Span<byte> dst, byte[]? palette)
    {
        int w = dst.Length;
        switch (from)
        {
            case "1" or "L" or "LA":
                int step = from == "LA" ? 2 : 1;
                bool bit = from == "1";
                for (int x = 0; x < w; x++)
                {
                    byte v = src[x * step];
                    dst[x] = (bit ? v != 0 : v >= 128) ? (byte)1 : (byte)0;
                }

                break;
            case "P":
                byte[] p = Full(palette);
                for (int x = 0; x < w; x++)
                {
                    int i = 3 * src[x];
                    dst[x] = L1000(p[i], p[i + 1], p[i + 2]) >= 128000 ? (byte)1 : (byte)0;
                }

                break;
            default:
                int s = from == "RGBA" ? 4 : 3;
                for (int x = 0, i = 0; x < w; x++, i += s)
                {
                    dst[x] = L1000(src[i], src[i + 1], src[i + 2]) >= 128000 ? (byte)1 : (byte)0;
                }

                break;
        }
    }

    /// <summary>tobilevel's input: the grey byte for one-band sources, <c>L / 1000</c> for colour.</summary>
    private static void DitherInput(string from, ReadOnlySpan<byte> src, Span<byte> dst, byte[]? palette)
    {
        int w = dst.Length;
        switch (from)
        {
            case "RGB" or "RGBA":
                int s = from == "RGBA" ? 4 : 3;
                for (int x = 0, i = 0; x < w; x++, i += s)
                {
                    dst[x] = (byte)(L1000(src[i], src[i + 1], src[i + 2]) / 1000);
                }

                break;
            default:
                Luma(from, src, dst, palette);
                break;
        }
    }

    /// <summary>
    /// One row of Pillow's <c>tobilevel</c>: each pixel takes <c>(l + errors[x + 1]) / 16</c> of the error before it
    /// (C's truncating division), is clipped to 0..255 and thresholded above 128; the error is spread 7/16 right,
    /// 3/16, 5/16, 1/16 to the row below, which <paramref name="errors"/> carries to the next call.
    /// </summary>
    private static void FloydSteinberg(ReadOnlySpan<byte> grey, Span<byte> dst, int[] errors)
    {
        int l = 0, l0 = 0, l1 = 0;
        int x = 0;
        for (; x < grey.Length; x++)
        {
            l = Math.Clamp(grey[x] + ((l + errors[x + 1]) / 16), 0, 255);
            int output = l > 128 ? 255 : 0;
            dst[x] = output == 255 ? (byte)1 : (byte)0;
            l -= output;
            int l2 = l;
            int d2 = l + l;
            l += d2;
            errors[x] = l + l0;
            l += d2;
            l0 = l + l1;
            l1 = l2;
            l += d2;
        }

        errors[x] = l0;
    }

    /// <summary>"F" from 8-bit modes: the grey value, or <c>L / 1000</c> for colour (rgb2f, p2f).</summary>
    private static void FloatGrey(string from, ReadOnlySpan<byte> src, Span<byte> dst, byte[]? palette, Span<byte> luma)
    {
        int w = luma.Length;
        Span<float> output = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(dst);
        switch (from)
        {
            case "RGB" or "RGBA":
                int s = from == "RGBA" ? 4 : 3;
                for (int x = 0, i = 0; x < w; x++, i += s)
                {
                    output[x] = L1000(src[i], src[i + 1], src[i + 2]) / 1000.0f;
                }

                break;
            case "P":
                byte[] p = Full(palette);
                for (int x = 0; x < w; x++)
                {
                    int i = 3 * src[x];
                    output[x] = L1000(p[i], p[i + 1], p[i + 2]) / 1000.0f;
                }

                break;
            default:
                Luma(from, src, luma, palette);
                for (int x = 0; x < w; x++)
                {
                    output[x] = luma[x];
                }

                break;
        }
    }

    /// <summary>"I;16", "I" or "F" to "L", clipping to 0..255 (i2l, f2l truncating, I16L_L).</summary>
    private static Image ClipToL(Image source)
    {
        NDArray pixels = source.Pixels;
        NDArray grey = NDArray.Allocate(np.uint8, pixels.shape);
        nint n = pixels.size;
        byte* dst = grey.Data;
        switch (source.mode)
        {
            case "I;16":
                ushort* u = (ushort*)pixels.Data;
                for (nint i = 0; i < n; i++)
                {
                    dst[i] = (byte)Math.Min(u[i], (ushort)255);
                }

                break;
            case "I":
                int* v = (int*)pixels.Data;
                for (nint i = 0; i < n; i++)
                {
                    dst[i] = (byte)Math.Clamp(v[i], 0, 255);
                }

                break;
            default:
                float* f = (float*)pixels.Data;
                for (nint i = 0; i < n; i++)
                {
                    float x = f[i];
                    dst[i] = x <= 0.0f ? (byte)0 : x >= 255.0f ? (byte)255 : (byte)x;
                }

                break;
        }

        GC.KeepAlive(source);
        return new Image("L", grey, null, new Dictionary<string, object>(source.info), null);
    }

    /// <summary>Between "I;16", "I" and "F": I16L_I, i2f, I16L_F; to "I;16" with CLIP16; from "F" truncating.</summary>
    private static Image Widen(Image source, string target)
    {
        NDArray pixels = source.Pixels;
        NDArray result;
        if (target == "I;16")
        {
            using NDArray clipped = source.mode == "F"
                ? np.ascontiguousarray(pixels, np.int32)
                : pixels.copy();
            result = NDArray.Allocate(np.uint16, pixels.shape);
            int* v = (int*)clipped.Data;
            ushort* dst = (ushort*)result.Data;
            for (nint i = 0; i < pixels.size; i++)
            {
                dst[i] = (ushort)Math.Clamp(v[i], 0, 65535);
            }

            GC.KeepAlive(clipped);
        }
        else
        {
            result = pixels.astype(ImageMode.DTypeOf(target), 'C', copy: true);
        }

        GC.KeepAlive(source);
        return new Image(target, result, null, new Dictionary<string, object>(source.info), null);
    }

    /// <summary>"LA;16", "RGB;16", "RGBA;16" to the 8-bit mode of their high bytes (Pillow's <c>;16B</c> unpackers).</summary>
    private static Image HighBytes(Image source)
    {
        NDArray pixels = source.Pixels;
        string mode = ImageMode.EightBit(source.mode);
        NDArray result = NDArray.Allocate(np.uint8, pixels.shape);
        ushort* src = (ushort*)pixels.Data;
        byte* dst = result.Data;
        for (nint i = 0; i < pixels.size; i++)
        {
            dst[i] = (byte)(src[i] >> 8);
        }

        GC.KeepAlive(source);
        return new Image(mode, result, null, new Dictionary<string, object>(source.info), null);
    }
}
