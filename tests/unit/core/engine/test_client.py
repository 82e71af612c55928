"""The client against plain Python sockets written the lecture's way, on loopback."""

import errno
import socket
import sys

import pytest

from netexplorer.core.engine import ClientState, Kind
from tests.unit.core.engine.harness import Harness, tcp_info, udp_info


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


# What the owner reads: the last error and the change notification ------------------------


def test_last_error_is_the_refused_connect_and_a_new_connect_clears_it(h: Harness) -> None:
    with socket.socket() as closed_port:
        closed_port.bind(("127.0.0.1", 0))  # bound, not listening: connect is refused
        h.client.connect([tcp_info(port=closed_port.getsockname()[1])])
        h.wait(lambda: h.client.state is ClientState.IDLE)
    refused = h.client.last_error
    assert refused is not None
    assert refused.name == "ECONNREFUSED"  # not the "none accepted" summary
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        h.client.connect([tcp_info(port=server.getsockname()[1])])
        assert h.client.last_error is None
        h.wait(lambda: h.client.state is ClientState.CONNECTED)
    assert h.client.last_error is None


def test_a_failed_attempt_before_a_good_one_leaves_no_last_error(h: Harness) -> None:
    with socket.socket() as closed_port, socket.socket() as server:
        closed_port.bind(("127.0.0.1", 0))
        server.bind(("127.0.0.1", 0))
        server.listen()
        refused, good = closed_port.getsockname()[1], server.getsockname()[1]
        h.client.connect([tcp_info(port=refused), tcp_info(port=good)])
        h.wait(lambda: h.client.state is ClientState.CONNECTED)
        assert h.client.last_error is None


def test_last_error_of_a_udp_send_that_is_too_long(h: Harness) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server:
        server.bind(("127.0.0.1", 0))
        h.client.connect([udp_info(port=server.getsockname()[1])])
        assert not h.client.send(b"x" * 70000)
    assert h.client.last_error is not None
    assert h.client.last_error.name == "EMSGSIZE"


def test_state_changes_are_announced_once_until_seen(h: Harness) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        h.client.connect([tcp_info(port=server.getsockname()[1])])
        h.wait(lambda: h.client.state is ClientState.CONNECTED)
        assert h.client_changes == 1  # connecting, then connected: not seen in between
        h.client.changes_seen()
        conn, _ = server.accept()
        with conn:
            conn.sendall(b"Server: Hello")
            h.wait(lambda: h.client.received == 13)
            assert h.client_changes == 2
            h.client.changes_seen()
        h.wait(lambda: h.client.state is ClientState.IDLE)
    assert h.client_changes == 3
