"""The server's options and the limits that keep hostile or merely enthusiastic peers in check.

At most ``max_connections`` connections (a client beyond them is told
:func:`turned_away_line` and closed) or UDP peers (the least recently heard
is forgotten for a new one); at most ``recv_size`` bytes per ``recv()``, and
nothing received is kept; at most ``output_limit`` bytes queued per
connection and ``total_output_limit`` for all of them; echo replies to each
UDP peer limited to ``echo_rate`` a second (:class:`TokenBucket`); and an
idle timeout (:class:`IdleWatch`), off on loopback by default, on beyond it.
"""

import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from netexplorer.core.engine.streams import RECV_SIZE, Callback, Stream, Watcher


@dataclass(frozen=True)
class ServerOptions:
    """How the server behaves; the user interface may change it while it runs.

    An idle timeout of 0 is off; ``exposed_idle_timeout_s`` applies instead
    of ``idle_timeout_s`` when the server is bound beyond loopback.
    """

    greeting: bytes | None = b"Server: Hello"
    echo: bool = False
    #: UDP: answer every datagram with these bytes (UDP has no accept() to greet on).
    reply: bytes | None = None
    max_connections: int = 100
    recv_size: int = RECV_SIZE
    output_limit: int = 1 << 20
    #: With a full log (about 10 MiB) this keeps the server within 32 MiB of growth.
    total_output_limit: int = 8 << 20
    backlog: int = min(socket.SOMAXCONN, 1024)
    idle_timeout_s: float = 0.0
    exposed_idle_timeout_s: float = 120.0
    echo_rate: float = 50.0
    echo_burst: int = 100


def turned_away_line(limit: int) -> bytes:
    """Return the line a client turned away by a full server receives before the close."""
    return b"server full: %d connections\n" % limit


class TokenBucket:
    """Allows ``rate`` actions a second on average, ``burst`` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = self.burst
        self.stamp = time.monotonic()

    def take(self) -> bool:
        """Spend one token if there is one."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True

    @property
    def full(self) -> bool:
        """Tell whether the bucket has refilled completely (as of the last :meth:`take`)."""
        return self.tokens >= self.burst - 1


class IdleWatch:
    """Expires streams that were silent for ``timeout_s``, checking a few times per timeout.

    One timer for the whole server, however many connections it has.
    """

    def __init__(
        self,
        watcher: Watcher,
        streams: Callable[[], Iterable[Stream]],
        expire: Callable[[Stream], None],
    ) -> None:
        self.watcher = watcher
        self.streams = streams
        self.expire = expire
        self.timeout_s = 0.0
        self._cancel: Callback | None = None

    def start(self, timeout_s: float) -> None:
        """Expire streams silent for ``timeout_s`` seconds from now on (0: never)."""
        self.stop()
        self.timeout_s = timeout_s
        if timeout_s > 0:
            self._schedule()

    def _schedule(self) -> None:
        interval = min(max(self.timeout_s / 4, 0.05), 5.0)
        self._cancel = self.watcher.call_later(interval, self._check)

    def _check(self) -> None:
        self._cancel = None
        oldest = time.monotonic() - self.timeout_s
        for stream in [s for s in self.streams() if s.last_active < oldest]:
            self.expire(stream)
        self._schedule()

    def stop(self) -> None:
        """Stop checking."""
        if self._cancel is not None:
            self._cancel()
            self._cancel = None
