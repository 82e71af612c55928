"""The TCP side of the server: accepting connections, and turning away those beyond the limit.

A client beyond ``max_connections`` is accepted, told why in one line
(:func:`~netexplorer.core.engine.limits.turned_away_line`) and closed, and
the log says so.  When the system runs out of file descriptors, accepting
pauses for a moment instead of spinning.
"""

import errno
import logging
import socket
from typing import TYPE_CHECKING

from netexplorer.core.engine.events import Kind, Sockaddr
from netexplorer.core.engine.limits import turned_away_line
from netexplorer.core.engine.streams import BATCH, Callback, Stream
from netexplorer.core.errors import explain
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from netexplorer.core.engine.server import Server

log = logging.getLogger(__name__)

#: How long accepting pauses when the system is out of file descriptors.
ACCEPT_PAUSE_S = 0.2


def _peername(sock: socket.socket, fallback: Sockaddr) -> Sockaddr:
    try:
        return tuple(sock.getpeername())
    except OSError:  # already reset by the peer
        return fallback


class Acceptor:
    """Accepts a TCP server's connections: its listening socket's read callback."""

    def __init__(self, server: "Server") -> None:
        self.server = server
        self._resume: Callback | None = None

    def on_acceptable(self) -> None:
        """Accept a batch of connections."""
        server = self.server
        listener = server.sock
        if listener is None:
            return
        for _ in range(BATCH):
            try:
                conn, address = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                server.fail(explain(exc), call="accept()")
                if exc.errno not in (errno.ECONNABORTED, errno.EPROTO):
                    self._pause(listener)  # e.g. EMFILE: out of descriptors
                return
            self._accepted(conn, tuple(address))

    def _pause(self, listener: socket.socket) -> None:
        log.warning("accept() failed: accepting pauses for %g s", ACCEPT_PAUSE_S)
        watcher = self.server.watcher
        watcher.unwatch_read(listener)

        def resume() -> None:
            self._resume = None
            if self.server.sock is listener:
                watcher.watch_read(listener, self.on_acceptable)

        self._resume = watcher.call_later(ACCEPT_PAUSE_S, resume)

    def stop(self) -> None:
        """Forget a pause in accepting (the server stopped)."""
        if self._resume is not None:
            self._resume()
            self._resume = None

    def _accepted(self, conn: socket.socket, address: Sockaddr) -> None:
        server = self.server
        if server.open_count >= server.options.max_connections:
            self._turn_away(conn, address)
            return
        conn.setblocking(False)
        try:
            local = tuple(conn.getsockname())
        except OSError:
            local = server.listening.sockaddr if server.listening else ()
        stream = Stream(server, server.next_number(), conn, _peername(conn, address), local)
        server.add(stream)
        server.emit(
            Kind.ACCEPTED, stream.number, call="accept()", peer=stream.peer, local=stream.local
        )
        stream.start_reading()
        if server.options.greeting:
            stream.queue(server.options.greeting, hard_limit=False)

    def _turn_away(self, conn: socket.socket, address: Sockaddr) -> None:
        """Tell a client beyond the limit why, in one line, then close the connection."""
        limit = self.server.options.max_connections
        line = turned_away_line(limit)
        try:
            conn.setblocking(False)
            conn.send(line)  # a fresh connection's send buffer is empty: it fits at once
            conn.shutdown(socket.SHUT_WR)
            conn.recv(4096)  # unread data would turn the close into a reset that may lose the line
        except OSError:
            pass
        conn.close()
        self.server.emit(
            Kind.REJECTED,
            call=f"accept(); send({line!r}); close()",
            peer=address,
            note=QT_TRANSLATE_NOOP(
                CONTEXT, "limit of {} connections reached: told the client {} and closed"
            ),
            args=(str(limit), repr(line)),
        )
