"""Waiting for a view driven as a user would drive it, for ``--self-test`` steps."""

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance

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
