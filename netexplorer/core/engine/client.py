"""A TCP client that tries each getaddrinfo result in order, or a UDP client."""

import enum
import errno
import functools
import logging
import os
import socket
from collections.abc import Sequence
from dataclasses import replace

from netexplorer.core import flags
from netexplorer.core.engine import refusals
from netexplorer.core.engine.events import (
    EventSink,
    Kind,
    Sockaddr,
    Transport,
    call_text,
    coordinates,
    data_call,
    show_bytes,
)
from netexplorer.core.engine.guard import guarded
from netexplorer.core.engine.streams import (
    BATCH,
    RECV_SIZE,
    Callback,
    Side,
    Stream,
    Watcher,
    close_quietly,
)
from netexplorer.core.errors import explain
from netexplorer.core.results import AddrInfo, ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class ClientState(enum.StrEnum):
    """Where the client is."""

    IDLE = "idle"
    CONNECTING = "connecting"
    CONNECTED = "connected"


class Client(Side):
    """A TCP client (trying each getaddrinfo result in order) or a UDP client.

    For UDP, ``udp_connect`` chooses between ``connect()`` then ``send()``
    and plain ``sendto()`` to the first result's address.  ``on_change`` is
    called when the state, the addresses or the byte counts change.  When
    every address fails, ``last_error`` is the last attempt's error.  Port 0
    is refused as a destination: nothing can listen there.
    """

    def __init__(
        self,
        watcher: Watcher,
        sink: EventSink,
        *,
        connect_timeout_s: float = 10.0,
        recv_size: int = RECV_SIZE,
        output_limit: int = 1 << 20,
        on_change: Callback | None = None,
    ) -> None:
        super().__init__(watcher, sink, recv_size, output_limit, on_change)
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
        self._attempt_error: ExplainedError | None = None
        self._sock: socket.socket | None = None
        self._stream: Stream | None = None
        self._cancel_timer: Callback | None = None

    @guarded(None)
    def connect(self, infos: Sequence[AddrInfo], *, udp_connect: bool = False) -> None:
        """Connect to the first of ``infos`` that answers (UDP: use the first)."""
        self.clear_errors()
        self.close(quiet=True)
        if self.internal_error is not None or not infos:  # closing hit a bug, or nowhere to go
            return
        self.transport = Transport.TCP if infos[0].type == socket.SOCK_STREAM else Transport.UDP
        self.local = self.peer = self.target = None
        self.received = self.sent = 0
        if any(info.sockaddr[1:2] == (0,) for info in infos):
            self.fail(
                refusals.port_zero(infos[0].sockaddr), call=call_text("connect", infos[0].sockaddr)
            )
            self.notify()
            return
        if self.transport is Transport.UDP:
            self._open_udp(infos[0], udp_connect=udp_connect)
            return
        self._pending = list(infos)
        self._attempts = len(infos)
        self._attempt_error = None
        self.state = ClientState.CONNECTING
        self.notify()
        self._try_next()

    def _try_next(self) -> None:
        while self._pending:
            info = self._pending.pop(0)
            sock = self._attempt(info)
            if sock is None:
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
                self._attempt_failed(info, explain(exc))
                continue
            self._sock = sock
            self._connected(info)
            return
        self._every_attempt_failed()

    def _attempt(self, info: AddrInfo) -> socket.socket | None:
        """Report the next attempt and create its socket (None after an error)."""
        number = self._attempts - len(self._pending)
        self.emit(
            Kind.ATTEMPT,
            call=call_text("connect", info.sockaddr),
            peer=info.sockaddr,
            note=QT_TRANSLATE_NOOP(CONTEXT, "attempt {} of {}: socket({}, {}, {})"),
            args=(
                str(number),
                str(self._attempts),
                flags.family_name(info.family),
                flags.type_name(info.type),
                str(info.proto),
            ),
        )
        try:
            return socket.socket(info.family, info.type, info.proto)
        except OSError as exc:
            self._attempt_error = explain(exc)
            self.emit(Kind.ERROR, call="socket()", error=self._attempt_error)
            return None

    def _attempt_failed(self, info: AddrInfo, error: ExplainedError) -> None:
        self._attempt_error = error
        self.emit(
            Kind.ERROR, call=call_text("connect", info.sockaddr), peer=info.sockaddr, error=error
        )

    def _every_attempt_failed(self) -> None:
        self.state = ClientState.IDLE
        self.last_error = self._attempt_error
        log.debug("none of %d address(es) accepted the connection", self._attempts)
        # a summary: last_error keeps the last attempt's own error, which explains more
        self.emit(
            Kind.ERROR,
            error=ExplainedError(
                name="NotConnected",
                message=QT_TRANSLATE_NOOP(
                    CONTEXT, "none of the {} address(es) accepted the connection"
                ),
                args=(str(self._attempts),),
                explanation=QT_TRANSLATE_NOOP(
                    CONTEXT, "Every getaddrinfo() result was tried in order."
                ),
                cause=QT_TRANSLATE_NOOP(CONTEXT, "See each attempt's error above."),
            ),
        )
        self.notify()

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
            self._attempt_failed(info, explain(OSError(code, os.strerror(code))))
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
            message=QT_TRANSLATE_NOOP(CONTEXT, "connect() did not finish within {} s"),
            args=(f"{self.connect_timeout_s:g}",),
        )
        self._attempt_failed(info, error)
        self._try_next()

    def _connected(self, info: AddrInfo) -> None:
        sock = self._sock
        assert sock is not None
        try:
            self.local = tuple(sock.getsockname())
            self.peer = tuple(sock.getpeername())
        except OSError as exc:  # the connection failed after all
            self._discard_attempt()
            self._attempt_failed(info, explain(exc))
            self._try_next()
            return
        self._pending.clear()
        self.state = ClientState.CONNECTED
        self._stream = Stream(self, 0, sock, self.peer, self.local)
        log.debug("client connected from %r to %r", self.local, self.peer)
        self.emit(
            Kind.CONNECTED,
            call=call_text("connect", info.sockaddr),
            local=self.local,
            peer=self.peer,
            coordinates=coordinates(sock),
        )
        self.notify()
        self._stream.start_reading()

    def _open_udp(self, info: AddrInfo, *, udp_connect: bool) -> None:
        try:
            sock = socket.socket(info.family, info.type, info.proto)
        except OSError as exc:
            self.fail(explain(exc), call="socket()")
            return
        try:
            sock.setblocking(False)
            if udp_connect:
                sock.connect(info.sockaddr)
            local = tuple(sock.getsockname())
            peer = tuple(sock.getpeername()) if udp_connect else None
        except OSError as exc:
            sock.close()
            self.fail(explain(exc), call=call_text("connect", info.sockaddr))
            return
        self._sock = sock
        self.state = ClientState.CONNECTED
        self.local, self.peer = local, peer
        if udp_connect:
            self.emit(
                Kind.CONNECTED,
                call=call_text("connect", info.sockaddr),
                local=self.local,
                peer=self.peer,
                coordinates=coordinates(sock),
                note=QT_TRANSLATE_NOOP(
                    CONTEXT,
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
                    CONTEXT,
                    "UDP socket ready, nothing sent yet: the system picks a local port at the "
                    "first sendto()",
                ),
            )
        self.notify()
        self.watcher.watch_read(sock, self._on_datagrams)

    @guarded(False)
    def send(self, data: bytes) -> bool:
        """Send ``data`` to the server; False if not connected or it could not be sent."""
        if self.state is not ClientState.CONNECTED:
            return False
        if self.transport is Transport.TCP:
            assert self._stream is not None
            return self._stream.queue(data, hard_limit=True)
        return self._send_datagram(data)

    def _send_datagram(self, data: bytes) -> bool:
        sock = self._sock
        assert sock is not None
        if self.peer is not None:
            call = data_call("send", data)
            target: Sockaddr | None = self.peer
        else:
            target = self.target
            call = data_call("sendto", data, target)
        try:
            sent = sock.send(data) if target is self.peer else sock.sendto(data, target or ())
        except OSError as exc:
            self.fail(explain(exc), call=call)
            return False
        self.sent += sent
        before, self.local = self.local, tuple(sock.getsockname())
        self.emit(
            Kind.SENT,
            call=call,
            local=self.local,
            peer=target,
            payload=show_bytes(data),
            note=QT_TRANSLATE_NOOP(CONTEXT, "the system chose the local port now")
            if before != self.local
            else "",
        )
        self.notify()
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
                self.fail(explain(exc), call=call_text("recvfrom", RECV_SIZE))
                return
            self.received += len(data)
            self.emit(
                Kind.RECEIVED,
                call=call_text("recvfrom", RECV_SIZE),
                peer=tuple(address),
                payload=show_bytes(data),
            )
            self.notify()

    def changed(self, stream: Stream) -> None:
        """Keep the client's own counters in step with its stream."""
        self.received, self.sent = stream.received, stream.sent
        self.notify()

    def drop(self, stream: Stream, why: str) -> None:
        """Close the ended connection and report it."""
        stream.close()
        self._sock = None
        self._stream = None
        self.state = ClientState.IDLE
        self.local = self.peer = self.target = None  # the socket is gone, and its names
        self.emit(Kind.CLOSED, call="close()", peer=stream.peer, note=why)
        self.notify()

    @guarded(None)
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
            self.emit(Kind.CLOSED, call="close()", note=QT_TRANSLATE_NOOP(CONTEXT, "closed by you"))
        if had_socket:
            self.notify()

    def abandon(self) -> None:
        """Close the socket and stop any attempt without a word (after a bug)."""
        self._pending.clear()
        cancel, self._cancel_timer = self._cancel_timer, None
        if cancel is not None:
            cancel()
        stream, self._stream = self._stream, None
        sockets = [self._sock, stream.sock if stream is not None else None]
        for sock in dict.fromkeys(s for s in sockets if s is not None):  # each once
            close_quietly(self.watcher, sock)
        if stream is not None:
            stream.sock = None
        self._sock = None
        self.state = ClientState.IDLE
        self.local = self.peer = self.target = None
        self.output_queued = 0
