"""Joins bench/run's results into Markdown tables: NumBridge and NumSharp 0.70 (BenchmarkDotNet) beside NumPy / PyTorch /
Pillow (timeit), with NumBridge's ratio to each. Every time is a best of repeated timings on both sides (see STAT).

Usage: python3 report.py --python PY.json --numbridge BDN_RESULTS_DIR --numsharp BDN_RESULTS_DIR --rss RSS.jsonl
                         --out OUT.md --started ISO_TIME --ended ISO_TIME --seconds N --loads L1,L2,...
                         [--quick] [--benchmarks BENCHMARKS.md]

Prints the tables, writes them to OUT.md and, with --benchmarks, replaces the generated section of BENCHMARKS.md
(between the two bench/run markers). Ratios are the other side's time / NumBridge's: above 1x NumBridge is faster.
"""
import argparse
import glob
import json
import re
import sys

from machine import describe

BEGIN = "<!-- bench/run: generated section, rewritten by every full run; do not edit by hand -->"
END = "<!-- bench/run: end of generated section -->"
SLOWER_HEADING = "## Where NumBridge is slower"
NA = "N/A"
# Which BenchmarkDotNet statistic stands for a .NET row. timeit's "best of R repeats" is the fastest of R timings, each
# the average of many calls; BenchmarkDotNet's Min is the same thing over its iterations (each the average of many
# invocations). Mean would set a mean against a best, which on a shared machine leans against the .NET side.
STAT = "Min"

parser = argparse.ArgumentParser()
for name in ("python", "numbridge", "numsharp", "rss", "out", "started", "ended", "seconds", "loads"):
    parser.add_argument("--" + name, required=True)
parser.add_argument("--quick", action="store_true")
parser.add_argument("--benchmarks")
args = parser.parse_args()

python = json.load(open(args.python))
py = python["seconds"]


def load_bdn(directory):
    """({'Type.Method(Params)': seconds per call (STAT)}, BenchmarkDotNet host info) from every *-report-full-compressed.json."""
    means, host = {}, {}
    for path in sorted(glob.glob(f"{directory}/*-report-full-compressed.json")):
        report = json.load(open(path))
        host = report.get("HostEnvironmentInfo", host)
        for b in report["Benchmarks"]:
            stats = b.get("Statistics")
            key = f"{b['Type']}.{b['Method']}({b.get('Parameters', '')})"
            means[key] = stats[STAT] / 1e9 if stats else None
    return means, host


nb, host = load_bdn(args.numbridge)
ns, _ = load_bdn(args.numsharp)
rss = [json.loads(line) for line in open(args.rss)] if glob.glob(args.rss) else []


def fmt(seconds):
    if seconds is None:
        return NA
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            value = seconds / scale
            return f"{value:,.{0 if value >= 100 else 1 if value >= 10 else 2}f} {unit}"


def ratio(other, ours):
    """other / ours, bold where NumBridge is slower."""
    if other is None or ours is None:
        return NA
    r = other / ours
    return f"**{r:.2f}x**" if r < 1 else f"{r:.2f}x"


def gbps(nbytes, seconds):
    return f"{nbytes / seconds / 1e9:.2f} GB/s" if seconds else NA


def size(n):
    return f"1e{len(str(n)) - 1}" if str(n).rstrip("0") == "1" else f"{n:,}"


SLOWER = []   # (table row label, ratio) where NumBridge is slower than Python


def family(label):
    """The part of a row label before its sizes ("`a + b`, 1e7 float32" -> "`a + b`"): BENCHMARKS.md names it in the
    bullet that explains the slower row."""
    return label.split(", ")[0]


lines = []
emit = lines.append

# ---- rows: label, NumBridge key, NumSharp key (None: NumSharp has no such operation), Python key
BRIDGE = [(f"`torch.from_numpy(a)`, {size(n)} float32", f"Perf_Bridge.FromNumpy(N={n})", None, f"bridge/from_numpy/{n}")
          for n in (1_000, 1_000_000, 100_000_000)]
BRIDGE += [(f"`t.numpy()`, {size(n)} float32", f"Perf_Bridge.Numpy(N={n})", None, f"bridge/numpy/{n}")
           for n in (1_000, 1_000_000, 100_000_000)]
BRIDGE += [(f"`torch.tensor(a)` (copy), {size(n)} float32", f"Perf_Bridge.TensorCopy(N={n})", None, f"bridge/tensor/{n}")
           for n in (1_000, 1_000_000, 100_000_000)]
IO = [
    ("`np.load`, 256 MiB float32 `.npy`", "Perf_Io.Load()", "Perf_Io.Load()", "io/npy_load"),
    ("`np.load(mmap_mode='r')`, 256 MiB", "Perf_Io.LoadMapped()", "Perf_Io.LoadMapped()", "io/npy_mmap_open"),
    ("`np.save`, 256 MiB float32", "Perf_Io.Save()", "Perf_Io.Save()", "io/npy_save"),
    ("PNG decode, 1024x1024 RGB (Pillow)", "Perf_Io.PngDecode()", None, "io/png_decode"),
    ("PNG encode, 1024x1024 RGB (Pillow)", "Perf_Io.PngEncode()", None, "io/png_encode"),
]
N7 = "(N=10000000)"  # the 1e7 parameter of Perf_Elementwise and Perf_Reduction (the 3000x3000 rows share the class)
OPS = [
    ("`a + b`, 1e7 float32", f"Perf_Elementwise.Add{N7}", "Perf_Elementwise.Add()", "ops/add"),
    ("`a * 2 + 1`, 1e7 float32", f"Perf_Elementwise.MultiplyAdd{N7}", "Perf_Elementwise.MultiplyAdd()", "ops/muladd"),
    ("`a += b` (in place), 1e7 float32", f"Perf_Elementwise.AddInPlace{N7}", None, "ops/add_inplace"),
    ("`img / 255`, 1e7 uint8 -> float64", f"Perf_Elementwise.Normalise{N7}", "Perf_Elementwise.Normalise()", "ops/img_div255"),
    ("`a.sum()`, 1e7 float32", f"Perf_Reduction.Sum{N7}", "Perf_Reduction.Sum()", "ops/sum"),
    ("`a.mean()`, 1e7 float32", f"Perf_Reduction.Mean{N7}", "Perf_Reduction.Mean()", "ops/mean"),
    ("`a.std()`, 1e7 float32", f"Perf_Reduction.Std{N7}", "Perf_Reduction.Std()", "ops/std"),
    ("`a.argmax()`, 1e7 float32", f"Perf_Reduction.ArgMax{N7}", "Perf_Reduction.ArgMax()", "ops/argmax"),
    ("`m.sum(axis=0)`, 3000x3000 float32", f"Perf_Reduction.SumAxis0{N7}", "Perf_Reduction.SumAxis0()", "ops/sum0"),
    ("`m.mean(axis=0)`, 3000x3000 float32", f"Perf_Reduction.MeanAxis0{N7}", "Perf_Reduction.MeanAxis0()", "ops/mean0"),
    ("`m.std(axis=0)`, 3000x3000 float32", f"Perf_Reduction.StdAxis0{N7}", "Perf_Reduction.StdAxis0()", "ops/std0"),
    ("`m.argmax(axis=0)`, 3000x3000 float32", f"Perf_Reduction.ArgMaxAxis0{N7}", "Perf_Reduction.ArgMaxAxis0()", "ops/argmax0"),
    ("`a @ b`, 1024x1024 float32", "Perf_Matmul<Single>.Matmul(N=1024)", "Perf_Matmul.Matmul()", "ops/matmul"),
    ("image pipeline: `(img.astype(float32) / 255 - mean) / std`, CHW copy, 1024x1024x3",
     "Perf_ImagePipeline.Pipeline()", "Perf_ImagePipeline.Pipeline()", "ops/pipeline"),
]


def main_table(title, rows, python_name):
    emit(f"### {title}")
    emit("")
    emit(f"| Row | NumBridge | NumSharp 0.70 | {python_name} | NumSharp / NumBridge | {python_name} / NumBridge |")
    emit("|---|---:|---:|---:|---:|---:|")
    for label, nb_key, ns_key, py_key in rows:
        ours, theirs = nb.get(nb_key), ns.get(ns_key) if ns_key else None
        other = py.get(py_key)
        if ours and other and other < ours:
            SLOWER.append((label, other / ours))
        emit(f"| {label} | {fmt(ours)} | {fmt(theirs) if ns_key else NA} | {fmt(other)} | "
             f"{ratio(theirs, ours) if ns_key else NA} | {ratio(other, ours)} |")
    emit("")


def limits_table():
    n = 100_000_000
    emit("### Physical limits, measured in this run")
    emit("")
    emit("| Limit | .NET (NumBridge's process) | Python |")
    emit("|---|---:|---:|")
    emit(f"| memcpy, 400 MB into touched memory (`Buffer.MemoryCopy`; `np.copyto`) | "
         f"{gbps(4 * n, nb.get(f'Perf_Bridge.Memcpy(N={n})'))} | {gbps(4 * n, py.get(f'bridge/memcpy/{n}'))} |")
    emit(f"| file write, 256 MiB in 1 MiB writes to a new file (page cache) | "
         f"{gbps(256 << 20, nb.get('Perf_Io.PlainWrite()'))} | {gbps(256 << 20, py.get('io/file_write'))} |")
    emit("")


def copy_table():
    emit("### `torch.tensor(a)`: a copy into new memory, against memcpy of the same bytes")
    emit("")
    emit("| N | bytes | NumBridge | GB/s | % of memcpy | PyTorch | GB/s | % of memcpy (`np.copyto`) |")
    emit("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in (1_000, 1_000_000, 100_000_000):
        ours, theirs = nb.get(f"Perf_Bridge.TensorCopy(N={n})"), py.get(f"bridge/tensor/{n}")
        our_memcpy, their_memcpy = nb.get(f"Perf_Bridge.Memcpy(N={n})"), py.get(f"bridge/memcpy/{n}")
        pct = lambda m, t: f"{m / t:.0%}" if m and t else NA
        emit(f"| {size(n)} | {4 * n:,} | {fmt(ours)} | {gbps(4 * n, ours)} | {pct(our_memcpy, ours)} | "
             f"{fmt(theirs)} | {gbps(4 * n, theirs)} | {pct(their_memcpy, theirs)} |")
    emit("")


def rss_table():
    emit("### Peak memory: 1 GiB float32 `.npy`, loaded and converted")
    emit("")
    emit("Peak resident memory (`VmHWM`) the case added over the process's resident size just before it; one process "
         "per case. A zero-copy step must add nothing near 1,024 MiB.")
    emit("")
    emit("| Case | NumBridge | NumSharp 0.70 | NumPy + PyTorch |")
    emit("|---|---:|---:|---:|")
    found = {}
    for entry in rss:
        r = entry["result"]
        found[(entry["side"], r["case"])] = f"{(r['peak_bytes'] - r['baseline_bytes']) / 2**20:,.0f} MiB"
    for case in ("np.load", "np.load + torch.from_numpy", "np.load + torch.tensor (copy)",
                 "np.load(mmap_mode='r') + torch.from_numpy", "np.load(mmap_mode='c') + torch.from_numpy"):
        numsharp = found.get(("numsharp", case)) or found.get(("numsharp", case.replace(" + torch.from_numpy", "")), NA)
        if "torch" in case and numsharp != NA:
            numsharp += " (no torch step)"
        emit(f"| `{case}` | {found.get(('numbridge', case), NA)} | {numsharp} | {found.get(('python', case), NA)} |")
    emit("")


def scaling_table():
    sizes = sorted({int(k.rsplit("/", 1)[1]) for k in py if k.startswith("scaling/")} |
                   {int(m.group(1)) for k in nb for m in [re.match(r"Perf_Scaling\.\w+\(N=(\d+)\)", k)] if m})
    cols = [("`from_numpy` NumBridge", nb, "Perf_Scaling.FromNumpy(N={})"), ("PyTorch", py, "scaling/from_numpy/{}"),
            ("`torch.tensor` NumBridge", nb, "Perf_Scaling.TensorCopy(N={})"), ("PyTorch", py, "scaling/tensor/{}"),
            ("`a.copy()` NumSharp", ns, "Perf_Scaling.Copy(N={})"),
            ("`a.sum()` NumBridge", nb, "Perf_Scaling.Sum(N={})"), ("NumPy", py, "scaling/sum/{}"),
            ("NumSharp", ns, "Perf_Scaling.Sum(N={})")]
    emit("### Scaling: float32 `np.ones(N)`, time per call as N grows")
    emit("")
    emit("`from_numpy` should stay constant; the copy and the sum grow linearly once past the per-call cost. The last "
         "row is the growth from the smallest to the largest N (the size grew "
         f"{sizes[-1] // sizes[0]:,}x)." if sizes else "No scaling results.")
    emit("")
    emit("| N | " + " | ".join(c[0] for c in cols) + " |")
    emit("|---:|" + "---:|" * len(cols))
    for n in sizes:
        emit(f"| {size(n)} | " + " | ".join(fmt(src.get(key.format(n))) for _, src, key in cols) + " |")
    for op, ours, theirs in (("`torch.from_numpy(a)`", 0, 1), ("`torch.tensor(a)` (copy)", 2, 3), ("`a.sum()`", 5, 6)):
        for n in sizes:
            mine, other = cols[ours][1].get(cols[ours][2].format(n)), cols[theirs][1].get(cols[theirs][2].format(n))
            if mine and other and other < mine:
                SLOWER.append((f"{op}, {size(n)} float32 (scaling)", other / mine))
    if len(sizes) > 1:
        growth = []
        for _, src, key in cols:
            first, last = src.get(key.format(sizes[0])), src.get(key.format(sizes[-1]))
            growth.append(f"{last / first:,.{0 if last / first >= 10 else 1}f}x" if first and last else NA)
        emit("| growth | " + " | ".join(growth) + " |")
    emit("")


emit(BEGIN)
emit("")
if args.quick:
    emit("**Quick mode (`bench/run --quick`): BenchmarkDotNet's dry job and 2 repeats; the numbers only show that "
         "every step ran.**")
    emit("")
emit(describe(python, host, args.started, args.ended, int(args.seconds), args.loads.split(",")))
emit("")
emit("Every time is the best of repeated timings, each the average of many calls: for NumBridge and NumSharp "
     f"BenchmarkDotNet's {STAT} over its iterations (Release, no debugger; means and error bars in "
     f"`bench/results/bdn-*/results/`), for Python `timeit`'s best of {python['repeat']} repeats. A ratio is the "
     "other side's time over NumBridge's: above 1x NumBridge is faster; **bold** where it is slower. N/A: the "
     "library has no such operation (NumSharp has no PyTorch bridge and no PNG codec on Linux).")
emit("")
limits_table()
main_table("PyTorch bridge", BRIDGE, "PyTorch")
copy_table()
main_table("Files and images", IO, "NumPy / Pillow")
main_table("Operations", OPS, "NumPy")
rss_table()
scaling_table()
if SLOWER:
    emit(f"Rows where NumBridge is slower than Python in this run (see \"{SLOWER_HEADING[3:]}\" below): "
         + "; ".join(f"{label} ({r:.2f}x)" for label, r in SLOWER) + ".")
else:
    emit("NumBridge is at least as fast as Python on every row of this run.")
emit("")
emit(END)

text = "\n".join(lines) + "\n"
print(text)
with open(args.out, "w") as f:
    f.write(text)

if args.benchmarks:
    doc = open(args.benchmarks).read()
    if BEGIN not in doc or END not in doc:
        sys.exit(f"{args.benchmarks} has no generated section (the two bench/run markers); tables left in {args.out}")
    head, rest = doc.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    open(args.benchmarks, "w").write(head + text.rstrip("\n") + tail)
    explained = tail.split(SLOWER_HEADING, 1)[1].split("\n## ", 1)[0] if SLOWER_HEADING in tail else ""
    missing = sorted({family(label) for label, _ in SLOWER if family(label) not in explained})
    if missing:
        print(f"warning: no explanation under \"{SLOWER_HEADING}\" in {args.benchmarks} (a bullet naming the row) "
              "for: " + "; ".join(missing), file=sys.stderr)
