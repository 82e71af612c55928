"""A TCP or UDP server on one non-blocking listening socket.

Limits keep a hostile or merely enthusiastic peer from exhausting the
program: a maximum number of connections (extra ones are accepted and closed
at once), at most ``recv_size`` bytes per ``recv()`` and nothing received is
kept (only counted and shown truncated), a bounded output buffer per
connection (when an echo backlog fills it the server stops reading from that
client, so TCP flow control slows the client down), and a pause in accepting
when the system runs out of file descriptors.
"""

import errno
import logging
import socket
from dataclasses import dataclass, replace
from typing import Any

from netexplorer.core import flags, platform
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
    data_call,
    show_bytes,
)
from netexplorer.core.engine.streams import BATCH, RECV_SIZE, Callback, Side, Stream, Watcher
from netexplorer.core.errors import explain
from netexplorer.core.results import AddrInfo, ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: How long accepting pauses when the system is out of file descriptors.
ACCEPT_PAUSE_S = 0.2


@dataclass(frozen=True)
class ServerOptions:
    """How the server behaves; the user interface may change it while it runs."""

    greeting: bytes | None = b"Server: Hello"
    echo: bool = False
    #: UDP: answer every datagram with these bytes (UDP has no accept() to greet on).
    reply: bytes | None = None
    max_connections: int = 100
    recv_size: int = RECV_SIZE
    output_limit: int = 1 << 20
    backlog: int = min(socket.SOMAXCONN, 1024)


def _peername(sock: socket.socket, fallback: Sockaddr) -> Sockaddr:
    try:
        return tuple(sock.getpeername())
    except OSError:  # already reset by the peer
        return fallback


class Server(Side):
    """A TCP or UDP server on one listening socket.

    Connections are numbered from 1.  Events go to ``sink``; ``on_change``
    is called when connections or their counters change, and the
    connections that changed since the last call are returned by
    :meth:`take_changed`.
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
        self.sock: socket.socket | None = None
        self.transport = Transport.TCP
        self.listening: Coordinates | None = None
        self._streams: dict[int, Stream] = {}
        self._peers: dict[Sockaddr, Stream] = {}  # UDP peers: streams without a socket
        self._changed: dict[int, Stream] = {}
        self._numbers = 0
        self._resume: Callback | None = None

    @property
    def running(self) -> bool:
        """Tell whether the server is bound."""
        return self.sock is not None

    @property
    def open_count(self) -> int:
        """Return how many connections (or UDP peers) are open."""
        return len(self._streams) + len(self._peers)

    def set_options(self, **changes: Any) -> None:
        """Change greeting, echo or limits (applies to what happens next)."""
        self.options = replace(self.options, **changes)
        self.recv_size = self.options.recv_size
        self.output_limit = self.options.output_limit

    def start(self, info: AddrInfo) -> bool:
        """Create, bind and (TCP) listen on ``info``; False after an error (see ``last_error``)."""
        self.stop()
        self.last_error = None
        self.transport = Transport.TCP if info.type == socket.SOCK_STREAM else Transport.UDP
        sock = self._open(info)
        if sock is None:
            return False
        self.sock = sock
        self.listening = coordinates(sock)
        log.debug("server bound to %r (%s)", self.listening.sockaddr, self.transport)
        self.emit(
            Kind.BOUND,
            call=call_text("bind", info.sockaddr)
            + ("; listen()" if self.transport is Transport.TCP else ""),
            local=self.listening.sockaddr,
            coordinates=self.listening,
        )
        reader = self._on_acceptable if self.transport is Transport.TCP else self._on_datagrams
        self.watcher.watch_read(sock, reader)
        self.notify()
        return True

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

    def stop(self) -> None:
        """Close the listening socket and every connection at once."""
        if self._resume is not None:
            self._resume()
            self._resume = None
        for stream in list(self._streams.values()):
            self.drop(stream, QT_TRANSLATE_NOOP(CONTEXT, "closed because the server stopped"))
        for stream in list(self._peers.values()):
            self.drop(stream, QT_TRANSLATE_NOOP(CONTEXT, "forgotten because the server stopped"))
        if self.sock is not None:
            self.watcher.unwatch(self.sock)
            self.sock.close()
            self.sock = None
            self.listening = None
            log.debug("server stopped")
            self.emit(Kind.STOPPED, call="close()")
            self.notify()

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
        return tuple(self._info(s) for s in (*self._streams.values(), *self._peers.values()))

    def _info(self, stream: Stream) -> ConnectionInfo:
        is_open = stream.open if self.transport is Transport.TCP else stream.peer in self._peers
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
        return next((s for s in self._peers.values() if s.number == number), None)

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
            return self._sendto(stream, data)
        return stream.queue(data, hard_limit=True)

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

    def drop(self, stream: Stream, why: str) -> None:
        """Close a connection (or forget a UDP peer) and report it."""
        if self._streams.pop(stream.number, None) is None and (
            self._peers.pop(stream.peer, None) is None
        ):
            return
        stream.close()
        self.changed(stream)
        self.emit(Kind.CLOSED, stream.number, call="close()", peer=stream.peer, note=why)

    def on_data(self, stream: Stream, data: bytes) -> None:
        """Echo what a client sent when asked to."""
        if self.options.echo:
            if self.transport is Transport.UDP:
                self._sendto(stream, data)
            else:
                stream.queue(data, hard_limit=False)

    # TCP -------------------------------------------------------------------

    def _on_acceptable(self) -> None:
        listener = self.sock
        if listener is None:
            return
        for _ in range(BATCH):
            try:
                conn, address = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self.fail(explain(exc), call="accept()")
                if exc.errno not in (errno.ECONNABORTED, errno.EPROTO):
                    self._pause_accepting(listener)  # e.g. EMFILE: out of descriptors
                return
            self._accepted(conn, tuple(address))

    def _pause_accepting(self, listener: socket.socket) -> None:
        log.warning("accept() failed: accepting pauses for %g s", ACCEPT_PAUSE_S)
        self.watcher.unwatch_read(listener)

        def resume() -> None:
            self._resume = None
            if self.sock is listener:
                self.watcher.watch_read(listener, self._on_acceptable)

        self._resume = self.watcher.call_later(ACCEPT_PAUSE_S, resume)

    def _accepted(self, conn: socket.socket, address: Sockaddr) -> None:
        if self.open_count >= self.options.max_connections:
            conn.close()
            self.emit(
                Kind.REJECTED,
                call="accept(); close()",
                peer=address,
                note=QT_TRANSLATE_NOOP(
                    CONTEXT, "limit of {} connections reached: accepted and closed at once"
                ),
                args=(str(self.options.max_connections),),
            )
            return
        conn.setblocking(False)
        self._numbers += 1
        try:
            local = tuple(conn.getsockname())
        except OSError:
            local = self.listening.sockaddr if self.listening else ()
        stream = Stream(self, self._numbers, conn, _peername(conn, address), local)
        self._streams[stream.number] = stream
        self.changed(stream)
        self.emit(
            Kind.ACCEPTED, stream.number, call="accept()", peer=stream.peer, local=stream.local
        )
        stream.start_reading()
        if self.options.greeting:
            stream.queue(self.options.greeting, hard_limit=False)

    # UDP -------------------------------------------------------------------

    def _on_datagrams(self) -> None:
        sock = self.sock
        for _ in range(BATCH):
            if sock is None or sock is not self.sock:
                return
            try:
                data, address = sock.recvfrom(RECV_SIZE)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # Windows reports an earlier ICMP "port unreachable" here
                self.fail(explain(exc), call=call_text("recvfrom", RECV_SIZE))
                return
            self._datagram(sock, data, tuple(address))

    def _datagram(self, sock: socket.socket, data: bytes, address: Sockaddr) -> None:
        """Report a datagram, then answer it: events keep the order things happened in."""
        call = call_text("recvfrom", RECV_SIZE)
        stream = self._peers.get(address)
        new = stream is None
        if stream is None:
            stream = self._new_peer(sock, address)
        if stream is None:
            self.emit(
                Kind.RECEIVED,
                call=call,
                peer=address,
                payload=show_bytes(data),
                note=QT_TRANSLATE_NOOP(CONTEXT, "limit of {} peers reached: not tracked"),
                args=(str(self.options.max_connections),),
            )
            return
        stream.received += len(data)
        self.changed(stream)
        self.emit(
            Kind.RECEIVED,
            stream.number,
            call=call,
            peer=address,
            local=stream.local if new else None,
            payload=show_bytes(data),
            note=QT_TRANSLATE_NOOP(
                CONTEXT, "a new UDP peer: UDP has no accept(), the first datagram introduces it"
            )
            if new
            else "",
        )
        if new and self.options.greeting:
            self._sendto(stream, self.options.greeting)
        if self.options.reply:
            self._sendto(stream, self.options.reply)
        self.on_data(stream, data)

    def _new_peer(self, sock: socket.socket, address: Sockaddr) -> Stream | None:
        """Track a peer seen for the first time; None past the limit."""
        if self.open_count >= self.options.max_connections:
            return None
        self._numbers += 1
        local = self.listening.sockaddr if self.listening else ()
        stream = Stream(self, self._numbers, sock, address, local)
        stream.sock = None  # the peer shares the server's socket
        self._peers[address] = stream
        return stream

    def _sendto(self, stream: Stream, data: bytes) -> bool:
        sock = self.sock
        if sock is None:
            return False
        call = data_call("sendto", data, stream.peer)
        try:
            sent = sock.sendto(data, stream.peer)
        except OSError as exc:  # EMSGSIZE, or EAGAIN when the send buffer is full
            self.fail(explain(exc), stream.number, call=call, peer=stream.peer)
            return False
        stream.sent += sent
        self.changed(stream)
        self.emit(Kind.SENT, stream.number, call=call, peer=stream.peer, payload=show_bytes(data))
        return True
