"""How long saving and opening a 2,000-entry session take, and whether the history keeps up.

``python benchmarks/session.py [--entries 2000] [--repeat 5]``

* **save** — ``write_session`` (JSON text, a temporary file, fsync, rename) of a
  session of ``--entries`` history entries, each with its inputs, result rows
  and stored outcomes; the baseline is a bare ``json.dumps`` of the same data.
* **open** — ``session_read.read`` (parse and check every member); the
  baseline is a bare ``json.loads``.  Also timed: showing the opened session
  in the window's history.
* **arrive** — the main window (``QT_QPA_PLATFORM=offscreen`` unless set) with
  its history dock while ``--entries`` entries arrive through a view's
  ``actionRecorded`` signal, once in bursts of 50 every 10 ms and once all at
  once; a 5 ms ``QTimer`` heartbeat records the longest gap of the event loop.

Targets: save and open under 300 ms each, longest gap under 50 ms.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from netexplorer.core import session_read  # noqa: E402
from netexplorer.core.session import HistoryEntry, Session  # noqa: E402
from netexplorer.core.session_write import dumps, write_session  # noqa: E402
from tests import session_samples  # noqa: E402

TARGET_MS = 300.0
TARGET_GAP_MS = 50.0
HEARTBEAT_MS = 5


def big_session(count: int) -> Session:
    """Return the typical session with its entries repeated to ``count``, each its own call."""
    base = [entry for entry in session_samples.typical().history if not entry.todo]
    history = tuple(
        replace(base[n % len(base)], call=f"{base[n % len(base)].call}  # {n}")
        for n in range(count)
    )
    return replace(session_samples.typical(), history=history)


def best_ms(action: object, repeat: int) -> float:
    """Return the median time of ``action()`` in ms."""
    assert callable(action)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def file_figures(count: int, repeat: int) -> dict[str, float]:
    """Time saving and opening, with bare json.dumps / json.loads as the baseline."""
    session = big_session(count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.netexplorer.json"
        save = best_ms(lambda: write_session(path, session), repeat)
        data = path.read_bytes()
        document = json.loads(data)
        dump_base = best_ms(lambda: json.dumps(document, ensure_ascii=False), repeat)
        opened = best_ms(lambda: session_read.read(path), repeat)
        load_base = best_ms(lambda: json.loads(data), repeat)
        assert session_read.read(path) == session
    return {
        "entries": count,
        "bytes": len(dumps(session)),
        "save_ms": round(save, 1),
        "save_vs_json_dumps": round(save / dump_base, 2),
        "open_ms": round(opened, 1),
        "open_vs_json_loads": round(opened / load_base, 2),
    }


def arrival_figures(count: int) -> dict[str, float]:
    """Measure the event loop's longest gap while entries arrive in the history dock."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from netexplorer.ui import settings
    from netexplorer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("netexplorer-benchmark")
    data = tempfile.TemporaryDirectory()
    settings.set_data_dir(Path(data.name))
    window = MainWindow()
    window.show()
    page = window.views[0][1]
    model = window.sessions.model
    model.set_limit(max(count * 2, settings.MIN_HISTORY_LIMIT))
    entries = [
        HistoryEntry(**{**entry.__dict__, "time": session_samples.typical().saved})
        for entry in big_session(count).history
    ]
    figures: dict[str, float] = {}

    def run(label: str, burst: int, every_ms: int) -> None:
        model.replace((), 0)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        heart = QTimer()
        heart.setInterval(HEARTBEAT_MS)
        heart.timeout.connect(beat)
        heart.start()
        sent = [0]
        loop = QEventLoop()

        def send() -> None:
            for entry in entries[sent[0] : sent[0] + burst]:
                page.actionRecorded.emit(entry)
            sent[0] += burst
            if sent[0] >= count:
                sender.stop()
                QTimer.singleShot(100, loop.quit)

        sender = QTimer()
        sender.setInterval(every_ms)
        sender.timeout.connect(send)
        start = time.perf_counter()
        sender.start()
        loop.exec()
        heart.stop()
        assert model.rowCount() == count, model.rowCount()
        figures[f"{label}_longest_gap_ms"] = float(max(gaps))
        figures[f"{label}_total_ms"] = round((time.perf_counter() - start) * 1000, 1)

    run("bursts_of_50", 50, 10)
    run("all_at_once", count, 0)
    apply_ms = best_ms(lambda: window.sessions.apply(big_session(count), None), 3)
    figures["show_opened_session_ms"] = round(apply_ms, 1)
    window.sessions.forget_this_session()
    window.close()
    window.pool.shutdown(2000)
    settings.set_data_dir(None)
    data.cleanup()
    del app
    return figures


def main(argv: list[str]) -> int:
    """Print the figures (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    figures = {**file_figures(args.entries, args.repeat), **arrival_figures(args.entries)}
    for name, value in figures.items():
        print(f"{name:32} {value}")
    gaps = [v for k, v in figures.items() if k.endswith("longest_gap_ms")]
    print(
        f"targets: save {figures['save_ms']} ms and open {figures['open_ms']} ms "
        f"(< {TARGET_MS:.0f} ms); longest gap {max(gaps)} ms (< {TARGET_GAP_MS:.0f} ms)"
    )
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
