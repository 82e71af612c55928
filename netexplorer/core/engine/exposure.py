"""Whether a socket address reaches beyond this computer, and through which interfaces.

The server decides from the address a socket will really be bound to (each
getaddrinfo result, then ``getsockname()`` after ``bind()``), never from the
text typed: ``0``, ``0x0``, ``::ffff:0:0`` and a name whose address is
``0.0.0.0`` all mean every interface.  An IPv4-mapped IPv6 address
(``::ffff:a.b.c.d``) is judged as the IPv4 address it stands for, and only a
loopback address keeps a server on this computer.
"""

import ipaddress
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psutil

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class InterfaceAddress:
    """One address of one network interface of this computer."""

    name: str
    address: IPAddress


def interface_addresses() -> tuple[InterfaceAddress, ...]:
    """Return every IPv4 and IPv6 address of this computer's interfaces, by interface name.

    The one place that lists interfaces; psutil reads them the same way on
    Linux, macOS and Windows.  Unreadable: an empty tuple.
    """
    try:
        table = psutil.net_if_addrs()
    except (OSError, psutil.Error):
        return ()
    found = []
    for name, entries in sorted(table.items()):
        for entry in entries:
            if entry.family not in (socket.AF_INET, socket.AF_INET6):
                continue
            try:
                found.append(InterfaceAddress(name, ipaddress.ip_address(_host(entry.address))))
            except ValueError:
                continue
    return tuple(found)


def _host(text: str) -> str:
    """Return an address without its ``%scope``."""
    return text.partition("%")[0]


def host_address(sockaddr: Sequence[Any]) -> IPAddress | None:
    """Return a sockaddr's address, an IPv4-mapped IPv6 address as its IPv4 (None if not IP)."""
    try:
        address = ipaddress.ip_address(_host(str(sockaddr[0])))
    except (ValueError, IndexError):
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def beyond_loopback(sockaddr: Sequence[Any]) -> bool:
    """Tell whether a socket bound to ``sockaddr`` could be reached from another computer.

    Anything but a loopback address counts, and so does an address that is not IP.
    """
    address = host_address(sockaddr)
    return address is None or not address.is_loopback


def _reached(address: IPAddress, entry: InterfaceAddress) -> bool:
    """Tell whether a socket bound to ``address`` is reachable through ``entry``."""
    if not address.is_unspecified:
        return entry.address == address
    if address.version == 4:
        return entry.address.version == 4
    return entry.address.version == 6 or socket.has_dualstack_ipv6()


def exposed_interfaces(sockaddr: Sequence[Any]) -> tuple[str, ...]:
    """Name every interface address through which other computers reach ``sockaddr``.

    Each is written ``name (address)``; loopback addresses are left out, and a
    bound ``::`` counts IPv4 too where the system has dual-stack sockets.
    """
    address = host_address(sockaddr)
    if address is None:
        return ()
    return tuple(
        f"{entry.name} ({entry.address})"
        for entry in interface_addresses()
        if not entry.address.is_loopback and _reached(address, entry)
    )


def local_addresses() -> frozenset[IPAddress]:
    """Return every address of this computer: its interfaces' and loopback's."""
    return frozenset(entry.address for entry in interface_addresses())


def is_own_address(peer: Sequence[Any], bound: Sequence[Any], local: frozenset[IPAddress]) -> bool:
    """Tell whether ``peer`` is the server's own socket: its port, one of its addresses.

    ``local`` holds this computer's addresses, for a server bound to every
    interface; answering such a peer would make the server talk to itself.
    """
    if len(peer) < 2 or len(bound) < 2 or peer[1] != bound[1]:
        return False
    address, own = host_address(peer), host_address(bound)
    if address is None or own is None:
        return False
    if not own.is_unspecified:
        return address == own
    return address.is_loopback or address in local
