"""The socket engine's watcher on Qt's event loop: ``QSocketNotifier``, no thread."""

import logging
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

Callback = Callable[[], None]


class _Watch:
    """The notifier of one socket and one direction, and what it calls."""

    def __init__(
        self, owner: QObject, sock: socket.socket, kind: QSocketNotifier.Type, callback: Callback
    ) -> None:
        self.callback = callback
        self.notifier = QSocketNotifier(sock.fileno(), kind, owner)
        self.notifier.activated.connect(self._fire)

    def _fire(self, *_: object) -> None:
        try:
            self.callback()
        except Exception:  # a bug must not take the event loop down; it is logged
            log.exception("socket callback failed")

    def enable(self, callback: Callback) -> None:
        self.callback = callback
        self.notifier.setEnabled(True)

    def disable(self) -> None:
        self.notifier.setEnabled(False)

    def delete(self) -> None:
        self.notifier.setEnabled(False)
        self.notifier.activated.disconnect(self._fire)
        self.notifier.deleteLater()


class QtSocketWatcher(QObject):
    """Implements :class:`netexplorer.core.engine.Watcher` with ``QSocketNotifier``.

    Qt must never watch a closed descriptor, so the engine calls
    :meth:`unwatch` before closing a socket; :meth:`close` drops everything.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads: dict[socket.socket, _Watch] = {}
        self._writes: dict[socket.socket, _Watch] = {}
        self._timers: set[QTimer] = set()

    def _watch(
        self,
        table: dict[socket.socket, _Watch],
        sock: socket.socket,
        kind: QSocketNotifier.Type,
        callback: Callback,
    ) -> None:
        watch = table.get(sock)
        if watch is None:
            table[sock] = _Watch(self, sock, kind, callback)
        else:
            watch.enable(callback)

    def watch_read(self, sock: socket.socket, callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is readable."""
        self._watch(self._reads, sock, QSocketNotifier.Type.Read, callback)

    def watch_write(self, sock: socket.socket, callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is writable."""
        self._watch(self._writes, sock, QSocketNotifier.Type.Write, callback)

    def unwatch_read(self, sock: socket.socket) -> None:
        """Pause read callbacks for ``sock``."""
        if sock in self._reads:
            self._reads[sock].disable()

    def unwatch_write(self, sock: socket.socket) -> None:
        """Pause write callbacks for ``sock``."""
        if sock in self._writes:
            self._writes[sock].disable()

    def unwatch(self, sock: socket.socket) -> None:
        """Forget ``sock`` (before it is closed)."""
        for table in (self._reads, self._writes):
            watch = table.pop(sock, None)
            if watch is not None:
                watch.delete()

    def call_later(self, delay_s: float, callback: Callback) -> Callback:
        """Call ``callback`` once after ``delay_s`` seconds; return a cancel function."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        self._timers.add(timer)

        def cancel() -> None:
            if timer in self._timers:
                self._timers.discard(timer)
                timer.stop()
                timer.deleteLater()

        def fire() -> None:
            cancel()
            callback()

        timer.timeout.connect(fire)
        timer.start(max(0, round(delay_s * 1000)))
        return cancel

    @property
    def watched(self) -> int:
        """Return how many sockets have a notifier."""
        return len(self._reads.keys() | self._writes.keys())

    def close(self) -> None:
        """Delete every notifier and timer (the sockets are the engine's to close)."""
        for sock in list(self._reads.keys() | self._writes.keys()):
            self.unwatch(sock)
        for timer in list(self._timers):
            timer.stop()
            timer.deleteLater()
        self._timers.clear()
