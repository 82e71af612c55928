"""The variants of one getaddrinfo query that the comparison grid runs side by side.

Two kinds of comparison:

* **flags** — the flags as ticked (the baseline), then the baseline with one
  single-bit ``AI_*`` flag toggled per column, then any flag sets the user
  added.  Which columns appear is a list of :data:`Entry` values that the
  user can change and that is remembered between sessions.
* **family × type** — ``AF_UNSPEC``/``AF_INET``/``AF_INET6`` times
  ``0``/``SOCK_STREAM``/``SOCK_DGRAM``, with the flags as ticked.
"""

import dataclasses
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from netexplorer.core import flags
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import ExplainedError, Symbol
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: At most this many entries are kept in a variant list (the grid stays readable).
MAX_ENTRIES = 32
GRID_FAMILIES = ("AF_UNSPEC", "AF_INET", "AF_INET6")
GRID_TYPES = ("0", "SOCK_STREAM", "SOCK_DGRAM")


class Mode(enum.Enum):
    """What the comparison varies."""

    FLAGS = "flags"
    FAMILY_TYPE = "family-type"


@dataclass(frozen=True)
class Variant:
    """One column of the grid: the query with some of its arguments replaced.

    An argument left ``None`` keeps the query's value.
    """

    flags: Symbol | None = None
    family: Symbol | None = None
    type: Symbol | None = None

    def apply(self, query: AddrinfoQuery) -> AddrinfoQuery:
        """Return ``query`` with this variant's arguments."""
        return dataclasses.replace(
            query,
            flags=query.flags if self.flags is None else self.flags,
            family=query.family if self.family is None else self.family,
            type=query.type if self.type is None else self.type,
        )

    def header(self) -> str:
        """Return the column heading as Python writes the arguments: ``AF_INET6, SOCK_DGRAM``."""
        parts = (self.family, self.type, self.flags)
        return ", ".join(flags.python_text(part) for part in parts if part is not None)


@dataclass(frozen=True)
class Toggle:
    """A flags-mode entry: the baseline with ``flag`` switched on or off."""

    flag: str


@dataclass(frozen=True)
class FlagSet:
    """A flags-mode entry: exactly these flags (names in table order; empty means ``0``)."""

    names: tuple[str, ...]


Entry = Toggle | FlagSet

TOGGLE_PREFIX = "toggle:"
SET_PREFIX = "set:"


def default_entries() -> tuple[Entry, ...]:
    """Return one toggle per single-bit ``AI_*`` flag this platform defines."""
    return tuple(Toggle(constant.name) for constant in flags.AI_FLAGS)


def _known(names: Iterable[str]) -> bool:
    defined = {constant.name for constant in flags.AI_FLAGS}
    return all(name in defined for name in names)


def entry_to_text(entry: Entry) -> str:
    """Return the stored form of an entry: ``toggle:AI_PASSIVE`` or ``set:AI_A|AI_B``."""
    if isinstance(entry, Toggle):
        return TOGGLE_PREFIX + entry.flag
    return SET_PREFIX + "|".join(entry.names)


def entry_from_text(text: str) -> Entry | None:
    """Read an entry back from its stored form; ``None`` if it is not valid here."""
    if text.startswith(TOGGLE_PREFIX):
        name = text.removeprefix(TOGGLE_PREFIX)
        return Toggle(name) if _known([name]) else None
    if text.startswith(SET_PREFIX):
        body = text.removeprefix(SET_PREFIX)
        names = tuple(body.split("|")) if body else ()
        if not _known(names) or len(set(names)) != len(names):
            return None
        return FlagSet(flags.ai_symbol(_value(names)).names)
    return None


def _value(names: Iterable[str]) -> int:
    value = 0
    for name in names:
        value |= next(c.value for c in flags.AI_FLAGS if c.name == name)
    return value


def parse_flag_set(text: str) -> FlagSet:
    """Parse a flag set as a user types it: ``AI_ADDRCONFIG | socket.AI_V4MAPPED`` or ``0``.

    Raise :class:`InvalidInput` naming the flags this system defines.
    """
    value = text.strip()
    if value == "0":
        return FlagSet(())
    words = [word.strip().removeprefix("socket.") for word in value.split("|")]
    defined = [constant.name for constant in flags.AI_FLAGS]
    unknown = next((word for word in words if word not in defined), None)
    if not value or unknown is not None:
        raise InvalidInput(
            ExplainedError(
                name="InputError",
                message=QT_TRANSLATE_NOOP(
                    CONTEXT, "{} is not a set of AI_ flags; this system defines {}."
                ),
                args=(repr(unknown if unknown is not None else value), ", ".join(defined)),
                explanation=QT_TRANSLATE_NOOP(
                    CONTEXT, "Write flags joined by |, as Python does, or 0 for none."
                ),
            )
        )
    return FlagSet(flags.ai_symbol(_value(words)).names)


def flag_variants(baseline: Symbol, entries: Sequence[Entry]) -> tuple[Variant, ...]:
    """Return the baseline's variant, then one per entry, skipping repeated flag values."""
    first = flags.ai_symbol(baseline.value)
    result = [Variant(flags=first)]
    seen = {first.value}
    for entry in entries:
        if isinstance(entry, Toggle):
            value = baseline.value ^ _value([entry.flag])
        else:
            value = _value(entry.names)
        if value not in seen:
            seen.add(value)
            result.append(Variant(flags=flags.ai_symbol(value)))
    return tuple(result)


def family_type_variants() -> tuple[Variant, ...]:
    """Return the family × type grid's variants (families this platform defines)."""
    families = [name for name in GRID_FAMILIES if any(c.name == name for c in flags.FAMILIES)]
    return tuple(
        Variant(
            family=flags.symbol(family),
            type=flags.ZERO if kind == "0" else flags.symbol(kind),
        )
        for family in families
        for kind in GRID_TYPES
    )


def variants_for(
    mode: Mode, query: AddrinfoQuery, entries: Sequence[Entry]
) -> tuple[tuple[Variant, ...], int]:
    """Return the variants of ``mode`` for ``query`` and the index of the baseline column.

    In family × type mode the baseline is the column with the query's own family
    and type, or the first column when the query's are not in the grid.
    """
    if mode is Mode.FLAGS:
        return flag_variants(query.flags, entries), 0
    variants = family_type_variants()
    own = next(
        (
            index
            for index, variant in enumerate(variants)
            if variant.family is not None
            and variant.type is not None
            and variant.family.value == query.family.value
            and variant.type.value == query.type.value
        ),
        0,
    )
    return variants, own
