"""What the comparison grid costs, and whether the window stays responsive while it waits.

``python benchmarks/compare.py [--runs 30]``

It enters the DNS lab by itself (root and Linux namespaces needed; without them
only the first measurement is made), then, in one Qt application
(``QT_QPA_PLATFORM=offscreen`` unless set):

* **grid** — ``compareButton.click()`` until the grid is full, for 8 variants
  (the baseline and 7 single-bit ``AI_*`` flags toggled) of ``localhost``, a
  hosts-file name; against the same 8 ``socket.getaddrinfo`` calls made one after
  another.  Medians of ``--runs`` runs after 5 unmeasured ones.  Target: under
  50 ms added.
* **silent** — the same 8 variants of a name the lab's DNS server never answers,
  until every column reads ``timed out``; a 5 ms ``QTimer`` heartbeat records
  the longest gap of the event loop.  Target: under 50 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

VARIANTS = 8
TARGET_ADDED_MS = 50.0
TARGET_GAP_MS = 50.0
WARM_UP = 5
SILENT_DEADLINE_MS = 2000
HEARTBEAT_MS = 5


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="runs of each (default 30)")
    parser.add_argument("--no-lab", action="store_true", help="skip the silent-server part")
    return parser.parse_args(argv)


def enter_lab(argv: list[str]) -> int | None:
    """Re-run inside the lab with the server silent for one name; None if the lab is missing."""
    from tests.lab import namespace

    reason = namespace.unavailable_reason()
    if reason is not None:
        print(f"DNS lab unavailable ({reason}): the silent-server part is skipped")
        return None
    lab_args = ["--timeout", "5", "--rule", "silent.lab.test=silent", "--"]
    command = [sys.executable, str(Path(__file__).resolve()), *argv]
    return subprocess.call(
        namespace.launcher_argv([*lab_args, *command]), env=namespace.launcher_env()
    )


class Heartbeat:
    """Ticks every 5 ms on the GUI thread and remembers the longest gap between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def eight_variants(window: Any) -> list[int]:
    """Keep 8 columns (baseline and 7 toggles); return the flag values they use."""
    from netexplorer.core import flags, variants
    from netexplorer.ui.addrinfo_tab import AddrinfoTab

    page = window.view(AddrinfoTab)
    page.compare_panel.variant_list.entries = list(variants.default_entries()[: VARIANTS - 1])
    found = variants.flag_variants(flags.ZERO, page.compare_panel.variant_list.entries)
    return [variant.flags.value for variant in found if variant.flags is not None]


def click_to_full_grid(app: Any, window: Any, host: str) -> float:
    """Click compareButton and return the milliseconds until every column has its answer."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from netexplorer.ui.addrinfo_tab import AddrinfoTab

    page = window.view(AddrinfoTab)
    page.findChild(QLineEdit, "hostInput").setText(host)
    page.findChild(QLineEdit, "portInput").setText("80")
    loop = QEventLoop()
    page.compare_panel.finished.connect(loop.quit)
    start = time.perf_counter()
    page.findChild(QPushButton, "compareButton").click()
    loop.exec()
    elapsed = (time.perf_counter() - start) * 1000
    page.compare_panel.finished.disconnect(loop.quit)
    grid = page.compare_panel.grid
    assert grid is not None
    assert grid.complete
    assert len(grid.variants) == VARIANTS
    app.processEvents()
    return elapsed


def measure_grid(app: Any, window: Any, runs: int) -> tuple[float, float]:
    """Return the medians of click → full grid and of 8 sequential raw calls, in ms."""
    values = eight_variants(window)

    def raw() -> float:
        start = time.perf_counter()
        for value in values:
            with contextlib.suppress(OSError):  # AI_NUMERICHOST refuses the name, as in the grid
                socket.getaddrinfo("localhost", 80, 0, 0, 0, value)
        return (time.perf_counter() - start) * 1000

    for _ in range(WARM_UP):
        click_to_full_grid(app, window, "localhost")
        raw()
    grid = statistics.median(click_to_full_grid(app, window, "localhost") for _ in range(runs))
    direct = statistics.median(raw() for _ in range(runs))
    return grid, direct


def measure_silent(app: Any, window: Any) -> tuple[float, float, set[str]]:
    """Compare 8 variants of a name never answered: longest gap (ms), time (s), error cells."""
    from netexplorer.ui import settings
    from netexplorer.ui.addrinfo_tab import AddrinfoTab

    settings.set_lookup_deadline_ms(SILENT_DEADLINE_MS)
    eight_variants(window)
    beat = Heartbeat()
    app.processEvents()
    beat.start()
    start = time.perf_counter()
    click_to_full_grid(app, window, "silent.lab.test")
    elapsed = time.perf_counter() - start
    beat.stop()
    grid = window.view(AddrinfoTab).compare_panel.grid
    cells = {grid.error(column) for column in range(len(grid.variants))}
    return beat.longest * 1000, elapsed, cells


def main(argv: list[str] | None = None) -> int:
    raw_argv = sys.argv[1:] if argv is None else argv
    args = parse_args(raw_argv)
    from tests.lab import namespace

    if not namespace.inside() and not args.no_lab:
        code = enter_lab(raw_argv)
        if code is not None:
            return code
        args.no_lab = True
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from netexplorer.ui.main_window import MainWindow
    from netexplorer.ui.workers import ResolverPool

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="netexplorer-bench-") as folder:
        QCoreApplication.setOrganizationName("netexplorer-bench")
        QCoreApplication.setApplicationName("compare")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        pool = ResolverPool()
        window = MainWindow(pool)
        window.show()
        app.processEvents()
        grid, direct = measure_grid(app, window, args.runs)
        added = grid - direct
        met = added < TARGET_ADDED_MS
        print(f"platform: {os.environ['QT_QPA_PLATFORM']}, runs: {args.runs}, host: localhost")
        print(f"{VARIANTS} raw getaddrinfo calls, one after another  {direct:8.2f} ms")
        print(f"click → full grid of {VARIANTS} variants              {grid:8.2f} ms")
        verdict = "met" if met else "NOT met"
        print(f"added {added:.2f} ms (target under {TARGET_ADDED_MS:g} ms: {verdict})")
        if not args.no_lab:
            gap, seconds, cells = measure_silent(app, window)
            quiet = gap < TARGET_GAP_MS and cells == {"timed out"}
            met = met and quiet
            print(
                f"{VARIANTS} variants hanging on a silent DNS server: longest event-loop gap "
                f"{gap:.1f} ms, every column {', '.join(sorted(cells))} after {seconds:.2f} s "
                f"(target gap under {TARGET_GAP_MS:g} ms: {'met' if quiet else 'NOT met'})"
            )
        window.close()
        pool.shutdown(8000)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
