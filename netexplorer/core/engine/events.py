"""What the engine reports: events, the bytes they show and the sockets' coordinates.

Everything here is a frozen value or a pure function, so the user interface
(or a test) can keep, compare and show events without touching a socket.
"""

import enum
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from netexplorer.core import flags
from netexplorer.core.results import ExplainedError, InternalError

Sockaddr = tuple[Any, ...]

#: How many bytes of a payload an event shows before truncating.
SHOW_LIMIT = 120


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


def call_text(name: str, *args: object) -> str:
    """Write a socket call as Python source: ``call_text("bind", ("::1", 80))``."""
    return f"{name}({', '.join(repr(arg) for arg in args)})"


def data_call(name: str, data: bytes, *args: object, limit: int = SHOW_LIMIT) -> str:
    """Write a call that passes bytes as Python source: ``send(b'Server: Hello')``.

    At most ``limit`` bytes are written; a longer payload ends in ``…`` after
    its literal, so an event stays small however much was sent.
    """
    shown = repr(data[:limit]) + ("…" if len(data) > limit else "")
    return f"{name}({', '.join([shown, *(repr(arg) for arg in args)])})"


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
    ``internal`` is set on the error event of a bug in netexplorer itself.
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
    internal: InternalError | None = None


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
