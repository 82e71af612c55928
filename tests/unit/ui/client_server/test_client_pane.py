"""The client pane against plain Python servers written the lecture's way (loopback)."""

import ast
import socket

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netexplorer.ui import settings as ui_settings
from netexplorer.ui.text import error_text
from tests import socket_oracle
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server

# The client pane against plain servers ---------------------------------------------------


def test_client_connects_to_a_lecture_server(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    infolist = socket.getaddrinfo("127.0.0.1", 0, socket.AF_INET, socket.SOCK_STREAM)
    info = infolist[0]
    s = socket.socket(*info[0:3])
    sockets.append(s)
    s.bind(info[4])
    s.listen()
    s.settimeout(5)
    pane.clientHostInput.setText("127.0.0.1")
    pane.clientPortInput.setText(str(s.getsockname()[1]))
    pane.clientConnectButton.click()
    qtbot.waitUntil(lambda: pane.clientPeerLabel.text() == repr(s.getsockname()), timeout=WAIT)
    conn, add = s.accept()
    sockets.append(conn)
    assert pane.clientLocalLabel.text() == repr(add)
    conn.send("Server: Hello".encode())  # noqa: UP012 - as the lecture writes it
    qtbot.waitUntil(lambda: "'Server: Hello'" in pane.log_text("clientLog"), timeout=WAIT)
    pane.clientMessageInput.setText("Client: I recieved your msg")
    pane.clientSendButton.click()
    conn.settimeout(5)
    assert conn.recv(1024).decode() == "Client: I recieved your msg"
    conn.close()
    qtbot.waitUntil(pane.clientConnectButton.isEnabled, timeout=WAIT)
    # the log shows its batch on its own timer, independent of the buttons
    qtbot.waitUntil(lambda: "recv() returned b''" in pane.log_text("clientLog"), timeout=WAIT)


def test_client_reports_refused_with_a_hint(qtbot: QtBot, pane: Pane) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        pane.clientPortInput.setText(str(closed.getsockname()[1]))
        pane.clientConnectButton.click()
        qtbot.waitUntil(lambda: "ECONNREFUSED" in pane.log_text("clientLog"), timeout=WAIT)
    qtbot.waitUntil(pane.clientConnectButton.isEnabled, timeout=WAIT)
    assert "start the server first" in pane.log_text("clientLog")
    status = pane.tab.findChild(QLabel, "clientStatusLabel").text()
    assert status.startswith("ECONNREFUSED")
    assert "start the server first" in status
    error = pane.tab.client.last_error
    assert error is not None
    assert status == error_text(error)  # the engine's own error


def test_client_status_after_a_name_that_does_not_resolve(qtbot: QtBot, pane: Pane) -> None:
    ui_settings.set_lookup_deadline_ms(3000)  # a DNS server that never answers is not waited for
    pane.clientHostInput.setText("no-such-host.invalid")
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    status = pane.tab.findChild(QLabel, "clientStatusLabel").text()
    assert status.startswith(("EAI_", "TimedOut")), status
    pane.clientDisconnectButton.setEnabled(True)
    pane.tab.disconnect_client()
    assert pane.tab.findChild(QLabel, "clientStatusLabel").text() == "Not connected."


def test_udp_client_sendto_recvfrom(qtbot: QtBot, pane: Pane, sockets: list[socket.socket]) -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sockets.append(server)
    server.bind(("127.0.0.1", 0))
    pane.transportCombo.setCurrentText("UDP")
    pane.clientPortInput.setText(str(server.getsockname()[1]))
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    assert pane.clientLocalLabel.text() == "('0.0.0.0', 0)"  # no port before sendto()
    pane.clientMessageInput.setText("datagram")
    pane.clientSendButton.click()
    server.settimeout(5)
    data, address = server.recvfrom(100)
    assert data == b"datagram"
    server.sendto(b"answer", address)
    expected = f"from {server.getsockname()!r}"
    qtbot.waitUntil(lambda: "'answer' (6 byte" in pane.log_text("clientLog"), timeout=WAIT)
    assert expected in pane.log_text("clientLog")
    assert ast.literal_eval(pane.clientLocalLabel.text())[1] == address[1]


def test_udp_connect_first_sends_nothing(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sockets.append(server)
    server.bind(("127.0.0.1", 0))
    server.setblocking(False)
    pane.transportCombo.setCurrentText("UDP")
    pane.clientUdpConnectCheck.setChecked(True)
    pane.clientPortInput.setText(str(server.getsockname()[1]))
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    assert pane.clientPeerLabel.text() == repr(server.getsockname())
    with pytest.raises(BlockingIOError):
        server.recvfrom(100)
    qtbot.waitUntil(lambda: "connect() sent nothing" in pane.log_text("clientLog"), timeout=WAIT)


@pytest.mark.skipif(not socket_oracle.ipv6_loopback_works(), reason="no IPv6 loopback")
def test_both_panes_on_ipv6_loopback(qtbot: QtBot, pane: Pane) -> None:
    address = start_server(qtbot, pane, host="::1")
    assert "AF_INET6" in pane.serverCoordinatesLabel.text()
    pane.clientHostInput.setText("::1")
    pane.clientPortInput.setText(str(address[1]))
    pane.clientConnectButton.click()
    qtbot.waitUntil(lambda: pane.clientPeerLabel.text() == repr(address), timeout=WAIT)
    qtbot.waitUntil(lambda: len(pane.rows()) == 1, timeout=WAIT)
    assert pane.rows()[0][2] == pane.clientLocalLabel.text()
    qtbot.waitUntil(lambda: "'Server: Hello'" in pane.log_text("clientLog"), timeout=WAIT)
