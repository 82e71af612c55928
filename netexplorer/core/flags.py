"""Tables of the socket module's constants, built from what this platform defines.

A constant the platform lacks (``AI_V4MAPPED`` on some systems,
``AF_INET6`` without IPv6 support) is simply absent from the tables.
"""

import socket
from collections.abc import Iterable
from dataclasses import dataclass

from netexplorer.core.results import Symbol
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Constant:
    """A socket-module constant with a one-line explanation (English source text)."""

    name: str
    value: int
    explanation: str


_AI = (
    ("AI_PASSIVE", QT_TRANSLATE_NOOP(CONTEXT, "With host None, return wildcard addresses (0.0.0.0, ::) for bind() instead of loopback ones for connect().")),
    ("AI_CANONNAME", QT_TRANSLATE_NOOP(CONTEXT, "Fill canonname in the first result with the host's canonical name (the end of any CNAME chain).")),
    ("AI_NUMERICHOST", QT_TRANSLATE_NOOP(CONTEXT, "The host must be a numeric address; no DNS query is made and a name gives EAI_NONAME.")),
    ("AI_NUMERICSERV", QT_TRANSLATE_NOOP(CONTEXT, "The port must be a number; a service name such as 'www' gives an error.")),
    ("AI_ADDRCONFIG", QT_TRANSLATE_NOOP(CONTEXT, "Return IPv4/IPv6 addresses only if this computer has a non-loopback address of that family; loopback does not count, so 'localhost' can fail with no network.")),
    ("AI_V4MAPPED", QT_TRANSLATE_NOOP(CONTEXT, "With AF_INET6 and no IPv6 address found, return IPv4 addresses as IPv4-mapped IPv6 (::ffff:a.b.c.d). Some systems reject it with EAI_BADFLAGS.")),
    ("AI_ALL", QT_TRANSLATE_NOOP(CONTEXT, "With AI_V4MAPPED, return IPv6 and IPv4-mapped addresses together. Some systems reject it with EAI_BADFLAGS.")),
    ("AI_DEFAULT", QT_TRANSLATE_NOOP(CONTEXT, "AI_V4MAPPED | AI_ADDRCONFIG, the default on some systems.")),
    ("AI_MASK", QT_TRANSLATE_NOOP(CONTEXT, "All flags this system accepts from a program.")),
    ("AI_V4MAPPED_CFG", QT_TRANSLATE_NOOP(CONTEXT, "Accept IPv4-mapped addresses if the kernel supports them.")),
)  # fmt: skip

_NI = (
    ("NI_NUMERICHOST", QT_TRANSLATE_NOOP(CONTEXT, "Return the numeric address instead of looking up a name.")),
    ("NI_NUMERICSERV", QT_TRANSLATE_NOOP(CONTEXT, "Return the port number instead of a service name.")),
    ("NI_NAMEREQD", QT_TRANSLATE_NOOP(CONTEXT, "Fail if no name is found, instead of returning the numeric address.")),
    ("NI_NOFQDN", QT_TRANSLATE_NOOP(CONTEXT, "Return only the first label of a local host's name.")),
    ("NI_DGRAM", QT_TRANSLATE_NOOP(CONTEXT, "The service is datagram (UDP), not stream (TCP); a few ports differ.")),
)  # fmt: skip

_FAMILIES = (
    ("AF_UNSPEC", QT_TRANSLATE_NOOP(CONTEXT, "Any family: IPv4 and IPv6 results.")),
    ("AF_INET", QT_TRANSLATE_NOOP(CONTEXT, "IPv4: sockaddr is (address, port).")),
    ("AF_INET6", QT_TRANSLATE_NOOP(CONTEXT, "IPv6: sockaddr is (address, port, flowinfo, scope_id).")),
)  # fmt: skip

_TYPES = (
    ("SOCK_STREAM", QT_TRANSLATE_NOOP(CONTEXT, "A reliable byte stream: TCP on IP.")),
    ("SOCK_DGRAM", QT_TRANSLATE_NOOP(CONTEXT, "Separate datagrams, no delivery guarantee: UDP on IP.")),
    ("SOCK_RAW", QT_TRANSLATE_NOOP(CONTEXT, "Raw IP packets; needs administrator rights to open.")),
)  # fmt: skip

_PROTOCOLS = (
    ("IPPROTO_TCP", QT_TRANSLATE_NOOP(CONTEXT, "Transmission Control Protocol, number 6.")),
    ("IPPROTO_UDP", QT_TRANSLATE_NOOP(CONTEXT, "User Datagram Protocol, number 17.")),
    ("IPPROTO_ICMP", QT_TRANSLATE_NOOP(CONTEXT, "Internet Control Message Protocol, number 1.")),
    ("IPPROTO_IP", QT_TRANSLATE_NOOP(CONTEXT, "0: let the system choose the protocol.")),
)  # fmt: skip


def _present(table: Iterable[tuple[str, str]]) -> tuple[Constant, ...]:
    return tuple(
        Constant(name, int(getattr(socket, name)), text)
        for name, text in table
        if isinstance(getattr(socket, name, None), int)
    )


def _single_bits(constants: tuple[Constant, ...]) -> tuple[Constant, ...]:
    """Keep flags that are a single bit, dropping combinations such as AI_DEFAULT."""
    return tuple(c for c in constants if c.value and c.value & (c.value - 1) == 0)


AI_FLAGS: tuple[Constant, ...] = _single_bits(_present(_AI))
NI_FLAGS: tuple[Constant, ...] = _single_bits(_present(_NI))
FAMILIES: tuple[Constant, ...] = _present(_FAMILIES)
SOCKET_TYPES: tuple[Constant, ...] = _present(_TYPES)
PROTOCOLS: tuple[Constant, ...] = _present(_PROTOCOLS)

ZERO = Symbol((), 0)


def symbol(*names: str) -> Symbol:
    """Return the OR of the named socket constants as a :class:`Symbol`."""
    value = 0
    for name in names:
        value |= int(getattr(socket, name))
    return Symbol(tuple(names), value)


def name_of(table: tuple[Constant, ...], value: int) -> str:
    """Return the name for ``value`` in ``table``, or the bare number."""
    for constant in table:
        if constant.value == value:
            return constant.name
    return str(value)


def family_name(value: int) -> str:
    """Return ``AF_INET``, ``AF_INET6``… for an address family number."""
    return name_of(FAMILIES, value)


def type_name(value: int) -> str:
    """Return ``SOCK_STREAM``… for a socket type number (``0`` for none)."""
    return name_of(SOCKET_TYPES, value) if value else "0"


def proto_name(value: int) -> str:
    """Return ``IPPROTO_TCP``… for a protocol number (``0`` for none)."""
    return name_of(PROTOCOLS, value) if value else "0"


def ai_symbol(value: int) -> Symbol:
    """Return the single-bit ``AI_*`` flags set in ``value``, in table order (``0`` for none)."""
    chosen = tuple(c for c in AI_FLAGS if value & c.value)
    if not chosen:
        return ZERO
    total = 0
    for constant in chosen:
        total |= constant.value
    return Symbol(tuple(c.name for c in chosen), total)


def python_text(value: Symbol) -> str:
    """Write an argument as Python writes it without the module: ``AI_ADDRCONFIG | AI_V4MAPPED``."""
    return " | ".join(value.names) if value.names else "0"
