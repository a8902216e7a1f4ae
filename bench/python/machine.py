"""The machine and run description at the top of bench/run's tables: date, CPU, cores, memory, OS, .NET and the Python
packages' versions, read from /proc, /etc/os-release, BenchmarkDotNet's host information and the Python side's JSON."""
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


def _utc(iso):
    return iso.replace("T", " ").replace("Z", " UTC")


def describe(python, host, started, ended, seconds, loads):
    """A Markdown bullet list; `host` is BenchmarkDotNet's HostEnvironmentInfo (may be empty), `loads` the 1-minute
    load average at the start of each step of bench/run."""
    versions = python["versions"]
    runtime = host.get("RuntimeVersion", "?")
    build = f"{host.get('Configuration', '?').title()} build, " + (
        "a debugger attached" if host.get("HasAttachedDebugger") else "no debugger")
    return "\n".join([
        f"- Run: {_utc(started)} to {_utc(ended)} ({seconds // 60} min {seconds % 60} s, the whole `bench/run`); "
        f"1-minute load average at the start of each step: {', '.join(loads)} ({os.cpu_count()} cores; the run itself "
        "accounts for 1 to 2, the rest is other work on the machine)",
        f"- CPU: {_cpu_model()}, {os.cpu_count()} logical cores; memory {_memory_gib():.0f} GiB",
        f"- OS: {_os_name()}, kernel {platform.release()} ({platform.machine()})",
        f"- .NET: {runtime}, SDK {host.get('DotNetCliVersion', '?')}, {build}; "
        f"BenchmarkDotNet {host.get('BenchmarkDotNetVersion', '?')}; NumSharp {_numsharp_version()}",
        f"- Python {versions['python']}: NumPy {versions['numpy']}, torch {versions['torch']} "
        f"(intra-op threads: {versions['torch_threads']}), Pillow {versions['pillow']} (Debian packages)",
    ])
