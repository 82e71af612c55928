"""A lab session as plain data: its history, each view's inputs and the machine it ran on.

The file format is documented in ``docs/session-format.md``.  Writing is
atomic (:func:`write_atomic`: a temporary file beside the target, flushed to
disk, then renamed over it), so a crash leaves either the previous file or
the new one.  Reading (:mod:`netexplorer.core.session_read`) checks
everything before anything is shown.
"""

import datetime
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from netexplorer.core import platform, values
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


def entry_json(entry: HistoryEntry) -> dict[str, Any]:
    """Return one history entry as the JSON object the file holds."""
    error = entry.error
    return {
        "time": entry.time,
        "view": entry.view,
        "action": entry.action,
        "call": entry.call,
        "inputs": entry.inputs,
        "outcome": entry.outcome,
        "elapsed_ms": entry.elapsed_ms,
        "error": None if error is None else {
            "name": error.name, "message": error.message, "explanation": error.explanation,
        },
        "table": {
            "headers": list(entry.table.headers),
            "rows": [list(row) for row in entry.table.rows],
        },
        "outcomes": [values.encode(outcome) for outcome in entry.outcomes],
        "todo": entry.todo,
    }  # fmt: skip


def dumps(session: Session) -> bytes:
    """Return the session file's bytes: UTF-8 JSON, one history entry a line."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "kind": session.kind,
        "title": session.title,
        "saved": session.saved,
        "student": session.student,
        "context": session.context.__dict__,
        "views": session.views,
        "dropped": session.dropped,
    }
    text = json.dumps(head, ensure_ascii=False, indent=1, allow_nan=False)
    entries = ",\n".join(
        json.dumps(entry_json(entry), ensure_ascii=False, allow_nan=False)
        for entry in session.history
    )
    body = f"[\n{entries}\n]" if entries else "[]"
    return (text[:-2] + f',\n "history": {body}\n}}\n').encode()


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that no reader ever sees a partial file.

    The bytes go to a temporary file in the same folder, are flushed to the
    disk, and the temporary file is renamed over the target (atomic on every
    system netexplorer runs on); the folder is then flushed so the rename lasts.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, _file_mode(path))  # mkstemp makes it private to the user
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    platform.fsync_directory(path.parent)


def _file_mode(path: Path) -> int:
    """Return the mode the file should have: the one it had, else what the umask allows."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_session(path: Path, session: Session) -> None:
    """Write ``session`` to ``path`` atomically (raises OSError)."""
    write_atomic(path, dumps(session))


def remove_stale_temporaries(path: Path) -> int:
    """Remove temporary files a killed writer left beside ``path``; return how many."""
    removed = 0
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            continue
        removed += 1
    return removed
