"""NumPy twins of Perf_Elementwise, Perf_Reduction and Perf_Matmul (same shapes and dtypes), timeit best of repeats.

Usage: python3 ops_bench.py   (prints one line per row, in ms)
Debian's NumPy 1.24 here links netlib's reference BLAS, not OpenBLAS: its matmul is not what a pip NumPy does.
"""
import timeit

import numpy as np

rng = np.random.default_rng(42)
N = 10_000_000
a = rng.random(N, dtype=np.float32)
b = rng.random(N, dtype=np.float32)
img = rng.integers(0, 256, N, dtype=np.uint8)
m = rng.random((3000, 3000), dtype=np.float32)
x = rng.random((1024, 1024)).astype(np.float32)
y = rng.random((1024, 1024)).astype(np.float32)
image = np.random.default_rng(1).integers(0, 256, (1024, 1024, 3), dtype=np.uint8)
mean = np.array([0.485, 0.456, 0.406], np.float32)
std = np.array([0.229, 0.224, 0.225], np.float32)


def best(fn, number=5, repeat=7):
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e3


def add_in_place():
    global a
    a += b


rows = {
    "a + b": lambda: a + b,
    "a * 2 + 1": lambda: a * 2 + 1,
    "a += b (in place)": add_in_place,
    "uint8 img / 255": lambda: img / 255,
    "a.sum()": a.sum,
    "a.mean()": a.mean,
    "a.std()": a.std,
    "a.argmax()": a.argmax,
    "m.sum(axis=0), 3000x3000": lambda: m.sum(axis=0),
    "a @ b, 1024x1024 float32": lambda: x @ y,
    "image pipeline, CHW": lambda: np.ascontiguousarray(((image.astype(np.float32) / 255 - mean) / std).transpose(2, 0, 1)),
}
print(f"NumPy {np.__version__}, 1e7 float32 unless stated")
for name, fn in rows.items():
    print(f"{name:28s} {best(fn, number=1 if '@' in name else 5):9.2f} ms")
