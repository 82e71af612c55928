"""The server against plain Python sockets written the lecture's way, on loopback."""

import contextlib
import socket

import pytest

from netexplorer.core import engine, platform
from netexplorer.core.engine import Kind
from tests.unit.core.engine.harness import Harness, ipv6_loopback_works, tcp_info, udp_info


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


# What the owner reads: the last error and the change notification ------------------------


def test_last_error_is_the_bind_failure_and_a_fresh_start_clears_it(h: Harness) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        assert not h.server.start(tcp_info(port=other.getsockname()[1]))
    assert h.server.last_error is not None
    assert h.server.last_error.name == "EADDRINUSE"
    assert h.server.last_error == h.server_events[-1].error
    assert h.server.start(tcp_info())
    assert h.server.last_error is None


def test_last_error_after_sending_to_a_closed_connection(h: Harness) -> None:
    h.server.start(tcp_info())
    assert not h.server.send(7, b"anyone?")
    assert h.server.last_error is not None
    assert h.server.last_error.name == "NotConnected"


def test_changes_are_announced_once_until_taken(h: Harness) -> None:
    h.server.set_options(greeting=None, echo=True)
    h.server.start(tcp_info())
    h.server.take_changed()
    before = h.server_changes
    with socket.create_connection(h.server.listening.sockaddr[:2]) as s:
        for n in range(20):
            s.sendall(b"ping %d" % n)
        h.wait(lambda: sum(c.sent for c in h.server.connections()) == 20 * 6 + 10)
        # twenty messages received and echoed, one accept: a single notification
        assert h.server_changes == before + 1
        (changed,) = h.server.take_changed()
        assert (changed.received, changed.sent, changed.open) == (130, 130, True)
        assert h.server_changes == before + 1
        s.sendall(b"again")
        h.wait(lambda: h.server_changes == before + 2)
    h.wait(lambda: h.server.open_count == 0)
    assert h.server_changes == before + 2  # the close is not yet taken: no new call
    (closed,) = h.server.take_changed()
    assert not closed.open


# UDP: events in the order things happened; a reply to each datagram ---------------------------


def test_udp_datagram_is_reported_before_the_greeting_it_caused(h: Harness) -> None:
    h.server.start(udp_info())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        s.sendto(b"hello", h.server.listening.sockaddr)
        h.wait(lambda: Kind.SENT in h.kinds(h.server_events))
        assert s.recvfrom(100)[0] == b"Server: Hello"
        name = ("127.0.0.1", s.getsockname()[1])  # s is bound to 0.0.0.0
    kinds = [k for k in h.kinds(h.server_events) if k is not Kind.INFO]
    assert kinds == [Kind.BOUND, Kind.RECEIVED, Kind.SENT]  # UDP has no accept()
    received, sent = h.server_events[1], h.server_events[2]
    assert received.call == "recvfrom(65536)"
    assert received.note.startswith("a new UDP peer")
    assert sent.call == f"sendto(b'Server: Hello', {name!r})"


def test_udp_reply_answers_every_datagram(h: Harness) -> None:
    h.server.set_options(greeting=None, reply=b"got it")
    h.server.start(udp_info())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        for n in range(1, 4):
            s.sendto(b"datagram %d" % n, h.server.listening.sockaddr)
            h.wait(lambda: h.kinds(h.server_events).count(Kind.SENT) == n)  # noqa: B023
            assert s.recvfrom(100) == (b"got it", h.server.listening.sockaddr)


def test_tcp_send_events_hold_the_call_with_its_data(h: Harness) -> None:
    h.server.start(tcp_info())
    with socket.create_connection(h.server.listening.sockaddr[:2]):
        h.wait(lambda: Kind.SENT in h.kinds(h.server_events))
    sent = next(e for e in h.server_events if e.kind is Kind.SENT)
    assert sent.call == "send(b'Server: Hello')"
