"""Where the server binds and the client connects: the typed host and port, and their lookups."""

from dataclasses import dataclass

from netexplorer.core import flags, lookups, parsing
from netexplorer.core.engine.events import Transport
from netexplorer.core.engine.exposure import host_address
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo


@dataclass(frozen=True)
class Endpoint:
    """Where to bind or connect, as typed: a host (None: this computer) and a port or service."""

    host: str | None
    port: int | str


def parse_endpoint(host_text: str, port_text: str) -> Endpoint:
    """Check a host and port (number or service name); raise ``InvalidInput`` if bad."""
    host = parsing.parse_host(host_text, allow_empty=True)
    port = parsing.parse_port_or_service(port_text, allow_empty=False)
    assert port is not None
    return Endpoint(host, port)


def is_wildcard(address: str) -> bool:
    """Tell whether ``address`` means every interface (``0.0.0.0``, ``::``, ``::ffff:0.0.0.0``).

    Whether a server may bind it is decided from getaddrinfo's answer by
    :mod:`.exposure`, never from typed text.
    """
    found = host_address((address,))
    return found is not None and found.is_unspecified


def bind_lookup(endpoint: Endpoint, transport: Transport) -> Lookup[tuple[AddrInfo, ...]]:
    """Return the lecture's getaddrinfo call for bind(): AI_PASSIVE, family 0, the socket type."""
    return lookups.getaddrinfo(
        endpoint.host,
        endpoint.port,
        flags.ZERO,
        flags.symbol(transport.socktype_name),
        flags.ZERO,
        flags.symbol("AI_PASSIVE"),
    )


def connect_lookup(endpoint: Endpoint, transport: Transport) -> Lookup[tuple[AddrInfo, ...]]:
    """Return the lecture's getaddrinfo call for connect(): family 0, the socket type, no flags.

    ``AI_ADDRCONFIG`` is left out on purpose: on a computer whose only network
    is loopback it would hide ``localhost``'s addresses.
    """
    return lookups.getaddrinfo(
        endpoint.host,
        endpoint.port,
        flags.ZERO,
        flags.symbol(transport.socktype_name),
        flags.ZERO,
        flags.ZERO,
    )
