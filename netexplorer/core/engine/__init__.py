"""A live TCP/UDP server and client on Python's own non-blocking ``socket`` objects.

Nothing here blocks and nothing here imports Qt.  The engine is driven by a
:class:`Watcher` — "call me when this socket is readable / writable" — which
the user interface implements with ``QSocketNotifier`` and tests with
:mod:`selectors` (:class:`netexplorer.core.loop.SelectorWatcher`).

Every address reported is the real ``getsockname()`` / ``getpeername()``
result, and everything that happens is reported as a frozen :class:`Event`
through the ``sink`` callable, so the interface only has to show events.
The server and the client also keep their ``last_error`` and call their
``on_change`` callable when their connections or counters change.

The package holds one idea per module: :mod:`.events` (what is reported),
:mod:`.streams` (what server and client share), :mod:`.guard` (a bug
becomes an internal error), :mod:`.server` with its TCP :mod:`.acceptor`,
its UDP :mod:`.peers` and its :mod:`.limits`, :mod:`.client`,
:mod:`.endpoints` (where to bind or connect), :mod:`.exposure` (what a bound
address exposes, and through which interfaces) and :mod:`.refusals` (what
the engine refuses, explained).
"""

from netexplorer.core.engine.client import Client, ClientState
from netexplorer.core.engine.endpoints import (
    Endpoint,
    bind_lookup,
    connect_lookup,
    is_wildcard,
    parse_endpoint,
)
from netexplorer.core.engine.events import (
    SHOW_LIMIT,
    ConnectionInfo,
    Coordinates,
    Event,
    EventSink,
    Kind,
    Payload,
    Sockaddr,
    Transport,
    coordinates,
    data_call,
    show_bytes,
)
from netexplorer.core.engine.limits import ServerOptions
from netexplorer.core.engine.server import Server
from netexplorer.core.engine.streams import RECV_SIZE, Watcher

__all__ = [
    "RECV_SIZE",
    "SHOW_LIMIT",
    "Client",
    "ClientState",
    "ConnectionInfo",
    "Coordinates",
    "Endpoint",
    "Event",
    "EventSink",
    "Kind",
    "Payload",
    "Server",
    "ServerOptions",
    "Sockaddr",
    "Transport",
    "Watcher",
    "bind_lookup",
    "connect_lookup",
    "coordinates",
    "data_call",
    "is_wildcard",
    "parse_endpoint",
    "show_bytes",
]
