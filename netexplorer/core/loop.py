"""A small :mod:`selectors` event loop implementing the engine's watcher.

The user interface drives the engine with ``QSocketNotifier``; this loop lets
the core's tests and the command-line tools drive the very same engine
without Qt, on the calling thread.
"""

import heapq
import itertools
import selectors
import socket
import time
from collections.abc import Callable

Callback = Callable[[], None]


class SelectorWatcher:
    """Watches sockets with the platform's best selector; run it with :meth:`run_until`."""

    def __init__(self) -> None:
        self._selector = selectors.DefaultSelector()
        self._callbacks: dict[socket.socket, list[Callback | None]] = {}
        self._timers: list[tuple[float, int, Callback]] = []
        self._cancelled: set[int] = set()
        self._ids = itertools.count()

    def _update(self, sock: socket.socket, read: Callback | None, write: Callback | None) -> None:
        mask = (selectors.EVENT_READ if read else 0) | (selectors.EVENT_WRITE if write else 0)
        registered = sock in self._callbacks
        if not mask:
            if registered:
                self._selector.unregister(sock)
                del self._callbacks[sock]
            return
        self._callbacks[sock] = [read, write]
        if registered:
            self._selector.modify(sock, mask)
        else:
            self._selector.register(sock, mask)

    def _current(self, sock: socket.socket) -> list[Callback | None]:
        return self._callbacks.get(sock, [None, None])

    def watch_read(self, sock: socket.socket, callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is readable."""
        self._update(sock, callback, self._current(sock)[1])

    def watch_write(self, sock: socket.socket, callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is writable."""
        self._update(sock, self._current(sock)[0], callback)

    def unwatch_read(self, sock: socket.socket) -> None:
        """Stop read callbacks for ``sock``."""
        self._update(sock, None, self._current(sock)[1])

    def unwatch_write(self, sock: socket.socket) -> None:
        """Stop write callbacks for ``sock``."""
        self._update(sock, self._current(sock)[0], None)

    def unwatch(self, sock: socket.socket) -> None:
        """Forget ``sock`` (call before closing it)."""
        self._update(sock, None, None)

    def call_later(self, delay_s: float, callback: Callback) -> Callback:
        """Call ``callback`` after ``delay_s`` seconds; return a cancel function."""
        number = next(self._ids)
        heapq.heappush(self._timers, (time.monotonic() + delay_s, number, callback))
        return lambda: self._cancelled.add(number)

    @property
    def watched(self) -> int:
        """Return how many sockets are watched."""
        return len(self._callbacks)

    def run_once(self, timeout_s: float) -> None:
        """Wait at most ``timeout_s`` for sockets or timers and run what is due."""
        now = time.monotonic()
        if self._timers:
            timeout_s = max(0.0, min(timeout_s, self._timers[0][0] - now))
        if self._callbacks:
            ready = self._selector.select(timeout_s)
        else:
            time.sleep(timeout_s)  # nothing to watch: only timers can be due
            ready = []
        for key, events in ready:
            sock = key.fileobj
            for bit, slot in ((selectors.EVENT_READ, 0), (selectors.EVENT_WRITE, 1)):
                callbacks = self._callbacks.get(sock)  # type: ignore[call-overload]
                if events & bit and callbacks is not None and callbacks[slot] is not None:
                    callback = callbacks[slot]
                    assert callback is not None
                    callback()
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, number, callback = heapq.heappop(self._timers)
            if number in self._cancelled:
                self._cancelled.discard(number)
            else:
                callback()

    def run_until(self, done: Callable[[], bool], timeout_s: float) -> bool:
        """Run until ``done()`` is true (True) or ``timeout_s`` passes (False)."""
        deadline = time.monotonic() + timeout_s
        while not done():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.run_once(min(left, 0.05))
        return True

    def close(self) -> None:
        """Release the selector."""
        self._selector.close()
