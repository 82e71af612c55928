"""Plain, frozen result types shared by every lookup.

They hold only Python values (str, int, tuples), so a result can be saved,
compared with another run or turned into a report without Qt.
"""

import traceback
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class ExplainedError:
    """An error a user can act on.

    ``name`` is the symbolic name (``EAI_NONAME``, ``herror``, ``OSError``,
    ``InputError``, ``TimedOut``…), ``message`` what the system said, and
    ``explanation`` / ``cause`` plain-language text (English source strings,
    translated by the user interface).
    """

    name: str
    message: str
    explanation: str
    cause: str = ""
    code: int | None = None
    exception: str = ""
    #: Values for ``{}`` placeholders in ``message`` (filled in after translation).
    args: tuple[str, ...] = ()

    def formatted_message(self) -> str:
        """Return ``message`` with its placeholders filled in (untranslated)."""
        return self.message.format(*self.args) if self.args else self.message


@dataclass(frozen=True)
class InternalError:
    """An exception netexplorer's own code did not expect: a bug, not a network problem.

    ``summary`` is the exception as one line (``KeyError: 'x'``); ``details``
    the whole traceback, for a bug report.
    """

    summary: str
    details: str

    @classmethod
    def from_exception(cls, exc: BaseException) -> "InternalError":
        """Capture an exception with its traceback."""
        summary = traceback.format_exception_only(exc)[-1].strip()
        return cls(summary, "".join(traceback.format_exception(exc)))


@dataclass(frozen=True)
class Symbol:
    """A socket-module constant (or several OR-ed together) passed as an argument.

    ``names`` empty means the value 0 written as ``0``.
    """

    names: tuple[str, ...]
    value: int


@dataclass(frozen=True)
class Call:
    """One socket-module function call, exactly as netexplorer makes it."""

    function: str
    args: tuple[object, ...] = ()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of one call: its value or an explained error, and how long it took."""

    call: Call
    value: T | None = None
    error: ExplainedError | None = None
    elapsed_ms: float = 0.0

    @property
    def ok(self) -> bool:
        """Tell whether the call returned normally."""
        return self.error is None


@dataclass(frozen=True)
class HostEx:
    """What ``gethostbyname_ex`` and ``gethostbyaddr`` return: name, aliases, addresses."""

    hostname: str
    aliases: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameInfo:
    """What ``getnameinfo`` returns: a host and a service (port) string."""

    host: str
    service: str


@dataclass(frozen=True)
class AddrInfo:
    """One 5-tuple from ``getaddrinfo``: family, type, proto, canonname, sockaddr."""

    family: int
    type: int
    proto: int
    canonname: str
    sockaddr: tuple[str | int, ...] = field(default_factory=tuple)
