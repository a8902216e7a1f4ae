"""NumPy and Pillow twins of bench/NumBridge.Benchmarks/Perf_Io*.cs (files and images).

Usage: python3 io_bench.py DATA_DIR OUT_JSON

Makes the shared inputs in DATA_DIR when they are missing (the C# side reads the same files):
  float32_256MiB.npy   np.save of 64 Mi float32 values (a 256 MiB .npy)
  rgb_1024.png         a 1024x1024 RGB image saved by Pillow with its defaults
and times, best of many repeats (timeit), with the page cache warm on both sides:
  np.load, np.load(mmap_mode='r'), np.save, a plain write of the same bytes, and
  Pillow's PNG decode (Image.open + np.asarray) and encode (Image.fromarray + save).
Writes {row: seconds} to OUT_JSON.
"""
import json
import os
import sys
import timeit

import numpy as np
from PIL import Image

data_dir, out_json = sys.argv[1], sys.argv[2]
os.makedirs(data_dir, exist_ok=True)
npy = os.path.join(data_dir, "float32_256MiB.npy")
png = os.path.join(data_dir, "rgb_1024.png")
scratch = os.path.join(data_dir, "scratch_py")

if not os.path.exists(npy):
    rng = np.random.default_rng(42)
    np.save(npy, rng.standard_normal(64 * 1024 * 1024, dtype=np.float32))
if not os.path.exists(png):
    # A photo-like image: smooth gradients plus a little noise, so the PNG compresses as real pictures do.
    y, x = np.mgrid[0:1024, 0:1024].astype(np.float32)
    rng = np.random.default_rng(7)
    noise = rng.normal(0, 6, (1024, 1024, 3)).astype(np.float32)
    base = np.stack([x / 4, y / 4, (x + y) / 8], axis=-1) + 40 * np.sin(np.stack([x, y, x - y], -1) / 50)
    Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8), "RGB").save(png)

array = np.load(npy)
image = np.asarray(Image.open(png))
raw = array.tobytes()


def best(stmt, number, repeat, setup="pass"):
    return min(timeit.repeat(stmt, setup=setup, number=number, repeat=repeat)) / number


def remove_written():
    """Writes go to paths that do not exist, as on the C# side: replacing an existing 256 MiB file would also time
    the kernel dropping the old file's pages."""
    for path in (scratch, scratch + ".npy"):
        if os.path.exists(path):
            os.remove(path)


def plain_write():
    # In 1 MiB writes, as the C# baseline; one 256 MiB write() measured slower here.
    with open(scratch, "wb", buffering=0) as f:
        view = memoryview(raw)
        for start in range(0, len(view), 1 << 20):
            f.write(view[start:start + (1 << 20)])


def png_decode():
    with Image.open(png) as im:
        return np.asarray(im)


def png_encode():
    Image.fromarray(image).save(scratch + ".png")


results = {
    "npy_load": best(lambda: np.load(npy), 1, 10),
    "npy_mmap_open": best(lambda: np.load(npy, mmap_mode="r"), 100, 20),
    "npy_save": best(lambda: np.save(scratch + ".npy", array), 1, 10, setup=remove_written),
    "file_write": best(plain_write, 1, 10, setup=remove_written),
    "png_decode": best(png_decode, 1, 20),
    "png_encode": best(png_encode, 1, 10),
}
for path in (scratch, scratch + ".npy", scratch + ".png"):
    if os.path.exists(path):
        os.remove(path)
with open(out_json, "w") as f:
    json.dump({"numpy": np.__version__, "pillow": Image.__version__, "seconds": results}, f, indent=1)
for k, v in results.items():
    print(f"{k:15s} {v * 1e3:10.3f} ms")
