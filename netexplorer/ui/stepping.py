"""Driving a view as a user would and waiting for it, for ``--self-test`` steps."""

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QLineEdit

from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.text import error_text, internal_error_text
from netexplorer.ui.view import StepResult

STEP_TIMEOUT_MS = 15_000


def wait_for(signal: SignalInstance, timeout_ms: int) -> bool:
    """Run the event loop until ``signal`` fires; False on timeout."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done() -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    signal.disconnect(done)
    return bool(fired)


def wait_until(done: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until ``done()`` is true; False on timeout."""
    deadline = time.perf_counter() + timeout_ms / 1000
    loop = QEventLoop()
    while not done():
        if time.perf_counter() > deadline:
            return False
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return True


def lookup_step(name: str, tab: LookupTab, inputs: list[tuple[QLineEdit, str]]) -> StepResult:
    """Fill a view's inputs, press its Look up button and wait for the answer."""
    for line_edit, text in inputs:
        line_edit.setText(text)
    start = time.perf_counter()
    tab.lookup_button.click()
    finished = wait_for(tab.lookupFinished, STEP_TIMEOUT_MS) if tab.running else True
    elapsed = (time.perf_counter() - start) * 1000
    rows = tab.model.rowCount()
    ok = finished and tab.last_error is None and tab.internal_error is None and rows > 0
    if tab.internal_error is not None:
        detail = internal_error_text(tab.internal_error)
    elif tab.last_error is not None:
        detail = error_text(tab.last_error)
    else:
        detail = tab.status.text()
    return StepResult(name, ok, round(elapsed, 2), rows, detail)
