"""Comparing socket addresses the way the system does when it delivers a packet.

``('::ffff:127.0.0.1', 5, 0, 0)`` and ``('127.0.0.1', 5)`` are one endpoint;
a socket bound to ``0.0.0.0`` receives what is sent to any of this
computer's IPv4 addresses, and one bound to ``::`` with ``IPV6_V6ONLY`` off
receives IPv4 too.  Plain functions on plain tuples.
"""

import ipaddress
from collections.abc import Sequence
from typing import Any

#: An endpoint reduced to what delivery compares: the address (no scope) and the port.
Key = tuple[str, int]

LOOPBACK = {4: "127.0.0.1", 6: "::1"}


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(address.partition("%")[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def key(sockaddr: Sequence[Any]) -> Key:
    """Return ``(address, port)`` with IPv4-mapped IPv6 written as IPv4 and no scope."""
    address = str(sockaddr[0])
    ip = _ip(address)
    return (str(ip) if ip is not None else address, int(sockaddr[1]) if len(sockaddr) > 1 else 0)


def version(sockaddr: Sequence[Any]) -> int:
    """Return 4 or 6: the IP version a packet to or from ``sockaddr`` really uses (0: unknown)."""
    ip = _ip(str(sockaddr[0]))
    return ip.version if ip is not None else 0


def is_wildcard(sockaddr: Sequence[Any]) -> bool:
    """Tell whether a bound address means every interface (``0.0.0.0``, ``::``)."""
    ip = _ip(str(sockaddr[0]))
    return ip is not None and ip.is_unspecified


def is_loopback(sockaddr: Sequence[Any]) -> bool:
    """Tell whether an address is this computer's loopback (``127.0.0.0/8``, ``::1``)."""
    ip = _ip(str(sockaddr[0]))
    return ip is not None and ip.is_loopback


def family_version(sockaddr: Sequence[Any]) -> int:
    """Return 6 for an IPv6 socket address (4-tuple) and 4 for an IPv4 one (2-tuple)."""
    return 6 if len(sockaddr) == 4 else 4


def delivers(target: Sequence[Any], bound: Sequence[Any], *, dual_stack: bool = False) -> bool:
    """Tell whether a socket bound to ``bound`` receives what is sent to ``target`` on this computer.

    A wildcard receives what is sent to any local address of its family (and
    IPv4 as well for an IPv6 wildcard with ``dual_stack``); only loopback
    targets are judged local here, since other addresses may belong to
    another computer.
    """
    target_key, bound_key = key(target), key(bound)
    if target_key[1] != bound_key[1]:
        return False
    if not is_wildcard(bound):
        return target_key[0] == bound_key[0]
    if not is_loopback(target):
        return False
    wanted = family_version(bound)
    return version(target) == wanted or (wanted == 6 and dual_stack)


def connectable(bound: Sequence[Any]) -> tuple[str, int]:
    """Return the host and port a client on this computer uses to reach ``bound``.

    A wildcard is reached through loopback of its family; an IPv6 address
    keeps its interface (``fe80::1%2``).
    """
    address, port = str(bound[0]), int(bound[1])
    if is_wildcard(bound):
        return LOOPBACK[family_version(bound)], port
    scope = bound[3] if len(bound) == 4 else 0
    return (f"{address}%{scope}" if scope and "%" not in address else address), port


def host_port(host: str, port: int) -> str:
    """Write a host and port the way people type them: ``127.0.0.1:25``, ``[::1]:25``."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
