"""The Python side of bench/run: every row of the side-by-side tables in NumPy, PyTorch and Pillow, timeit best of
many repeats, on the same inputs and sizes as the C# benchmarks (bench/NumBridge.Benchmarks, bench/NumSharp.Benchmarks).

Usage: python3 python_side.py DATA_DIR OUT_JSON [--quick]

Makes the shared input files in DATA_DIR when they are missing (the C# side reads the same files):
  float32_256MiB.npy   np.save of 64 Mi float32 normal noise (a 256 MiB .npy)
  rgb_1024.png         a 1024x1024 RGB image saved by Pillow with its defaults
The scaling sizes come from NUMBRIDGE_BENCH_SIZES (comma separated; bench/run picks them from the free memory).
Writes {"versions": ..., "seconds": {row: best seconds per call}} to OUT_JSON; the row names are report.py's.
"""
import json
import os
import sys
import timeit
import warnings

import numpy as np
import PIL
import torch
from PIL import Image

data_dir, out_json = sys.argv[1], sys.argv[2]
QUICK = "--quick" in sys.argv[3:]
REPEAT = 2 if QUICK else 5          # best of REPEAT timings ...
MIN_TIME = 0.02 if QUICK else 0.1   # ... each of enough calls to last MIN_TIME seconds (as timeit's autorange)
HEAVY = min(REPEAT, 3)              # repeats for calls of 100 ms and more (400 MB and larger copies, matmul)
SIZES = [int(s) for s in os.environ.get("NUMBRIDGE_BENCH_SIZES", "1000,10000,100000,1000000,10000000,100000000").split(",")]
BRIDGE_SIZES = [1_000, 1_000_000, 100_000_000]

os.makedirs(data_dir, exist_ok=True)
npy = os.path.join(data_dir, "float32_256MiB.npy")
png = os.path.join(data_dir, "rgb_1024.png")
scratch = os.path.join(data_dir, "scratch_py")
warnings.filterwarnings("ignore", message="The given NumPy array is not writable")


def make_inputs():
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


def best(fn, setup=None, repeat=REPEAT):
    """Best seconds per call. With a setup (run before each timing, outside it) every timing is one call; otherwise
    each timing makes enough calls (1, 10, 100, ...) to last MIN_TIME, as timeit's autorange does."""
    if setup is not None:
        return min(timeit.repeat(fn, setup=setup, number=1, repeat=repeat))
    timer = timeit.Timer(fn)
    number = 1
    while timer.timeit(number) < MIN_TIME and number < 1 << 20:
        number *= 10
    return min(timer.repeat(number=number, repeat=repeat)) / number


results = {}


def row(name, fn, **kw):
    results[name] = best(fn, **kw)
    print(f"{name:32s} {results[name] * 1e3:12.4f} ms", flush=True)


def bridge_rows():
    """torch.from_numpy, t.numpy(), torch.tensor (a copy) and np.copyto (memcpy) at 1e3, 1e6, 1e8 float32."""
    for n in BRIDGE_SIZES:
        a = np.ones(n, np.float32)
        t = torch.ones(n, dtype=torch.float32)
        to = np.zeros(n, np.float32)  # touched once: the memcpy baseline copies into resident memory
        row(f"bridge/from_numpy/{n}", lambda: torch.from_numpy(a))
        row(f"bridge/numpy/{n}", lambda: t.numpy())
        row(f"bridge/tensor/{n}", lambda: torch.tensor(a), repeat=HEAVY if n >= 100_000_000 else REPEAT)
        row(f"bridge/memcpy/{n}", lambda: np.copyto(to, a))
        del a, t, to


def remove_written():
    """Writes go to paths that do not exist, as on the C# side: replacing an existing 256 MiB file would also time
    the kernel dropping the old file's pages."""
    for path in (scratch, scratch + ".npy"):
        if os.path.exists(path):
            os.remove(path)


def io_rows():
    array = np.load(npy)
    image = np.asarray(Image.open(png))
    raw = array.tobytes()

    def plain_write():
        # In 1 MiB writes, as the C# baseline; one 256 MiB write() measured slower here.
        with open(scratch, "wb", buffering=0) as f:
            view = memoryview(raw)
            for start in range(0, len(view), 1 << 20):
                f.write(view[start:start + (1 << 20)])

    def png_decode():
        with Image.open(png) as im:
            return np.asarray(im)

    row("io/npy_load", lambda: np.load(npy))
    row("io/npy_mmap_open", lambda: np.load(npy, mmap_mode="r"))
    row("io/npy_save", lambda: np.save(scratch + ".npy", array), setup=remove_written)
    row("io/file_write", plain_write, setup=remove_written)
    row("io/png_decode", png_decode)
    row("io/png_encode", lambda: Image.fromarray(image).save(scratch + ".png"))
    for path in (scratch, scratch + ".npy", scratch + ".png"):
        if os.path.exists(path):
            os.remove(path)


def ops_rows():
    """The operations issue's rows, on the shapes of Perf_Elementwise, Perf_Reduction, Perf_Matmul, Perf_ImagePipeline."""
    rng = np.random.default_rng(42)
    n = 10_000_000
    a = rng.random(n, dtype=np.float32)
    b = rng.random(n, dtype=np.float32)
    img = rng.integers(0, 256, n, dtype=np.uint8)
    m = rng.random((3000, 3000), dtype=np.float32)
    x = rng.random((1024, 1024)).astype(np.float32)
    y = rng.random((1024, 1024)).astype(np.float32)
    image = np.random.default_rng(1).integers(0, 256, (1024, 1024, 3), dtype=np.uint8)
    mean = np.array([0.485, 0.456, 0.406], np.float32)
    std = np.array([0.229, 0.224, 0.225], np.float32)
    inplace = a.copy()

    def add_in_place():
        np.add(inplace, b, out=inplace)

    row("ops/add", lambda: a + b)
    row("ops/muladd", lambda: a * 2 + 1)
    row("ops/add_inplace", add_in_place)
    row("ops/img_div255", lambda: img / 255)
    row("ops/sum", a.sum)
    row("ops/mean", a.mean)
    row("ops/std", a.std)
    row("ops/argmax", a.argmax)
    row("ops/sum0", lambda: m.sum(axis=0))
    row("ops/mean0", lambda: m.mean(axis=0))
    row("ops/std0", lambda: m.std(axis=0))
    row("ops/argmax0", lambda: m.argmax(axis=0))
    row("ops/matmul", lambda: x @ y, repeat=HEAVY)
    row("ops/pipeline",
        lambda: np.ascontiguousarray(((image.astype(np.float32) / 255 - mean) / std).transpose(2, 0, 1)))


def scaling_rows():
    """torch.from_numpy, torch.tensor and a.sum() of float32 np.ones vectors at every size bench/run chose."""
    for n in SIZES:
        a = np.ones(n, np.float32)
        repeat = REPEAT if n < 100_000_000 else HEAVY
        row(f"scaling/from_numpy/{n}", lambda: torch.from_numpy(a), repeat=repeat)
        row(f"scaling/tensor/{n}", lambda: torch.tensor(a), repeat=repeat)
        row(f"scaling/sum/{n}", a.sum, repeat=repeat)
        del a


make_inputs()
print(f"NumPy {np.__version__}, torch {torch.__version__} ({torch.get_num_threads()} threads), Pillow {PIL.__version__}"
      f"{', quick mode' if QUICK else ''}", flush=True)
bridge_rows()
io_rows()
ops_rows()
scaling_rows()
with open(out_json, "w") as f:
    json.dump({"versions": {"numpy": np.__version__, "torch": torch.__version__, "pillow": PIL.__version__,
                            "python": sys.version.split()[0], "torch_threads": torch.get_num_threads()},
               "quick": QUICK, "repeat": REPEAT, "seconds": results}, f, indent=1)
