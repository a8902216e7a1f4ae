"""Joins io_bench.py's JSON and BenchmarkDotNet's Perf_Io JSON report into one Markdown table.

Usage: python3 io_table.py PYTHON_JSON BDN_FULL_JSON
"""
import json
import platform
import sys

py = json.load(open(sys.argv[1]))
bdn = json.load(open(sys.argv[2]))
seconds = py["seconds"]
dotnet = {b["Method"]: b["Statistics"]["Mean"] / 1e9 for b in bdn["Benchmarks"] if b.get("Statistics")}

NPY_BYTES = 256 * 1024 * 1024


def ms(s):
    return f"{s * 1e3:,.2f} ms" if s >= 1e-3 else f"{s * 1e6:,.1f} µs"


def gbps(s):
    return f"{NPY_BYTES / s / 1e9:.2f} GB/s"


rows = [
    ("np.load, 256 MiB float32", "Load", "npy_load", "at least as fast as NumPy"),
    ("np.load(mmap_mode='r'), 256 MiB", "LoadMapped", "npy_mmap_open", "under 100 µs"),
    ("np.save, 256 MiB float32", "Save", "npy_save", "80% of a plain write"),
    ("plain write of the same 256 MiB", "PlainWrite", "file_write", "(the limit)"),
    ("PNG decode, 1024x1024 RGB", "PngDecode", "png_decode", "timed against Pillow"),
    ("PNG encode, 1024x1024 RGB", "PngEncode", "png_encode", "timed against Pillow"),
]
print(f"Machine: {platform.node()} {platform.machine()}, NumPy {py['numpy']}, Pillow {py['pillow']}, "
      f"BenchmarkDotNet {bdn.get('HostEnvironmentInfo', {}).get('BenchmarkDotNetVersion', '?')}, "
      f"{bdn.get('HostEnvironmentInfo', {}).get('ProcessorName', '?')}")
print()
print("| Row | NumBridge | NumPy / Pillow | NumPy time / NumBridge time | Target |")
print("|---|---:|---:|---:|---|")
for label, method, key, target in rows:
    ours, theirs = dotnet.get(method), seconds.get(key)
    ratio = f"{theirs / ours:.2f}x" if ours and theirs else "n/a"
    print(f"| {label} | {ms(ours) if ours else 'n/a'} | {ms(theirs) if theirs else 'n/a'} | {ratio} | {target} |")
if dotnet.get("Save") and dotnet.get("PlainWrite"):
    print()
    print(f"np.save bandwidth {gbps(dotnet['Save'])} = {dotnet['PlainWrite'] / dotnet['Save']:.0%} of the plain write's "
          f"{gbps(dotnet['PlainWrite'])} (NumPy's np.save: {gbps(seconds['npy_save'])}, "
          f"its plain write {gbps(seconds['file_write'])}).")
