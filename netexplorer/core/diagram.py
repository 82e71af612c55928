"""What the sequence diagram shows, as plain frozen data: lifelines, steps, arrows, a summary.

:class:`~netexplorer.core.conversation.Conversation` builds a :class:`Diagram`
from the engine's events; a view only draws it.
"""

import enum
from dataclasses import dataclass

from netexplorer.core.engine import Payload, Sockaddr


class Side(enum.StrEnum):
    """Which pane's engine made a call (and so which log shows it)."""

    SERVER = "server"
    CLIENT = "client"


class Role(enum.StrEnum):
    """What a lifeline stands for."""

    LISTENER = "listener"  # TCP listening socket, or the UDP server socket
    CONNECTION = "connection"  # a socket accept() returned
    CLIENT = "client"
    OUTSIDE = "outside"  # a peer that is not in this window
    MORE = "more"  # every socket beyond the limit


class ArrowKind(enum.StrEnum):
    """What an arrow carries."""

    CONNECT = "connect"
    DATA = "data"
    CLOSE = "close"


@dataclass(frozen=True)
class Lifeline:
    """One socket: its role, its five coordinates as far as known, and whether it is closed."""

    id: int
    role: Role
    conn: int = 0
    family: str = ""
    type: str = ""
    proto: str = ""
    local: Sockaddr | None = None
    peer: Sockaddr | None = None
    ended: bool = False
    udp_connected: bool = False
    sockets: int = 1  # for Role.MORE: how many sockets share it


@dataclass(frozen=True)
class Step:
    """One call, as Python writes it, on one lifeline; ``serial`` is its event's (and log row's)."""

    seq: int
    serial: int
    side: Side
    lifeline: int
    text: str
    error: str = ""


@dataclass(frozen=True)
class Arrow:
    """A message from one call to another; an outside lifeline's end sits on the other's row."""

    kind: ArrowKind
    source: int
    source_seq: int
    target: int
    target_seq: int
    dropped: bool = False


@dataclass(frozen=True)
class Summary:
    """The calls not drawn (the oldest, and those of sockets no longer drawn), counted by name."""

    calls: int = 0
    by_name: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Diagram:
    """What a view draws: lifelines in column order, steps in time order, arrows, the summary."""

    lifelines: tuple[Lifeline, ...]
    steps: tuple[Step, ...]
    arrows: tuple[Arrow, ...]
    summary: Summary
    version: int


def call_name(text: str) -> str:
    """Return the function a step calls: ``send`` for ``send(b'x')``."""
    return text.partition("(")[0].strip() or text


def returned(payload: Payload) -> str:
    """Write what ``recv()`` returned as a Python expression of the bytes."""
    shown = payload.shown
    if payload.text:
        shown = "b" + shown if shown.isascii() else shown + ".encode()"
    return shown + ("…" if payload.truncated else "")
