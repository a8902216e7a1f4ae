#!/usr/bin/python3
"""More golden images for NumBridge's readers, made and read by the REAL Pillow 9.4 (Debian's python3-pil).

Run:  /usr/bin/python3 gen_more.py
Writes into more/: each image file, <file>.npy = np.asarray(Image.open(file)), <file>.<mode>.npy for conversions,
and more.json: per file its Pillow mode, size, info (repr of each value), palette, arrays and conversions.
Formats Pillow cannot write (low-bit interlaced PNG, GIF frames smaller than the screen, BMP RLE, 16-bit TGA, ...)
are written by hand below.
"""
import io
import json
import os
import struct
import zlib

import numpy as np
import PIL
from PIL import Image

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "more")
ENTRIES = []
RNG = np.random.default_rng(42)


def record(name, made_by, conversions=(), tolerance=None):
    p = os.path.join(HERE, name)
    im = Image.open(p)
    mode = im.mode
    info = {k: repr(v) for k, v in im.info.items() if k in ("transparency", "interlace", "background", "version", "duration", "loop", "orientation", "compression")}
    a = np.asarray(im)
    np.save(p + ".npy", a)
    e = {"file": name, "made_by": made_by, "format": im.format, "mode": mode, "size": list(im.size), "info": info,
         "npy": name + ".npy", "conversions": {}}
    if tolerance is not None:
        e["tolerance"] = tolerance
    if mode == "P":
        e["palette"] = im.getpalette()
    for conv, dither in conversions:
        c = Image.open(p).convert(conv, dither=dither)
        fn = f"{name}.{conv}{'' if dither is None else '.d' + str(int(dither))}.npy"
        np.save(os.path.join(HERE, fn), np.asarray(c))
        e["conversions"][fn] = {"mode": conv, "dither": None if dither is None else int(dither),
                                "info": {k: repr(v) for k, v in c.info.items() if k == "transparency"}}
    ENTRIES.append(e)


def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def pack_row(samples, bits):
    """Pack one row of samples (ints) MSB first; 16-bit big-endian."""
    if bits == 16:
        return b"".join(struct.pack(">H", v) for v in samples)
    if bits == 8:
        return bytes(samples)
    out, acc, n = bytearray(), 0, 0
    for v in samples:
        acc = (acc << bits) | v
        n += bits
        if n == 8:
            out.append(acc)
            acc, n = 0, 0
    if n:
        out.append(acc << (8 - n))
    return bytes(out)


def write_png(path, w, h, bits, ctype, pixels, interlace=0, extra=()):
    """pixels: h x w list of sample tuples. Filter 0 everywhere (Pillow's own encoder covers the others)."""
    if interlace:
        data = b""
        for x0, y0, dx, dy in ADAM7:
            xs, ys = range(x0, w, dx), range(y0, h, dy)
            if len(xs) and len(ys):
                for y in ys:
                    data += b"\0" + pack_row([s for x in xs for s in pixels[y][x]], bits)
    else:
        data = b"".join(b"\0" + pack_row([s for px in row for s in px], bits) for row in pixels)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, bits, ctype, 0, 0, interlace))
    for t, d in extra:
        out += chunk(t, d)
    out += chunk(b"IDAT", zlib.compress(data, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(out)


def gif_lzw(indices, min_code):
    """A valid (if unambitious) GIF LZW stream: a clear code before every run of literal codes, so the table never
    grows past the first code-size step."""
    clear, end = 1 << min_code, (1 << min_code) + 1
    size = min_code + 1
    limit = (1 << size) - (end + 1) - 1
    codes = []
    for i, v in enumerate(indices):
        if i % max(limit, 1) == 0:
            codes.append(clear)
        codes.append(v)
    codes.append(end)
    acc, n, out = 0, 0, bytearray()
    for c in codes:
        acc |= c << n
        n += size
        while n >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            n -= 8
    if n:
        out.append(acc & 0xFF)
    blocks = b"".join(bytes([len(out[i:i + 255])]) + bytes(out[i:i + 255]) for i in range(0, len(out), 255))
    return bytes([min_code]) + blocks + b"\0"


def main():
    os.makedirs(HERE, exist_ok=True)
    for fn in os.listdir(HERE):
        os.remove(os.path.join(HERE, fn))
    save = lambda im, name, **kw: im.save(os.path.join(HERE, name), **kw)

    # --- PNG: odd sizes, low bit depths, transparency, 16-bit grey+alpha, interlaced low-bit and 16-bit
    rgb = RNG.integers(0, 256, (5, 7, 3), dtype=np.uint8)
    save(Image.fromarray(rgb), "rgb_7x5.png")
    record("rgb_7x5.png", "fromarray(random uint8 (5, 7, 3))",
           [("L", None), ("LA", None), ("RGBA", None), ("1", None), ("1", Image.Dither.NONE), ("I", None), ("F", None)])
    save(Image.fromarray(rgb[:1, :1]), "rgb_1x1.png")
    record("rgb_1x1.png", "fromarray(uint8 (1, 1, 3))")
    grad = np.add.outer(np.arange(13) * 19, np.arange(17) * 7).astype(np.uint8)
    save(Image.fromarray(grad), "gray_17x13.png")
    record("gray_17x13.png", "fromarray(gradient uint8 (13, 17))", [("1", None), ("1", Image.Dither.NONE), ("RGB", None), ("P", None), ("I", None)])
    bits = RNG.integers(0, 2, (3, 9)).astype(bool)
    save(Image.fromarray(bits), "bilevel_9x3.png")
    record("bilevel_9x3.png", "fromarray(bool (3, 9)): 1-bit, width not a multiple of 8", [("L", None), ("RGBA", None)])
    idx = RNG.integers(0, 11, (3, 7), dtype=np.uint8)
    im = Image.fromarray(idx, mode="P")
    im.putpalette(list(RNG.integers(0, 256, 33)))
    save(im, "palette_4bit_7x3.png")
    record("palette_4bit_7x3.png", "P with 11 colours -> 4-bit PNG", [("RGB", None), ("L", None), ("LA", None), ("1", None)])
    save(im, "palette_trns_index_7x3.png", transparency=3)
    record("palette_trns_index_7x3.png", "P, save(transparency=3) -> tRNS with one zero: info['transparency'] = 3",
           [("RGBA", None), ("RGB", None), ("L", None), ("LA", None)])
    save(Image.fromarray(grad), "gray_trns_17x13.png", transparency=45)
    record("gray_trns_17x13.png", "L, save(transparency=45)", [("RGBA", None), ("LA", None), ("RGB", None)])
    save(Image.fromarray(rgb), "rgb_trns_7x5.png", transparency=tuple(int(v) for v in rgb[2, 3]))
    record("rgb_trns_7x5.png", "RGB, save(transparency=rgb[2, 3])", [("RGBA", None), ("L", None)])
    g4 = [[((x + 3 * y) % 16,) for x in range(5)] for y in range(3)]
    write_png(os.path.join(HERE, "gray4bit_5x3.png"), 5, 3, 4, 0, g4)
    record("gray4bit_5x3.png", "hand-written 4-bit grey, samples (x + 3y) % 16")
    g1i = [[((x * y + x) % 2,) for x in range(11)] for y in range(9)]
    write_png(os.path.join(HERE, "bilevel_adam7_11x9.png"), 11, 9, 1, 0, g1i, interlace=1)
    record("bilevel_adam7_11x9.png", "hand-written 1-bit grey, Adam7")
    g2i = [[((x + y) % 4,) for x in range(9)] for y in range(7)]
    write_png(os.path.join(HERE, "gray2bit_adam7_9x7.png"), 9, 7, 2, 0, g2i, interlace=1)
    record("gray2bit_adam7_9x7.png", "hand-written 2-bit grey, Adam7")
    p4i = [[((x * 5 + y) % 16,) for x in range(10)] for y in range(6)]
    pal = bytes(RNG.integers(0, 256, 48, dtype=np.uint8))
    write_png(os.path.join(HERE, "palette4bit_adam7_10x6.png"), 10, 6, 4, 3, p4i, interlace=1, extra=[(b"PLTE", pal)])
    record("palette4bit_adam7_10x6.png", "hand-written 4-bit palette, Adam7", [("RGB", None)])
    r16 = [[(x * 4000 + y, 65535 - x * 999, y * 7777) for x in range(5)] for y in range(5)]
    write_png(os.path.join(HERE, "rgb16_adam7_5x5.png"), 5, 5, 16, 2, r16, interlace=1)
    record("rgb16_adam7_5x5.png", "hand-written 16-bit RGB, Adam7, samples (4000x + y, 65535 - 999x, 7777y)", [("RGB", None)])
    la16 = [[(x * 20000 + y, 65535 - y * 30000) for x in range(3)] for y in range(2)]
    write_png(os.path.join(HERE, "la16_3x2.png"), 3, 2, 16, 4, la16)
    record("la16_3x2.png", "hand-written 16-bit grey+alpha, samples (20000x + y, 65535 - 30000y)", [("RGBA", None)])

    # --- GIF: global palette, transparency, interlace, grey ramp (-> L), frame smaller than the screen
    pidx = RNG.integers(0, 6, (17, 20), dtype=np.uint8)
    im = Image.fromarray(pidx, mode="P")
    im.putpalette([10, 20, 30, 200, 0, 0, 0, 200, 0, 0, 0, 200, 255, 255, 0, 90, 90, 90])
    save(im, "p_20x17.gif")
    record("p_20x17.gif", "P 6 colours saved by Pillow", [("RGB", None)])
    save(im, "p_trns_20x17.gif", transparency=2, interlace=True)
    record("p_trns_20x17.gif", "P saved with transparency=2, interlaced", [("RGBA", None), ("RGB", None)])
    save(Image.fromarray(grad), "gray_17x13.gif")
    record("gray_17x13.gif", "L saved by Pillow (grey-ramp palette -> reads as L)")
    frame = [(x + y) % 4 for y in range(3) for x in range(5)]
    screen = b"GIF89a" + struct.pack("<HHBBB", 9, 6, 0x81, 1, 0) + bytes([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255])
    gce = b"\x21\xF9\x04\x05\x0A\x00\x03\x00"  # transparency flag, 100 ms, index 3
    desc = b"\x2C" + struct.pack("<HHHHB", 2, 1, 5, 3, 0)
    open(os.path.join(HERE, "frame_smaller_9x6.gif"), "wb").write(screen + gce + desc + gif_lzw(frame, 2) + b";")
    record("frame_smaller_9x6.gif", "hand-written GIF89a: 9x6 screen, 4-colour global palette, 5x3 frame at (2, 1), "
           "transparent index 3", [("RGBA", None)])
    desc = b"\x2C" + struct.pack("<HHHHB", 6, 4, 5, 3, 0)
    open(os.path.join(HERE, "frame_outside_9x6.gif"), "wb").write(screen + desc + gif_lzw(frame, 2) + b";")
    record("frame_outside_9x6.gif", "hand-written GIF89a: 5x3 frame at (6, 4) on a 9x6 screen: the image grows to 11x7")

    # --- BMP: what Pillow writes (1, L, P, RGB, RGBA -> read back as RGB), plus hand-made variants
    save(Image.fromarray(bits), "bilevel_9x3.bmp")
    record("bilevel_9x3.bmp", "fromarray(bool) saved by Pillow: 1-bit, black/white palette -> mode 1")
    save(Image.fromarray(grad), "gray_17x13.bmp")
    record("gray_17x13.bmp", "L saved by Pillow: 8-bit grey palette -> mode L")
    im = Image.fromarray(idx, mode="P")
    im.putpalette(list(RNG.integers(0, 256, 768)))
    save(im, "palette_7x3.bmp")
    record("palette_7x3.bmp", "P saved by Pillow: 8-bit palette", [("RGB", None)])
    save(Image.fromarray(rgb), "rgb_7x5.bmp")
    record("rgb_7x5.bmp", "RGB saved by Pillow: 24-bit bottom-up")
    rgba = RNG.integers(0, 256, (4, 3, 4), dtype=np.uint8)
    save(Image.fromarray(rgba), "rgba_3x4.bmp")
    record("rgba_3x4.bmp", "RGBA saved by Pillow as 32-bit BI_RGB: Pillow reads it back as RGB (the fourth byte ignored)")

    def bmp(name, w, h, bits, rows, palette=b"", compression=0, header=40, masks=b"", topdown=False, made_by=""):
        data = b"".join(rows)
        colors = len(palette) // 4
        extra = masks if header == 40 else b""
        dib = struct.pack("<IiiHHIIiiII", header, w, -h if topdown else h, 1, bits, compression, len(data), 2835, 2835, colors, 0)
        if header > 40:
            dib += masks.ljust(header - 40, b"\0")
        off = 14 + len(dib) + len(extra) + len(palette)
        open(os.path.join(HERE, name), "wb").write(b"BM" + struct.pack("<IHHI", off + len(data), 0, 0, off) + dib + extra + palette + data)
        record(name, made_by, [("RGB", None)] if palette and Image.open(os.path.join(HERE, name)).mode == "P" else [])

    pal16 = b"".join(bytes([b, g, r, 0]) for r, g, b in RNG.integers(0, 256, (16, 3)).tolist())
    rows4 = [pack_row([(x + y * 3) % 16 for x in range(7)], 4).ljust(4, b"\0") for y in range(5)]
    bmp("palette4bit_7x5.bmp", 7, 5, 4, rows4, pal16, made_by="hand-written 4-bit palette BMP")
    px565 = [[int(v) for v in RNG.integers(0, 65536, 5)] for _ in range(3)]
    rows565 = [b"".join(struct.pack("<H", v) for v in r).ljust(12, b"\0") for r in px565]
    bmp("rgb565_5x3.bmp", 5, 3, 16, rows565, compression=3, masks=struct.pack("<III", 0xF800, 0x7E0, 0x1F),
        made_by="hand-written 16-bit BI_BITFIELDS 5-6-5 BMP")
    rows555 = [b"".join(struct.pack("<H", v & 0x7FFF) for v in r).ljust(12, b"\0") for r in px565]
    bmp("rgb555_5x3.bmp", 5, 3, 16, rows555, made_by="hand-written 16-bit BI_RGB 5-5-5 BMP")
    rows24 = [rgb[y].tobytes()[::-1][::-1].ljust(24, b"\0") for y in range(5)]
    bmp("rgb24_topdown_7x5.bmp", 7, 5, 24, [bytes(v for px in rgb[y] for v in px[::-1]).ljust(24, b"\0") for y in range(5)],
        topdown=True, made_by="hand-written 24-bit top-down BMP (negative height)")
    rows32 = [bytes(v for px in rgba[y] for v in (px[2], px[1], px[0], px[3])) for y in range(4)]
    bmp("bgra_bitfields_3x4.bmp", 3, 4, 32, rows32, compression=3, header=124,
        masks=struct.pack("<IIII", 0xFF0000, 0xFF00, 0xFF, 0xFF000000), made_by="hand-written 32-bit BITFIELDS with alpha (V5 header) -> RGBA")
    pal256 = b"".join(bytes([b, g, r, 0]) for r, g, b in RNG.integers(0, 256, (256, 3)).tolist())
    # (No delta escape: Pillow 9.4's BmpRleDecoder reads two bytes too many after it.)
    rle8 = bytes([3, 7, 2, 9, 0, 0, 0, 3, 1, 2, 3, 0, 2, 5, 0, 0, 1, 0, 4, 4, 0, 0, 7, 11, 0, 1])
    bmp("rle8_7x4.bmp", 7, 4, 8, [rle8], pal256, compression=1,
        made_by="hand-written RLE8: runs, end of line, absolute run, end of bitmap")
    rle4 = bytes([5, 0x12, 2, 0x3F, 0, 0, 0, 4, 0x45, 0x67, 3, 0xAB, 0, 0, 7, 0x89, 0, 1])
    bmp("rle4_7x3.bmp", 7, 3, 4, [rle4], pal16, compression=2, made_by="hand-written RLE4")

    # --- TGA: what Pillow writes (1, L, LA, P, RGB, RGBA; raw and RLE; top-down), plus 16-bit 5-5-5 by hand
    for name, image, kw in [("l_17x13.tga", Image.fromarray(grad), {}),
                            ("la_7x5.tga", Image.fromarray(RNG.integers(0, 256, (5, 7, 2), dtype=np.uint8)), {}),
                            ("rgb_7x5.tga", Image.fromarray(rgb), {}),
                            ("rgb_rle_7x5.tga", Image.fromarray(np.repeat(rgb, 2, axis=1)), {"rle": True}),
                            ("rgba_topdown_3x4.tga", Image.fromarray(rgba), {"orientation": 1}),
                            ("rgba_rle_3x4.tga", Image.fromarray(rgba), {"rle": True})]:
        save(image, name, **kw)
        record(name, f"{image.mode} saved by Pillow {kw}")
    im = Image.fromarray(idx, mode="P")
    im.putpalette(list(RNG.integers(0, 256, 768)))
    save(im, "p_7x3.tga")
    record("p_7x3.tga", "P saved by Pillow (24-bit colour map)", [("RGB", None)])
    px15 = [int(v) & 0x7FFF for v in RNG.integers(0, 65536, 12)]
    hdr = struct.pack("<BBBHHBHHHHBB", 0, 0, 2, 0, 0, 0, 0, 0, 4, 3, 16, 0x30)
    open(os.path.join(HERE, "rgb555_mirrored_4x3.tga"), "wb").write(hdr + b"".join(struct.pack("<H", v) for v in px15))
    record("rgb555_mirrored_4x3.tga", "hand-written 16-bit true colour, descriptor 0x30 (top-down, right-to-left)")

    # --- JPEG: Pillow's libjpeg-turbo decode is the reference; NumBridge (stb) must be within "tolerance"
    y, x = np.mgrid[0:40, 0:56]
    photo = np.stack([128 + 90 * np.sin(x / 6.0), 60 + x * 3, 200 - y * 4], -1) + RNG.normal(0, 6, (40, 56, 3))
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    save(Image.fromarray(photo), "rgb_q75_56x40.jpg", quality=75)
    record("rgb_q75_56x40.jpg", "RGB quality 75 (4:2:0)", tolerance=[6, 0.5])
    save(Image.fromarray(photo[:33, :45]), "rgb_q95_odd_45x33.jpg", quality=95)
    record("rgb_q95_odd_45x33.jpg", "RGB quality 95, odd size", tolerance=[6, 0.5])
    save(Image.fromarray(photo).convert("L"), "gray_q90_56x40.jpg", quality=90)
    record("gray_q90_56x40.jpg", "L quality 90", tolerance=[2, 0.1])
    save(Image.fromarray(photo), "rgb_progressive_56x40.jpg", quality=80, progressive=True)
    record("rgb_progressive_56x40.jpg", "RGB quality 80, progressive", tolerance=[6, 0.5])

    man = {"pillow": PIL.__version__, "numpy": np.__version__, "images": ENTRIES}
    with open(os.path.join(HERE, "more.json"), "w") as f:
        json.dump(man, f, indent=1)

    jpeg_encoder_goldens()


def jpeg_encoder_goldens():
    """more/jpegenc/: lossless PNG sources and what Pillow's JPEG encoder (libjpeg-turbo, standard Huffman tables)
    makes of them at several qualities and subsamplings. NumBridge's encoder must write the same bytes."""
    out = os.path.join(HERE, "jpegenc")
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:13, 0:20]
    rgb = np.stack([120 + 80 * np.sin(x / 3.0), 40 + x * 9, 220 - y * 12], -1) + rng.normal(0, 12, (13, 20, 3))
    rgb = np.clip(rgb, 0, 255).astype(np.uint8)
    sources = {"rgb_13x20.png": Image.fromarray(rgb), "gray_13x20.png": Image.fromarray(rgb).convert("L"),
               "rgb_1x1.png": Image.fromarray(rgb[5:6, 7:8]), "rgb_17x9.png": Image.fromarray(np.tile(rgb, (2, 1, 1))[:17, :9])}
    for name, im in sources.items():
        im.save(os.path.join(out, name))
    entries = []

    def enc(source, quality, subsampling):
        stem = source[:-4]
        name = f"{stem}_q{quality}" + ("" if subsampling == -1 else f"_s{subsampling}") + ".jpg"
        sources[source].save(os.path.join(out, name), "JPEG", quality=quality, subsampling=subsampling)
        mode = Image.open(os.path.join(out, name)).mode
        entries.append({"file": name, "source": source, "quality": quality, "subsampling": subsampling, "mode": mode})

    for q in (1, 10, 50, 75, 90, 95, 100):
        enc("gray_13x20.png", q, -1)
        enc("rgb_13x20.png", q, -1)
    for s in (0, 1, 2):
        enc("rgb_13x20.png", 75, s)
    enc("rgb_1x1.png", 75, -1)
    enc("rgb_17x9.png", 75, -1)
    enc("rgb_17x9.png", 90, 1)
    with open(os.path.join(out, "jpegenc.json"), "w") as f:
        json.dump({"pillow": PIL.__version__, "files": entries}, f, indent=1)


if __name__ == "__main__":
    main()
