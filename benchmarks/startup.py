"""How long from process start until netexplorer's main window is shown, against a bare window.

``python benchmarks/startup.py [--runs 10]``

Each run starts a fresh interpreter. The child imports PySide6, creates the
QApplication and then either calls ``netexplorer.app.main()`` (the real start-up
path) or builds a bare ``QMainWindow`` with a ``QTabWidget``. An event filter
catches the first Expose event of the window, i.e. the moment the platform says
the window is on screen, and prints ``time.monotonic()`` (a clock shared by
every process on the machine); the parent subtracts the moment just before it
started the child. The bare window then closes at once; netexplorer's closes
once it is complete (``setupFinished``: what the first paint did not need, the
history's contents and the session's commands, is built right after it), and
that moment is printed too, for information. Runs alternate between the
two kinds so that both see the same machine load. ``QT_QPA_PLATFORM=offscreen``
is used unless the variable is already set (``QT_QPA_PLATFORM=xcb xvfb-run -a``
measures windows on a real X server). Byte code is
cached (in the temporary folder) as it is on a user's machine, even where
PYTHONDONTWRITEBYTECODE is set; the first, unmeasured run of each kind fills it.

Target: netexplorer's median at most 1.5 times the bare window's.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    def close_all():
        for widget in app.topLevelWidgets():
            widget.close()

    def complete():
        print(f"complete {{time.monotonic():.6f}}", flush=True)
        QTimer.singleShot(0, close_all)

    class FirstExpose(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Expose and obj.isExposed() and not self.seen:
                self.seen = True
                print(f"shown {{time.monotonic():.6f}}", flush=True)
                windows = [w for w in app.topLevelWidgets() if hasattr(w, "setupFinished")]
                if windows:
                    windows[0].setupFinished.connect(complete)
                else:
                    QTimer.singleShot(0, close_all)
            return False

    app = QApplication(sys.argv[:1])
    spy = FirstExpose()
    spy.seen = False
    app.installEventFilter(spy)
    if "{kind}" == "netexplorer":
        from netexplorer import app as netexplorer_app
        sys.exit(netexplorer_app.main([]))
    window = QMainWindow()
    tabs = QTabWidget()
    for title in ("Host", "Reverse", "Protocol/Service", "getaddrinfo", "Client/Server"):
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1100, 760)
    window.show()
    sys.exit(app.exec())
    """
)


def one_run(kind: str, home: Path) -> tuple[float, float | None]:
    """Start one child; return the milliseconds until its window was shown and complete."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        # bytecode cached as on a user's machine (first run warms it), outside the tree
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home),  # the app saves its geometry: keep it out of the real profile
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PYTHONPATH": str(REPO_ROOT),
    }
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(kind=kind)],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=60,
        check=False,
    )
    moments = dict(line.split() for line in result.stdout.splitlines() if line[:1].isalpha())
    if result.returncode != 0 or "shown" not in moments:
        raise RuntimeError(f"{kind} run failed ({result.returncode}): {result.stderr[-2000:]}")
    complete = moments.get("complete")
    return (float(moments["shown"]) - start) * 1000, (
        None if complete is None else (float(complete) - start) * 1000
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each kind (default 10)")
    args = parser.parse_args()
    times: dict[str, list[float]] = {"bare": [], "netexplorer": []}
    complete: list[float] = []
    with tempfile.TemporaryDirectory(prefix="netexplorer-startup-") as folder:
        home = Path(folder)
        one_run("bare", home)  # warm the file cache for both kinds alike
        one_run("netexplorer", home)
        for _ in range(args.runs):
            for kind, values in times.items():
                shown, done = one_run(kind, home)
                values.append(shown)
                if done is not None:
                    complete.append(done)
    bare, app = (statistics.median(times[k]) for k in ("bare", "netexplorer"))
    ratio = app / bare
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, runs: {args.runs} each")
    for kind, values in times.items():
        print(
            f"{kind:>12}: median {statistics.median(values):7.1f} ms"
            f"  (min {min(values):.1f}, max {max(values):.1f})"
        )
    if complete:
        print(
            f"    complete: median {statistics.median(complete):7.1f} ms  (netexplorer's history "
            "and session commands, built right after the first paint)"
        )
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"       ratio: {ratio:.2f}x  ({verdict} the target of at most {TARGET_RATIO}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
