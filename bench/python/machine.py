"""The machine and run description at the top of bench/run's tables: date, CPU, cores, memory, OS, .NET and the Python
packages' versions, read from /proc, /etc/os-release, BenchmarkDotNet's host information and the Python side's JSON."""
import datetime
import os
import platform
import re


def _cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory_gib():
    with open("/proc/meminfo") as f:
        kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    return kib / 2**20


def _os_name():
    try:
        with open("/etc/os-release") as f:
            return re.search(r'PRETTY_NAME="?([^"\n]*)', f.read()).group(1)
    except (OSError, AttributeError):
        return platform.system()


def _numsharp_version():
    props = os.path.join(os.path.dirname(__file__), "..", "..", "Directory.Packages.props")
    match = re.search(r'Include="NumSharp" Version="([^"]+)"', open(props).read())
    return match.group(1) if match else "?"


def describe(python, host, started, seconds):
    """A Markdown bullet list; `host` is BenchmarkDotNet's HostEnvironmentInfo (may be empty)."""
    versions = python["versions"]
    load = open("/proc/loadavg").read().split()[:3]
    ended = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    runtime = host.get("RuntimeVersion", "?")
    build = f"{host.get('Configuration', '?').title()} build, " + (
        "a debugger attached" if host.get("HasAttachedDebugger") else "no debugger")
    return "\n".join([
        f"- Run: {started.replace('T', ' ').replace('Z', ' UTC')} to {ended} ({seconds // 60} min {seconds % 60} s, "
        f"the whole `bench/run`); load average at the end {' '.join(load)} (1, 5, 15 min)",
        f"- CPU: {_cpu_model()}, {os.cpu_count()} logical cores; memory {_memory_gib():.0f} GiB",
        f"- OS: {_os_name()}, kernel {platform.release()} ({platform.machine()})",
        f"- .NET: {runtime}, SDK {host.get('DotNetCliVersion', '?')}, {build}; "
        f"BenchmarkDotNet {host.get('BenchmarkDotNetVersion', '?')}; NumSharp {_numsharp_version()}",
        f"- Python {versions['python']}: NumPy {versions['numpy']}, torch {versions['torch']} "
        f"(intra-op threads: {versions['torch_threads']}), Pillow {versions['pillow']} (Debian packages)",
    ])
