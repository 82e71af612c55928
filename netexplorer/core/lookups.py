"""Every socket-module lookup the tabs make, described before it runs.

Each function returns a :class:`Lookup`: the exact :class:`Call` (so the
generated code reproduces it, even for a lookup that never finishes) and a
``run()`` that makes the call, times it and returns an :class:`Outcome`
instead of raising.  ``run()`` blocks: the user interface calls it on a
worker thread.

Only the errors a socket call can raise become explained outcomes
(:data:`CALL_ERRORS`); anything else, including a failure while converting a
returned value, is a bug in netexplorer and propagates.
"""

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from netexplorer.core.results import (
    AddrInfo,
    Call,
    ExplainedError,
    HostEx,
    NameInfo,
    Outcome,
    Symbol,
)

T = TypeVar("T")

#: What the socket module's calls raise: OSError and its subclasses (gaierror,
#: herror, timeouts), UnicodeError from IDNA encoding, OverflowError and
#: ValueError from argument checks.
CALL_ERRORS = (OSError, UnicodeError, OverflowError, ValueError)

#: CPython's getservbyname, getservbyport and getprotobyname use the C
#: library's non-reentrant functions; two threads must never call them at once.
_NETDB_LOCK = threading.Lock()


def explain_call_error(exc: BaseException) -> ExplainedError:
    """Explain what a socket call raised (the error texts are loaded by the first error)."""
    from netexplorer.core.errors import explain  # noqa: PLC0415

    return explain(exc)


@dataclass(frozen=True)
class Lookup(Generic[T]):
    """A call ready to run: what it is, how to make it, how to read its value.

    ``errors`` are the exceptions the call can raise that ``explainer`` turns into
    explained outcomes; a DNS query adds dnspython's to the socket module's.
    """

    call: Call
    make: Callable[[], Any]
    convert: Callable[[Any], T]
    serialized: bool = False
    errors: tuple[type[BaseException], ...] = CALL_ERRORS
    explainer: Callable[[BaseException], ExplainedError] = explain_call_error

    def run(self) -> Outcome[T]:
        """Make the call (blocking) and return its value or explained error."""
        start = time.perf_counter()
        try:
            if self.serialized:
                with _NETDB_LOCK:
                    raw = self.make()
            else:
                raw = self.make()
        except self.errors as exc:
            elapsed = (time.perf_counter() - start) * 1000
            return Outcome(call=self.call, error=self.explainer(exc), elapsed_ms=elapsed)
        elapsed = (time.perf_counter() - start) * 1000
        return Outcome(call=self.call, value=self.convert(raw), elapsed_ms=elapsed)


def run_all(lookups: tuple["Lookup[Any]", ...]) -> tuple[Outcome[Any], ...]:
    """Run several lookups in order (on the calling thread)."""
    return tuple(lookup.run() for lookup in lookups)


def _same(value: Any) -> Any:
    return value


def _host_ex(raw: tuple[str, list[str], list[str]]) -> HostEx:
    name, aliases, addresses = raw
    return HostEx(name, tuple(aliases), tuple(addresses))


def _addrinfo(raw: list[tuple[Any, ...]]) -> tuple[AddrInfo, ...]:
    return tuple(
        AddrInfo(int(family), int(kind), int(proto), str(canonname), tuple(sockaddr))
        for family, kind, proto, canonname, sockaddr in raw
    )


def has_ipv6() -> bool:
    """Return ``socket.has_ipv6``: whether Python was built with IPv6 support."""
    return socket.has_ipv6


def gethostname() -> Lookup[str]:
    """``socket.gethostname()``: this computer's host name."""
    return Lookup(Call("gethostname"), socket.gethostname, _same)


def gethostbyname(host: str) -> Lookup[str]:
    """``socket.gethostbyname(host)``: one IPv4 address."""
    return Lookup(Call("gethostbyname", (host,)), lambda: socket.gethostbyname(host), _same)


def gethostbyname_ex(host: str) -> Lookup[HostEx]:
    """``socket.gethostbyname_ex(host)``: canonical name, aliases, every IPv4 address."""
    return Lookup(
        Call("gethostbyname_ex", (host,)), lambda: socket.gethostbyname_ex(host), _host_ex
    )


def gethostbyaddr(address: str) -> Lookup[HostEx]:
    """``socket.gethostbyaddr(address)``: the reverse (PTR or hosts-file) lookup."""
    return Lookup(
        Call("gethostbyaddr", (address,)), lambda: socket.gethostbyaddr(address), _host_ex
    )


def getnameinfo(
    sockaddr: tuple[str, int] | tuple[str, int, int, int], flags: Symbol
) -> Lookup[NameInfo]:
    """``socket.getnameinfo(sockaddr, flags)``: host and service names for an address."""
    return Lookup(
        Call("getnameinfo", (sockaddr, flags)),
        lambda: socket.getnameinfo(sockaddr, flags.value),
        lambda raw: NameInfo(raw[0], raw[1]),
    )


def _netdb(function: str, *args: object) -> Lookup[Any]:
    """Plan a call to a non-reentrant netdb function; ``None`` arguments are left out."""
    present = tuple(arg for arg in args if arg is not None)
    call = getattr(socket, function)
    return Lookup(Call(function, present), lambda: call(*present), _same, serialized=True)


def getprotobyname(name: str) -> Lookup[int]:
    """``socket.getprotobyname(name)``: the protocol number (tcp is 6, icmp 1)."""
    return _netdb("getprotobyname", name)


def getservbyname(name: str, proto: str | None) -> Lookup[int]:
    """``socket.getservbyname(name[, proto])``: the port of a service."""
    return _netdb("getservbyname", name, proto)


def getservbyport(port: int, proto: str | None) -> Lookup[str]:
    """``socket.getservbyport(port[, proto])``: the service name of a port."""
    return _netdb("getservbyport", port, proto)


@dataclass(frozen=True)
class AddrinfoQuery:
    """Every argument of one ``socket.getaddrinfo`` call, already validated."""

    host: str | None
    port: int | str | None
    family: Symbol
    type: Symbol
    proto: Symbol
    flags: Symbol

    def lookup(self) -> "Lookup[tuple[AddrInfo, ...]]":
        """Plan the call these arguments describe."""
        return getaddrinfo(self.host, self.port, self.family, self.type, self.proto, self.flags)

    @classmethod
    def from_call(cls, call: Call) -> "AddrinfoQuery | None":
        """Return the arguments of a getaddrinfo call as planned here (``None`` for another)."""
        if call.function != "getaddrinfo" or len(call.args) != len(_QUERY_FIELDS):
            return None
        host, port, *symbols = call.args
        if not isinstance(host, str | None) or not isinstance(port, int | str | None):
            return None
        if not all(isinstance(symbol, Symbol) for symbol in symbols):
            return None
        family, kind, proto, flags = (s for s in symbols if isinstance(s, Symbol))
        return cls(host, port, family, kind, proto, flags)


_QUERY_FIELDS = ("host", "port", "family", "type", "proto", "flags")


def getaddrinfo(
    host: str | None,
    port: int | str | None,
    family: Symbol,
    socktype: Symbol,
    proto: Symbol,
    flags: Symbol,
) -> Lookup[tuple[AddrInfo, ...]]:
    """``socket.getaddrinfo(host, port, family, type, proto, flags)``: every 5-tuple."""
    return Lookup(
        Call("getaddrinfo", (host, port, family, socktype, proto, flags)),
        lambda: socket.getaddrinfo(
            host, port, family.value, socktype.value, proto.value, flags.value
        ),
        _addrinfo,
    )
