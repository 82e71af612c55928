"""What changed between two answers of the same view, and between their arguments."""

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from netexplorer.core import addresses, flags
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import AddrInfo, Symbol
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP, Text

H = TypeVar("H", bound=Hashable)


def mark_new(old: Sequence[H], new: Sequence[H]) -> tuple[tuple[bool, ...], tuple[H, ...]]:
    """Compare two answers as multisets.

    Return, for each item of ``new``, whether it is new (more copies than
    ``old`` had), and the items of ``old`` that ``new`` no longer holds, in
    ``old``'s order.
    """
    left = Counter(old)
    marks = []
    for item in new:
        if left[item] > 0:
            left[item] -= 1
            marks.append(False)
        else:
            marks.append(True)
    removed = []
    for item in old:
        if left[item] > 0:
            left[item] -= 1
            removed.append(item)
    return tuple(marks), tuple(removed)


@dataclass(frozen=True)
class Snapshot:
    """One answer of the getaddrinfo view: its arguments, its 5-tuples or its error's name."""

    query: AddrinfoQuery
    entries: tuple[AddrInfo, ...] = ()
    error: str = ""


@dataclass(frozen=True)
class Changes:
    """An answer compared with an earlier one (the previous answer, or a pinned baseline)."""

    arguments: tuple[Text, ...]
    new: tuple[bool, ...]
    removed: tuple[AddrInfo, ...]
    kinds_before: tuple[str, ...]
    kinds_after: tuple[str, ...]
    error_before: str
    error_after: str

    @property
    def added(self) -> int:
        """Return how many rows are new."""
        return sum(self.new)


def _kinds(entries: Sequence[AddrInfo]) -> tuple[str, ...]:
    """Return the distinct short address kinds of ``entries``, in order."""
    found: dict[str, None] = {}
    for entry in entries:
        kind = addresses.short_kind(str(entry.sockaddr[0]))
        if kind:
            found.setdefault(kind, None)
    return tuple(found)


def compare(before: Snapshot, after: Snapshot) -> Changes:
    """Compare ``after`` with ``before``: argument changes and rows gained and lost."""
    new, removed = mark_new(before.entries, after.entries)
    added = [entry for entry, is_new in zip(after.entries, new, strict=True) if is_new]
    return Changes(
        arguments=argument_changes(before.query, after.query),
        new=new,
        removed=removed,
        kinds_before=_kinds(removed),
        kinds_after=_kinds(added),
        error_before=before.error,
        error_after=after.error,
    )


def _flag_changes(before: Symbol, after: Symbol) -> list[Text]:
    changes = []
    for constant in flags.AI_FLAGS:
        was, now = bool(before.value & constant.value), bool(after.value & constant.value)
        if now and not was:
            changes.append(Text(QT_TRANSLATE_NOOP(CONTEXT, "{} turned on"), (constant.name,)))
        elif was and not now:
            changes.append(Text(QT_TRANSLATE_NOOP(CONTEXT, "{} turned off"), (constant.name,)))
    return changes


def argument_changes(before: AddrinfoQuery, after: AddrinfoQuery) -> tuple[Text, ...]:
    """Return what differs between two queries, argument by argument, as Python writes them."""
    changes: list[Text] = []
    arrow = QT_TRANSLATE_NOOP(CONTEXT, "{} {} → {}")
    for name, old, new in (("host", before.host, after.host), ("port", before.port, after.port)):
        if old != new:
            changes.append(Text(arrow, (name, repr(old), repr(new))))
    for name, old_symbol, new_symbol in (
        ("family", before.family, after.family),
        ("type", before.type, after.type),
        ("proto", before.proto, after.proto),
    ):
        if old_symbol.value != new_symbol.value:
            old_text, new_text = flags.python_text(old_symbol), flags.python_text(new_symbol)
            changes.append(Text(arrow, (name, old_text, new_text)))
    changes.extend(_flag_changes(before.flags, after.flags))
    return tuple(changes)
