"""Does the window stay responsive while DNS is slow? Measured inside the DNS lab.

``python benchmarks/responsiveness.py [--count 50] [--delay 3]``

It enters the lab by itself (root and Linux namespaces needed), with the lab
DNS server answering every query after ``--delay`` seconds. Then, in one Qt
application (``QT_QPA_PLATFORM=offscreen`` unless set):

* **workers** — ``--count`` getaddrinfo tabs share one resolver pool, as the
  app's tabs do; the Look up button of each is clicked at once, so all the
  lookups are in flight together.
* **blocking** — the same lookups made one after another with a plain call
  on the GUI thread, as an application without workers would.

For each, a 5 ms ``QTimer`` heartbeat records the longest gap of the event
loop, and the time until every answer is on screen (in its tab's table) is
taken. The target is a longest gap under 50 ms with the workers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))  # run as a script: make tests.lab importable

TARGET_GAP_MS = 50.0
HEARTBEAT_MS = 5


@dataclass(frozen=True)
class Figures:
    """What one run measured."""

    mode: str
    lookups: int
    answered: int
    failed: int
    longest_gap_ms: float
    all_answers_s: float
    heartbeats: int
    threads: int


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the benchmark's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50, help="lookups (default %(default)s)")
    parser.add_argument(
        "--delay", type=float, default=3.0, help="DNS answer delay, s (default %(default)s)"
    )
    parser.add_argument(
        "--threads", type=int, default=0, help="resolver pool size (default: the app's)"
    )
    parser.add_argument(
        "--skip-blocking", action="store_true", help="measure the worker design only"
    )
    parser.add_argument(
        "--app-deadline",
        action="store_true",
        help="keep the app's lookup deadline (by default it is raised so queued lookups can wait)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    return parser.parse_args(argv)


def enter_lab(argv: list[str], delay: float) -> int:
    """Re-run this script inside the lab with the server delaying every answer."""
    from tests.lab import namespace

    reason = namespace.unavailable_reason()
    if reason is not None:
        print(f"responsiveness: {reason}", file=sys.stderr)
        return 2
    resolver_timeout = int(delay) + 5  # glibc must outwait the slow server
    lab_args = ["--timeout", str(resolver_timeout), "--rule", f"delay:{delay}", "--"]
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
        self.ticks = 0

    def start(self) -> None:
        """Start ticking from now."""
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.timer.start()

    def stop(self) -> None:
        """Stop, counting the gap up to now."""
        self._tick()
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1


def make_tabs(count: int, prefix: str, pool: Any) -> list[Any]:
    """Return ``count`` getaddrinfo tabs, each set to look up its own lab name."""
    from netexplorer.ui.addrinfo_tab import AddrinfoTab

    tabs = []
    for number in range(count):
        tab = AddrinfoTab(pool)
        tab.host_input.setText(f"{prefix}{number}.any.lab.test")
        tab.port_input.setText("80")
        tabs.append(tab)
    return tabs


def answered(tab: Any) -> bool:
    """Tell whether ``tab`` shows the lab's wildcard address and no error."""
    from tests.lab import zone

    return tab.last_error is None and any(
        zone.WILDCARD_A in str(tab.model.data(tab.model.index(row, 4)))
        for row in range(tab.model.rowCount())
    )


def run_workers(app: Any, count: int, threads: int) -> Figures:
    """Click Look up on every tab at once; wait until every tab has finished."""
    from PySide6.QtCore import QEventLoop, QTimer

    from netexplorer.ui.workers import DEFAULT_MAX_THREADS, ResolverPool

    pool = ResolverPool(threads or DEFAULT_MAX_THREADS)
    tabs = make_tabs(count, "w", pool)
    loop = QEventLoop()
    finished: list[float] = []

    def on_finished() -> None:
        finished.append(time.perf_counter())
        if len(finished) == count:
            loop.quit()

    for tab in tabs:
        tab.lookupFinished.connect(on_finished)
    beat = Heartbeat()
    app.processEvents()
    beat.start()
    start = time.perf_counter()
    for tab in tabs:
        tab.lookup_button.click()
    QTimer.singleShot(int((count * 2 + 60) * 1000), loop.quit)  # never hang the benchmark
    loop.exec()
    beat.stop()
    ok = sum(answered(tab) for tab in tabs)
    figures = Figures(
        mode="workers",
        lookups=count,
        answered=ok,
        failed=count - ok,
        longest_gap_ms=beat.longest * 1000,
        all_answers_s=(max(finished) if finished else time.perf_counter()) - start,
        heartbeats=beat.ticks,
        threads=pool.thread_count,
    )
    pool.shutdown(5000)
    for tab in tabs:
        tab.deleteLater()
    return figures


def run_blocking(app: Any, count: int) -> Figures:
    """Make the same lookups one by one with a plain blocking call on the GUI thread."""
    from PySide6.QtCore import QEventLoop, QTimer

    from netexplorer.core.lookups import run_all
    from netexplorer.ui.workers import ResolverPool

    pool = ResolverPool(1)  # the tabs need one; it is never used here
    tabs = make_tabs(count, "b", pool)
    loop = QEventLoop()
    done: list[float] = []

    def next_lookup() -> None:
        tab = tabs[len(done)]
        outcomes = run_all(tab.plan())  # blocks the event loop for the whole lookup
        tab._on_returned(outcomes)  # show it exactly as the worker path does
        done.append(time.perf_counter())
        if len(done) == count:
            loop.quit()
        else:
            QTimer.singleShot(0, next_lookup)

    beat = Heartbeat()
    app.processEvents()
    beat.start()
    start = time.perf_counter()
    QTimer.singleShot(0, next_lookup)
    loop.exec()
    beat.stop()
    ok = sum(answered(tab) for tab in tabs)
    pool.shutdown(1000)
    for tab in tabs:
        tab.deleteLater()
    return Figures(
        mode="blocking",
        lookups=count,
        answered=ok,
        failed=count - ok,
        longest_gap_ms=beat.longest * 1000,
        all_answers_s=done[-1] - start,
        heartbeats=beat.ticks,
        threads=0,
    )


def report(results: list[Figures], delay: float, as_json: bool) -> bool:
    """Print the figures side by side; return whether the target was met."""
    print(f"{results[0].lookups} getaddrinfo lookups, lab DNS server answering after {delay:g} s")
    print(f"{'design':<10} {'longest gap':>14} {'all answers':>12} {'answered':>9} {'threads':>8}")
    for fig in results:
        print(
            f"{fig.mode:<10} {fig.longest_gap_ms:>11.1f} ms {fig.all_answers_s:>10.2f} s "
            f"{fig.answered:>5}/{fig.lookups:<3} {fig.threads:>8}"
        )
    workers = results[0]
    if len(results) > 1:
        blocking = results[1]
        ratio = blocking.longest_gap_ms / max(workers.longest_gap_ms, 1e-9)
        speed = blocking.all_answers_s / max(workers.all_answers_s, 1e-9)
        print(f"longest gap: blocking / workers = {ratio:.0f}x")
        print(f"time to all answers: blocking / workers = {speed:.1f}x")
    met = workers.longest_gap_ms < TARGET_GAP_MS and workers.failed == 0
    verdict = "met" if met else "NOT met"
    print(f"target: longest gap under {TARGET_GAP_MS:.0f} ms with every answer shown: {verdict}")
    if as_json:
        print(json.dumps([asdict(fig) for fig in results]))
    return met


def main(argv: list[str] | None = None) -> int:
    """Enter the lab if needed, then measure both designs and print the figures."""
    raw = sys.argv[1:] if argv is None else argv
    args = parse_args(raw)
    from tests.lab import namespace

    if not namespace.inside():
        return enter_lab(raw, args.delay)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netexplorer.ui import settings

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("netexplorer-benchmark")
    app.setApplicationName("responsiveness")
    with tempfile.TemporaryDirectory(prefix="netexplorer-bench-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        if not args.app_deadline:
            # Every queued lookup must be allowed to wait for its turn on the pool.
            settings.set_lookup_deadline_ms(int((args.count * args.delay + 30) * 1000))
        results = [run_workers(app, args.count, args.threads)]
        if not args.skip_blocking:
            results.append(run_blocking(app, args.count))
    return 0 if report(results, args.delay, args.json) else 1


if __name__ == "__main__":
    sys.exit(main())
