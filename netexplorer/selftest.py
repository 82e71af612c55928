"""``netexplorer --self-test``: the GUI's own code paths, checked without a person.

Every view of the registry that declares a self-test step is driven through
its widgets, as a user would; each step waits for the worker's answer and
records whether it succeeded.  The result is printed as one JSON object; the
exit code is 0 only if every step passed.
"""

import json
import platform as sys_platform
import sys
import time
from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

import netexplorer
from netexplorer import preflight
from netexplorer.ui.i18n import strip_isolates
from netexplorer.ui.main_window import MainWindow


def run(window: MainWindow, output: str | None = None) -> int:
    """Run every step, write the JSON report and return the exit code.

    The report goes to the file ``output`` if given (a windowed Windows program
    has no standard output to redirect), else to standard output. It fails
    when Qt found no font family: the window would show empty boxes.
    """
    start = time.perf_counter()
    results = [spec.self_test(page) for spec, page in window.views if spec.self_test]
    fonts = len(preflight.font_families())
    report = {
        "netexplorer": netexplorer.__version__,
        "python": sys.version.split()[0],
        "platform": sys_platform.platform(),
        "qt_platform": QGuiApplication.platformName(),
        "fonts": fonts,
        "language": QLocale().name().split("_")[0],
        "layout_direction": (
            "RightToLeft"
            if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else "LeftToRight"
        ),
        "tab_titles": [
            strip_isolates(window.tabs.tabText(index)) for index in range(window.tabs.count())
        ],
        "ok": fonts > 0 and all(result.ok for result in results),
        "total_ms": round((time.perf_counter() - start) * 1000, 2),
        "steps": [asdict(result) for result in results],
    }
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(output).write_text(text, encoding="utf-8")
    return 0 if report["ok"] else 1
