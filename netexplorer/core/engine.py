"""A live TCP/UDP server and client on Python's own non-blocking ``socket`` objects.

Nothing here blocks and nothing here imports Qt.  The engine is driven by a
:class:`Watcher` — "call me when this socket is readable / writable" — which
the user interface implements with ``QSocketNotifier`` and tests with
:mod:`selectors` (:class:`netexplorer.core.loop.SelectorWatcher`).

Every address reported is the real ``getsockname()`` / ``getpeername()``
result, and everything that happens is reported as a frozen :class:`Event`
through the ``sink`` callable, so the interface only has to show events.

Limits keep a hostile or merely enthusiastic peer from exhausting the
program: a maximum number of connections (extra ones are accepted and closed
at once), at most ``recv_size`` bytes per ``recv()`` and nothing received is
kept (only counted and shown truncated), a bounded output buffer per
connection (when an echo backlog fills it the server stops reading from that
client, so TCP flow control slows the client down), and a pause in accepting
when the system runs out of file descriptors.
"""

import enum
import errno
import functools
import ipaddress
import os
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from netexplorer.core import flags, lookups, parsing, platform
from netexplorer.core.errors import explain
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, ExplainedError
from netexplorer.core.text import QT_TRANSLATE_NOOP

_C = "netexplorer.core"

Sockaddr = tuple[Any, ...]
Callback = Callable[[], None]

#: How many bytes of a payload an event shows before truncating.
SHOW_LIMIT = 120
#: The most bytes one ``recv()`` asks for.
RECV_SIZE = 65536
#: Accepts (or datagrams) handled per readiness callback, so no socket starves the others.
BATCH = 32
#: How long accepting pauses when the system is out of file descriptors.
ACCEPT_PAUSE_S = 0.2


class Watcher(Protocol):
    """What the engine needs from an event loop.

    ``unwatch`` must be called before a socket is closed; ``call_later``
    returns a function that cancels the call.
    """

    def watch_read(self, sock: socket.socket, callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is readable."""

    def watch_write(self, sock: socket.socket, callback: Callback) -> None:
        """Call ``callback`` whenever ``sock`` is writable."""

    def unwatch_read(self, sock: socket.socket) -> None:
        """Stop read callbacks for ``sock``."""

    def unwatch_write(self, sock: socket.socket) -> None:
        """Stop write callbacks for ``sock``."""

    def unwatch(self, sock: socket.socket) -> None:
        """Forget ``sock`` entirely (before it is closed)."""

    def call_later(self, delay_s: float, callback: Callback) -> Callback:
        """Call ``callback`` once after ``delay_s`` seconds; return a cancel function."""


class Kind(enum.StrEnum):
    """What an event reports."""

    BOUND = "bound"
    ATTEMPT = "attempt"
    CONNECTED = "connected"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    RECEIVED = "received"
    SENT = "sent"
    CLOSED = "closed"
    STOPPED = "stopped"
    ERROR = "error"
    INFO = "info"


class Transport(enum.StrEnum):
    """TCP (SOCK_STREAM) or UDP (SOCK_DGRAM)."""

    TCP = "TCP"
    UDP = "UDP"

    @property
    def socktype(self) -> int:
        """Return the socket type constant."""
        return int(socket.SOCK_STREAM if self is Transport.TCP else socket.SOCK_DGRAM)

    @property
    def socktype_name(self) -> str:
        """Return ``SOCK_STREAM`` or ``SOCK_DGRAM``."""
        return "SOCK_STREAM" if self is Transport.TCP else "SOCK_DGRAM"


@dataclass(frozen=True)
class Payload:
    """Bytes shown safely: a Python literal of (the start of) the data, and its full size."""

    shown: str
    size: int
    text: bool
    truncated: bool


def show_bytes(data: bytes, limit: int = SHOW_LIMIT) -> Payload:
    """Show ``data`` as a ``str`` literal if it is UTF-8, else as a ``bytes`` literal.

    ``repr`` escapes control and invisible characters (including bidirectional
    overrides), so nothing received can disturb the display.  At most
    ``limit`` bytes are shown; a cut may split a multi-byte character, so up to
    three bytes are dropped before deciding the data is not text.
    """
    truncated = len(data) > limit
    head = data[:limit]
    for cut in range(4 if truncated else 1):
        try:
            text = head[: len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return Payload(repr(text), len(data), True, truncated)
    return Payload(repr(head), len(data), False, truncated)


@dataclass(frozen=True)
class Coordinates:
    """The lecture's five socket coordinates of a bound socket."""

    family: str
    type: str
    proto: str
    address: str
    port: int
    sockaddr: Sockaddr


def coordinates(sock: socket.socket) -> Coordinates:
    """Return family, type, proto and ``getsockname()``'s address and port of ``sock``."""
    name = sock.getsockname()
    return Coordinates(
        family=flags.family_name(int(sock.family)),
        type=flags.type_name(int(sock.type)),
        proto=flags.proto_name(int(sock.proto)),
        address=str(name[0]),
        port=int(name[1]),
        sockaddr=tuple(name),
    )


@dataclass(frozen=True)
class Event:
    """Something that happened on a socket.

    ``conn`` is the connection (or UDP peer) number, 0 for the listening or
    client socket itself.  ``call`` is the socket call as Python source,
    ``note`` a translatable template whose ``{}`` are filled from ``args``.
    """

    time: float
    kind: Kind
    conn: int = 0
    call: str = ""
    local: Sockaddr | None = None
    peer: Sockaddr | None = None
    payload: Payload | None = None
    error: ExplainedError | None = None
    note: str = ""
    args: tuple[str, ...] = ()
    coordinates: Coordinates | None = None


@dataclass(frozen=True)
class ConnectionInfo:
    """A snapshot of one accepted TCP connection or UDP peer."""

    conn: int
    transport: Transport
    peer: Sockaddr
    local: Sockaddr
    received: int
    sent: int
    open: bool


EventSink = Callable[[Event], None]


def is_wildcard(address: str) -> bool:
    """Tell whether ``address`` means every interface (``0.0.0.0``, ``::``)."""
    try:
        return ipaddress.ip_address(address.partition("%")[0]).is_unspecified
    except ValueError:
        return False


def _peername(sock: socket.socket, fallback: Sockaddr) -> Sockaddr:
    try:
        return tuple(sock.getpeername())
    except OSError:  # already reset by the peer
        return fallback


def _call(name: str, *args: object) -> str:
    return f"{name}({', '.join(repr(arg) for arg in args)})"


class _Stream:
    """A connected TCP socket with a bounded output buffer (used by server and client)."""

    def __init__(
        self,
        owner: "_Endpoint",
        number: int,
        sock: socket.socket,
        peer: Sockaddr,
        local: Sockaddr,
    ) -> None:
        self.owner = owner
        self.number = number
        self.sock: socket.socket | None = sock
        self.peer = peer
        self.local = local
        self.received = 0
        self.sent = 0
        self.out = bytearray()
        self.paused = False

    @property
    def open(self) -> bool:
        return self.sock is not None

    def start_reading(self) -> None:
        if self.sock is not None:
            self.owner.watcher.watch_read(self.sock, self.on_readable)

    def on_readable(self) -> None:
        sock = self.sock
        if sock is None:
            return
        size = self.owner.recv_size
        try:
            data = sock.recv(size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.owner.emit(Kind.ERROR, self.number, call=_call("recv", size), error=explain(exc))
            self.owner.drop(self, QT_TRANSLATE_NOOP(_C, "closed after the error"))
            return
        if not data:
            self.owner.drop(
                self,
                QT_TRANSLATE_NOOP(_C, "the other side closed the connection (recv() returned b'')"),
            )
            return
        self.received += len(data)
        self.owner.changed(self)
        self.owner.emit(
            Kind.RECEIVED,
            self.number,
            call=_call("recv", size),
            peer=self.peer,
            payload=show_bytes(data),
        )
        self.owner.on_data(self, data)

    def queue(self, data: bytes, *, hard_limit: bool) -> bool:
        """Queue ``data`` for sending; False (nothing queued) if the buffer is full."""
        if self.sock is None:
            return False
        limit = self.owner.output_limit
        if hard_limit and len(self.out) + len(data) > limit:
            self.owner.emit(
                Kind.ERROR,
                self.number,
                error=ExplainedError(
                    name="OutputFull",
                    message=QT_TRANSLATE_NOOP(_C, "{} bytes are still waiting to be sent"),
                    args=(str(len(self.out)),),
                    explanation=QT_TRANSLATE_NOOP(
                        _C,
                        "The other side does not read what it is sent, so nothing more is queued.",
                    ),
                ),
            )
            return False
        self.out += data
        self.flush()
        if self.sock is not None and len(self.out) > limit and not self.paused:
            self.paused = True
            self.owner.watcher.unwatch_read(self.sock)
            self.owner.emit(
                Kind.INFO,
                self.number,
                note=QT_TRANSLATE_NOOP(
                    _C,
                    "{} bytes wait to be sent: reading from this peer pauses until it reads "
                    "them (TCP flow control then slows the sender down)",
                ),
                args=(str(len(self.out)),),
            )
        return True

    def flush(self) -> None:
        sock = self.sock
        if sock is None:
            return
        while self.out:
            chunk = bytes(self.out[:RECV_SIZE])
            try:
                sent = sock.send(chunk)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                self.owner.emit(
                    Kind.ERROR, self.number, call="send(…)", error=explain(exc), peer=self.peer
                )
                self.owner.drop(self, QT_TRANSLATE_NOOP(_C, "closed after the error"))
                return
            del self.out[:sent]
            self.sent += sent
            self.owner.changed(self)
            self.owner.emit(
                Kind.SENT,
                self.number,
                call="send(…)",
                peer=self.peer,
                payload=show_bytes(chunk[:sent]),
            )
        if self.out:
            self.owner.watcher.watch_write(sock, self.flush)
        else:
            self.owner.watcher.unwatch_write(sock)
        if self.paused and len(self.out) <= self.owner.output_limit // 2:
            self.paused = False
            self.start_reading()

    def close(self) -> None:
        if self.sock is not None:
            self.owner.watcher.unwatch(self.sock)
            self.sock.close()
            self.sock = None
            self.out.clear()


class _Endpoint:
    """What the server and the client share: the watcher, the sink and the limits."""

    def __init__(
        self, watcher: Watcher, sink: EventSink, recv_size: int, output_limit: int
    ) -> None:
        self.watcher = watcher
        self.sink = sink
        self.recv_size = recv_size
        self.output_limit = output_limit

    def emit(self, kind: Kind, conn: int = 0, **fields: Any) -> None:
        self.sink(Event(time.time(), kind, conn, **fields))

    def changed(self, stream: _Stream) -> None:
        """Note that a stream's counters changed."""

    def on_data(self, stream: _Stream, data: bytes) -> None:
        """React to received data."""

    def drop(self, stream: _Stream, why: str) -> None:
        """Close a stream and report it."""


@dataclass(frozen=True)
class ServerOptions:
    """How the server behaves; the user interface may change it while it runs."""

    greeting: bytes | None = b"Server: Hello"
    echo: bool = False
    max_connections: int = 100
    recv_size: int = RECV_SIZE
    output_limit: int = 1 << 20
    backlog: int = min(socket.SOMAXCONN, 1024)


class Server(_Endpoint):
    """A TCP or UDP server on one listening socket.

    Connections are numbered from 1.  Events go to ``sink``; the connections
    whose counters changed since the last call are returned by
    :meth:`take_changed`.
    """

    def __init__(
        self, watcher: Watcher, sink: EventSink, options: ServerOptions | None = None
    ) -> None:
        self.options = options or ServerOptions()
        super().__init__(watcher, sink, self.options.recv_size, self.options.output_limit)
        self.sock: socket.socket | None = None
        self.transport = Transport.TCP
        self.listening: Coordinates | None = None
        self._streams: dict[int, _Stream] = {}
        self._peers: dict[Sockaddr, _Stream] = {}  # UDP peers: streams without a socket
        self._changed: dict[int, _Stream] = {}
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
        """Create, bind and (TCP) listen on ``info``; False after an error event."""
        self.stop()
        self.transport = Transport.TCP if info.type == socket.SOCK_STREAM else Transport.UDP
        created = (
            f"socket({flags.family_name(info.family)}, {flags.type_name(info.type)}, {info.proto})"
        )
        try:
            sock = socket.socket(info.family, info.type, info.proto)
        except OSError as exc:
            self.emit(Kind.ERROR, call=created, error=explain(exc))
            return False
        try:
            sock.setblocking(False)
            self._prepare(sock, info)
            sock.bind(info.sockaddr)
            if self.transport is Transport.TCP:
                sock.listen(self.options.backlog)
        except OSError as exc:
            sock.close()
            self.emit(Kind.ERROR, call=_call("bind", info.sockaddr), error=explain(exc))
            return False
        self.sock = sock
        self.listening = coordinates(sock)
        self.emit(
            Kind.BOUND,
            call=_call("bind", info.sockaddr)
            + ("; listen()" if self.transport is Transport.TCP else ""),
            local=self.listening.sockaddr,
            coordinates=self.listening,
        )
        reader = self._on_acceptable if self.transport is Transport.TCP else self._on_datagrams
        self.watcher.watch_read(sock, reader)
        return True

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
                    _C, "dual stack: IPv4 clients appear as IPv4-mapped addresses (::ffff:…)"
                ),
            )

    def stop(self) -> None:
        """Close the listening socket and every connection at once."""
        if self._resume is not None:
            self._resume()
            self._resume = None
        for stream in list(self._streams.values()):
            self.drop(stream, QT_TRANSLATE_NOOP(_C, "closed because the server stopped"))
        for stream in list(self._peers.values()):
            self.drop(stream, QT_TRANSLATE_NOOP(_C, "forgotten because the server stopped"))
        if self.sock is not None:
            self.watcher.unwatch(self.sock)
            self.sock.close()
            self.sock = None
            self.listening = None
            self.emit(Kind.STOPPED, call="close()")

    def take_changed(self) -> tuple[ConnectionInfo, ...]:
        """Return the connections whose counters or state changed since the last call."""
        changed = tuple(self._info(stream) for stream in self._changed.values())
        self._changed.clear()
        return changed

    def connections(self) -> tuple[ConnectionInfo, ...]:
        """Return every open connection (or UDP peer)."""
        return tuple(self._info(s) for s in (*self._streams.values(), *self._peers.values()))

    def _info(self, stream: _Stream) -> ConnectionInfo:
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

    def changed(self, stream: _Stream) -> None:
        """Remember that ``stream`` needs redisplay."""
        self._changed[stream.number] = stream

    def _stream(self, number: int) -> _Stream | None:
        stream = self._streams.get(number)
        if stream is not None:
            return stream
        return next((s for s in self._peers.values() if s.number == number), None)

    def send(self, number: int, data: bytes) -> bool:
        """Send ``data`` to connection (or UDP peer) ``number``; False if it could not."""
        stream = self._stream(number)
        if stream is None:
            self.emit(
                Kind.ERROR,
                number,
                error=ExplainedError(
                    name="NotConnected",
                    message=QT_TRANSLATE_NOOP(_C, "connection {} is closed"),
                    args=(str(number),),
                    explanation=QT_TRANSLATE_NOOP(_C, "Select an open connection first."),
                ),
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
                    _C, "UDP has no connection to close: the server forgets this peer"
                ),
            )
        else:
            self.drop(stream, QT_TRANSLATE_NOOP(_C, "closed by the server"))

    def drop(self, stream: _Stream, why: str) -> None:
        """Close a connection (or forget a UDP peer) and report it."""
        if self._streams.pop(stream.number, None) is None and (
            self._peers.pop(stream.peer, None) is None
        ):
            return
        stream.close()
        self.changed(stream)
        self.emit(Kind.CLOSED, stream.number, call="close()", peer=stream.peer, note=why)

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
                self.emit(Kind.ERROR, call="accept()", error=explain(exc))
                if exc.errno not in (errno.ECONNABORTED, errno.EPROTO):
                    self._pause_accepting(listener)  # e.g. EMFILE: out of descriptors
                return
            self._accepted(conn, tuple(address))

    def _pause_accepting(self, listener: socket.socket) -> None:
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
                    _C, "limit of {} connections reached: accepted and closed at once"
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
        stream = _Stream(self, self._numbers, conn, _peername(conn, address), local)
        self._streams[stream.number] = stream
        self.changed(stream)
        self.emit(
            Kind.ACCEPTED, stream.number, call="accept()", peer=stream.peer, local=stream.local
        )
        stream.start_reading()
        if self.options.greeting:
            stream.queue(self.options.greeting, hard_limit=False)

    def on_data(self, stream: _Stream, data: bytes) -> None:
        """Echo what a client sent when asked to."""
        if self.options.echo:
            if self.transport is Transport.UDP:
                self._sendto(stream, data)
            else:
                stream.queue(data, hard_limit=False)

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
                self.emit(Kind.ERROR, call=_call("recvfrom", RECV_SIZE), error=explain(exc))
                return
            self._datagram(sock, data, tuple(address))

    def _datagram(self, sock: socket.socket, data: bytes, address: Sockaddr) -> None:
        call = _call("recvfrom", RECV_SIZE)
        stream = self._peers.get(address)
        if stream is None:
            if self.open_count >= self.options.max_connections:
                self.emit(
                    Kind.RECEIVED,
                    call=call,
                    peer=address,
                    payload=show_bytes(data),
                    note=QT_TRANSLATE_NOOP(_C, "limit of {} peers reached: not tracked"),
                    args=(str(self.options.max_connections),),
                )
                return
            self._numbers += 1
            local = self.listening.sockaddr if self.listening else ()
            stream = _Stream(self, self._numbers, sock, address, local)
            stream.sock = None  # the peer shares the server's socket
            self._peers[address] = stream
            self.emit(
                Kind.ACCEPTED,
                stream.number,
                call=call,
                peer=address,
                local=local,
                note=QT_TRANSLATE_NOOP(
                    _C, "a new UDP peer: UDP has no accept(), the first datagram introduces it"
                ),
            )
            if self.options.greeting:
                self._sendto(stream, self.options.greeting)
        stream.received += len(data)
        self.changed(stream)
        self.emit(Kind.RECEIVED, stream.number, call=call, peer=address, payload=show_bytes(data))
        self.on_data(stream, data)

    def _sendto(self, stream: _Stream, data: bytes) -> bool:
        sock = self.sock
        if sock is None:
            return False
        call = f"sendto(…, {stream.peer!r})"
        try:
            sent = sock.sendto(data, stream.peer)
        except OSError as exc:  # EMSGSIZE, or EAGAIN when the send buffer is full
            self.emit(Kind.ERROR, stream.number, call=call, peer=stream.peer, error=explain(exc))
            return False
        stream.sent += sent
        self.changed(stream)
        self.emit(Kind.SENT, stream.number, call=call, peer=stream.peer, payload=show_bytes(data))
        return True


class ClientState(enum.StrEnum):
    """Where the client is."""

    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"


class Client(_Endpoint):
    """A TCP client (trying each getaddrinfo result in order) or a UDP client.

    For UDP, ``udp_connect`` chooses between ``connect()`` then ``send()``
    and plain ``sendto()`` to the first result's address.
    """

    def __init__(
        self,
        watcher: Watcher,
        sink: EventSink,
        *,
        connect_timeout_s: float = 10.0,
        recv_size: int = RECV_SIZE,
        output_limit: int = 1 << 20,
    ) -> None:
        super().__init__(watcher, sink, recv_size, output_limit)
        self.connect_timeout_s = connect_timeout_s
        self.state = ClientState.IDLE
        self.transport = Transport.TCP
        self.local: Sockaddr | None = None
        self.peer: Sockaddr | None = None
        self.target: Sockaddr | None = None  # UDP without connect(): where sendto() goes
        self.received = 0
        self.sent = 0
        self._pending: list[AddrInfo] = []
        self._attempts = 0
        self._sock: socket.socket | None = None
        self._stream: _Stream | None = None
        self._cancel_timer: Callback | None = None

    def connect(self, infos: Sequence[AddrInfo], *, udp_connect: bool = False) -> None:
        """Connect to the first of ``infos`` that answers (UDP: use the first)."""
        self.close(quiet=True)
        if not infos:
            return
        self.transport = Transport.TCP if infos[0].type == socket.SOCK_STREAM else Transport.UDP
        self.local = self.peer = self.target = None
        self.received = self.sent = 0
        if self.transport is Transport.UDP:
            self._open_udp(infos[0], udp_connect=udp_connect)
            return
        self._pending = list(infos)
        self._attempts = len(infos)
        self.state = ClientState.CONNECTING
        self._try_next()

    def _try_next(self) -> None:
        while self._pending:
            info = self._pending.pop(0)
            number = self._attempts - len(self._pending)
            self.emit(
                Kind.ATTEMPT,
                call=_call("connect", info.sockaddr),
                peer=info.sockaddr,
                note=QT_TRANSLATE_NOOP(_C, "attempt {} of {}: socket({}, {}, {})"),
                args=(
                    str(number),
                    str(self._attempts),
                    flags.family_name(info.family),
                    flags.type_name(info.type),
                    str(info.proto),
                ),
            )
            try:
                sock = socket.socket(info.family, info.type, info.proto)
            except OSError as exc:
                self.emit(Kind.ERROR, call="socket()", error=explain(exc))
                continue
            sock.setblocking(False)
            try:
                sock.connect(info.sockaddr)
            except (BlockingIOError, InterruptedError):
                self._sock = sock
                self.watcher.watch_write(sock, functools.partial(self._on_connect_done, info))
                self._cancel_timer = self.watcher.call_later(
                    self.connect_timeout_s, functools.partial(self._on_connect_timeout, info)
                )
                return
            except OSError as exc:
                sock.close()
                self._attempt_failed(info, exc)
                continue
            self._sock = sock
            self._connected(info)
            return
        self.state = ClientState.IDLE
        self.emit(
            Kind.ERROR,
            error=ExplainedError(
                name="NotConnected",
                message=QT_TRANSLATE_NOOP(_C, "none of the {} address(es) accepted the connection"),
                args=(str(self._attempts),),
                explanation=QT_TRANSLATE_NOOP(_C, "Every getaddrinfo() result was tried in order."),
                cause=QT_TRANSLATE_NOOP(_C, "See each attempt's error above."),
            ),
        )

    def _attempt_failed(self, info: AddrInfo, exc: BaseException) -> None:
        self.emit(
            Kind.ERROR, call=_call("connect", info.sockaddr), peer=info.sockaddr, error=explain(exc)
        )

    def _discard_attempt(self) -> None:
        if self._cancel_timer is not None:
            self._cancel_timer()
            self._cancel_timer = None
        if self._sock is not None:
            self.watcher.unwatch(self._sock)
            self._sock.close()
            self._sock = None

    def _on_connect_done(self, info: AddrInfo) -> None:
        sock = self._sock
        if sock is None:
            return
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            self._discard_attempt()
            self._attempt_failed(info, OSError(code, os.strerror(code)))
            self._try_next()
            return
        if self._cancel_timer is not None:
            self._cancel_timer()
            self._cancel_timer = None
        self.watcher.unwatch_write(sock)
        self._connected(info)

    def _on_connect_timeout(self, info: AddrInfo) -> None:
        self._cancel_timer = None
        self._discard_attempt()
        error = replace(
            explain(TimeoutError(errno.ETIMEDOUT, os.strerror(errno.ETIMEDOUT))),
            message=QT_TRANSLATE_NOOP(_C, "connect() did not finish within {} s"),
            args=(f"{self.connect_timeout_s:g}",),
        )
        self.emit(Kind.ERROR, call=_call("connect", info.sockaddr), peer=info.sockaddr, error=error)
        self._try_next()

    def _connected(self, info: AddrInfo) -> None:
        sock = self._sock
        assert sock is not None
        try:
            self.local = tuple(sock.getsockname())
            self.peer = tuple(sock.getpeername())
        except OSError as exc:  # the connection failed after all
            self._discard_attempt()
            self._attempt_failed(info, exc)
            self._try_next()
            return
        self._pending.clear()
        self.state = ClientState.CONNECTED
        self._stream = _Stream(self, 0, sock, self.peer, self.local)
        self.emit(
            Kind.CONNECTED,
            call=_call("connect", info.sockaddr),
            local=self.local,
            peer=self.peer,
            coordinates=coordinates(sock),
        )
        self._stream.start_reading()

    def _open_udp(self, info: AddrInfo, *, udp_connect: bool) -> None:
        try:
            sock = socket.socket(info.family, info.type, info.proto)
        except OSError as exc:
            self.emit(Kind.ERROR, call="socket()", error=explain(exc))
            return
        try:
            sock.setblocking(False)
            if udp_connect:
                sock.connect(info.sockaddr)
        except OSError as exc:
            sock.close()
            self.emit(Kind.ERROR, call=_call("connect", info.sockaddr), error=explain(exc))
            return
        self._sock = sock
        self.state = ClientState.CONNECTED
        self.local = tuple(sock.getsockname())
        if udp_connect:
            self.peer = tuple(sock.getpeername())
            self.emit(
                Kind.CONNECTED,
                call=_call("connect", info.sockaddr),
                local=self.local,
                peer=self.peer,
                coordinates=coordinates(sock),
                note=QT_TRANSLATE_NOOP(
                    _C,
                    "UDP connect() sent nothing: it only chose the default peer for send() and "
                    "recv(), and the local address getsockname() now shows",
                ),
            )
        else:
            self.target = tuple(info.sockaddr)
            self.emit(
                Kind.INFO,
                call=f"socket({flags.family_name(info.family)}, SOCK_DGRAM)",
                local=self.local,
                peer=self.target,
                note=QT_TRANSLATE_NOOP(
                    _C,
                    "UDP socket ready, nothing sent yet: the system picks a local port at the "
                    "first sendto()",
                ),
            )
        self.watcher.watch_read(sock, self._on_datagrams)

    def send(self, data: bytes) -> bool:
        """Send ``data`` to the server; False if not connected or it could not be sent."""
        if self.state is not ClientState.CONNECTED:
            return False
        if self.transport is Transport.TCP:
            assert self._stream is not None
            return self._stream.queue(data, hard_limit=True)
        sock = self._sock
        assert sock is not None
        if self.peer is not None:
            call = "send(…)"
            target: Sockaddr | None = self.peer
        else:
            target = self.target
            call = f"sendto(…, {target!r})"
        try:
            sent = sock.send(data) if target is self.peer else sock.sendto(data, target or ())
        except OSError as exc:
            self.emit(Kind.ERROR, call=call, error=explain(exc))
            return False
        self.sent += sent
        before, self.local = self.local, tuple(sock.getsockname())
        self.emit(
            Kind.SENT,
            call=call,
            local=self.local,
            peer=target,
            payload=show_bytes(data),
            note=QT_TRANSLATE_NOOP(_C, "the system chose the local port now")
            if before != self.local
            else "",
        )
        return True

    def _on_datagrams(self) -> None:
        for _ in range(BATCH):
            sock = self._sock
            if sock is None:
                return
            try:
                data, address = sock.recvfrom(RECV_SIZE)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. ECONNREFUSED on a connected UDP socket
                self.emit(Kind.ERROR, call=_call("recvfrom", RECV_SIZE), error=explain(exc))
                return
            self.received += len(data)
            self.emit(
                Kind.RECEIVED,
                call=_call("recvfrom", RECV_SIZE),
                peer=tuple(address),
                payload=show_bytes(data),
            )

    def changed(self, stream: _Stream) -> None:
        """Keep the client's own counters in step with its stream."""
        self.received, self.sent = stream.received, stream.sent

    def drop(self, stream: _Stream, why: str) -> None:
        """Close the ended connection and report it."""
        stream.close()
        self._sock = None
        self._stream = None
        self.state = ClientState.IDLE
        self.local = self.peer = self.target = None  # the socket is gone, and its names
        self.emit(Kind.CLOSED, call="close()", peer=stream.peer, note=why)

    def close(self, *, quiet: bool = False) -> None:
        """Close the socket (and stop a connection attempt)."""
        self._pending.clear()
        stream, had_socket = self._stream, self._sock is not None
        self._stream = None
        if stream is not None:
            stream.close()
            self._sock = None
        self._discard_attempt()
        self.state = ClientState.IDLE
        self.local = self.peer = self.target = None
        if had_socket and not quiet:
            self.emit(Kind.CLOSED, call="close()", note=QT_TRANSLATE_NOOP(_C, "closed by you"))


@dataclass(frozen=True)
class Endpoint:
    """Where to bind or connect, as typed: a host (None: this computer) and a port or service."""

    host: str | None
    port: int | str


def parse_endpoint(host_text: str, port_text: str) -> Endpoint:
    """Check a host and port (number or service name); raise ``InvalidInput`` if bad."""
    host = parsing.parse_host(host_text, allow_empty=True)
    port = parsing.parse_port_or_service(port_text, allow_empty=False)
    assert port is not None
    return Endpoint(host, port)


def binds_every_interface(endpoint: Endpoint) -> bool:
    """Tell whether binding ``endpoint`` would accept connections from other computers."""
    return endpoint.host is None or is_wildcard(endpoint.host)


def bind_lookup(endpoint: Endpoint, transport: Transport) -> Lookup[tuple[AddrInfo, ...]]:
    """Return the lecture's getaddrinfo call for bind(): AI_PASSIVE, family 0, the socket type."""
    return lookups.getaddrinfo(
        endpoint.host,
        endpoint.port,
        flags.ZERO,
        flags.symbol(transport.socktype_name),
        flags.ZERO,
        flags.symbol("AI_PASSIVE"),
    )


def connect_lookup(endpoint: Endpoint, transport: Transport) -> Lookup[tuple[AddrInfo, ...]]:
    """Return the lecture's getaddrinfo call for connect(): family 0, the socket type, no flags.

    ``AI_ADDRCONFIG`` is left out on purpose: on a computer whose only network
    is loopback it would hide ``localhost``'s addresses.
    """
    return lookups.getaddrinfo(
        endpoint.host,
        endpoint.port,
        flags.ZERO,
        flags.symbol(transport.socktype_name),
        flags.ZERO,
        flags.ZERO,
    )
