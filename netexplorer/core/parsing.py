"""Checking what a user typed before anything reaches the resolver.

Some bad input is silently "fixed" by the C library: glibc's getaddrinfo
stops reading a host name at a NUL byte and resolves the prefix, and wraps
port 70000 to 4464.  A teaching tool must not show such answers as if they
were the user's, so these inputs are rejected here with an explanation.
"""

import ipaddress
import socket
from dataclasses import dataclass

from netexplorer.core.errors import input_error
from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

MAX_NAME_LENGTH = 253
MAX_LABEL_LENGTH = 63
MAX_SERVICE_LENGTH = 64
MAX_PORT = 65535
MAX_SCOPE_ID = 0xFFFFFFFF


class InvalidInput(ValueError):
    """Input rejected before any call; ``error`` explains why."""

    def __init__(self, error: ExplainedError) -> None:
        super().__init__(error.formatted_message())
        self.error = error


def _reject(message: str, explanation: str, *args: str) -> InvalidInput:
    return InvalidInput(input_error(message, explanation, *args))


def _check_characters(text: str, what: str) -> None:
    if "\x00" in text:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "The {} contains a NUL character."),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The C library would silently stop reading at the NUL and look up only the "
                "part before it.",
            ),
            what,
        )
    bad = next((ch for ch in text if ch.isspace() or not ch.isprintable()), None)
    if bad is not None:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "The {} contains the character {}."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "Names and addresses cannot contain spaces or control characters."
            ),
            what,
            repr(bad),
        )


@dataclass(frozen=True)
class Address:
    """A numeric IPv4 or IPv6 address, with the IPv6 zone (scope) if one was given."""

    text: str
    version: int
    scope: str = ""

    @property
    def family_name(self) -> str:
        """Return ``AF_INET`` or ``AF_INET6``."""
        return "AF_INET" if self.version == 4 else "AF_INET6"


def parse_address(text: str) -> Address:
    """Parse an IPv4 or IPv6 literal (``fe80::1%eth0`` keeps its zone)."""
    value = text.strip()
    _check_characters(value, "address")
    if not value:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter an address."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "Type an IPv4 address such as 127.0.0.1 or an IPv6 one such as ::1."
            ),
        )
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    bare, _, scope = value.partition("%")
    try:
        parsed = ipaddress.ip_address(bare)
    except ValueError:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "{} is not an IPv4 or IPv6 address."),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "A reverse lookup starts from a numeric address such as 127.0.0.1 or ::1; "
                "look names up on the Host or getaddrinfo tab.",
            ),
            value,
        ) from None
    if "%" in value and (parsed.version == 4 or not scope):
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "The zone after % in {} is not valid."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "Only IPv6 addresses take a zone, e.g. fe80::1%eth0 or fe80::1%3."
            ),
            value,
        )
    return Address(text=str(parsed), version=parsed.version, scope=scope)


def is_numeric_address(text: str) -> bool:
    """Tell whether ``text`` is an IPv4 or IPv6 literal (with an optional zone)."""
    try:
        parse_address(text)
    except InvalidInput:
        return False
    return True


def parse_host(text: str, *, allow_empty: bool) -> str | None:
    """Parse a host name or numeric address; empty gives ``None`` when allowed.

    Length limits follow DNS: 253 characters in all, 63 per label.  Names
    outside ASCII are passed on, so that Python's own IDNA encoding and its
    errors are what the user sees.
    """
    value = text.strip()
    if not value:
        if allow_empty:
            return None
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter a host name or address."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "For example localhost, 127.0.0.1, ::1 or a name such as example.com."
            ),
        )
    _check_characters(value, "host name")
    if is_numeric_address(value):
        return value.removeprefix("[").removesuffix("]")
    name = value.removesuffix(".")
    if len(name) > MAX_NAME_LENGTH:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "The host name is {} characters long."),
            QT_TRANSLATE_NOOP(CONTEXT, "A DNS name has at most 253 characters."),
            str(len(name)),
        )
    for label in name.split("."):
        if not label:
            raise _reject(
                QT_TRANSLATE_NOOP(CONTEXT, "The host name {} has an empty label."),
                QT_TRANSLATE_NOOP(
                    CONTEXT, "Two dots in a row, or a dot at the start, leave a label empty."
                ),
                value,
            )
        if len(label) > MAX_LABEL_LENGTH:
            raise _reject(
                QT_TRANSLATE_NOOP(CONTEXT, "The label {} is longer than 63 characters."),
                QT_TRANSLATE_NOOP(
                    CONTEXT, "Each part of a DNS name between dots has at most 63 characters."
                ),
                label,
            )
    return value


def parse_port(text: str) -> int:
    """Parse a port number 0–65535."""
    value = text.strip()
    if not value.isdecimal() or not value.isascii():
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "{} is not a port number."),
            QT_TRANSLATE_NOOP(CONTEXT, "A port is a whole number from 0 to 65535."),
            value or '""',
        )
    # Compare the digits before int(): Python refuses to convert more than 4300 of them.
    significant = value.lstrip("0") or "0"
    if len(significant) > len(str(MAX_PORT)) or int(significant) > MAX_PORT:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Port {} is out of range."),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "Ports go from 0 to 65535. The C library would silently wrap a larger number "
                "(70000 becomes 4464).",
            ),
            value,
        )
    return int(significant)


def parse_port_or_service(text: str, *, allow_empty: bool) -> int | str | None:
    """Parse a port number or a service name (``80`` or ``www``); empty gives ``None``."""
    value = text.strip()
    if not value:
        if allow_empty:
            return None
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter a port number or service name."),
            QT_TRANSLATE_NOOP(CONTEXT, "For example 80 or www."),
        )
    if value.lstrip("+-").isdecimal():
        if not value.isdecimal():
            raise _reject(
                QT_TRANSLATE_NOOP(CONTEXT, "Port {} is out of range."),
                QT_TRANSLATE_NOOP(CONTEXT, "A port is a whole number from 0 to 65535."),
                value,
            )
        return parse_port(value)
    return parse_name(value, "service name")


def parse_name(text: str, what: str) -> str:
    """Parse a protocol or service name (``tcp``, ``www``)."""
    value = text.strip()
    if not value:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter a {}."),
            QT_TRANSLATE_NOOP(CONTEXT, "For example tcp, udp or icmp; www, http or smtp."),
            what,
        )
    _check_characters(value, what)
    if len(value) > MAX_SERVICE_LENGTH:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "The {} is {} characters long."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "Protocol and service names are short words such as tcp or www."
            ),
            what,
            str(len(value)),
        )
    return value


def scope_id(address: Address) -> int:
    """Return the numeric IPv6 scope id of an address's zone (0 when it has none).

    A zone may be an interface name (``eth0``) or its index (``3``).
    """
    if not address.scope:
        return 0
    if address.scope.isdecimal():
        digits = address.scope.lstrip("0") or "0"
        # sin6_scope_id is 32 bits; Python's getnameinfo silently wraps a larger number.
        if not digits.isascii() or len(digits) > 10 or int(digits) > MAX_SCOPE_ID:
            raise _reject(
                QT_TRANSLATE_NOOP(CONTEXT, "The zone {} is not a valid interface index."),
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "A numeric zone is an interface index from 0 to 4294967295; a larger "
                    "number would silently wrap around.",
                ),
                address.scope,
            )
        return int(digits)
    try:
        return socket.if_nametoindex(address.scope)
    except OSError:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "This computer has no network interface named {}."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "The zone after % names the interface a link-local address is on."
            ),
            address.scope,
        ) from None


def protocol_or_service_required() -> InvalidInput:
    """Return the rejection of a Protocol/Service form with both inputs empty."""
    return InvalidInput(
        input_error(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter a protocol, a service, or both."),
            QT_TRANSLATE_NOOP(
                CONTEXT, "For example tcp as the protocol and www or 80 as the service."
            ),
        )
    )
