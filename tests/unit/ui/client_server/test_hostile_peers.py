"""The Client/Server view under bad destinations, bugs and hostile peers (loopback only)."""

import socket

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netexplorer.core.engine import ClientState, streams
from tests.unit.ui.client_server.helpers import WAIT, Pane, recv_until, start_server


@pytest.mark.parametrize(
    ("transport", "udp_connect"), [("TCP", False), ("UDP", False), ("UDP", True)]
)
def test_port_zero_as_a_destination_is_explained_without_a_traceback(
    qtbot: QtBot, pane: Pane, capfd: pytest.CaptureFixture[str], transport: str, udp_connect: bool
) -> None:
    pane.transportCombo.setCurrentText(transport)
    pane.clientUdpConnectCheck.setChecked(udp_connect)
    pane.clientHostInput.setText("127.0.0.1")
    pane.clientPortInput.setText("0")
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    assert pane.tab.client.state is ClientState.IDLE
    assert pane.clientStatusLabel.text().startswith("PortZero"), pane.clientStatusLabel.text()
    assert pane.clientConnectButton.isEnabled()
    assert not pane.clientSendButton.isEnabled()
    assert pane.clientPeerLabel.text() == "—"
    assert "Traceback" not in capfd.readouterr().err


def boom(*args: object, **kwargs: object) -> object:
    raise RuntimeError("boom")


@pytest.mark.internal_error
def test_a_bug_in_the_engine_shows_as_an_internal_error(
    qtbot: QtBot,
    pane: Pane,
    sockets: list[socket.socket],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    pane.serverGreetingCheck.setChecked(False)
    address = start_server(qtbot, pane)
    s = socket.create_connection(address)
    sockets.append(s)
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 1, timeout=WAIT)
    monkeypatch.setattr(streams, "show_bytes", boom)
    s.sendall(b"hello")
    qtbot.waitUntil(
        lambda: pane.serverStatusLabel.text().startswith(
            "Internal error in netexplorer: RuntimeError: boom"
        ),
        timeout=WAIT,
    )
    assert not pane.tab.server.running
    assert pane.serverStartButton.isEnabled()
    qtbot.waitUntil(lambda: pane.rows()[0][1] == "closed", timeout=WAIT)
    qtbot.waitUntil(lambda: "Internal error in netexplorer" in pane.log_text(), timeout=WAIT)
    assert "Traceback" not in capfd.readouterr().err
    monkeypatch.undo()
    start_server(qtbot, pane)  # the pane is usable again
    assert pane.serverStatusLabel.text().startswith("Listening")


def test_a_client_turned_away_is_told_why_and_the_log_says_so(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    pane.serverGreetingCheck.setChecked(False)
    address = start_server(qtbot, pane)
    pane.tab.server.set_options(max_connections=1)
    kept = socket.create_connection(address)
    sockets.append(kept)
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 1, timeout=WAIT)
    extra = socket.create_connection(address)
    sockets.append(extra)
    recv_until(qtbot, extra, b"server full: 1 connections\n")
    qtbot.waitUntil(lambda: "| rejected |" in pane.log_text(), timeout=WAIT)
    assert "told the client b'server full: 1 connections\\n'" in pane.log_text()


def test_the_idle_timeout_setting_closes_idle_connections(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    QSettings().setValue("server/idle_timeout_s", 1)
    address = start_server(qtbot, pane)
    assert pane.tab.server.idle_timeout_s == 1
    idle = socket.create_connection(address)
    sockets.append(idle)
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: "nothing received or sent for 1 s" in pane.log_text(), timeout=WAIT)
