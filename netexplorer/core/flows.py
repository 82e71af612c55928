"""Messages in flight between this window's sockets, for the sequence diagram's arrows.

A send waits in its sender's queue (one per destination) until the
receiver's ``recv()`` takes its bytes: TCP bytes are matched in order, so a
``recv()`` that joins two sends gets both; a UDP ``recvfrom()`` takes one
datagram; a FIN is taken by the ``recv()`` that returned ``b''``.  Every queue
is bounded, and forgotten with its lifeline.

A ``connect()``ed UDP socket only accepts datagrams from its peer; one sent
from another address is dropped by the system, and the sender never knows.
:meth:`Flows.udp_drop` spots it when both sockets are in this window.
"""

import collections
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from netexplorer.core import sockaddrs

K = TypeVar("K")

#: ``route_source(destination, family)``: the local address the system sends from.
SourceFor = Callable[[str, int | None], str | None]

#: Messages remembered per destination, destinations per sender, handshakes, drops.
QUEUE_LIMIT = 256
DESTINATIONS = 4
HANDSHAKES = 32
DROPS = 32
#: Arrows drawn to one recv() at most (a recv() may join many small sends).
ARROWS_PER_RECV = 3


@dataclass(frozen=True)
class DroppedDatagram:
    """A datagram a ``connect()``ed UDP socket dropped: where it went, came from, and was accepted."""

    destination: tuple[Any, ...]
    source: tuple[str, int]
    expected: tuple[Any, ...]


@dataclass
class _Message(Generic[K]):
    kind: K
    seq: int
    remaining: int
    fin: bool


class Flows(Generic[K]):
    """Messages sent by this window's sockets and not yet received; handshakes; UDP drops."""

    def __init__(self, source_for: SourceFor) -> None:
        self.source_for = source_for
        self._queues: dict[int, dict[sockaddrs.Key, collections.deque[_Message[K]]]] = {}
        self._handshakes: collections.OrderedDict[sockaddrs.Key, tuple[int, int]] = (
            collections.OrderedDict()
        )
        self._drops: collections.deque[DroppedDatagram] = collections.deque(maxlen=DROPS)

    def post(
        self, sender: int, destination: sockaddrs.Key, seq: int, size: int, kind: K, *, fin: bool
    ) -> None:
        """Queue a message (``size`` bytes, or a FIN) from ``sender`` to ``destination``."""
        queues = self._queues.setdefault(sender, {})
        queue = queues.get(destination)
        if queue is None:
            if len(queues) >= DESTINATIONS:
                del queues[next(iter(queues))]
            queue = queues[destination] = collections.deque(maxlen=QUEUE_LIMIT)
        queue.append(_Message(kind, seq, size, fin))

    def take(
        self, sender: int, local: Sequence[Any], size: int, *, datagram: bool, fin: bool
    ) -> list[tuple[K, int]]:
        """Return (kind, seq) of the sends from ``sender`` that a receive at ``local`` read."""
        queue = self._queue(sender, local)
        if not queue:
            return []
        if datagram:
            message = queue.popleft()
            return [(message.kind, message.seq)]
        if fin:
            while queue:
                message = queue.popleft()
                if message.fin:
                    return [(message.kind, message.seq)]
            return []
        found: list[tuple[K, int]] = []
        while size > 0 and queue and not queue[0].fin:
            message = queue[0]
            used = min(size, message.remaining)
            message.remaining -= used
            size -= used
            if len(found) < ARROWS_PER_RECV:
                found.append((message.kind, message.seq))
            if message.remaining == 0:
                queue.popleft()
        return found

    def _queue(self, sender: int, local: Sequence[Any]) -> collections.deque[_Message[K]] | None:
        wanted = sockaddrs.key(local)
        for destination, queue in self._queues.get(sender, {}).items():
            if destination == wanted or sockaddrs.delivers(destination, local):
                return queue
        return None

    def forget(self, line: int) -> None:
        """Drop what a forgotten lifeline sent."""
        self._queues.pop(line, None)

    # Handshakes: accept() may be reported before the client's connect() finishes ------------

    def expect_handshake(self, peer: sockaddrs.Key, accept: tuple[int, int]) -> None:
        """Remember an accept() (its lifeline and seq) whose client may be this window's."""
        self._handshakes[peer] = accept
        while len(self._handshakes) > HANDSHAKES:
            self._handshakes.popitem(last=False)

    def handshake(self, local: sockaddrs.Key) -> tuple[int, int]:
        """Return lifeline and seq of the accept() that answered a client at ``local`` (0s: none)."""
        return self._handshakes.pop(local, (0, 0))

    # Connected UDP sockets -----------------------------------------------------------------

    def udp_drop(
        self,
        sender_local: Sequence[Any] | None,
        receiver_peer: Sequence[Any] | None,
        target: Sequence[Any],
    ) -> DroppedDatagram | None:
        """Tell whether a connect()ed UDP receiver drops this datagram, and remember it."""
        if sender_local is None or receiver_peer is None:
            return None
        source = sockaddrs.key(sender_local)
        if sockaddrs.is_wildcard(sender_local):
            chosen = self.source_for(str(target[0]), None)
            if chosen is None:
                return None
            source = sockaddrs.key((chosen, source[1]))
        if source == sockaddrs.key(receiver_peer):
            return None
        drop = DroppedDatagram(tuple(target), source, tuple(receiver_peer))
        self._drops.append(drop)
        return drop

    def take_drops(self) -> tuple[DroppedDatagram, ...]:
        """Return the drops seen since the last call."""
        drops = tuple(self._drops)
        self._drops.clear()
        return drops
