"""The server's limits under hostile peers, on loopback: loops, full tables, idlers, non-readers."""

import contextlib
import socket
import time

from netexplorer.core.engine import RECV_SIZE, Event, Kind, Server
from tests.unit.core.engine.harness import Harness, tcp_info, udp_info


def run_for(h: Harness, seconds: float) -> None:
    h.loop.run_until(lambda: False, seconds)


def notes(events: list[Event], kind: Kind = Kind.INFO) -> list[str]:
    return [event.note.format(*event.args) for event in events if event.kind is kind]


# A datagram from the server's own address, and two echo servers facing each other -----------


def test_udp_echo_never_answers_the_servers_own_address(h: Harness) -> None:
    """One datagram with the server's own address as its source once looped it with itself."""
    h.server.set_options(echo=True)  # and the greeting
    assert h.server.start(udp_info())
    assert h.server.sock is not None
    h.server.sock.sendto(b"spoofed", h.server.listening.sockaddr)  # its source: the server
    run_for(h, 0.5)
    assert len(h.received(h.server_events)) == 1
    assert Kind.SENT not in h.kinds(h.server_events)
    assert h.server.connections() == ()
    assert "the server's own address" in h.received(h.server_events)[0].note


def test_an_ipv4_mapped_server_knows_its_own_address(h: Harness) -> None:
    h.server.set_options(echo=True)
    assert h.server.start(udp_info("::ffff:127.0.0.1"))
    assert h.server.sock is not None
    h.server.sock.sendto(b"spoofed", h.server.listening.sockaddr)
    run_for(h, 0.3)
    assert len(h.received(h.server_events)) == 1
    assert Kind.SENT not in h.kinds(h.server_events)


def test_two_echo_servers_cannot_keep_each_other_busy(h: Harness) -> None:
    """A datagram sent from one echo server to another bounces only until the rate limit."""
    other_events: list[Event] = []
    other = Server(h.loop, other_events.append)
    try:
        for server in (h.server, other):
            server.set_options(echo=True, greeting=None)
            assert server.start(udp_info())
        assert h.server.sock is not None
        h.server.sock.sendto(b"ping", other.listening.sockaddr)
        run_for(h, 1.0)
        burst = h.server.options.echo_burst
        for events in (h.server_events, other_events):
            assert 1 <= h.kinds(events).count(Kind.SENT) <= burst + 10
        assert any("echo to this peer pauses" in note for note in notes(other_events))
        sent_so_far = len(h.server_events) + len(other_events)
        run_for(h, 0.3)
        assert len(h.server_events) + len(other_events) == sent_so_far  # the bouncing stopped
    finally:
        other.stop()


def test_echo_is_rate_limited_per_peer_not_for_everyone(h: Harness) -> None:
    h.server.set_options(echo=True, greeting=None, echo_rate=10.0, echo_burst=5)
    assert h.server.start(udp_info())
    address = h.server.listening.sockaddr
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as loud,
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as quiet,
    ):
        for n in range(50):
            loud.sendto(b"%d" % n, address)
        h.wait(lambda: len(h.received(h.server_events)) == 50)
        quiet.sendto(b"hello", address)
        h.wait(lambda: len(h.received(h.server_events)) == 51)
        quiet.settimeout(5)
        assert quiet.recvfrom(100)[0] == b"hello"  # another peer still gets its echo
        loud_echoes = [e for e in h.server_events if e.kind is Kind.SENT][:-1]
        assert len(loud_echoes) <= 5 + 3


# A full server, idle peers and a full UDP peer table -------------------------------------------


def test_a_client_turned_away_is_told_why(h: Harness) -> None:
    h.server.set_options(max_connections=2, greeting=None)
    assert h.server.start(tcp_info())
    address = h.server.listening.sockaddr[:2]
    kept = [socket.create_connection(address) for _ in range(2)]
    try:
        h.wait(lambda: h.server.open_count == 2)
        with socket.create_connection(address) as extra:
            h.wait(lambda: Kind.REJECTED in h.kinds(h.server_events))
            extra.settimeout(5)
            got = b""
            while chunk := extra.recv(100):
                got += chunk
        assert got == b"server full: 2 connections\n"
        (note,) = notes(h.server_events, Kind.REJECTED)
        assert "limit of 2 connections reached" in note
        assert "server full: 2 connections" in note
    finally:
        for s in kept:
            s.close()


def test_idle_connections_are_closed_after_the_idle_timeout(h: Harness) -> None:
    h.server.set_options(greeting=None, idle_timeout_s=0.3)
    assert h.server.start(tcp_info())
    assert h.server.idle_timeout_s == 0.3
    address = h.server.listening.sockaddr[:2]
    with socket.create_connection(address) as idle, socket.create_connection(address) as busy:
        h.wait(lambda: h.server.open_count == 2)
        start = time.monotonic()
        while time.monotonic() - start < 0.6:  # busy talks more often than the timeout
            busy.sendall(b".")
            run_for(h, 0.05)
        h.wait(lambda: h.server.open_count == 1)
        assert h.server.connections()[0].peer == busy.getsockname()
        idle.settimeout(5)
        assert idle.recv(10) == b""
    assert any(
        "nothing received or sent for 0.3 s" in n for n in notes(h.server_events, Kind.CLOSED)
    )


def test_idle_udp_peers_are_forgotten_after_the_idle_timeout(h: Harness) -> None:
    h.server.set_options(greeting=None, idle_timeout_s=0.2)
    assert h.server.start(udp_info())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
        peer.sendto(b"once", h.server.listening.sockaddr)
        h.wait(lambda: h.server.open_count == 1)
        h.wait(lambda: h.server.open_count == 0)
    assert Kind.CLOSED in h.kinds(h.server_events)


def test_the_idle_timeout_is_off_by_default_on_loopback(h: Harness) -> None:
    assert h.server.options.idle_timeout_s == 0
    assert h.server.options.exposed_idle_timeout_s > 0
    assert h.server.start(tcp_info())
    assert h.server.idle_timeout_s == 0


def test_a_full_udp_peer_table_forgets_the_least_recently_heard_peer(h: Harness) -> None:
    h.server.set_options(max_connections=3, greeting=None)
    assert h.server.start(udp_info())
    address = h.server.listening.sockaddr
    peers = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(4)]
    try:
        for peer in peers[:3]:
            peer.sendto(b"hello", address)
        h.wait(lambda: h.server.open_count == 3)
        peers[0].sendto(b"again", address)  # the first is now heard more recently than the second
        h.wait(lambda: len(h.received(h.server_events)) == 4)
        peers[3].sendto(b"newcomer", address)
        h.wait(lambda: len(h.received(h.server_events)) == 5)
        seen = {info.peer[1] for info in h.server.connections()}
        assert seen == {peers[n].getsockname()[1] for n in (0, 2, 3)}
        closed = [e for e in h.server_events if e.kind is Kind.CLOSED]
        assert [e.peer[1] for e in closed if e.peer] == [peers[1].getsockname()[1]]
        assert "least recently heard" in closed[0].note
    finally:
        for peer in peers:
            peer.close()


# Output waiting for clients that never read ---------------------------------------------------


def test_total_output_cap_pauses_echo_to_clients_that_do_not_read(h: Harness) -> None:
    total_cap = 512 * 1024
    h.server.set_options(
        greeting=None, echo=True, output_limit=1 << 20, total_output_limit=total_cap
    )
    assert h.server.start(tcp_info())
    clients = []
    for _ in range(4):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        s.connect(h.server.listening.sockaddr[:2])
        s.setblocking(False)
        clients.append(s)
    chunk = b"x" * 65536
    try:
        h.wait(lambda: h.server.open_count == 4)
        deadline = time.monotonic() + 30
        streams = list(h.server._streams.values())
        while not all(s.paused for s in streams) and time.monotonic() < deadline:
            for s in clients:
                with contextlib.suppress(BlockingIOError):
                    s.send(chunk)  # and never read
            h.loop.run_once(0.001)
        assert all(s.paused for s in streams)
        queued = sum(len(s.out) for s in streams)
        assert queued == h.server.output_queued
        assert queued <= total_cap + 4 * RECV_SIZE
        assert any("in total" in note for note in notes(h.server_events))
        # a client that starts reading gets its echo again, and its reading resumes
        first, reader = streams[0], clients[0]
        deadline = time.monotonic() + 30
        while first.out and time.monotonic() < deadline:
            with contextlib.suppress(BlockingIOError):
                while reader.recv(1 << 20):
                    pass
            h.loop.run_once(0.001)
        assert not first.out
        assert not first.paused
    finally:
        for s in clients:
            s.close()
