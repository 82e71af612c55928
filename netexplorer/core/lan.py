"""Where classmates can reach this computer, and which source address the system would choose.

Classmates reach a server through one of this computer's non-loopback
addresses.  They are found without sending anything: the addresses
``getaddrinfo(gethostname())`` gives, and the source address the routing
table picks for a destination, which ``connect()`` on a UDP socket reveals
(a UDP ``connect()`` only chooses the default peer; no packet leaves).
``getaddrinfo`` may ask DNS about this computer's name, so
:func:`lan_addresses` belongs on a worker thread.
"""

import contextlib
import ipaddress
import socket
from dataclasses import dataclass

#: Documentation addresses (RFC 5737, RFC 3849): routed like any distant
#: address, so the routing table's answer is this computer's address on its
#: default route.  Nothing is ever sent to them.
_DISTANT = {socket.AF_INET: "198.51.100.1", socket.AF_INET6: "2001:db8::1"}
_FAMILY = {4: socket.AF_INET, 6: socket.AF_INET6}


@dataclass(frozen=True)
class LanAddresses:
    """The computer's name, its non-loopback addresses (IPv4 first) and its interfaces' names."""

    hostname: str
    addresses: tuple[str, ...]
    interfaces: tuple[str, ...]


def _plain(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(address.partition("%")[0])
    except ValueError:
        return None


def _reachable(address: str) -> bool:
    """Tell whether a classmate could use ``address`` (not loopback, wildcard or multicast)."""
    ip = _plain(address)
    return ip is not None and not (ip.is_loopback or ip.is_unspecified or ip.is_multicast)


def route_source(destination: str, family: int | None = None) -> str | None:
    """Return the local address the system would send from to ``destination`` (None if no route).

    ``connect()`` on a UDP socket sends nothing: it only looks up the route.
    """
    ip = _plain(destination)
    if ip is None:
        return None
    chosen = int(family if family is not None else _FAMILY[ip.version])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        destination, chosen = str(ip.ipv4_mapped), int(socket.AF_INET)
    try:
        with socket.socket(chosen, socket.SOCK_DGRAM) as probe:
            probe.connect((destination, 9))
            return str(probe.getsockname()[0])
    except OSError:  # no route, or the family is disabled
        return None


def interface_names() -> tuple[str, ...]:
    """Return the names of this computer's network interfaces (``socket.if_nameindex()``)."""
    try:
        return tuple(name for _, name in socket.if_nameindex())
    except OSError:
        return ()


def _scoped(address: str, scope: int, names: dict[int, str]) -> str:
    """Write a link-local IPv6 address with its interface (``fe80::1%eth0``)."""
    return f"{address}%{names.get(scope, scope)}" if scope else address


def lan_addresses() -> LanAddresses:
    """Return this computer's non-loopback addresses; empty when it has none (or no network)."""
    hostname = socket.gethostname()
    names: dict[int, str] = {}
    with contextlib.suppress(OSError):
        names = dict(socket.if_nameindex())
    found: list[str] = []
    with contextlib.suppress(OSError, UnicodeError):
        for found_family, _, _, _, sockaddr in socket.getaddrinfo(hostname, None):
            if found_family in _DISTANT:
                scope = sockaddr[3] if len(sockaddr) == 4 else 0
                found.append(_scoped(str(sockaddr[0]), int(scope), names))
    for family, distant in _DISTANT.items():
        source = route_source(distant, family)
        if source is not None:
            found.append(source)
    unique = dict.fromkeys(address for address in found if _reachable(address))
    ordered = sorted(unique, key=lambda address: ":" in address)  # IPv4 first, else in order
    return LanAddresses(hostname, tuple(ordered), tuple(names.values()))
