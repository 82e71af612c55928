"""The UDP side of the server: datagrams, the peers they introduce, greetings and echoes.

UDP has no ``accept()``: the first datagram from an address introduces a
peer.  The table holds at most ``max_connections`` peers, and a new one
makes the server forget the least recently heard.  A datagram from the
server's own address is shown but never answered (answering it, the server
would talk to itself forever), and echo replies to each peer are
rate-limited, so two echo servers facing each other soon fall silent.
"""

import logging
import time
from typing import TYPE_CHECKING

from netexplorer.core.engine import exposure
from netexplorer.core.engine.events import Kind, Sockaddr, call_text, data_call, show_bytes
from netexplorer.core.engine.limits import TokenBucket
from netexplorer.core.engine.streams import BATCH, RECV_SIZE, Stream
from netexplorer.core.errors import explain
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from netexplorer.core.engine.server import Server

log = logging.getLogger(__name__)

RECVFROM = call_text("recvfrom", RECV_SIZE)


class Peer(Stream):
    """A UDP peer: a stream without a socket of its own, and its echo budget."""

    def __init__(self, server: "Server", number: int, address: Sockaddr, local: Sockaddr) -> None:
        super().__init__(server, number, None, address, local)
        options = server.options
        self.echo_budget = TokenBucket(options.echo_rate, options.echo_burst)
        self.echo_paused = False


class Peers:
    """The UDP peers a server has heard from, least recently heard first."""

    def __init__(self, server: "Server") -> None:
        self.server = server
        self.by_address: dict[Sockaddr, Peer] = {}
        #: This computer's addresses, for a server bound to every interface.
        self.local: frozenset[exposure.IPAddress] = frozenset()

    def started(self, bound: Sockaddr) -> None:
        """Learn the server's own addresses once it is bound."""
        address = exposure.host_address(bound)
        unspecified = address is not None and address.is_unspecified
        self.local = exposure.local_addresses() if unspecified else frozenset()

    def on_datagrams(self) -> None:
        """Receive a batch of datagrams (the listening socket's read callback)."""
        server = self.server
        sock = server.sock
        for _ in range(BATCH):
            if sock is None or sock is not server.sock:
                return
            try:
                data, address = sock.recvfrom(RECV_SIZE)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # Windows reports an earlier ICMP "port unreachable" here
                server.fail(explain(exc), call=RECVFROM)
                return
            self._datagram(tuple(address), data)

    def _datagram(self, address: Sockaddr, data: bytes) -> None:
        """Report a datagram, then answer it: events keep the order things happened in."""
        server = self.server
        known = self.by_address.pop(address, None)
        peer = known or self._new_peer(address, data)
        if peer is None:
            return
        self.by_address[address] = peer  # now the most recently heard
        peer.received += len(data)
        peer.last_active = time.monotonic()
        server.changed(peer)
        new_note = QT_TRANSLATE_NOOP(
            CONTEXT, "a new UDP peer: UDP has no accept(), the first datagram introduces it"
        )
        server.emit(
            Kind.RECEIVED,
            peer.number,
            call=RECVFROM,
            peer=address,
            local=None if known else peer.local,
            payload=show_bytes(data),
            note="" if known else new_note,
        )
        options = server.options
        if known is None and options.greeting:
            self.sendto(peer, options.greeting)
        if options.reply:
            self.echo(peer, options.reply)
        if options.echo:
            self.echo(peer, data)

    def _new_peer(self, address: Sockaddr, data: bytes) -> Peer | None:
        """Track a peer seen for the first time; None for the server itself."""
        server = self.server
        listening = server.listening.sockaddr if server.listening else ()
        if exposure.is_own_address(address, listening, self.local):
            server.emit(
                Kind.RECEIVED,
                call=RECVFROM,
                peer=address,
                payload=show_bytes(data),
                note=QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "from the server's own address: not answered, or the server would "
                    "answer itself forever",
                ),
            )
            return None
        if len(self.by_address) >= server.options.max_connections:
            self._forget_oldest()
        return Peer(server, server.next_number(), address, listening)

    def _forget_oldest(self) -> None:
        oldest = next(iter(self.by_address.values()))
        self.server.drop(
            oldest,
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "forgotten for a new peer: the least recently heard of {} peers (the limit)",
            ),
            (str(self.server.options.max_connections),),
        )

    def echo(self, peer: Peer, data: bytes) -> None:
        """Send ``data`` (an echo or the reply) to ``peer`` unless it used up its budget."""
        budget = peer.echo_budget
        if budget.take():
            peer.echo_paused = peer.echo_paused and not budget.full
            self.sendto(peer, data)
            return
        if peer.echo_paused:
            return
        peer.echo_paused = True
        log.debug("echo to UDP peer %r paused", peer.peer)
        self.server.emit(
            Kind.INFO,
            peer.number,
            peer=peer.peer,
            note=QT_TRANSLATE_NOOP(
                CONTEXT,
                "echo to this peer pauses: it sent more than {} datagrams a second "
                "(what it sends is still received and shown)",
            ),
            args=(f"{self.server.options.echo_rate:g}",),
        )

    def sendto(self, peer: Stream, data: bytes) -> bool:
        """Send one datagram to ``peer``; False if it could not be sent."""
        server = self.server
        sock = server.sock
        if sock is None:
            return False
        call = data_call("sendto", data, peer.peer)
        try:
            sent = sock.sendto(data, peer.peer)
        except OSError as exc:  # EMSGSIZE, or EAGAIN when the send buffer is full
            server.fail(explain(exc), peer.number, call=call, peer=peer.peer)
            return False
        peer.sent += sent
        peer.last_active = time.monotonic()
        server.changed(peer)
        server.emit(Kind.SENT, peer.number, call=call, peer=peer.peer, payload=show_bytes(data))
        return True
