"""Checking what a user typed before anything reaches the resolver.

Input the socket module accepts is accepted, with two exceptions that Python
would take but the C library silently "fixes": a NUL byte in a name given to
getaddrinfo (the C library stops reading there and resolves the prefix) and
a port number it wraps (70000 becomes 4464).  A teaching tool must not show
such answers as if they were the user's, so these inputs are rejected here,
and the error says what Python would really have done.
"""

import ipaddress
import socket
from dataclasses import dataclass

from netexplorer.core import platform
from netexplorer.core.errors import input_error
from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

MAX_NAME_LENGTH = 253
MAX_LABEL_LENGTH = 63
MAX_SERVICE_LENGTH = 64
MAX_PORT = 65535
MAX_SCOPE_ID = 0xFFFFFFFF
#: Longer numbers are refused before ``int()``: Python converts at most 4300 digits.
MAX_PORT_DIGITS = 30
#: The largest port Python's getnameinfo takes (a C int); beyond it raises OverflowError.
C_INT_MAX = 2**31 - 1


class InvalidInput(ValueError):
    """Input rejected before any call; ``error`` explains why."""

    def __init__(self, error: ExplainedError) -> None:
        super().__init__(error.formatted_message())
        self.error = error


def _reject(message: str, explanation: str, *args: str) -> InvalidInput:
    return InvalidInput(input_error(message, explanation, *args))


def _check_characters(text: str, what: str, refused_by: str = "") -> None:
    """Reject NUL bytes, white space and control characters.

    ``refused_by`` names the socket function that refuses a NUL itself; empty
    means the text goes to getaddrinfo, which Python lets through and the C
    library cuts short at the NUL.
    """
    if "\x00" in text:
        if refused_by:
            raise _reject(
                QT_TRANSLATE_NOOP(
                    CONTEXT, "The {} contains a NUL character; Python's {} refuses it too."
                ),
                QT_TRANSLATE_NOOP(
                    CONTEXT, "Python raises an error for an embedded null character."
                ),
                what,
                refused_by,
            )
        raise _reject(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The {} contains a NUL character. Python would accept it, but the C library "
                "stops reading at the NUL: socket.getaddrinfo would really look up {}.",
            ),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "netexplorer refuses it so that no answer for a different name is shown as "
                "the answer for what you typed.",
            ),
            what,
            repr(text.partition("\x00")[0]),
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
    _check_characters(value, "address", "gethostbyaddr")
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


def parse_host(text: str, *, allow_empty: bool, refused_by: str = "") -> str | None:
    """Parse a host name or numeric address; empty gives ``None`` when allowed.

    Length limits follow DNS: 253 characters in all, 63 per label.  Names
    outside ASCII are passed on, so that Python's own IDNA encoding and its
    errors are what the user sees.  ``refused_by`` names the function the host
    is for when it is not getaddrinfo (see :func:`_check_characters`).
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
    _check_characters(value, "host name", refused_by)
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


def _c_library_port(port: int) -> int | None:
    """Return the port the C library really uses for ``port`` (``None``: it refuses it).

    A numeric getaddrinfo of 127.0.0.1 answers at once and asks no server.
    """
    try:
        infos = socket.getaddrinfo(
            "127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST
        )
    except (OSError, OverflowError):
        return None
    return int(infos[0][4][1])


def parse_port(text: str, *, python_max: int = platform.C_LONG_MAX, wraps: bool = True) -> int:
    """Parse a port number as Python would take it, refusing only one the C library wraps.

    Numbers from 0 to 65535 are ports.  Other whole numbers go to Python as
    typed: beyond ``python_max`` Python raises OverflowError itself, and a number
    the C library rejects fails there with the library's own error.  Only a
    number the C library would silently turn into another port (70000 becomes
    4464) is refused here.  ``wraps`` False is for functions that check the
    range themselves (getservbyport).
    """
    value = text.strip()
    digits = value.removeprefix("-").removeprefix("+")
    if not digits.isdecimal() or not digits.isascii() or value.startswith("+-"):
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "{} is not a port number."),
            QT_TRANSLATE_NOOP(CONTEXT, "A port is a whole number from 0 to 65535."),
            value or '""',
        )
    significant = digits.lstrip("0") or "0"
    if len(significant) > MAX_PORT_DIGITS:
        raise _reject(
            QT_TRANSLATE_NOOP(
                CONTEXT, "A port number of {} digits is out of range; Python would refuse it too."
            ),
            QT_TRANSLATE_NOOP(
                CONTEXT, "Ports go from 0 to 65535; Python raises OverflowError for this number."
            ),
            str(len(significant)),
        )
    number = -int(significant) if value.startswith("-") else int(significant)
    if 0 <= number <= MAX_PORT or not wraps or abs(number) > python_max:
        return number
    really = _c_library_port(number)
    if really is None or really == number:
        return number
    raise _reject(
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Port {} is out of range. Python would accept it, but the C library would "
            "silently use port {} instead.",
        ),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Ports go from 0 to 65535. netexplorer refuses the number so that no answer "
            "for another port is shown as the answer for what you typed.",
        ),
        value,
        str(really),
    )


def parse_port_or_service(text: str, *, allow_empty: bool, wraps: bool = True) -> int | str | None:
    """Parse a port number or a service name (``80`` or ``www``); empty gives ``None``.

    ``wraps`` as for :func:`parse_port`.
    """
    value = text.strip()
    if not value:
        if allow_empty:
            return None
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter a port number or service name."),
            QT_TRANSLATE_NOOP(CONTEXT, "For example 80 or www."),
        )
    if value.lstrip("+-").isdecimal() and value.lstrip("+-").isascii():
        return parse_port(value, wraps=wraps)
    return parse_name(value, "service name", "" if wraps else "getservbyname")


def parse_name(text: str, what: str, refused_by: str = "getservbyname") -> str:
    """Parse a protocol or service name (``tcp``, ``www``).

    ``refused_by`` as for :func:`parse_host` (empty: the name goes to getaddrinfo).
    """
    value = text.strip()
    if not value:
        raise _reject(
            QT_TRANSLATE_NOOP(CONTEXT, "Enter a {}."),
            QT_TRANSLATE_NOOP(CONTEXT, "For example tcp, udp or icmp; www, http or smtp."),
            what,
        )
    _check_characters(value, what, refused_by)
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
