#!/usr/bin/env python3
"""Writes the inputs behind the fuzzer's findings (RELIABILITY.md), one file each, into <target>/.

The outcomes each must give are in <target>/outcomes.tsv (file, tab, outcome line of FuzzHarness), written by
`NumBridge.Reliability replay` after the fixes; FuzzCorpusTests replays them. Run from this folder:
    python3 gen_findings.py
"""
import os
import struct
import zlib

os.makedirs("npy", exist_ok=True)
os.makedirs("image", exist_ok=True)


def npy(header: str) -> bytes:
    text = header.encode("latin1")
    pad = 64 - (10 + len(text) + 1) % 64
    text += b" " * pad + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text


# 1. A zero-length dimension beside one whose strides overflow: OverflowException, now NumPy's "array is too big".
with open("npy/zero_dim_beside_huge_dim.npy", "wb") as f:
    f.write(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (0, 9223372036854775807), }"))

# 2. A 59-byte GIF with a 7x32768 P canvas: its RGBA conversion allocated a palette per row (27 MB).
with open("image/gif_tall_palette_canvas.gif", "wb") as f:
    f.write(bytes.fromhex(
        "474946383961000000808101000000 00ff000000ff000000ff21f904050000"
        "03002c020001000500030000020c0443710443710443710443150 03b".replace(" ", "")))

# 3. A 51-byte GIF whose frame claims 65285x128 pixels: its canvas was allocated and filled (8.6 MB) before the
#    missing LZW data was noticed.
with open("image/gif_frame_larger_than_data.gif", "wb") as f:
    f.write(bytes.fromhex(
        "474946383961090006008101000000 00ff000000ff000000ff2c0600040005ff"
        "800000020c0443710443710443710443 15003b".replace(" ", "")))

# 4. A 51-byte GIF whose small frame sits at x 16390: the canvas an offset alone asks for (4.3 MB) was allocated and
#    filled before the frame's data was found truncated; the frame is now decoded first.
with open("image/gif_frame_offset_truncated.gif", "wb") as f:
    f.write(bytes.fromhex(
        "474946383961090006008101000000 00ff000000ff000000ff2c0640040005"
        "00030100020c044371044371044371 044315003b".replace(" ", "")))


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# 5. A PNG whose zlib stream asks for a preset dictionary: zlib's Z_NEED_DICT surfaced as ZLibException (an
#    IOException), now InvalidDataException.
raw = b"".join(b"\x00" + bytes(range(4)) for _ in range(3))
body = zlib.compress(raw)
cmf = body[0]
flg = 0x20  # FDICT
flg += (31 - ((cmf << 8) + flg) % 31) % 31
stream = bytes([cmf, flg]) + b"\x00\x00\x00\x01" + body[2:]
with open("image/png_zlib_preset_dictionary.png", "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 3, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", stream) + chunk(b"IEND", b""))
