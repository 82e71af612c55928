"""Helpers for the engine's tests: a selector loop with both sides, and getaddrinfo entries."""

import socket
from collections.abc import Callable

from netexplorer.core.engine import Client, Event, Kind, Server
from netexplorer.core.loop import SelectorWatcher
from netexplorer.core.results import AddrInfo

TIMEOUT = 10.0

#: Ways to write "every interface", IPv4, IPv6 and IPv4-mapped.
WILDCARDS = (
    "",
    "0",
    "0x0",
    "0.0",
    "000.000.000.000",
    "0.0.0.0",
    "::",
    "[::]",
    "::0",
    "::0.0.0.0",
    "::ffff:0.0.0.0",
    "::ffff:0:0",
    "[::ffff:0.0.0.0]",
    "::%1",
)
#: Ways to write loopback, which need no opt-in.
LOOPBACK = ("127.0.0.1", "127.1", "localhost", "::ffff:127.0.0.1")


class Harness:
    """A selector loop plus the events each side reported and how often each said it changed."""

    def __init__(self) -> None:
        self.loop = SelectorWatcher()
        self.server_events: list[Event] = []
        self.client_events: list[Event] = []
        self.server_changes = 0
        self.client_changes = 0
        self.server = Server(self.loop, self.server_events.append, on_change=self._server_changed)
        self.client = Client(
            self.loop,
            self.client_events.append,
            connect_timeout_s=5,
            on_change=self._client_changed,
        )

    def _server_changed(self) -> None:
        self.server_changes += 1

    def _client_changed(self) -> None:
        self.client_changes += 1

    def kinds(self, events: list[Event]) -> list[Kind]:
        return [event.kind for event in events]

    def wait(self, done: Callable[[], bool], timeout: float = TIMEOUT) -> None:
        assert self.loop.run_until(done, timeout), "timed out"

    def received(self, events: list[Event]) -> list[Event]:
        return [event for event in events if event.kind is Kind.RECEIVED]


def tcp_info(host: str = "127.0.0.1", port: int = 0) -> AddrInfo:
    family, kind, proto, canon, sockaddr = socket.getaddrinfo(
        host, port, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE
    )[0]
    return AddrInfo(family, kind, proto, canon, tuple(sockaddr))  # type: ignore[arg-type]


def udp_info(host: str = "127.0.0.1", port: int = 0) -> AddrInfo:
    family, kind, proto, canon, sockaddr = socket.getaddrinfo(
        host, port, 0, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE
    )[0]
    return AddrInfo(family, kind, proto, canon, tuple(sockaddr))  # type: ignore[arg-type]


def ipv6_loopback_works() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True
