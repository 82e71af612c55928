"""Ctrl+C and SIGTERM close the window the normal way, even while Qt is idle.

Python runs a signal handler only when the interpreter gets control, which
never happens while Qt's event loop waits in C; the pending
``KeyboardInterrupt`` then surfaced in whatever slot ran next (inside a socket
callback it crashed the process).  Here the C-level handler writes the signal
number into a socket pair (``signal.set_wakeup_fd``), a ``QSocketNotifier``
wakes the event loop, and the slot asks the window to close: servers are
stopped and sockets closed as when the user closes it.
"""

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Slot

log = logging.getLogger(__name__)

#: The signals that end netexplorer gracefully (SIGTERM exists on every platform's Python).
HANDLED = (signal.SIGINT, signal.SIGTERM)


def _ignore(signum: int, frame: FrameType | None) -> None:
    """Do nothing in Python: the wake-up byte carries the signal to the event loop."""
    del signum, frame


class SignalWaker(QObject):
    """Calls ``on_signal(signum)`` on the GUI thread for each SIGINT or SIGTERM received."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {signum: signal.signal(signum, _ignore) for signum in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    @Slot()
    def _wake(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        for signum in received:
            log.info("received signal %d: closing", signum)
            self._on_signal(signum)

    def close(self) -> None:
        """Give the signals back to their previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._reader.close()
        self._writer.close()
