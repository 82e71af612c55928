"""What Python's own ``socket`` and ``ipaddress`` modules say, for tests to compare with.

Tests build their expectations here rather than with netexplorer's tables, so that a
wrong table cannot agree with itself. Plain Python: the core's tests use it without Qt.
"""

import ipaddress
import socket

#: NI_* constants that are getnameinfo's buffer sizes in C, not flags
NI_BUFFER_SIZES = frozenset({"NI_MAXHOST", "NI_MAXSERV"})


def constant_names(prefix: str) -> list[str]:
    """Name the socket module's integer constants that start with ``prefix``, as defined now."""
    return sorted(
        name
        for name in dir(socket)
        if name.startswith(prefix) and isinstance(getattr(socket, name), int)
    )


def single_bit(value: int) -> bool:
    """Tell whether ``value`` is one flag rather than none or a combination."""
    return value > 0 and value & (value - 1) == 0


def ai_flags() -> list[str]:
    """Name the single-bit AI_* flags (not combinations such as macOS's AI_DEFAULT)."""
    return [name for name in constant_names("AI_") if single_bit(getattr(socket, name))]


def ai_combinations() -> list[str]:
    """Name the AI_* constants that combine several flags (none on Linux)."""
    return [name for name in constant_names("AI_") if name not in ai_flags()]


def ni_flags() -> list[str]:
    """Name the NI_* flags getnameinfo accepts."""
    return [name for name in constant_names("NI_") if name not in NI_BUFFER_SIZES]


def family_name(value: int) -> str:
    """Return ``AF_INET``… as the socket module names an address family."""
    return socket.AddressFamily(value).name


def type_name(value: int) -> str:
    """Return ``SOCK_STREAM``… as the socket module names a socket type."""
    return socket.SocketKind(value).name


def proto_name(value: int) -> str:
    """Return the one ``IPPROTO_*`` name of a protocol number, ``0`` for none."""
    if value == 0:
        return "0"
    names = [name for name in constant_names("IPPROTO_") if getattr(socket, name) == value]
    assert len(names) == 1, f"protocol {value} has the names {names}"
    return names[0]


def gai_error_names(code: int) -> list[str]:
    """Name the EAI_* constants equal to ``code`` (Windows gives two names one number)."""
    return [name for name in constant_names("EAI_") if getattr(socket, name) == code]


def ipv6_loopback_works() -> bool:
    """Tell whether a socket can bind ::1 here (some containers have no IPv6 at all)."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


def gethostbyname_error(host: str) -> socket.gaierror | None:
    """Return the error socket.gethostbyname(host) raises, or None if it answers."""
    try:
        socket.gethostbyname(host)
    except socket.gaierror as exc:
        return exc
    return None


def address_kind(address: str) -> str:
    """Say what kind of address getaddrinfo gave, as the table's last column does.

    Only the kinds loopback lookups give are known here; any other address fails the
    test that met it, rather than being guessed.
    """
    ip = ipaddress.ip_address(address.partition("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return "IPv4-mapped IPv6"
    if ip.is_unspecified:
        return "wildcard (every interface)"
    if ip.is_loopback:
        return "loopback (this computer)"
    raise AssertionError(f"no test here expects getaddrinfo to give {address}")
