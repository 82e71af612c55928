"""The sequence diagram's lifelines: one per socket, bounded, found by address.

At most ``limit`` lifelines are kept.  A new one first takes the place of
the one whose socket ended longest ago (or of an outside peer's); when every
lifeline is busy, further sockets share one "more sockets" lifeline, so a
flood of connections cannot grow the diagram.  The current listening socket
and client socket are never forgotten.
"""

import itertools
from dataclasses import dataclass, replace
from typing import Any

from netexplorer.core import sockaddrs
from netexplorer.core.diagram import Lifeline, Role
from netexplorer.core.engine import Sockaddr
from netexplorer.core.engine.streams import RECV_SIZE

#: Column order of the roles, left to right.
ORDER = (Role.LISTENER, Role.CONNECTION, Role.CLIENT, Role.OUTSIDE, Role.MORE)


@dataclass
class Kept:
    """A lifeline and what the conversation remembers about its socket."""

    line: Lifeline
    last: int = 0  # seq of its latest step: the longest idle is forgotten first
    connect_seq: int = 0
    recv_call: str = f"recv({RECV_SIZE})"


class Lifelines:
    """The lifelines of a conversation, at most ``limit`` of them (one of them "more sockets")."""

    def __init__(self, limit: int, forgotten: Any) -> None:
        self.limit = max(limit, 3)
        self.lines: dict[int, Kept] = {}
        self.pinned: set[int] = set()
        self._forgotten = forgotten  # called with each forgotten lifeline's id
        self._ids = itertools.count(1)
        self._outside: dict[sockaddrs.Key, int] = {}

    def __contains__(self, line_id: object) -> bool:
        return line_id in self.lines

    def get(self, line_id: int) -> Kept | None:
        """Return a lifeline kept, or None."""
        return self.lines.get(line_id)

    def ordered(self) -> tuple[Lifeline, ...]:
        """Return the lifelines in column order."""
        return tuple(
            sorted(
                (kept.line for kept in self.lines.values()),
                key=lambda line: (ORDER.index(line.role), line.id),
            )
        )

    def new(self, role: Role, *, pinned: bool = False, **fields: Any) -> int:
        """Make a lifeline, forgetting an ended one if needed; else return "more sockets"."""
        if len(self.lines) >= self.limit - 1:
            self._make_room(pinned)
        if len(self.lines) >= self.limit - 1:
            return self.more()
        line_id = next(self._ids)
        self.lines[line_id] = Kept(Lifeline(line_id, role, **fields))
        return line_id

    def _make_room(self, pinned: bool) -> None:
        """Forget the longest idle ended (or outside) lifeline; a pinned one may take any other."""
        candidates = [
            kept
            for kept in self.lines.values()
            if kept.line.id not in self.pinned and kept.line.role is not Role.MORE
            if kept.line.ended or kept.line.role is Role.OUTSIDE or pinned
        ]
        if not candidates:
            return
        oldest = min(candidates, key=lambda kept: kept.last).line.id
        del self.lines[oldest]
        self._outside = {k: v for k, v in self._outside.items() if v != oldest}
        self._forgotten(oldest)

    def more(self) -> int:
        """Return the lifeline shared by the sockets beyond the limit, counting one more."""
        for kept in self.lines.values():
            if kept.line.role is Role.MORE:
                kept.line = replace(kept.line, sockets=kept.line.sockets + 1)
                return kept.line.id
        line_id = next(self._ids)
        self.lines[line_id] = Kept(Lifeline(line_id, Role.MORE))
        return line_id

    def outside(self, address: Sockaddr) -> int:
        """Return the lifeline of a peer outside this window (made when first seen)."""
        wanted = sockaddrs.key(address)
        line = self._outside.get(wanted)
        if line is None or line not in self.lines:
            line = self.new(Role.OUTSIDE, local=tuple(address))
            if self.lines[line].line.role is Role.OUTSIDE:
                self._outside[wanted] = line
        return line

    def update(self, line_id: int, **changes: Any) -> None:
        """Change what a lifeline's header shows (not for "more sockets")."""
        kept = self.lines.get(line_id)
        if kept is not None and kept.line.role is not Role.MORE:
            kept.line = replace(kept.line, **changes)

    def end(self, line_id: int) -> None:
        """Mark a lifeline's socket closed."""
        self.update(line_id, ended=True)

    def socket_at(self, address: Sockaddr, exclude: int, other_end: Sockaddr | None) -> int | None:
        """Return the lifeline of this window's socket at ``address`` talking with ``other_end``.

        Every connection accept() returned has the listening socket's address,
        so a TCP socket is told apart by its getpeername() too; a listening
        socket exchanges no data.
        """
        wanted = sockaddrs.key(address)
        for line_id, kept in self.lines.items():
            line = kept.line
            if line_id == exclude or line.local is None or line.role in (Role.OUTSIDE, Role.MORE):
                continue
            if line.type == "SOCK_STREAM" and (
                line.role is Role.LISTENER
                or line.peer is None
                or other_end is None
                or sockaddrs.key(line.peer) != sockaddrs.key(other_end)
            ):
                continue
            if sockaddrs.key(line.local) == wanted or sockaddrs.delivers(address, line.local):
                return line_id
        return None
