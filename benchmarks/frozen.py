"""How big is the frozen bundle, and how fast does it open a window? (Linux, Xvfb)

``python benchmarks/frozen.py [--runs 10] [--warm]`` after ``python3 tasks.py dist --onefile``.

* **size** — ``dist/netexplorer/`` on disk (allocated blocks and apparent
  bytes) and zipped the way ``tasks.py dist`` zips it.
* **start** — time from starting the process to its main window being mapped
  on a private Xvfb (xcb platform), for the onedir bundle, the onefile program
  and ``python -m netexplorer`` (this interpreter, source tree), median of
  ``--runs``. The window is detected by the X server's MapNotify event for a
  window whose ``_NET_WM_PID`` is the process (or its child, for onefile) — no
  hook in the application. Each window is then closed with WM_DELETE_WINDOW.

Cold starts: as root, the kernel's page cache is dropped before every run
(``/proc/sys/vm/drop_caches``), so files come from disk as after a reboot;
without the permission, or with ``--warm``, runs are warm (one discarded
warm-up run first). Targets: onedir ≤ 1.2 x source, onefile < 1.5 s,
onedir ≤ 110 MB on disk and ≤ 45 MB zipped.
"""

from __future__ import annotations

import argparse
import json
import os
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


def main() -> int:
    """Measure and print sizes and start-up times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warm", action="store_true", help="do not drop the page cache")
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
    disk, apparent = folder_sizes(args.onedir)
    zipped = zipped_size(args.onedir)
    print(f"onedir bundle {args.onedir.relative_to(REPO_ROOT)}:")
    print(
        f"  on disk   {disk / MB:7.1f} MB  (apparent {apparent / MB:.1f} MB)  target ≤ {TARGET_DISK_MB} MB"
    )
    print(f"  zipped    {zipped / MB:7.1f} MB  target ≤ {TARGET_ZIP_MB} MB")
    figures: dict[str, object] = {
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
    cold = not args.warm and can_drop_caches()
    kind = "cold (page cache dropped before each run)" if cold else "warm (page cache kept)"
    print(f"\nstart to window shown, {kind}, median of {args.runs} runs, Xvfb + xcb:")
    times = measure(variants, args.runs, cold)
    source = statistics.median(times["python -m netexplorer"])
    print(f"  {'variant':24} {'median':>8} {'min':>8} {'max':>8} {'x source':>9}")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:24} {median:7.3f}s {min(values):7.3f}s {max(values):7.3f}s {median / source:8.2f}x"
        )
        figures[f"start_{name}_s"] = median
    ratio = statistics.median(times["onedir"]) / source
    print(f"\n  onedir / source = {ratio:.2f} (target ≤ {TARGET_RATIO})")
    if "onefile" in times:
        onefile = statistics.median(times["onefile"])
        print(f"  onefile median  = {onefile:.3f} s (target < {TARGET_ONEFILE_S} s)")
    figures.update(runs=args.runs, cold=cold, python=sys.version.split()[0])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
