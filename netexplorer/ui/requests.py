"""What one view can ask of another, through the main window (see :mod:`netexplorer.ui.view`).

The ``Run…`` requests come from the lecture's examples menu: each fills a
view's inputs and runs it; ``example`` (when given) is the lecture's call,
whose slide answer the view sets beside its own.
"""

from dataclasses import dataclass
from typing import ClassVar

from netexplorer.core.lecture import Example
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import AddrInfo
from netexplorer.ui.view import Request


@dataclass(frozen=True)
class LookUpHost(Request):
    """Run getaddrinfo for ``host`` (from the Host view's "Open in getaddrinfo")."""

    target: ClassVar[str] = "addrinfoTab"
    host: str


@dataclass(frozen=True)
class BindServer(Request):
    """Start the server on a getaddrinfo 5-tuple (from "Bind server here")."""

    target: ClassVar[str] = "clientServerTab"
    entry: AddrInfo


@dataclass(frozen=True)
class ConnectClient(Request):
    """Connect the client to a getaddrinfo 5-tuple (from "Connect client here")."""

    target: ClassVar[str] = "clientServerTab"
    entry: AddrInfo


@dataclass(frozen=True)
class RunHost(Request):
    """Look up ``host`` on the Host view; ``this_host`` uses ``socket.gethostname()`` instead."""

    target: ClassVar[str] = "hostTab"
    host: str
    this_host: bool = False
    example: Example | None = None


@dataclass(frozen=True)
class RunReverse(Request):
    """Look up ``address`` on the Reverse view."""

    target: ClassVar[str] = "reverseTab"
    address: str
    example: Example | None = None


@dataclass(frozen=True)
class RunProtoService(Request):
    """Look up a protocol and/or a service on the Protocol/Service view.

    ``proto`` is the service's protocol argument as the view offers it: ``any``,
    ``tcp`` or ``udp``.
    """

    target: ClassVar[str] = "protoServiceTab"
    protocol: str = ""
    service: str = ""
    proto: str = "any"
    example: Example | None = None


@dataclass(frozen=True)
class RunAddrinfo(Request):
    """Run ``query`` on the getaddrinfo view."""

    target: ClassVar[str] = "addrinfoTab"
    query: AddrinfoQuery
    example: Example | None = None


@dataclass(frozen=True)
class RunClientServerPair(Request):
    """Start the server on ``host``/``port`` (TCP), then connect the client to it."""

    target: ClassVar[str] = "clientServerTab"
    host: str
    port: str
