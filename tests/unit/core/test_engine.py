"""The socket engine against plain Python sockets written the lecture's way, on loopback."""

import ast
import contextlib
import errno
import socket
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netexplorer.core import engine, platform
from netexplorer.core.engine import Client, ClientState, Event, Kind, Server
from netexplorer.core.loop import SelectorWatcher
from netexplorer.core.results import AddrInfo

TIMEOUT = 10.0


class Harness:
    """A selector loop plus the events each side reported."""

    def __init__(self) -> None:
        self.loop = SelectorWatcher()
        self.server_events: list[Event] = []
        self.client_events: list[Event] = []
        self.server = Server(self.loop, self.server_events.append)
        self.client = Client(self.loop, self.client_events.append, connect_timeout_s=5)

    def kinds(self, events: list[Event]) -> list[Kind]:
        return [event.kind for event in events]

    def wait(self, done, timeout: float = TIMEOUT) -> None:
        assert self.loop.run_until(done, timeout), "timed out"

    def received(self, events: list[Event]) -> list[Event]:
        return [event for event in events if event.kind is Kind.RECEIVED]


@pytest.fixture
def h() -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.client.close(quiet=True)
    harness.server.stop()
    assert harness.loop.watched == 0, "a socket is still watched after stop/close"
    harness.loop.close()


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


# show_bytes ----------------------------------------------------------------


def test_text_is_shown_as_a_str_literal() -> None:
    shown = engine.show_bytes("Server: Hello é".encode())
    assert shown == engine.Payload("'Server: Hello é'", 16, True, False)


def test_non_utf8_is_shown_escaped() -> None:
    shown = engine.show_bytes(b"\xff\xfe\x00A")
    assert shown.shown == r"b'\xff\xfe\x00A'"
    assert not shown.text


def test_control_and_bidi_characters_are_escaped() -> None:
    shown = engine.show_bytes("a\u202eb\n\x1b[2J".encode())
    assert "\u202e" not in shown.shown
    assert "\x1b" not in shown.shown
    assert "\\u202e" in shown.shown


def test_long_payloads_are_truncated_with_the_full_size() -> None:
    data = "é".encode() * 1000  # a cut lands inside a two-byte character
    shown = engine.show_bytes(data, limit=121)
    assert shown.text
    assert shown.truncated
    assert shown.size == 2000
    assert len(shown.shown) < 200


@given(st.binary(max_size=400), st.integers(min_value=1, max_value=200))
def test_any_bytes_are_shown_as_a_printable_python_literal(data: bytes, limit: int) -> None:
    shown = engine.show_bytes(data, limit)
    assert shown.size == len(data)
    assert shown.truncated == (len(data) > limit)
    assert shown.shown.isprintable()
    value = ast.literal_eval(shown.shown)
    raw = value.encode() if isinstance(value, str) else value
    assert data.startswith(raw)
    shown_bytes = min(len(data), limit)
    assert shown_bytes - 3 <= len(raw) <= shown_bytes  # a cut multi-byte character may go


def test_listeners_reuse_addresses_only_for_tcp_on_posix(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def reuse() -> int:
        assert h.server.sock is not None
        return h.server.sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)

    monkeypatch.setattr(platform, "SYSTEM", "posix")
    h.server.start(tcp_info())
    assert reuse() != 0
    h.server.start(udp_info())
    assert reuse() == 0
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    h.server.start(tcp_info())
    assert reuse() == 0


# TCP server --------------------------------------------------------------------


def test_server_greets_a_lecture_client_and_logs_its_message(h: Harness) -> None:
    assert h.server.start(tcp_info())
    bound = h.server_events[0]
    assert bound.kind is Kind.BOUND
    assert bound.coordinates is not None
    assert bound.coordinates.family == "AF_INET"
    assert bound.coordinates.type == "SOCK_STREAM"
    port = bound.coordinates.port
    assert port != 0  # port 0 asked the system for a free port

    # the lecture's client
    infolist = socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)
    info = infolist[0]
    with socket.socket(*info[0:3]) as s:
        s.connect(info[4])
        h.wait(lambda: Kind.SENT in h.kinds(h.server_events))
        msg = s.recv(1024).decode()
        assert msg == "Server: Hello"
        s.send("Client: I recieved your msg".encode())  # noqa: UP012 - as the lecture writes it
        h.wait(lambda: bool(h.received(h.server_events)))
        (row,) = h.server.connections()
        assert row.peer == s.getsockname()
        assert row.local == s.getpeername()
    received = h.received(h.server_events)[0]
    assert received.payload is not None
    assert received.payload.shown == "'Client: I recieved your msg'"
    h.wait(lambda: Kind.CLOSED in h.kinds(h.server_events))
    assert h.server.connections() == ()


def test_greeting_off_and_echo_on(h: Harness) -> None:
    h.server.set_options(greeting=None, echo=True)
    h.server.start(tcp_info())
    with socket.create_connection(h.server.listening.sockaddr[:2]) as s:
        s.sendall(b"ping")
        h.wait(lambda: Kind.SENT in h.kinds(h.server_events))
        assert s.recv(1024) == b"ping"


def test_port_in_use_is_an_explained_error(h: Harness) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        assert not h.server.start(tcp_info(port=other.getsockname()[1]))
    error = h.server_events[-1]
    assert error.kind is Kind.ERROR
    assert error.error is not None
    assert error.error.name == "EADDRINUSE"
    assert not h.server.running


def test_stop_closes_idle_clients_at_once_and_restart_works(h: Harness) -> None:
    h.server.set_options(greeting=None)
    h.server.start(tcp_info())
    address = h.server.listening.sockaddr
    idle = [socket.create_connection(address[:2]) for _ in range(5)]
    try:
        h.wait(lambda: h.server.open_count == 5)
        h.server.stop()
        assert h.server.open_count == 0
        assert not h.server.running
        for s in idle:
            s.settimeout(2)
            assert s.recv(10) == b""  # the server closed: end of stream
        assert h.server.start(tcp_info(port=address[1])), h.server_events[-1]
    finally:
        for s in idle:
            s.close()


def test_connections_beyond_the_limit_are_accepted_and_closed(h: Harness) -> None:
    h.server.set_options(max_connections=3, greeting=None)
    h.server.start(tcp_info())
    clients = [socket.create_connection(h.server.listening.sockaddr[:2]) for _ in range(5)]
    try:
        h.wait(lambda: h.kinds(h.server_events).count(Kind.REJECTED) == 2)
        assert h.server.open_count == 3
    finally:
        for s in clients:
            s.close()


def test_echo_backlog_pauses_reading_and_loses_nothing(h: Harness) -> None:
    h.server.set_options(greeting=None, echo=True, output_limit=256 * 1024)
    h.server.start(tcp_info())
    total = 16 * 1024 * 1024  # more than the kernel's buffers can hold
    data = bytes(range(256)) * (total // 256)
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
        s.connect(h.server.listening.sockaddr[:2])
        s.setblocking(False)
        sent = 0
        # send without reading: the server must stop reading, not buffer everything
        paused = False
        for _ in range(20000):
            try:
                sent += s.send(data[sent : sent + 65536])
            except BlockingIOError:
                h.loop.run_once(0.001)
            h.loop.run_once(0)
            stream = next(iter(h.server._streams.values()))
            assert len(stream.out) <= 256 * 1024 + engine.RECV_SIZE
            paused = any(e.kind is Kind.INFO for e in h.server_events)
            if paused or sent == total:
                break
        assert paused
        echoed = bytearray()
        while len(echoed) < total:
            if sent < total:
                with contextlib.suppress(BlockingIOError):
                    sent += s.send(data[sent : sent + 65536])
            try:
                echoed += s.recv(1 << 20)
            except BlockingIOError:
                h.loop.run_once(0.001)
        assert bytes(echoed) == data


def test_udp_server_sees_peers_with_recvfrom_and_answers_with_sendto(h: Harness) -> None:
    h.server.set_options(echo=True)
    h.server.start(udp_info())
    address = h.server.listening.sockaddr
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        s.sendto(b"hello", address)
        h.wait(lambda: h.kinds(h.server_events).count(Kind.SENT) == 2)
        assert s.recvfrom(100) == (b"Server: Hello", address)
        assert s.recvfrom(100) == (b"hello", address)
        (peer,) = h.server.connections()
        assert peer.peer == ("127.0.0.1", s.getsockname()[1])  # s is bound to 0.0.0.0
        h.server.close_connection(peer.conn)
        assert h.server.connections() == ()


def test_udp_message_too_long_is_explained(h: Harness) -> None:
    h.server.set_options(greeting=None)
    h.server.start(udp_info())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"x", h.server.listening.sockaddr)
        h.wait(lambda: h.server.open_count == 1)
        assert not h.server.send(1, b"x" * 70000)
    assert h.server_events[-1].error is not None
    assert h.server_events[-1].error.name == "EMSGSIZE"


@pytest.mark.skipif(not ipv6_loopback_works(), reason="no IPv6 loopback")
def test_ipv6_loopback_server_and_client(h: Harness) -> None:
    h.server.start(tcp_info("::1"))
    assert h.server.listening.family == "AF_INET6"
    h.client.connect([tcp_info("::1", h.server.listening.port)])
    h.wait(lambda: bool(h.received(h.client_events)))
    assert h.client.peer == h.server.listening.sockaddr
    assert h.server.connections()[0].peer == h.client.local


# Client ------------------------------------------------------------------------


def test_client_against_a_lecture_server(h: Harness) -> None:
    infolist = socket.getaddrinfo("127.0.0.1", 0, socket.AF_INET, socket.SOCK_STREAM)
    info = infolist[0]
    with socket.socket(*info[0:3]) as s:
        s.bind(info[4])
        s.listen()
        address = s.getsockname()
        h.client.connect([tcp_info(port=address[1])])
        h.wait(lambda: h.client.state is ClientState.CONNECTED)
        conn, add = s.accept()
        with conn:
            conn.send("Server: Hello".encode())  # noqa: UP012 - as the lecture writes it
            h.wait(lambda: bool(h.received(h.client_events)))
            assert h.client.peer == address
            assert h.client.local == add
            assert h.received(h.client_events)[0].payload.shown == "'Server: Hello'"
            h.client.send(b"Client: I recieved your msg")
            conn.settimeout(5)
            assert conn.recv(1024) == b"Client: I recieved your msg"
        h.wait(lambda: h.client.state is ClientState.IDLE)
    assert h.client_events[-1].kind is Kind.CLOSED


def test_client_tries_each_address_in_order(h: Harness) -> None:
    with socket.socket() as closed_port:
        closed_port.bind(("127.0.0.1", 0))
        refused = closed_port.getsockname()[1]  # bound, not listening: connect is refused
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen()
            h.client.connect([tcp_info(port=refused), tcp_info(port=server.getsockname()[1])])
            h.wait(lambda: h.client.state is not ClientState.CONNECTING)
            kinds = h.kinds(h.client_events)
            assert kinds == [Kind.ATTEMPT, Kind.ERROR, Kind.ATTEMPT, Kind.CONNECTED]
            assert h.client_events[1].error.name == "ECONNREFUSED"


def test_client_reports_when_every_address_fails(h: Harness) -> None:
    with socket.socket() as closed_port:
        closed_port.bind(("127.0.0.1", 0))
        h.client.connect([tcp_info(port=closed_port.getsockname()[1])])
        h.wait(lambda: h.client.state is ClientState.IDLE)
    assert [e.error.name for e in h.client_events if e.error] == ["ECONNREFUSED", "NotConnected"]


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="relies on Linux dropping the SYN to a listener whose backlog is full",
)
def test_connect_timeout_is_explained(h: Harness) -> None:
    h.client.connect_timeout_s = 0.05
    # a listener with a full backlog never completes the handshake on Linux; a
    # non-routable address is not available offline, so simulate with the timeout path
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        fillers = []
        try:
            for _ in range(8):
                f = socket.socket()
                f.setblocking(False)
                f.connect_ex(server.getsockname())
                fillers.append(f)
            h.client.connect([tcp_info(port=server.getsockname()[1])])
            h.wait(lambda: h.client.state is not ClientState.CONNECTING)
        finally:
            for f in fillers:
                f.close()
    assert h.client.state is not ClientState.CONNECTED
    assert h.client_events[1].error.name == "ETIMEDOUT"


def test_udp_client_sendto_and_recvfrom(h: Harness) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        server.settimeout(5)
        h.client.connect([udp_info(port=server.getsockname()[1])])
        assert h.client.local == ("0.0.0.0", 0)  # no port before the first sendto()
        assert h.client.peer is None
        h.client.send(b"hi")
        data, address = server.recvfrom(100)
        assert data == b"hi"
        assert address[1] == h.client.local[1]
        server.sendto(b"back", address)
        h.wait(lambda: bool(h.received(h.client_events)))
        event = h.received(h.client_events)[0]
        assert event.peer == server.getsockname()


def test_udp_connect_sends_nothing(h: Harness) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        server.setblocking(False)
        h.client.connect([udp_info(port=server.getsockname()[1])], udp_connect=True)
        assert h.client.peer == server.getsockname()
        assert h.client.local is not None
        assert h.client.local[1] != 0
        with pytest.raises(BlockingIOError):
            server.recvfrom(100)  # connect() on UDP put nothing on the wire
        h.client.send(b"now")
        server.settimeout(5)
        assert server.recvfrom(100) == (b"now", h.client.local)


def test_udp_connected_to_a_closed_port_reports_refused(h: Harness) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as nobody:
        nobody.bind(("127.0.0.1", 0))
        port = nobody.getsockname()[1]
    h.client.connect([udp_info(port=port)], udp_connect=True)
    h.client.send(b"anyone?")
    h.wait(lambda: any(e.kind is Kind.ERROR for e in h.client_events), timeout=3)
    error = h.client_events[-1].error
    assert error is not None
    assert error.code in (errno.ECONNREFUSED, 10054, 10061)


# Input ---------------------------------------------------------------------------


def test_endpoints_and_wildcards() -> None:
    assert engine.parse_endpoint("", "smtp") == engine.Endpoint(None, "smtp")
    assert engine.binds_every_interface(engine.parse_endpoint("0.0.0.0", "1"))
    assert engine.binds_every_interface(engine.parse_endpoint("::", "1"))
    assert engine.binds_every_interface(engine.parse_endpoint(" ", "1"))
    assert not engine.binds_every_interface(engine.parse_endpoint("127.0.0.1", "1"))
    outcome = engine.bind_lookup(engine.Endpoint(None, 0), engine.Transport.TCP).run()
    assert outcome.ok
    assert all(engine.is_wildcard(str(e.sockaddr[0])) for e in outcome.value)


def test_service_names_resolve_to_their_port() -> None:
    outcome = engine.bind_lookup(engine.Endpoint("127.0.0.1", "smtp"), engine.Transport.TCP).run()
    assert outcome.value is not None
    assert outcome.value[0].sockaddr == ("127.0.0.1", socket.getservbyname("smtp", "tcp"))
