"""What the server and the client share: the event loop they need, and buffered TCP streams.

A :class:`Side` (the server or the client) owns the watcher, the event sink,
the limits, its last error and the change notification; a :class:`Stream` is
one connected TCP socket of a side, with a bounded output buffer.  When that
buffer fills, or the side's streams together hold more than its total output
limit, the stream stops reading from its peer, so TCP flow control slows the
peer down instead of memory growing.

A bug in a callback or in a call from the interface reaches
:meth:`Side.internal_failure` (see :mod:`.guard`): logged with its
traceback, reported as an internal error, the side's sockets closed.
"""

import functools
import logging
import socket
import time
from collections.abc import Callable
from typing import Any, Protocol

from netexplorer.core.engine.events import (
    Event,
    EventSink,
    Kind,
    Sockaddr,
    call_text,
    data_call,
    show_bytes,
)
from netexplorer.core.engine.guard import GuardedWatcher
from netexplorer.core.errors import explain
from netexplorer.core.results import ExplainedError, InternalError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Callback = Callable[[], None]

#: The most bytes one ``recv()`` asks for.
RECV_SIZE = 65536
#: Accepts (or datagrams) handled per readiness callback, so no socket starves the others.
BATCH = 32
#: Why a stream closes when ``recv()`` returned ``b''`` (the peer's FIN).
PEER_CLOSED = QT_TRANSLATE_NOOP(
    CONTEXT, "the other side closed the connection (recv() returned b'')"
)


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


def close_quietly(watcher: Watcher, sock: socket.socket) -> None:
    """Stop watching ``sock`` and close it, whatever fails: after a bug, closing must go on."""
    actions: tuple[Callback, ...] = (functools.partial(watcher.unwatch, sock), sock.close)
    for action in actions:
        try:
            action()
        except Exception:
            log.exception("closing a socket after an internal error failed")


class Side:
    """What the server and the client share: the watcher, the sink, the limits and the state.

    ``last_error`` is the error that ended the latest start, connection
    attempt or exchange (None after a fresh start or connect);
    ``internal_error`` the bug in netexplorer that closed the side, if any.
    ``on_change`` is called when the side's connections, counters or state
    first change after :meth:`changes_seen`: a flood of traffic calls it once,
    and the owner refreshes when it is ready, then calls :meth:`changes_seen`.
    ``output_queued`` counts the bytes waiting in every stream's buffer.
    """

    def __init__(
        self,
        watcher: Watcher,
        sink: EventSink,
        recv_size: int,
        output_limit: int,
        on_change: Callback | None = None,
    ) -> None:
        self.watcher = GuardedWatcher(watcher, self.internal_failure)
        self.sink = sink
        self.recv_size = recv_size
        self.output_limit = output_limit
        self.total_output_limit = output_limit
        self.output_queued = 0
        self.output_capped = False
        self.on_change = on_change
        self.last_error: ExplainedError | None = None
        self.internal_error: InternalError | None = None
        self._unseen_change = False
        self._recovering = False

    def emit(self, kind: Kind, conn: int = 0, **fields: Any) -> None:
        """Report an event to the sink."""
        self.sink(Event(time.time(), kind, conn, **fields))

    def fail(self, error: ExplainedError, conn: int = 0, **fields: Any) -> None:
        """Report an error and keep it as :attr:`last_error`."""
        self.last_error = error
        self.emit(Kind.ERROR, conn, error=error, **fields)

    def clear_errors(self) -> None:
        """Forget the last error and the last bug (a fresh start or connect)."""
        self.last_error = None
        self.internal_error = None

    def notify(self) -> None:
        """Tell the owner something changed, once until it has seen the changes."""
        if self._unseen_change:
            return
        self._unseen_change = True
        if self.on_change is not None:
            self.on_change()

    def changes_seen(self) -> None:
        """Note that the owner has shown every change so far: the next one notifies again."""
        self._unseen_change = False

    def changed(self, stream: "Stream") -> None:
        """Note that a stream's counters or state changed."""

    def on_data(self, stream: "Stream", data: bytes) -> None:
        """React to received data."""

    def drop(self, stream: "Stream", why: str) -> None:
        """Close a stream and report it."""

    def queued(self, size: int) -> None:
        """Count ``size`` more bytes (fewer if negative) waiting in the streams' buffers."""
        self.output_queued += size
        if self.output_capped and self.output_queued <= self.total_output_limit // 2:
            self.output_capped = False

    def abandon(self) -> None:
        """Close every socket at once and without a word, leaving the side closed (after a bug)."""

    def internal_failure(self, exc: Exception) -> None:
        """Handle a bug in netexplorer: log its traceback, close everything, report it."""
        if self._recovering:  # the report itself failed
            log.error("internal error while reporting an internal error", exc_info=exc)
            return
        self._recovering = True
        try:
            log.error("internal error in the %s engine", type(self).__name__, exc_info=exc)
            self.internal_error = InternalError.from_exception(exc)
            try:
                self.abandon()
            except Exception:
                log.exception("closing after an internal error failed")
            self.emit(Kind.ERROR, internal=self.internal_error)
            self.notify()
        except Exception:
            log.exception("reporting an internal error failed")
        finally:
            self._recovering = False


class Stream:
    """A connected TCP socket with a bounded output buffer (used by server and client)."""

    def __init__(
        self, owner: Side, number: int, sock: socket.socket | None, peer: Sockaddr, local: Sockaddr
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
        #: When the peer was last heard from or sent to (time.monotonic()).
        self.last_active = time.monotonic()

    @property
    def open(self) -> bool:
        """Tell whether the socket is still open."""
        return self.sock is not None

    def start_reading(self) -> None:
        """Have :meth:`on_readable` called whenever data (or the end) arrives."""
        if self.sock is not None:
            self.owner.watcher.watch_read(self.sock, self.on_readable)

    def on_readable(self) -> None:
        """Receive once: count and report the data, or close at the end of the stream."""
        sock = self.sock
        if sock is None:
            return
        if self.out and self.owner.output_queued >= self.owner.total_output_limit:
            self._pause_reading_for_total()  # what it sends would only add to the backlog
            return
        size = self.owner.recv_size
        try:
            data = sock.recv(size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.owner.fail(explain(exc), self.number, call=call_text("recv", size))
            self.owner.drop(self, QT_TRANSLATE_NOOP(CONTEXT, "closed after the error"))
            return
        if not data:
            self.owner.drop(self, PEER_CLOSED)
            return
        self.received += len(data)
        self.last_active = time.monotonic()
        self.owner.changed(self)
        self.owner.emit(
            Kind.RECEIVED,
            self.number,
            call=call_text("recv", size),
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
            self.owner.fail(
                ExplainedError(
                    name="OutputFull",
                    message=QT_TRANSLATE_NOOP(CONTEXT, "{} bytes are still waiting to be sent"),
                    args=(str(len(self.out)),),
                    explanation=QT_TRANSLATE_NOOP(
                        CONTEXT,
                        "The other side does not read what it is sent, so nothing more is queued.",
                    ),
                ),
                self.number,
            )
            return False
        self.out += data
        self.owner.queued(len(data))
        self.flush()
        if self.sock is None or self.paused or not self.out:
            return True
        if len(self.out) > limit:
            self._pause_reading()
        elif self.owner.output_queued > self.owner.total_output_limit:
            self._pause_reading_for_total()
        return True

    def _pause_reading(self) -> None:
        assert self.sock is not None
        self.paused = True
        self.owner.watcher.unwatch_read(self.sock)
        log.debug("stream %d: %d bytes queued, reading paused", self.number, len(self.out))
        self.owner.emit(
            Kind.INFO,
            self.number,
            note=QT_TRANSLATE_NOOP(
                CONTEXT,
                "{} bytes wait to be sent: reading from this peer pauses until it reads "
                "them (TCP flow control then slows the sender down)",
            ),
            args=(str(len(self.out)),),
        )

    def _pause_reading_for_total(self) -> None:
        """Stop reading from this peer while the side's streams together hold too much."""
        owner = self.owner
        if not owner.output_capped:
            owner.output_capped = True
            log.info("%d bytes queued in total: echo pauses for peers that do not read",
                     owner.output_queued)  # fmt: skip
            owner.emit(
                Kind.INFO,
                note=QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{} bytes wait in total for peers that do not read (the limit is {}): "
                    "echo to each peer with unsent data pauses until it reads",
                ),
                args=(str(owner.output_queued), str(owner.total_output_limit)),
            )
        self._pause_reading()

    def flush(self) -> None:
        """Send what the buffer holds until the socket would block; resume reading when low."""
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
                call = data_call("send", chunk)
                self.owner.fail(explain(exc), self.number, call=call, peer=self.peer)
                self.owner.drop(self, QT_TRANSLATE_NOOP(CONTEXT, "closed after the error"))
                return
            del self.out[:sent]
            self.owner.queued(-sent)
            self.sent += sent
            self.last_active = time.monotonic()
            self.owner.changed(self)
            self.owner.emit(
                Kind.SENT,
                self.number,
                call=data_call("send", chunk[:sent]),
                peer=self.peer,
                payload=show_bytes(chunk[:sent]),
            )
        if self.out:
            self.owner.watcher.watch_write(sock, self.flush)
        else:
            self.owner.watcher.unwatch_write(sock)
        # a peer that read everything resumes at once; one with data left waits for room
        within_total = not self.out or self.owner.output_queued <= self.owner.total_output_limit
        if self.paused and len(self.out) <= self.owner.output_limit // 2 and within_total:
            self.paused = False
            self.start_reading()

    def close(self) -> None:
        """Stop watching and close the socket; anything still queued is dropped."""
        if self.sock is not None:
            self.owner.watcher.unwatch(self.sock)
            self.sock.close()
            self.sock = None
            self.owner.queued(-len(self.out))
            self.out.clear()
