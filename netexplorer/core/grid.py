"""The comparison grid as plain data: where each variant's answer put each 5-tuple.

One row per distinct 5-tuple, in the order they are first seen reading the
columns left to right; one column per variant.  A cell is the tuple's
1-based position in that variant's answer, or ``None`` where the variant did
not return it.  Columns fill in as their answers arrive, in any order; the
rows are always derived from the columns in column order, so the grid looks
the same however the answers raced.
"""

import dataclasses
from dataclasses import dataclass
from functools import cached_property

from netexplorer.core import flags, parsing
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import AddrInfo, InternalError, Outcome
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP, Text
from netexplorer.core.variants import Variant

TIMED_OUT = QT_TRANSLATE_NOOP(CONTEXT, "timed out")
INTERNAL = QT_TRANSLATE_NOOP(CONTEXT, "internal error")


@dataclass(frozen=True)
class TimedOut:
    """A variant that passed its deadline (``started`` False: it never left the queue)."""

    started: bool


Answer = Outcome[tuple[AddrInfo, ...]] | TimedOut | InternalError


@dataclass(frozen=True)
class Note:
    """What to say under a column: whether it equals the baseline, and why if known."""

    same: bool
    reason: Text | None = None


@dataclass(frozen=True)
class Grid:
    """A comparison of ``variants`` of ``query``; ``answers[i]`` is ``None`` until column i ends."""

    query: AddrinfoQuery
    variants: tuple[Variant, ...]
    answers: tuple[Answer | None, ...]
    baseline: int = 0

    @classmethod
    def start(cls, query: AddrinfoQuery, variants: tuple[Variant, ...], baseline: int) -> "Grid":
        """Return the grid before any answer has arrived."""
        return cls(query, variants, (None,) * len(variants), baseline)

    def with_answer(self, column: int, answer: Answer) -> "Grid":
        """Return the grid with column ``column`` answered."""
        answers = list(self.answers)
        answers[column] = answer
        return dataclasses.replace(self, answers=tuple(answers))

    @property
    def finished(self) -> int:
        """Return how many columns have their answer."""
        return sum(answer is not None for answer in self.answers)

    @property
    def complete(self) -> bool:
        """Tell whether every column has its answer."""
        return self.finished == len(self.variants)

    def entries(self, column: int) -> tuple[AddrInfo, ...] | None:
        """Return the 5-tuples a column returned (``None``: pending or failed)."""
        answer = self.answers[column]
        if isinstance(answer, Outcome) and answer.error is None:
            return tuple(answer.value or ())
        return None

    @cached_property
    def rows(self) -> tuple[AddrInfo, ...]:
        """Return every distinct 5-tuple, in first-seen order reading the columns in order."""
        seen: dict[AddrInfo, None] = {}
        for column in range(len(self.variants)):
            for entry in self.entries(column) or ():
                seen.setdefault(entry, None)
        return tuple(seen)

    @cached_property
    def _positions(self) -> tuple[dict[AddrInfo, int], ...]:
        positions = []
        for column in range(len(self.variants)):
            where: dict[AddrInfo, int] = {}
            for number, entry in enumerate(self.entries(column) or (), start=1):
                where.setdefault(entry, number)
            positions.append(where)
        return tuple(positions)

    def cell(self, row: int, column: int) -> int | None:
        """Return the 1-based position of row ``row``'s tuple in column ``column``'s answer."""
        return self._positions[column].get(self.rows[row])

    def error(self, column: int) -> str:
        """Return a failed column's symbolic error name, :data:`TIMED_OUT` or :data:`INTERNAL`."""
        answer = self.answers[column]
        if isinstance(answer, TimedOut):
            return TIMED_OUT
        if isinstance(answer, InternalError):
            return INTERNAL
        if isinstance(answer, Outcome) and answer.error is not None:
            return answer.error.name
        return ""

    @cached_property
    def has_errors(self) -> bool:
        """Tell whether some column failed (the grid then ends with an ``error`` row)."""
        return any(self.error(column) for column in range(len(self.variants)))

    def differs(self, row: int, column: int) -> bool:
        """Tell whether a cell differs from the baseline column's (``row`` past the tuples: errors)."""
        if self.answers[column] is None or self.answers[self.baseline] is None:
            return False
        if row >= len(self.rows):
            return self.error(column) != self.error(self.baseline)
        return self.cell(row, column) != self.cell(row, self.baseline)

    def same_as_baseline(self, column: int) -> bool | None:
        """Tell whether a column's answer equals the baseline's (``None``: not comparable yet)."""
        mine, base = self.answers[column], self.answers[self.baseline]
        if mine is None or base is None or isinstance(mine, TimedOut | InternalError):
            return None
        if isinstance(base, TimedOut | InternalError):
            return None
        if self.error(column) or self.error(self.baseline):
            return self.error(column) == self.error(self.baseline)
        return self.entries(column) == self.entries(self.baseline)

    def note(self, column: int) -> Note | None:
        """Return the note under a column (``None`` for the baseline and unfinished columns)."""
        same = self.same_as_baseline(column)
        if column == self.baseline or same is None:
            return None
        flag = _toggled(self.variants[self.baseline], self.variants[column])
        if not same:
            if self.error(column):  # what the flag does elsewhere does not explain a failure
                failed = QT_TRANSLATE_NOOP(CONTEXT, "this variant fails with {}")
                return Note(False, Text(failed, (self.error(column),)))
            return Note(False, _effect(flag, self.query) if flag else None)
        reason = _same_reason(flag, self.variants[column].apply(self.query)) if flag else None
        if reason is None and self.error(column):
            reason = Text(QT_TRANSLATE_NOOP(CONTEXT, "both fail with {}"), (self.error(column),))
        return Note(True, reason)


def _toggled(baseline: Variant, variant: Variant) -> str | None:
    """Return the one flag a flags-mode column toggles against the baseline, if any."""
    if baseline.flags is None or variant.flags is None:
        return None
    changed = baseline.flags.value ^ variant.flags.value
    return next((c.name for c in flags.AI_FLAGS if c.value == changed), None)


def _effect(flag: str, query: AddrinfoQuery) -> Text | None:
    """Say what a flag that did change the answer does, where that helps read the column."""
    if flag == "AI_CANONNAME":
        return Text(
            QT_TRANSLATE_NOOP(CONTEXT, "AI_CANONNAME fills only the first tuple's canonname")
        )
    if flag == "AI_PASSIVE" and query.host is None:
        return Text(
            QT_TRANSLATE_NOOP(
                CONTEXT, "AI_PASSIVE swaps loopback addresses for wildcard ones (for bind())"
            )
        )
    return None


def _numeric_host(host: str | None) -> bool:
    return host is None or parsing.is_numeric_address(host)


def _same_reason(flag: str, variant: AddrinfoQuery) -> Text | None:
    """Say why toggling ``flag`` changed nothing, where the reason is known."""
    family = flags.family_name(variant.family.value)
    reasons: dict[str, tuple[bool, str]] = {
        "AI_PASSIVE": (
            variant.host is not None,
            QT_TRANSLATE_NOOP(CONTEXT, "AI_PASSIVE only matters when host is None"),
        ),
        "AI_NUMERICHOST": (
            _numeric_host(variant.host),
            QT_TRANSLATE_NOOP(CONTEXT, "the host is already numeric (or None)"),
        ),
        "AI_NUMERICSERV": (
            not isinstance(variant.port, str),
            QT_TRANSLATE_NOOP(CONTEXT, "the port is already a number (or None)"),
        ),
        "AI_ALL": (
            "AI_V4MAPPED" not in variant.flags.names,
            QT_TRANSLATE_NOOP(CONTEXT, "AI_ALL only matters with AI_V4MAPPED"),
        ),
        "AI_ADDRCONFIG": (
            True,
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "AI_ADDRCONFIG ignores loopback addresses: it drops a family only when this "
                "computer has no other address of it",
            ),
        ),
    }
    if flag == "AI_V4MAPPED" or (flag == "AI_ALL" and "AI_V4MAPPED" in variant.flags.names):
        if family != "AF_INET6":
            return Text(QT_TRANSLATE_NOOP(CONTEXT, "{} only matters with AF_INET6"), (flag,))
        if flag == "AI_V4MAPPED":
            return Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "AI_V4MAPPED maps IPv4 addresses only when no IPv6 address is found"
                )
            )
    applies, text = reasons.get(flag, (False, ""))
    return Text(text) if applies else None
