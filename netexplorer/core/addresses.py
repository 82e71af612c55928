"""Plain-language descriptions of addresses and of getaddrinfo's 5-tuples."""

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

from netexplorer.core import flags
from netexplorer.core.results import AddrInfo, Call
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP


def address_kind(address: str) -> str:
    """Say what kind of address this is: wildcard, loopback, link-local, mapped and so on."""
    try:
        ip = ipaddress.ip_address(address.partition("%")[0])
    except ValueError:
        return ""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return QT_TRANSLATE_NOOP(CONTEXT, "IPv4-mapped IPv6")
    checks = (
        (ip.is_unspecified, QT_TRANSLATE_NOOP(CONTEXT, "wildcard (every interface)")),
        (ip.is_loopback, QT_TRANSLATE_NOOP(CONTEXT, "loopback (this computer)")),
        (ip.is_link_local, QT_TRANSLATE_NOOP(CONTEXT, "link-local")),
        (ip.is_multicast, QT_TRANSLATE_NOOP(CONTEXT, "multicast")),
        (ip.is_private, QT_TRANSLATE_NOOP(CONTEXT, "private or reserved")),
        (ip.is_global, QT_TRANSLATE_NOOP(CONTEXT, "public")),
    )
    return next((text for hit, text in checks if hit), "")


def short_kind(address: str) -> str:
    """Name the kind of an address in a word or two: wildcard, loopback, link-local and so on."""
    try:
        ip = ipaddress.ip_address(address.partition("%")[0])
    except ValueError:
        return ""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return QT_TRANSLATE_NOOP(CONTEXT, "IPv4-mapped")
    checks = (
        (ip.is_unspecified, QT_TRANSLATE_NOOP(CONTEXT, "wildcard")),
        (ip.is_loopback, QT_TRANSLATE_NOOP(CONTEXT, "loopback")),
        (ip.is_link_local, QT_TRANSLATE_NOOP(CONTEXT, "link-local")),
        (ip.is_multicast, QT_TRANSLATE_NOOP(CONTEXT, "multicast")),
        (ip.is_private, QT_TRANSLATE_NOOP(CONTEXT, "private")),
        (ip.is_global, QT_TRANSLATE_NOOP(CONTEXT, "public")),
    )
    return next((text for hit, text in checks if hit), "")


def ascii_form(host: str) -> str | None:
    """Return the name the resolver really gets for a non-ASCII host (``None`` if ASCII).

    The socket module encodes ``str`` host names with Python's ``idna`` codec
    (IDNA 2003) before the C library sees them: ``bücher.de`` is looked up as
    ``xn--bcher-kva.de``.  ``None`` too where the codec refuses the name (the
    call then fails with its own UnicodeError).
    """
    if host.isascii():
        return None
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return None


@dataclass(frozen=True)
class FieldNote:
    """One field of a 5-tuple: its name, its value as Python prints it, what it means.

    ``detail`` holds a value (an interface name) that goes into ``{}`` of ``meaning``.
    """

    field: str
    value: str
    meaning: str
    detail: str = ""


def interface_name(scope_id: int) -> str:
    """Return the name of the network interface with index ``scope_id`` ('' if unknown)."""
    try:
        return socket.if_indextoname(scope_id)
    except (OSError, OverflowError):
        return ""


def explain_addrinfo(entry: AddrInfo) -> tuple[FieldNote, ...]:
    """Explain each of the five fields of one getaddrinfo result."""
    family = flags.family_name(entry.family)
    kind = flags.type_name(entry.type)
    proto = flags.proto_name(entry.proto)
    family_text = next((c.explanation for c in flags.FAMILIES if c.name == family), "")
    kind_text = next((c.explanation for c in flags.SOCKET_TYPES if c.name == kind), "")
    proto_text = next(
        (c.explanation for c in flags.PROTOCOLS if c.value == entry.proto),
        QT_TRANSLATE_NOOP(CONTEXT, "The protocol number to pass to socket()."),
    )
    notes = [
        FieldNote("family", family, family_text),
        FieldNote("type", kind, kind_text),
        FieldNote("proto", proto, proto_text),
        FieldNote(
            "canonname",
            repr(entry.canonname),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The canonical name: filled in only in the first result, and only with "
                "AI_CANONNAME; otherwise the empty string.",
            ),
        ),
        FieldNote(
            "sockaddr",
            repr(entry.sockaddr),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The address to pass to connect() or bind(); the first three fields are what "
                "socket() takes: socket.socket(family, type, proto).",
            ),
        ),
    ]
    if entry.family == getattr(socket, "AF_INET6", None) and len(entry.sockaddr) == 4:
        notes.extend(_ipv6_notes(entry.sockaddr[2], entry.sockaddr[3]))
    return tuple(notes)


def _ipv6_notes(flowinfo: object, scope: object) -> tuple[FieldNote, FieldNote]:
    """Explain the two fields an IPv6 sockaddr adds: flowinfo and scope_id."""
    interface = interface_name(scope) if isinstance(scope, int) and scope else ""
    scope_note = (
        QT_TRANSLATE_NOOP(
            CONTEXT, "IPv6 scope id: the index of interface {} for this link-local address."
        )
        if interface
        else QT_TRANSLATE_NOOP(CONTEXT, "IPv6 scope id: 0, because the address is not link-local.")
    )
    return (
        FieldNote(
            "flowinfo",
            repr(flowinfo),
            QT_TRANSLATE_NOOP(
                CONTEXT, "IPv6 flow label (traffic class and flow); almost always 0."
            ),
        ),
        FieldNote("scope_id", repr(scope), scope_note, interface),
    )


ORDER_NOTE = QT_TRANSLATE_NOOP(
    CONTEXT,
    "Why this order: the resolver sorts addresses by destination address selection "
    "(RFC 6724; on Linux tuned by /etc/gai.conf), usually IPv6 before IPv4 when this "
    "computer has IPv6. With type 0 each address comes once per socket type (stream, "
    "datagram, raw). A client should try the results in this order until one connects.",
)


#: The socket functions whose first argument is a host name the resolver looks up.
HOST_FUNCTIONS = ("gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getaddrinfo")


def ascii_lookups(calls: Iterable[Call]) -> tuple[tuple[str, str], ...]:
    """Return ``(typed, looked up)`` for each non-ASCII host name the calls pass on, once each."""
    found: dict[str, str] = {}
    for call in calls:
        host = call.args[0] if call.function in HOST_FUNCTIONS and call.args else None
        if isinstance(host, str):
            ascii_name = ascii_form(host)
            if ascii_name is not None:
                found.setdefault(host, ascii_name)
    return tuple(found.items())
