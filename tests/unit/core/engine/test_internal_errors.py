"""Port 0 is no destination, and a bug in the engine is an internal error, never an exception."""

import socket

import pytest

from netexplorer.core.engine import Client, ClientState, Kind, Transport, client, streams
from tests.unit.core.engine.harness import Harness, tcp_info, udp_info


@pytest.mark.parametrize(
    ("transport", "udp_connect"),
    [(Transport.TCP, False), (Transport.UDP, False), (Transport.UDP, True)],
)
def test_port_zero_is_refused_as_a_destination(
    h: Harness, transport: Transport, udp_connect: bool
) -> None:
    """UDP connect() to port 0 once raised ENOTCONN out of the engine and left it "connected"."""
    info = (tcp_info if transport is Transport.TCP else udp_info)("127.0.0.1", 0)
    h.client.connect([info], udp_connect=udp_connect)
    assert h.client.state is ClientState.IDLE
    assert h.client.last_error is not None
    assert h.client.last_error.name == "PortZero"
    assert (h.client.local, h.client.peer, h.client.target) == (None, None, None)
    assert h.loop.watched == 0
    assert not h.client.send(b"anyone?")
    assert [e.kind for e in h.client_events] == [Kind.ERROR]


def state_of(side: Client) -> ClientState:
    """Read the state again (an assert above narrowed it for the type checker)."""
    return side.state


def boom(*args: object, **kwargs: object) -> object:
    raise RuntimeError("boom")


@pytest.mark.internal_error
def test_a_bug_in_a_server_callback_is_an_internal_error_that_closes_the_server(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h.server.set_options(greeting=None)
    assert h.server.start(tcp_info())
    with socket.create_connection(h.server.listening.sockaddr[:2]) as s:
        h.wait(lambda: h.server.open_count == 1)
        monkeypatch.setattr(streams, "show_bytes", boom)  # a bug while receiving
        s.sendall(b"hello")
        h.wait(lambda: not h.server.running)
        s.settimeout(5)
        assert s.recv(10) == b""  # its connection was closed too
    assert h.server.internal_error is not None
    assert h.server.internal_error.summary == "RuntimeError: boom"
    assert "Traceback" in h.server.internal_error.details
    (event,) = [e for e in h.server_events if e.internal is not None]
    assert event.kind is Kind.ERROR
    assert event.internal == h.server.internal_error
    assert h.server.open_count == 0
    assert not any(info.open for info in h.server.take_changed())
    assert h.loop.watched == 0
    monkeypatch.undo()
    assert h.server.start(tcp_info())  # a fresh start works and forgets the bug
    assert h.server.internal_error is None


@pytest.mark.internal_error
def test_a_bug_in_a_client_callback_is_an_internal_error_that_closes_the_client(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        h.client.connect([tcp_info(port=listener.getsockname()[1])])
        h.wait(lambda: h.client.state is ClientState.CONNECTED)
        conn, _ = listener.accept()
        with conn:
            monkeypatch.setattr(streams, "show_bytes", boom)  # a bug while receiving
            conn.sendall(b"Server: Hello")
            h.wait(lambda: h.client.internal_error is not None)
            conn.settimeout(5)
            assert conn.recv(10) == b""  # the client's socket was closed
    assert h.client.state is ClientState.IDLE
    assert (h.client.local, h.client.peer) == (None, None)
    assert any(e.internal is not None for e in h.client_events)
    assert h.loop.watched == 0


@pytest.mark.internal_error
def test_a_bug_in_a_call_from_the_interface_is_an_internal_error(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert h.server.start(udp_info())
    monkeypatch.setattr(client, "show_bytes", boom)
    h.client.connect([udp_info(port=h.server.listening.port)])
    assert h.client.state is ClientState.CONNECTED
    assert not h.client.send(b"hello")  # returns, it does not raise
    assert h.client.internal_error is not None
    assert state_of(h.client) is ClientState.IDLE
    assert h.client.target is None


@pytest.mark.internal_error
def test_a_bug_while_stopping_the_previous_run_is_not_hidden_by_the_next_start(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert h.server.start(tcp_info())
    with socket.create_connection(h.server.listening.sockaddr[:2]):
        h.wait(lambda: h.server.open_count == 1)
        monkeypatch.setattr(streams.Stream, "close", boom)  # a bug while stopping
        assert not h.server.start(tcp_info())
    assert h.server.internal_error is not None
    assert h.server.internal_error.summary == "RuntimeError: boom"
    assert not h.server.running
    assert h.loop.watched == 0
