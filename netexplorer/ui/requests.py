"""What one view can ask of another, through the main window (see :mod:`netexplorer.ui.view`)."""

from dataclasses import dataclass
from typing import ClassVar

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
