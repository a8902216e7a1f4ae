"""The Python side of bench/run's peak-memory rows: one case per process, as NumBridge's RssProbe.

Usage: python3 rss_probe.py CASE FILE.npy   prints one JSON line: the resident bytes before and the peak during CASE
       python3 rss_probe.py make FILE.npy   writes the 1 GiB float32 .npy the cases load

The case runs once on a small file first (imports and first-call costs are paid before the baseline); then the peak is
reset (5 to /proc/self/clear_refs lowers VmHWM to VmRSS) and the case runs on FILE with its results kept alive until
the peak is read.
"""
import json
import os
import sys
import warnings

import numpy as np
import torch

warnings.filterwarnings("ignore", message="The given NumPy array is not writable")

CASES = {
    "np.load": lambda path: [np.load(path)],
    "np.load + torch.from_numpy": lambda path: (lambda a: [a, torch.from_numpy(a)])(np.load(path)),
    "np.load + torch.tensor (copy)": lambda path: (lambda a: [a, torch.tensor(a)])(np.load(path)),
    "np.load(mmap_mode='r') + torch.from_numpy": lambda path: (lambda a: [a, torch.from_numpy(a)])(np.load(path, mmap_mode="r")),
    "np.load(mmap_mode='c') + torch.from_numpy": lambda path: (lambda a: [a, torch.from_numpy(a)])(np.load(path, mmap_mode="c")),
}


def status(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def main(case, path):
    if case == "make":
        np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(256 * 1024 * 1024,))[:] = 1
        return
    run = CASES[case]
    warm = os.path.join(os.path.dirname(os.path.abspath(path)), "rss-warm-python.npy")
    np.save(warm, np.ones(1024, np.float32))
    run(warm)
    os.remove(warm)
    reset = reset_peak()
    before = status("VmRSS:")
    results = run(path)
    peak = status("VmHWM:")
    del results
    print(json.dumps({"case": case, "baseline_bytes": before, "peak_bytes": peak, "peak_reset": reset}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
