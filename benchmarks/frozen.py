"""How big is the frozen bundle, and how fast does it open a window? (Linux, Xvfb)

``python benchmarks/frozen.py [--runs 10]`` after ``python3 tasks.py dist --onefile``.

* **size** — ``dist/netexplorer/`` on disk (allocated blocks and apparent
  bytes) and zipped the way ``tasks.py dist`` zips it.
* **start** — time from starting the process to its main window being mapped
  on a private Xvfb (xcb platform), for ``python -m netexplorer`` (this
  interpreter, source tree), the onedir bundle and the onefile program, median
  of ``--runs``. The window is detected by the X server's MapNotify event for a
  window whose ``_NET_WM_PID`` is the process (or its child, for onefile) — no
  hook in the application. Each window is then closed with WM_DELETE_WINDOW.

Two series: **cold**, the kernel's page cache dropped before every run
(``/proc/sys/vm/drop_caches``, needs root), so files come from disk as after
a reboot; and **warm**, one discarded warm-up run first, then files come from
memory. Without the permission to drop the cache only warm starts are
measured, and the output says so. The machine is printed with the figures.
Targets: onedir ≤ 1.2 x source (warm), onefile < 1.5 s (warm), onedir ≤ 110 MB
on disk and ≤ 45 MB zipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))  # run as a script: make tasks and tests importable

from tasks import zip_folder  # noqa: E402
from tests.packaging import x11win  # noqa: E402 - X11 helpers shared with .ci/frozen-smoke

MB = 1_000_000
TARGET_DISK_MB = 110
TARGET_ZIP_MB = 45
TARGET_ONEFILE_S = 1.5
TARGET_RATIO = 1.2
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def folder_sizes(folder: Path) -> tuple[int, int]:
    """Return (bytes allocated on disk, apparent bytes) of a tree, symlinks not followed."""
    disk = apparent = 0
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            info = (Path(directory) / name).lstat()
            disk += info.st_blocks * 512
            apparent += info.st_size
    return disk, apparent


def zipped_size(folder: Path) -> int:
    """Zip ``folder`` like ``tasks.py dist`` does and return the archive's size."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.zip"
        zip_folder(folder, archive)
        return archive.stat().st_size


def can_drop_caches() -> bool:
    """Return whether this process may drop the page cache (root on Linux)."""
    return DROP_CACHES.exists() and os.access(DROP_CACHES, os.W_OK)


def drop_caches() -> None:
    """Write dirty pages out, then drop the page cache."""
    os.sync()
    DROP_CACHES.write_text("3\n")


def time_to_window(
    command: list[str], display: str, x: x11win.Display, env: dict[str, str], cold: bool
) -> float:
    """Start ``command``, return seconds until its window is mapped, then close it."""
    if cold:
        drop_caches()
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        window = x.wait_for_window(proc.pid, timeout=60)
        elapsed = time.perf_counter() - start
        x.request_close(window)
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if code != 0:
        raise RuntimeError(f"{command[0]} exited with status {code} after closing")
    return elapsed


def measure(variants: dict[str, list[str]], runs: int, cold: bool) -> dict[str, list[float]]:
    """Time every variant ``runs`` times, interleaved so drift hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    with tempfile.TemporaryDirectory() as home, x11win.xvfb() as display:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_")) and key != "WAYLAND_DISPLAY"
        }
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, XDG_CONFIG_HOME=home)
        with x11win.Display(display) as x:
            if not cold:
                for command in variants.values():  # warm-up, not counted
                    time_to_window(command, display, x, env, cold=False)
            for _ in range(runs):
                for name, command in variants.items():
                    times[name].append(time_to_window(command, display, x, env, cold))
    return times


def machine() -> str:
    """Describe this computer: processor, cores, memory, system."""
    cpu = "unknown processor"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = 0.0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory = int(line.split()[1]) / 1024**2
    system = platform.system()
    release = Path("/etc/os-release")
    if release.is_file():
        for line in release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip('"')
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, {system}, "
        f"Linux {platform.release()}, Python {platform.python_version()}"
    )


def report(kind: str, times: dict[str, list[float]], figures: dict[str, object]) -> None:
    """Print one series' table and add its medians to ``figures``."""
    source = statistics.median(times["python -m netexplorer"])
    print(f"  {'variant':24} {'median':>8} {'min':>8} {'max':>8} {'x source':>9}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:24} {median:7.3f}s {min(values):7.3f}s {max(values):7.3f}s {median / source:8.2f}x"
        )
        figures[f"start_{kind}_{name}_s"] = median


def main() -> int:
    """Measure and print sizes and cold and warm start-up times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--onedir", type=Path, default=REPO_ROOT / "dist" / "netexplorer")
    parser.add_argument(
        "--onefile", type=Path, default=REPO_ROOT / "dist" / "onefile" / "netexplorer"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    onedir_program = args.onedir / "netexplorer"
    if not onedir_program.is_file():
        print(f"{onedir_program} not found: run python3 tasks.py dist --onefile first")
        return 1
    print(f"machine: {machine()}")
    disk, apparent = folder_sizes(args.onedir)
    zipped = zipped_size(args.onedir)
    print(f"onedir bundle {args.onedir.relative_to(REPO_ROOT)}:")
    print(
        f"  on disk   {disk / MB:7.1f} MB  (apparent {apparent / MB:.1f} MB)  target ≤ {TARGET_DISK_MB} MB"
    )
    print(f"  zipped    {zipped / MB:7.1f} MB  target ≤ {TARGET_ZIP_MB} MB")
    figures: dict[str, object] = {
        "machine": machine(),
        "disk_mb": disk / MB,
        "apparent_mb": apparent / MB,
        "zip_mb": zipped / MB,
    }
    if args.onefile.is_file():
        onefile_mb = args.onefile.stat().st_size / MB
        print(f"onefile program: {onefile_mb:.1f} MB")
        figures["onefile_mb"] = onefile_mb

    variants = {
        "python -m netexplorer": [sys.executable, "-m", "netexplorer"],
        "onedir": [str(onedir_program)],
    }
    if args.onefile.is_file():
        variants["onefile"] = [str(args.onefile)]
    series = {"cold": True, "warm": False}
    if not can_drop_caches():
        print(f"\ncold starts not measured: {DROP_CACHES} is not writable (needs root)")
        del series["cold"]
    warm: dict[str, list[float]] = {}
    for kind, cold in series.items():
        how = "page cache dropped before each run" if cold else "after a warm-up run"
        print(f"\nstart to window shown, {kind} ({how}), median of {args.runs}, Xvfb + xcb:")
        times = measure(variants, args.runs, cold)
        report(kind, times, figures)
        if not cold:
            warm = times
    ratio = statistics.median(warm["onedir"]) / statistics.median(warm["python -m netexplorer"])
    print(f"\n  warm onedir / source = {ratio:.2f} (target ≤ {TARGET_RATIO})")
    if "onefile" in warm:
        onefile = statistics.median(warm["onefile"])
        print(f"  warm onefile median  = {onefile:.3f} s (target < {TARGET_ONEFILE_S} s)")
    figures.update(runs=args.runs, cold=can_drop_caches(), python=sys.version.split()[0])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
