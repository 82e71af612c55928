"""A lab session as plain data: its history, each view's inputs and the machine it ran on.

The file format is documented in ``docs/session-format.md``.  Writing
(:mod:`netexplorer.core.session_write`) is atomic, and reading
(:mod:`netexplorer.core.session_read`) checks everything before anything is
shown; neither is needed until a session is saved or opened.
"""

import datetime
from dataclasses import dataclass, field, replace
from typing import Any

from netexplorer.core.results import Outcome

#: What the ``format`` member of every session file says.
FORMAT = "netexplorer-session"
#: The format version this program writes and the newest it reads.
VERSION = 1
#: The suffix of session and exercise files.
SUFFIX = ".netexplorer.json"

SESSION, EXERCISE = "session", "exercise"

#: A view's input value: what a line edit, a combo box or a check box holds.
InputValue = str | int | float | bool | None | list[str]
Inputs = dict[str, InputValue]


@dataclass(frozen=True)
class Table:
    """A table as it was shown: column titles and rows of cell texts."""

    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class EntryError:
    """An action's error as it was shown: symbolic name, the system's message, the explanation."""

    name: str
    message: str = ""
    explanation: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    """One finished action of a view, or an exercise step still to do (``todo``).

    ``view`` is the view's object name, ``action`` what the view did (``lookup``
    or a view's own name for it), ``call`` the call(s) as Python writes them, one
    a line, ``inputs`` the view's inputs, ``outcome`` the one-line summary shown
    in the history, ``table`` the result rows as shown, ``outcomes`` the answers
    themselves (for showing them again; empty where a view keeps none).
    """

    time: str
    view: str
    call: str
    action: str = "lookup"
    inputs: Inputs = field(default_factory=dict)
    outcome: str = ""
    elapsed_ms: float | None = None
    error: EntryError | None = None
    table: Table = Table()
    outcomes: tuple[Outcome[Any], ...] = ()
    todo: bool = False

    def done(self) -> "HistoryEntry":
        """Return this entry as a finished one (``todo`` false)."""
        return replace(self, todo=False)


@dataclass(frozen=True)
class Context:
    """The machine a session was saved on."""

    netexplorer: str = ""
    os: str = ""
    python: str = ""
    qt: str = ""
    host: str = ""
    resolver: str = ""


@dataclass(frozen=True)
class Session:
    """Everything a session file holds.

    ``dropped`` counts the oldest entries the bounded history no longer keeps.
    """

    kind: str = SESSION
    title: str = ""
    saved: str = ""
    student: str = ""
    context: Context = Context()
    views: dict[str, Inputs] = field(default_factory=dict)
    history: tuple[HistoryEntry, ...] = ()
    dropped: int = 0


def now() -> str:
    """Return the local time with its offset, as the file stores times."""
    return datetime.datetime.now().astimezone().isoformat(timespec="milliseconds")


def at(seconds: float) -> str:
    """Return a ``time.time()`` moment as the file stores times."""
    moment = datetime.datetime.fromtimestamp(seconds).astimezone()
    return moment.isoformat(timespec="milliseconds")


def clock(stamp: str) -> str:
    """Return the ``HH:MM:SS`` of a stored time (the stored text itself if it has none)."""
    try:
        return datetime.datetime.fromisoformat(stamp).strftime("%H:%M:%S")
    except ValueError:
        return stamp
