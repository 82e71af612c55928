"""A bug in the engine becomes an internal error of its side, never an exception in the event loop.

An exception that escapes a socket callback or a call from the interface is
a bug in netexplorer, not a network problem: instead of unwinding through Qt
(a traceback on stderr, a half-closed endpoint), it goes to the side's
``internal_failure``, which logs it with its traceback, closes the side's
sockets and reports an :class:`~netexplorer.core.results.InternalError`.
"""

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    import socket

    from netexplorer.core.engine.streams import Watcher

Callback = Callable[[], None]
P = ParamSpec("P")
R = TypeVar("R")


class Recovers(Protocol):
    """What :func:`guarded` needs: somewhere to send the exception."""

    def internal_failure(self, exc: Exception) -> None:
        """Log and report a bug, and leave the side closed and consistent."""


S = TypeVar("S", bound=Recovers)


def guarded(
    default: R,
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Make a method hand an unexpected exception to ``internal_failure`` and return ``default``."""

    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        def call(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:  # a bug: reported, never raised into the interface
                self.internal_failure(exc)
                return default

        functools.update_wrapper(call, method)
        return call

    return decorate


class GuardedWatcher:
    """A watcher whose callbacks hand an unexpected exception to ``on_bug`` instead of raising."""

    def __init__(self, inner: "Watcher", on_bug: Callable[[Exception], None]) -> None:
        self.inner = inner
        self.on_bug = on_bug

    def _guard(self, callback: Callback) -> Callback:
        def run() -> None:
            try:
                callback()
            except Exception as exc:  # a bug: reported, never raised into the event loop
                self.on_bug(exc)

        return run

    def watch_read(self, sock: "socket.socket", callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is readable."""
        self.inner.watch_read(sock, self._guard(callback))

    def watch_write(self, sock: "socket.socket", callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is writable."""
        self.inner.watch_write(sock, self._guard(callback))

    def unwatch_read(self, sock: "socket.socket") -> None:
        """Stop read callbacks for ``sock``."""
        self.inner.unwatch_read(sock)

    def unwatch_write(self, sock: "socket.socket") -> None:
        """Stop write callbacks for ``sock``."""
        self.inner.unwatch_write(sock)

    def unwatch(self, sock: "socket.socket") -> None:
        """Forget ``sock`` entirely (before it is closed)."""
        self.inner.unwatch(sock)

    def call_later(self, delay_s: float, callback: Callback) -> Callback:
        """Call ``callback`` once after ``delay_s`` seconds; return a cancel function."""
        return self.inner.call_later(delay_s, self._guard(callback))
