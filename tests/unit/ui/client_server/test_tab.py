"""The Client/Server tab: its contract, its shortcuts, closing it, and any input."""

import ast
import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netexplorer.core import engine
from netexplorer.core.parsing import InvalidInput
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.main_window import MainWindow
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server


def test_the_tab_keeps_the_contract(window: MainWindow) -> None:
    page = window.tabs.findChild(QWidget, "clientServerTab")
    assert page is not None
    assert window.tabs.indexOf(page) == 4
    assert window.tabs.tabText(4) == "Client/Server"
    pane = Pane(window)
    for name, kind in {
        "transportCombo": QComboBox,
        "serverHostInput": QLineEdit,
        "serverPortInput": QLineEdit,
        "serverStartButton": QPushButton,
        "serverStopButton": QPushButton,
        "serverAddressLabel": QLabel,
        "connectionsTable": QTableView,
        "serverLog": QTableView,
        "clientHostInput": QLineEdit,
        "clientPortInput": QLineEdit,
        "clientConnectButton": QPushButton,
        "clientDisconnectButton": QPushButton,
        "clientLocalLabel": QLabel,
        "clientPeerLabel": QLabel,
        "clientMessageInput": QLineEdit,
        "clientSendButton": QPushButton,
        "clientLog": QTableView,
        "sequenceView": QGraphicsView,
        "serverCodeView": QPlainTextEdit,
        "clientCodeView": QPlainTextEdit,
    }.items():
        assert isinstance(pane.tab.findChild(QWidget, name), kind), name
    assert [pane.transportCombo.itemText(i) for i in range(2)] == ["TCP", "UDP"]
    assert pane.serverHostInput.text() == "127.0.0.1"
    assert pane.serverPortInput.text() == "12345"
    assert pane.serverCodeView.isReadOnly()
    assert pane.clientCodeView.isReadOnly()


def test_models_pass_the_model_tester(pane: Pane, qtmodeltester) -> None:
    qtmodeltester.check(pane.tab.server_pane.connections_model)
    qtmodeltester.check(pane.tab.server_pane.log.model)


@pytest.mark.parametrize("port", ["70000", "65536", "12 34", ""])
def test_invalid_ports_are_refused_before_any_call(qtbot: QtBot, pane: Pane, port: str) -> None:
    pane.serverPortInput.setText(port)
    pane.serverStartButton.click()
    assert not pane.tab.server.running
    assert pane.tab.server_pane.job is None
    assert "InputError" in pane.serverStatusLabel.text()
    pane.clientPortInput.setText(port)
    pane.clientConnectButton.click()
    assert "InputError" in pane.tab.findChild(QLabel, "clientStatusLabel").text()


def test_closing_the_window_with_clients_connected(
    qtbot: QtBot, window: MainWindow, sockets: list[socket.socket]
) -> None:
    pane = Pane(window)
    address = start_server(qtbot, pane)
    pane.clientPortInput.setText(str(address[1]))
    pane.clientConnectButton.click()
    qtbot.waitUntil(lambda: pane.tab.client.peer == address, timeout=WAIT)
    for _ in range(5):
        sockets.append(socket.create_connection(address))
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 6, timeout=WAIT)
    window.close()
    assert not pane.tab.server.running
    assert pane.tab.watcher.watched == 0
    for s in sockets:
        s.settimeout(2)
        while s.recv(100):
            pass


# The getaddrinfo tab's shortcuts ---------------------------------------------------------


def test_bind_and_connect_from_a_getaddrinfo_row(qtbot: QtBot, window: MainWindow) -> None:
    addrinfo = window.view(AddrinfoTab)
    addrinfo.host_input.setText("127.0.0.1")
    addrinfo.port_input.setText("0")
    addrinfo.args.type_combo.setCurrentText("SOCK_STREAM")
    with qtbot.waitSignal(addrinfo.lookupFinished, timeout=WAIT):
        addrinfo.lookup_button.click()
    bind_here = addrinfo.findChild(QPushButton, "bindServerHereButton")
    connect_here = addrinfo.findChild(QPushButton, "connectClientHereButton")
    assert not bind_here.isEnabled()
    addrinfo.table.selectRow(0)
    pane = Pane(window)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        bind_here.click()
    assert window.current_view() is pane.tab
    address = ast.literal_eval(pane.serverAddressLabel.text())

    addrinfo.port_input.setText(str(address[1]))
    with qtbot.waitSignal(addrinfo.lookupFinished, timeout=WAIT):
        addrinfo.lookup_button.click()
    addrinfo.table.selectRow(0)
    connect_here.click()
    qtbot.waitUntil(lambda: pane.clientPeerLabel.text() == repr(address), timeout=WAIT)


# Any input -----------------------------------------------------------------------------------


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(host=st.text(max_size=40), port=st.text(max_size=12))
def test_any_input_gives_an_endpoint_or_an_explained_error(
    pane: Pane, host: str, port: str
) -> None:
    pane.serverHostInput.setText(host)
    pane.serverPortInput.setText(port)
    pane.clientHostInput.setText(host)
    pane.clientPortInput.setText(port)
    for read in (pane.tab.server_pane.endpoint, pane.tab.client_pane.endpoint):
        try:
            endpoint = read()
        except InvalidInput as invalid:
            error = invalid.error
            assert (error.name, bool(error.explanation)) == ("InputError", True)
        else:
            assert isinstance(endpoint, engine.Endpoint)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(port=st.one_of(st.integers(-5, 70_000).map(str), st.sampled_from(["www", "smtp", "x"])))
def test_start_with_any_port_ends_running_or_explained(qtbot: QtBot, pane: Pane, port: str) -> None:
    pane.serverPortInput.setText(port)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    running = pane.tab.server.running
    ended = "running" if running else pane.serverStatusLabel.text().split(":")[0]
    assert ended in ("running", "InputError", "EADDRINUSE", "EACCES", "EAI_SERVICE", "EAI_NONAME")
    if running:
        pane.serverStopButton.click()
    assert pane.serverStartButton.isEnabled()
