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

import netexplorer
from netexplorer.ui.main_window import MainWindow


def run(window: MainWindow) -> int:
    """Run every step, print the JSON report and return the exit code."""
    start = time.perf_counter()
    results = [spec.self_test(page) for spec, page in window.views if spec.self_test]
    report = {
        "netexplorer": netexplorer.__version__,
        "python": sys.version.split()[0],
        "platform": sys_platform.platform(),
        "ok": all(result.ok for result in results),
        "total_ms": round((time.perf_counter() - start) * 1000, 2),
        "steps": [asdict(result) for result in results],
    }
    sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0 if report["ok"] else 1
