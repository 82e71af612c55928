"""The server pane against plain Python sockets written the lecture's way (loopback)."""

import ast
import contextlib
import errno
import socket
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netexplorer.ui.client_server.event_log import LOG_LIMIT
from netexplorer.ui.text import error_text
from tests.unit.ui.client_server.helpers import WAIT, Pane, recv_until, start_server

# The server pane against lecture clients ---------------------------------------------------


def test_server_greets_a_lecture_client_and_shows_its_address(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    assert "AF_INET" in pane.serverCoordinatesLabel.text()
    assert "SOCK_STREAM" in pane.serverCoordinatesLabel.text()
    assert f"port {address[1]}" in pane.serverCoordinatesLabel.text()

    infolist = socket.getaddrinfo("127.0.0.1", address[1], socket.AF_INET, socket.SOCK_STREAM)
    info = infolist[0]
    s = socket.socket(*info[0:3])
    sockets.append(s)
    s.connect(info[4])
    recv_until(qtbot, s, b"Server: Hello")
    s.send("Client: I recieved your msg".encode())  # noqa: UP012 - as the lecture writes it
    qtbot.waitUntil(lambda: "'Client: I recieved your msg'" in pane.log_text(), timeout=WAIT)
    qtbot.waitUntil(lambda: len(pane.rows()) == 1, timeout=WAIT)
    _number, state, peer, local, _received, _sent = pane.rows()[0]
    assert ast.literal_eval(peer) == s.getsockname()
    assert ast.literal_eval(local) == s.getpeername() == address
    assert state == "open"
    qtbot.waitUntil(lambda: pane.rows()[0][4:] == ["27", "13"], timeout=WAIT)


def test_greeting_off_echo_on_reply_and_close_selected(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    pane.serverGreetingCheck.setChecked(False)
    pane.serverEchoCheck.setChecked(True)
    address = start_server(qtbot, pane)
    s = socket.create_connection(address)
    sockets.append(s)
    s.sendall(b"ping")
    recv_until(qtbot, s, b"ping")
    qtbot.waitUntil(lambda: len(pane.rows()) == 1, timeout=WAIT)
    pane.connectionsTable.selectRow(0)
    assert pane.serverReplyButton.isEnabled()
    pane.serverReplyInput.setText("a reply")
    pane.serverReplyButton.click()
    recv_until(qtbot, s, b"a reply")
    pane.serverCloseConnectionButton.click()
    recv_until(qtbot, s, b"")
    qtbot.waitUntil(lambda: pane.rows()[0][1] == "closed", timeout=WAIT)


def test_udp_server_answers_a_plain_udp_client(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    pane.transportCombo.setCurrentText("UDP")
    address = start_server(qtbot, pane)
    assert "SOCK_DGRAM" in pane.serverCoordinatesLabel.text()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sockets.append(s)
    s.sendto(b"hello over UDP", address)
    s.setblocking(False)
    seen: list[tuple[bytes, Any]] = []

    def greeted() -> None:
        with contextlib.suppress(BlockingIOError):
            seen.append(s.recvfrom(100))
        assert seen == [(b"Server: Hello", address)]

    qtbot.waitUntil(greeted, timeout=WAIT)
    qtbot.waitUntil(lambda: "'hello over UDP'" in pane.log_text(), timeout=WAIT)
    qtbot.waitUntil(lambda: len(pane.rows()) == 1, timeout=WAIT)
    assert ast.literal_eval(pane.rows()[0][2])[1] == s.getsockname()[1]


# Ports, names and bad input ---------------------------------------------------------------


def bind_refusal(address: tuple[str, int]) -> str | None:
    """Return why this process may not bind ``address`` now (``EACCES``…), or None."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return errno.errorcode.get(exc.errno or 0, str(exc))
    return None


def test_service_name_as_server_port(qtbot: QtBot, pane: Pane) -> None:
    smtp = socket.getservbyname("smtp", "tcp")
    # an ordinary user may not bind port 25, or something else has it: ask the system first
    refusal = bind_refusal(("127.0.0.1", smtp))
    pane.serverPortInput.setText("smtp")
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert pane.tab.server.running is (refusal is None), pane.serverStatusLabel.text()
    shown = (
        ast.literal_eval(pane.serverAddressLabel.text())
        if refusal is None
        else pane.serverStatusLabel.text().split(":")[0]
    )
    assert shown == (("127.0.0.1", smtp) if refusal is None else refusal)
    assert "'smtp'" in pane.log_text()  # the getaddrinfo call shows the service name


@pytest.mark.parametrize("port", ["nosuchservicehere", "-1", "٣"])  # as Python takes them
def test_unknown_service_is_explained(qtbot: QtBot, pane: Pane, port: str) -> None:
    pane.serverPortInput.setText(port)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert "EAI_" in pane.serverStatusLabel.text()
    assert pane.serverStartButton.isEnabled()


def test_port_in_use(qtbot: QtBot, pane: Pane, sockets: list[socket.socket]) -> None:
    other = socket.socket()
    sockets.append(other)
    other.bind(("127.0.0.1", 0))
    other.listen()
    pane.serverPortInput.setText(str(other.getsockname()[1]))
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert "EADDRINUSE" in pane.serverStatusLabel.text()
    assert "port 0" in pane.serverStatusLabel.text()  # the hint
    assert pane.serverStartButton.isEnabled()
    assert "EADDRINUSE" in pane.log_text()
    error = pane.tab.server.last_error
    assert error is not None
    assert pane.serverStatusLabel.text() == error_text(error)  # the engine's own error


def test_every_interface_needs_an_explicit_choice(qtbot: QtBot, pane: Pane) -> None:
    warning = pane.serverExposureWarning
    assert not warning.isVisible()
    for host in ("0.0.0.0", "", "::"):
        pane.serverHostInput.setText(host)
        pane.serverPortInput.setText("0")
        with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
            pane.serverStartButton.click()
        assert not pane.tab.server.running
        assert warning.isVisible()
        assert "not a loopback address" in pane.serverStatusLabel.text()
    pane.serverAllInterfacesCheck.setChecked(True)
    start_server(qtbot, pane, host="0.0.0.0")
    assert warning.isVisible()


def test_port_zero_gets_a_free_port(qtbot: QtBot, pane: Pane) -> None:
    address = start_server(qtbot, pane, port="0")
    assert address[1] != 0


def test_the_address_of_a_running_server_cannot_drift_from_its_inputs(
    qtbot: QtBot, pane: Pane
) -> None:
    """While the server runs, its host and port (and so its script) are what it was given."""
    start_server(qtbot, pane, port="0")
    assert pane.serverHostInput.isReadOnly()
    assert pane.serverPortInput.isReadOnly()
    pane.serverStopButton.click()
    qtbot.waitUntil(lambda: not pane.tab.server.running, timeout=WAIT)
    qtbot.waitUntil(lambda: not pane.serverHostInput.isReadOnly(), timeout=WAIT)
    assert not pane.serverPortInput.isReadOnly()


# Abuse ---------------------------------------------------------------------------------------


def test_300_simultaneous_connections(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    limit = pane.tab.server.options.max_connections
    for _ in range(300):
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(address)
        sockets.append(s)

    def settled() -> None:
        rejected = pane.log_text().count("| rejected |")
        assert (pane.tab.server.open_count, rejected) == (limit, 300 - limit)

    qtbot.waitUntil(settled, timeout=30_000)
    qtbot.waitUntil(lambda: len(pane.rows()) == limit, timeout=WAIT)
    assert "limit of 100 connections reached" in pane.log_text()
    start = time.perf_counter()
    pane.serverStopButton.click()
    assert time.perf_counter() - start < 1.0
    assert pane.tab.server.open_count == 0


def test_non_utf8_bytes_are_shown_escaped(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    s = socket.create_connection(address)
    sockets.append(s)
    s.sendall(b"\xff\xfe\x00\x1b[2J")
    qtbot.waitUntil(lambda: r"b'\xff\xfe\x00\x1b[2J' (7 byte" in pane.log_text(), timeout=WAIT)


def test_ten_megabytes_are_counted_and_shown_truncated(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    total = 10 * 1024 * 1024
    data = b"x" * total
    s = socket.create_connection(address)
    sockets.append(s)
    s.setblocking(False)
    sent = 0

    def all_counted() -> None:
        nonlocal sent
        with contextlib.suppress(BlockingIOError):
            sent += s.send(data[sent : sent + (1 << 20)])
        assert pane.rows()
        assert pane.rows()[0][4] == str(total)

    qtbot.waitUntil(all_counted, timeout=60_000)
    assert "the first 120 shown" in pane.log_text()
    assert pane.tab.server_pane.log.model.rowCount() <= LOG_LIMIT


def test_idle_client_cannot_block_stop_and_restart_works(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    idle = socket.create_connection(address)
    sockets.append(idle)
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 1, timeout=WAIT)
    start = time.perf_counter()
    pane.serverStopButton.click()
    assert time.perf_counter() - start < 1.0
    assert pane.serverAddressLabel.text() == "—"
    recv_until(qtbot, idle, b"Server: Hello")  # the greeting, then the end of the stream
    idle.settimeout(1)
    assert idle.recv(10) == b""
    again = start_server(qtbot, pane, port=str(address[1]))
    assert again == address
