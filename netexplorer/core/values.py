"""Lookup results as plain JSON and back, checked against their types.

A session file keeps each answer's :class:`~netexplorer.core.results.Outcome`
so that a view can show it again exactly as it did.  The encoding is small:
``None``, booleans, integers, finite floats and strings stand for themselves,
a tuple is a JSON array, and a registered frozen dataclass is an object whose
``"$"`` names the class beside one member per field.  Decoding rebuilds only
registered classes and checks every field against its type hints, so a file
can never smuggle in a value a view does not expect.  A view whose results
are other dataclasses registers them (:func:`register`) and names what its
calls return (:data:`RESULT_TYPES`).
"""

import dataclasses
import math
import types
import typing
from typing import Any, TypeVar, Union

from netexplorer.core.results import (
    AddrInfo,
    Call,
    ExplainedError,
    HostEx,
    NameInfo,
    Outcome,
    Symbol,
)
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

JSON = None | bool | int | float | str | list["JSON"] | dict[str, "JSON"]

#: How deep encoded values may nest (an Outcome of AddrInfo tuples needs 6).
MAX_DEPTH = 12
#: The most items one encoded tuple may hold.
MAX_ITEMS = 10_000

_CLASSES: dict[str, type] = {}
_HINTS: dict[type, dict[str, Any]] = {}

C = TypeVar("C", bound=type)


class InvalidValue(ValueError):
    """An encoded value that is not one this program writes.

    ``where`` is its place in the file (``history[3].outcomes[0].value``) and
    ``reason`` why it was refused, an English source string the UI translates.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


def register(cls: C) -> C:
    """Let instances of the frozen dataclass ``cls`` be encoded and decoded."""
    if not (dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    _CLASSES[cls.__name__] = cls
    return cls


for _cls in (Outcome, Call, Symbol, ExplainedError, HostEx, NameInfo, AddrInfo):
    register(_cls)

#: What each socket call returns, checked when an outcome is read back.
RESULT_TYPES: dict[str, Any] = {
    "gethostname": str,
    "gethostbyname": str,
    "gethostbyname_ex": HostEx,
    "gethostbyaddr": HostEx,
    "getnameinfo": NameInfo,
    "getprotobyname": int,
    "getservbyname": int,
    "getservbyport": str,
    "getaddrinfo": tuple[AddrInfo, ...],
}


def encodable(value: object, depth: int = 0) -> bool:
    """Tell whether :func:`encode` can write ``value`` (and :func:`decode` read it back)."""
    if depth > MAX_DEPTH:
        return False
    if value is None or isinstance(value, (bool, int, str)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, tuple):
        return len(value) <= MAX_ITEMS and all(encodable(item, depth + 1) for item in value)
    cls = type(value)
    if _CLASSES.get(cls.__name__) is not cls:
        return False
    return all(
        encodable(getattr(value, f.name), depth + 1)
        for f in dataclasses.fields(value)  # type: ignore[arg-type]
    )


def encode(value: object) -> JSON:
    """Return ``value`` as JSON data (check :func:`encodable` first)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple):
        return [encode(item) for item in value]
    if _CLASSES.get(type(value).__name__) is not type(value):
        raise TypeError(f"{type(value).__name__} is not a registered result type")
    encoded: dict[str, JSON] = {"$": type(value).__name__}
    for f in dataclasses.fields(value):  # type: ignore[arg-type]
        encoded[f.name] = encode(getattr(value, f.name))
    return encoded


def decode(data: object, where: str = "value", depth: int = 0) -> object:
    """Rebuild a value written by :func:`encode`; raise :class:`InvalidValue` for anything else."""
    if depth > MAX_DEPTH:
        raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "nested too deeply"))
    if data is None or isinstance(data, (bool, int, str)):
        return data
    if isinstance(data, float):
        if not math.isfinite(data):
            raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "not a finite number"))
        return data
    if isinstance(data, list):
        if len(data) > MAX_ITEMS:
            raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "too many items"))
        return tuple(decode(item, f"{where}[{n}]", depth + 1) for n, item in enumerate(data))
    if isinstance(data, dict):
        return _decode_object(data, where, depth)
    raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "not a value netexplorer writes"))


def _decode_object(data: dict[Any, Any], where: str, depth: int) -> object:
    name = data.get("$")
    cls = _CLASSES.get(name) if isinstance(name, str) else None
    if cls is None:
        raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "unknown kind of value"))
    hints = _hints(cls)
    if set(data) != {"$", *hints}:
        raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "missing or unknown fields"))
    fields: dict[str, object] = {}
    for field, hint in hints.items():
        value = decode(data[field], f"{where}.{field}", depth + 1)
        if isinstance(value, int) and not isinstance(value, bool) and hint is float:
            value = float(value)
        if not conforms(value, hint):
            raise InvalidValue(f"{where}.{field}", QT_TRANSLATE_NOOP(CONTEXT, "wrong type"))
        fields[field] = value
    return cls(**fields)


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        names = {f.name for f in dataclasses.fields(cls)}
        _HINTS[cls] = {k: v for k, v in typing.get_type_hints(cls).items() if k in names}
    return _HINTS[cls]


def conforms(value: object, hint: Any) -> bool:
    """Tell whether a decoded value has the type ``hint`` (the subset results use)."""
    if hint is Any or hint is object or isinstance(hint, TypeVar):
        return True
    if hint is None or hint is types.NoneType:
        return value is None
    if hint is float:
        return isinstance(value, float)
    if hint in (bool, str):
        return isinstance(value, hint)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return any(conforms(value, arg) for arg in typing.get_args(hint))
    if origin is tuple:
        return _conforms_tuple(value, typing.get_args(hint))
    if isinstance(hint, type):
        return type(value) is hint
    return False


def _conforms_tuple(value: object, args: tuple[Any, ...]) -> bool:
    if not isinstance(value, tuple):
        return False
    if len(args) == 2 and args[1] is Ellipsis:
        return all(conforms(item, args[0]) for item in value)
    return len(args) == len(value) and all(
        conforms(item, arg) for item, arg in zip(value, args, strict=True)
    )


def decode_outcome(data: object, where: str) -> Outcome[Any] | None:
    """Decode one outcome; None for a call this program does not know (kept as text only).

    Raises :class:`InvalidValue` when it is not an outcome, or its value is not
    what its call returns.
    """
    outcome = decode(data, where)
    if not isinstance(outcome, Outcome):
        raise InvalidValue(where, QT_TRANSLATE_NOOP(CONTEXT, "not an outcome"))
    expected = RESULT_TYPES.get(outcome.call.function)
    if expected is None:
        return None
    if outcome.value is not None and not conforms(outcome.value, expected):
        raise InvalidValue(
            f"{where}.value", QT_TRANSLATE_NOOP(CONTEXT, "not what the call returns")
        )
    return outcome


def storable(outcomes: tuple[Outcome[Any], ...]) -> bool:
    """Tell whether outcomes can be stored and read back equal (known calls, encodable values)."""
    return all(
        isinstance(outcome, Outcome)
        and outcome.call.function in RESULT_TYPES
        and (outcome.value is None or conforms(outcome.value, RESULT_TYPES[outcome.call.function]))
        for outcome in outcomes
    ) and encodable(outcomes)
