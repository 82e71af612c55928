"""A TCP or UDP server on one non-blocking listening socket.

It binds beyond loopback only when asked to, judged from the address it is
given and again from ``getsockname()`` after ``bind()``.  The limits that
keep hostile peers from exhausting the program are in :mod:`.limits`; the
TCP side is in :mod:`.acceptor`, the UDP side in :mod:`.peers`.
"""

import logging
import socket
from dataclasses import replace
from typing import Any

from netexplorer.core import flags, platform
from netexplorer.core.engine import exposure, refusals
from netexplorer.core.engine.acceptor import Acceptor
from netexplorer.core.engine.endpoints import is_wildcard
from netexplorer.core.engine.events import (
    ConnectionInfo,
    Coordinates,
    EventSink,
    Kind,
    Sockaddr,
    Transport,
    call_text,
    coordinates,
)
from netexplorer.core.engine.guard import guarded
from netexplorer.core.engine.limits import IdleWatch, ServerOptions
from netexplorer.core.engine.peers import Peers
from netexplorer.core.engine.streams import Callback, Side, Stream, Watcher, close_quietly
from netexplorer.core.errors import explain
from netexplorer.core.results import AddrInfo, ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class Server(Side):
    """A TCP or UDP server on one listening socket.

    Connections are numbered from 1.  Events go to ``sink``; ``on_change``
    is called when connections or their counters change, and the
    connections that changed since the last call are returned by
    :meth:`take_changed`.  ``exposed_on`` names the interfaces other
    computers reach the server through (None while it is on loopback only).
    """

    def __init__(
        self,
        watcher: Watcher,
        sink: EventSink,
        options: ServerOptions | None = None,
        *,
        on_change: Callback | None = None,
    ) -> None:
        self.options = options or ServerOptions()
        super().__init__(
            watcher, sink, self.options.recv_size, self.options.output_limit, on_change
        )
        self.total_output_limit = self.options.total_output_limit
        self.sock: socket.socket | None = None
        self.transport = Transport.TCP
        self.listening: Coordinates | None = None
        self.exposed_on: tuple[str, ...] | None = None
        self.acceptor = Acceptor(self)
        self.peers = Peers(self)
        self.idle = IdleWatch(self.watcher, self._all_streams, self._expire)
        self._streams: dict[int, Stream] = {}
        self._changed: dict[int, Stream] = {}
        self._numbers = 0

    @property
    def running(self) -> bool:
        """Tell whether the server is bound."""
        return self.sock is not None

    @property
    def open_count(self) -> int:
        """Return how many connections (or UDP peers) are open."""
        return len(self._streams) + len(self.peers.by_address)

    @property
    def idle_timeout_s(self) -> float:
        """Return the idle timeout in force (0: none)."""
        return self.idle.timeout_s

    def next_number(self) -> int:
        """Return the number of the next connection or peer."""
        self._numbers += 1
        return self._numbers

    def add(self, stream: Stream) -> None:
        """Keep an accepted TCP connection."""
        self._streams[stream.number] = stream
        self.changed(stream)

    def set_options(self, **changes: Any) -> None:
        """Change greeting, echo or limits (applies to what happens next)."""
        self.options = replace(self.options, **changes)
        self.recv_size = self.options.recv_size
        self.output_limit = self.options.output_limit
        self.total_output_limit = self.options.total_output_limit

    @guarded(False)
    def start(self, info: AddrInfo, *, beyond_loopback: bool = False) -> bool:
        """Create, bind and (TCP) listen on ``info``; False after an error (see ``last_error``).

        Without ``beyond_loopback`` only a loopback address may be bound: the
        address given is checked before ``bind()``, the one bound after it.
        """
        self.clear_errors()
        self.stop()
        if self.internal_error is not None:  # stopping the previous run hit a bug
            return False
        self.transport = Transport.TCP if info.type == socket.SOCK_STREAM else Transport.UDP
        if not beyond_loopback and exposure.beyond_loopback(info.sockaddr):
            self._refuse(info.sockaddr, call_text("bind", info.sockaddr), bound=False)
            return False
        sock = self._open(info)
        if sock is None:
            return False
        bound = tuple(sock.getsockname())
        exposed = exposure.beyond_loopback(bound)
        if exposed and not beyond_loopback:
            sock.close()
            self._refuse(bound, "getsockname()", bound=True)
            return False
        self.sock = sock
        self.listening = coordinates(sock)
        self.exposed_on = exposure.exposed_interfaces(bound) if exposed else None
        log.debug("server bound to %r (%s)", bound, self.transport)
        self.emit(
            Kind.BOUND,
            call=call_text("bind", info.sockaddr)
            + ("; listen()" if self.transport is Transport.TCP else ""),
            local=self.listening.sockaddr,
            coordinates=self.listening,
        )
        options = self.options
        self.idle.start(options.exposed_idle_timeout_s if exposed else options.idle_timeout_s)
        if self.transport is Transport.TCP:
            self.watcher.watch_read(sock, self.acceptor.on_acceptable)
        else:
            self.peers.started(bound)
            self.watcher.watch_read(sock, self.peers.on_datagrams)
        self.notify()
        return True

    def _refuse(self, sockaddr: Sockaddr, call: str, *, bound: bool) -> None:
        interfaces = exposure.exposed_interfaces(sockaddr)
        log.info("not binding %r beyond loopback without the opt-in", sockaddr)
        self.fail(refusals.exposure_refused(sockaddr, interfaces, bound=bound), call=call)

    def _open(self, info: AddrInfo) -> socket.socket | None:
        """Return a bound (and for TCP listening) non-blocking socket, or None after an error."""
        created = (
            f"socket({flags.family_name(info.family)}, {flags.type_name(info.type)}, {info.proto})"
        )
        try:
            sock = socket.socket(info.family, info.type, info.proto)
        except OSError as exc:
            self.fail(explain(exc), call=created)
            return None
        try:
            sock.setblocking(False)
            self._prepare(sock, info)
            sock.bind(info.sockaddr)
            if self.transport is Transport.TCP:
                sock.listen(self.options.backlog)
        except OSError as exc:
            sock.close()
            self.fail(explain(exc), call=call_text("bind", info.sockaddr))
            return None
        return sock

    def _prepare(self, sock: socket.socket, info: AddrInfo) -> None:
        if self.transport is Transport.TCP and platform.reuse_address_for_listeners():
            # lets a restarted server bind while old connections sit in TIME_WAIT
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if (
            info.family == getattr(socket, "AF_INET6", None)
            and is_wildcard(str(info.sockaddr[0]))
            and socket.has_dualstack_ipv6()
        ):
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            self.emit(
                Kind.INFO,
                call="setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)",
                note=QT_TRANSLATE_NOOP(
                    CONTEXT, "dual stack: IPv4 clients appear as IPv4-mapped addresses (::ffff:…)"
                ),
            )

    @guarded(None)
    def stop(self) -> None:
        """Close the listening socket and every connection at once."""
        self._stop_timers()
        for stream in list(self._streams.values()):
            self.drop(stream, QT_TRANSLATE_NOOP(CONTEXT, "closed because the server stopped"))
        for stream in list(self.peers.by_address.values()):
            self.drop(stream, QT_TRANSLATE_NOOP(CONTEXT, "forgotten because the server stopped"))
        if self.sock is not None:
            self.watcher.unwatch(self.sock)
            self.sock.close()
            self.sock = None
            self.listening = None
            self.exposed_on = None
            log.debug("server stopped")
            self.emit(Kind.STOPPED, call="close()")
            self.notify()

    def _stop_timers(self) -> None:
        self.idle.stop()
        self.acceptor.stop()

    def abandon(self) -> None:
        """Close the listening socket and every connection without a word (after a bug)."""
        self._stop_timers()
        streams = self._all_streams()
        self._streams.clear()
        self.peers.by_address.clear()
        for stream in streams:
            if stream.sock is not None:
                close_quietly(self.watcher, stream.sock)
                stream.sock = None
            stream.out.clear()
            self._changed[stream.number] = stream  # shown closed at the next refresh
        if self.sock is not None:
            close_quietly(self.watcher, self.sock)
        self.sock = None
        self.listening = None
        self.exposed_on = None
        self.output_queued = 0
        self.output_capped = False

    def _all_streams(self) -> list[Stream]:
        return [*self._streams.values(), *self.peers.by_address.values()]

    def take_changed(self) -> tuple[ConnectionInfo, ...]:
        """Return the connections whose counters or state changed since the last call.

        The next change calls ``on_change`` again.
        """
        changed = tuple(self._info(stream) for stream in self._changed.values())
        self._changed.clear()
        self.changes_seen()
        return changed

    def connections(self) -> tuple[ConnectionInfo, ...]:
        """Return every open connection (or UDP peer)."""
        return tuple(self._info(s) for s in self._all_streams())

    def _info(self, stream: Stream) -> ConnectionInfo:
        if self.transport is Transport.TCP:
            is_open = stream.open
        else:
            is_open = self.peers.by_address.get(stream.peer) is stream
        return ConnectionInfo(
            stream.number,
            self.transport,
            stream.peer,
            stream.local,
            stream.received,
            stream.sent,
            is_open and self.sock is not None,
        )

    def changed(self, stream: Stream) -> None:
        """Remember that ``stream`` needs redisplay and tell the owner."""
        self._changed[stream.number] = stream
        self.notify()

    def _stream(self, number: int) -> Stream | None:
        stream = self._streams.get(number)
        if stream is not None:
            return stream
        return next((s for s in self.peers.by_address.values() if s.number == number), None)

    @guarded(False)
    def send(self, number: int, data: bytes) -> bool:
        """Send ``data`` to connection (or UDP peer) ``number``; False if it could not."""
        stream = self._stream(number)
        if stream is None:
            self.fail(
                ExplainedError(
                    name="NotConnected",
                    message=QT_TRANSLATE_NOOP(CONTEXT, "connection {} is closed"),
                    args=(str(number),),
                    explanation=QT_TRANSLATE_NOOP(CONTEXT, "Select an open connection first."),
                ),
                number,
            )
            return False
        if self.transport is Transport.UDP:
            return self.peers.sendto(stream, data)
        return stream.queue(data, hard_limit=True)

    @guarded(None)
    def close_connection(self, number: int) -> None:
        """Close connection ``number`` (for UDP: forget the peer)."""
        stream = self._stream(number)
        if stream is None:
            return
        if self.transport is Transport.UDP:
            self.drop(
                stream,
                QT_TRANSLATE_NOOP(
                    CONTEXT, "UDP has no connection to close: the server forgets this peer"
                ),
            )
        else:
            self.drop(stream, QT_TRANSLATE_NOOP(CONTEXT, "closed by the server"))

    def drop(self, stream: Stream, why: str, args: tuple[str, ...] = ()) -> None:
        """Close a connection (or forget a UDP peer) and report it."""
        tcp = self._streams.get(stream.number) is stream
        if not tcp and self.peers.by_address.get(stream.peer) is not stream:
            return
        stream.close()  # first: were it to fail, abandon() would still find and close it
        if tcp:
            del self._streams[stream.number]
        else:
            del self.peers.by_address[stream.peer]
        self.changed(stream)
        self.emit(Kind.CLOSED, stream.number, call="close()", peer=stream.peer, note=why, args=args)

    def _expire(self, stream: Stream) -> None:
        """Close a connection (forget a peer) that was silent for the idle timeout."""
        self.drop(
            stream,
            QT_TRANSLATE_NOOP(CONTEXT, "nothing received or sent for {} s: the idle timeout"),
            (f"{self.idle.timeout_s:g}",),
        )

    def on_data(self, stream: Stream, data: bytes) -> None:
        """Echo what a TCP client sent when asked to."""
        if self.options.echo:
            stream.queue(data, hard_limit=False)
