"""Reading a session file: every member checked (kind, type, size) before anything is shown.

:func:`loads` returns a :class:`~netexplorer.core.session.Session` or raises
:class:`SessionError` saying in plain words what is wrong: not a session at
all, cut off, written by a newer netexplorer, or damaged at a named place.
No other exception escapes, whatever the bytes.
"""

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netexplorer.core import values
from netexplorer.core.results import Outcome
from netexplorer.core.session import (
    EXERCISE,
    FORMAT,
    SESSION,
    VERSION,
    Context,
    EntryError,
    HistoryEntry,
    Inputs,
    InputValue,
    Session,
    Table,
)
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 20_000
MAX_OUTCOMES = 100
MAX_ROWS = 10_000
MAX_COLUMNS = 64
MAX_VIEWS = 100
MAX_INPUTS = 200
MAX_LIST = 200
#: Longest name (view, input, action, error name, time).
MAX_NAME = 200
#: Longest cell or input text.
MAX_CELL = 10_000
#: Longest free text (call, outcome, message, explanation, title, context).
MAX_TEXT = 100_000

_DAMAGED = QT_TRANSLATE_NOOP(CONTEXT, "The session file is damaged at {}: {}.")


class SessionError(Exception):
    """Why a file cannot be opened as a session.

    ``message`` is an English source string with ``{}`` placeholders for
    ``args``; ``reason`` (for a damaged file) is translated too.
    """

    def __init__(self, message: str, *args: str, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.args_text = args
        self.reason = reason

    def text(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """Return the message in one line, translated by ``translate``."""
        args = (*self.args_text, translate(self.reason)) if self.reason else self.args_text
        return translate(self.message).format(*args)


def _damaged(where: str, reason: str) -> SessionError:
    return SessionError(_DAMAGED, where, reason=reason)


def _cut_off() -> SessionError:
    return SessionError(
        QT_TRANSLATE_NOOP(
            CONTEXT, "The file ends too early: it was cut off while being written or copied."
        )
    )


def read(path: Path) -> Session:
    """Read and check the session file at ``path``."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SessionError(
            QT_TRANSLATE_NOOP(CONTEXT, "The file could not be read: {}."), exc.strerror or str(exc)
        ) from None
    return loads(data)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a member appears twice")
    return result


def loads(data: bytes) -> Session:
    """Check the bytes of a session file and return the session they hold."""
    if len(data) > MAX_FILE_BYTES:
        raise SessionError(
            QT_TRANSLATE_NOOP(CONTEXT, "The file is larger than {} MB: not a session file."),
            str(MAX_FILE_BYTES // (1024 * 1024)),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut inside a character
            raise _cut_off() from None
        raise SessionError(
            QT_TRANSLATE_NOOP(CONTEXT, "The file is not a netexplorer session (it is not text).")
        ) from None
    try:
        document = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_unique)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise _cut_off() from None
        raise SessionError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "The file is not a netexplorer session (not JSON at line {}, column {})."
            ),
            str(exc.lineno),
            str(exc.colno),
        ) from None
    except (ValueError, RecursionError):
        raise SessionError(
            QT_TRANSLATE_NOOP(
                CONTEXT, "The file is not a netexplorer session (not JSON it writes)."
            )
        ) from None
    return from_json(document)


def from_json(document: object) -> Session:
    """Check a parsed session file and return the session it holds."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionError(QT_TRANSLATE_NOOP(CONTEXT, "The file is not a netexplorer session."))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged("version", QT_TRANSLATE_NOOP(CONTEXT, "not a version number"))
    if version > VERSION:
        raise SessionError(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The file was written by a newer netexplorer (session format {}); this one "
                "reads format {} and older. Update netexplorer to open it.",
            ),
            str(version),
            str(VERSION),
        )
    kind = _text(document, "kind", "", MAX_NAME)
    if kind not in (SESSION, EXERCISE):
        raise _damaged("kind", QT_TRANSLATE_NOOP(CONTEXT, "neither session nor exercise"))
    history = _list(document, "history", "", MAX_ENTRIES)
    dropped = _get(document, "dropped", "", int)
    if dropped < 0:
        raise _damaged("dropped", QT_TRANSLATE_NOOP(CONTEXT, "a negative count"))
    return Session(
        kind=kind,
        title=_text(document, "title", "", MAX_TEXT),
        saved=_text(document, "saved", "", MAX_NAME),
        student=_text(document, "student", "", MAX_TEXT),
        context=_context(_get(document, "context", "", dict)),
        views=_views(_get(document, "views", "", dict)),
        history=tuple(_entry(item, f"history[{n}]") for n, item in enumerate(history)),
        dropped=dropped,
    )


def _where(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _get(obj: dict[str, Any], key: str, parent: str, kind: type) -> Any:
    if key not in obj:
        raise _damaged(_where(parent, key), QT_TRANSLATE_NOOP(CONTEXT, "missing"))
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _damaged(_where(parent, key), QT_TRANSLATE_NOOP(CONTEXT, "wrong type"))
    return value


def _text(obj: dict[str, Any], key: str, parent: str, limit: int) -> str:
    value: str = _get(obj, key, parent, str)
    if len(value) > limit:
        raise _damaged(_where(parent, key), QT_TRANSLATE_NOOP(CONTEXT, "too long"))
    return value


def _list(obj: dict[str, Any], key: str, parent: str, limit: int) -> list[Any]:
    value: list[Any] = _get(obj, key, parent, list)
    if len(value) > limit:
        raise _damaged(_where(parent, key), QT_TRANSLATE_NOOP(CONTEXT, "too many items"))
    return value


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _damaged(where, QT_TRANSLATE_NOOP(CONTEXT, "wrong type"))
    return value


def _context(obj: dict[str, Any]) -> Context:
    names = ("netexplorer", "os", "python", "qt", "host", "resolver")
    return Context(*(_text(obj, name, "context", MAX_TEXT) for name in names))


def _views(obj: dict[str, Any]) -> dict[str, Inputs]:
    if len(obj) > MAX_VIEWS:
        raise _damaged("views", QT_TRANSLATE_NOOP(CONTEXT, "too many items"))
    views: dict[str, Inputs] = {}
    for name, inputs in obj.items():
        if len(name) > MAX_NAME:
            raise _damaged("views", QT_TRANSLATE_NOOP(CONTEXT, "a name is too long"))
        views[name] = _inputs(inputs, f"views.{name[:40]}")
    return views


def _inputs(value: object, where: str) -> Inputs:
    obj = _object(value, where)
    if len(obj) > MAX_INPUTS:
        raise _damaged(where, QT_TRANSLATE_NOOP(CONTEXT, "too many items"))
    inputs: Inputs = {}
    for name, item in obj.items():
        if len(name) > MAX_NAME:
            raise _damaged(where, QT_TRANSLATE_NOOP(CONTEXT, "a name is too long"))
        inputs[name] = _input_value(item, f"{where}.{name[:40]}")
    return inputs


def _input_value(value: object, where: str) -> InputValue:
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    if isinstance(value, str) and len(value) <= MAX_CELL:
        return value
    if (
        isinstance(value, list)
        and len(value) <= MAX_LIST
        and all(isinstance(item, str) and len(item) <= MAX_NAME for item in value)
    ):
        return list(value)
    raise _damaged(where, QT_TRANSLATE_NOOP(CONTEXT, "not an input value"))


def _entry(value: object, where: str) -> HistoryEntry:
    obj = _object(value, where)
    elapsed = obj.get("elapsed_ms", None)
    if isinstance(elapsed, int) and not isinstance(elapsed, bool):
        elapsed = float(elapsed)
    if elapsed is not None and not (isinstance(elapsed, float) and math.isfinite(elapsed)):
        raise _damaged(f"{where}.elapsed_ms", QT_TRANSLATE_NOOP(CONTEXT, "wrong type"))
    return HistoryEntry(
        time=_text(obj, "time", where, MAX_NAME),
        view=_text(obj, "view", where, MAX_NAME),
        call=_text(obj, "call", where, MAX_TEXT),
        action=_text(obj, "action", where, MAX_NAME),
        inputs=_inputs(_get(obj, "inputs", where, dict), f"{where}.inputs"),
        outcome=_text(obj, "outcome", where, MAX_TEXT),
        elapsed_ms=elapsed,
        error=_error(obj.get("error"), f"{where}.error"),
        table=_table(_get(obj, "table", where, dict), f"{where}.table"),
        outcomes=_outcomes(_list(obj, "outcomes", where, MAX_OUTCOMES), f"{where}.outcomes"),
        todo=_get(obj, "todo", where, bool),
    )


def _error(value: object, where: str) -> EntryError | None:
    if value is None:
        return None
    obj = _object(value, where)
    return EntryError(
        name=_text(obj, "name", where, MAX_NAME),
        message=_text(obj, "message", where, MAX_TEXT),
        explanation=_text(obj, "explanation", where, MAX_TEXT),
    )


def _cells(value: object, where: str, limit: int) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or len(value) > MAX_COLUMNS
        or not all(isinstance(cell, str) and len(cell) <= limit for cell in value)
    ):
        raise _damaged(where, QT_TRANSLATE_NOOP(CONTEXT, "not a row of texts"))
    return tuple(value)


def _table(obj: dict[str, Any], where: str) -> Table:
    headers = _cells(_get(obj, "headers", where, list), f"{where}.headers", MAX_NAME)
    rows = _list(obj, "rows", where, MAX_ROWS)
    return Table(
        headers, tuple(_cells(row, f"{where}.rows[{n}]", MAX_CELL) for n, row in enumerate(rows))
    )


def _outcomes(items: list[Any], where: str) -> tuple[Outcome[Any], ...]:
    """Decode the stored answers; those of calls this program does not know are left out."""
    decoded: list[Outcome[Any]] = []
    for n, item in enumerate(items):
        try:
            outcome = values.decode_outcome(item, f"{where}[{n}]")
        except values.InvalidValue as invalid:
            raise _damaged(invalid.where, invalid.reason) from None
        if outcome is None:
            return ()
        decoded.append(outcome)
    return tuple(decoded)
