"""The Client/Server tab against plain Python sockets written the lecture's way (loopback)."""

import ast
import contextlib
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netexplorer.core import engine
from netexplorer.core.parsing import InvalidInput
from netexplorer.ui import settings as ui_settings
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.client_server_tab import LOG_LIMIT, ROWS_PER_FLUSH, ClientServerTab
from netexplorer.ui.main_window import MainWindow

WAIT = 10_000


class Pane:
    """The tab's widgets, found by their automation names (docs/automation.md)."""

    def __init__(self, window: MainWindow) -> None:
        self.tab = window.tabs.findChild(QWidget, "clientServerTab")
        assert isinstance(self.tab, ClientServerTab)
        window.tabs.setCurrentWidget(self.tab)

    def __getattr__(self, name: str):
        widget = self.tab.findChild(QWidget, name)
        if widget is None:
            raise AttributeError(f"no widget named {name}")
        return widget

    def log_text(self, name: str = "serverLog") -> str:
        model = self.tab.findChild(QTableView, name).model()
        return "\n".join(
            " | ".join(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())
        )

    def rows(self) -> list[list[str]]:
        model = self.tab.findChild(QTableView, "connectionsTable").model()
        return [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]


@pytest.fixture
def pane(window: MainWindow) -> Pane:
    return Pane(window)


@pytest.fixture
def sockets() -> Iterator[list[socket.socket]]:
    """Plain sockets a test opens; all closed at the end."""
    opened: list[socket.socket] = []
    yield opened
    for s in opened:
        s.close()


def start_server(
    qtbot: QtBot, pane: Pane, host: str = "127.0.0.1", port: str = "0"
) -> tuple[Any, ...]:
    pane.serverHostInput.setText(host)
    pane.serverPortInput.setText(port)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert pane.tab.server.running, pane.serverStatusLabel.text()
    address: tuple[Any, ...] = ast.literal_eval(pane.serverAddressLabel.text())
    return address


def recv_until(qtbot: QtBot, s: socket.socket, expected: bytes) -> None:
    s.setblocking(False)
    got = bytearray()

    def arrived() -> None:
        with contextlib.suppress(BlockingIOError):
            got.extend(s.recv(65536))
        assert bytes(got) == expected

    qtbot.waitUntil(arrived, timeout=WAIT)


def test_the_tab_keeps_the_contract(window: MainWindow) -> None:
    page = window.tabs.findChild(QWidget, "clientServerTab")
    assert page is not None
    assert window.tabs.indexOf(page) == 4
    assert window.tabs.tabText(4).replace("&", "") == "Client/Server"
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
    }.items():
        assert isinstance(pane.tab.findChild(QWidget, name), kind), name
    assert [pane.transportCombo.itemText(i) for i in range(2)] == ["TCP", "UDP"]
    assert pane.serverHostInput.text() == "127.0.0.1"
    assert pane.serverPortInput.text() == "12345"


def test_models_pass_the_model_tester(pane: Pane, qtmodeltester) -> None:
    qtmodeltester.check(pane.tab.connections_model)
    qtmodeltester.check(pane.tab.server_log_model)


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
    assert "recv() returned b''" in pane.log_text("clientLog")


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


def test_both_panes_on_ipv6_loopback(qtbot: QtBot, pane: Pane) -> None:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback")
    address = start_server(qtbot, pane, host="::1")
    assert "AF_INET6" in pane.serverCoordinatesLabel.text()
    pane.clientHostInput.setText("::1")
    pane.clientPortInput.setText(str(address[1]))
    pane.clientConnectButton.click()
    qtbot.waitUntil(lambda: pane.clientPeerLabel.text() == repr(address), timeout=WAIT)
    qtbot.waitUntil(lambda: len(pane.rows()) == 1, timeout=WAIT)
    assert pane.rows()[0][2] == pane.clientLocalLabel.text()
    qtbot.waitUntil(lambda: "'Server: Hello'" in pane.log_text("clientLog"), timeout=WAIT)


# Ports, names and bad input ---------------------------------------------------------------


def test_service_name_as_server_port(qtbot: QtBot, pane: Pane) -> None:
    pane.serverPortInput.setText("smtp")
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    smtp = socket.getservbyname("smtp", "tcp")
    if pane.tab.server.running:
        assert ast.literal_eval(pane.serverAddressLabel.text()) == ("127.0.0.1", smtp)
    else:  # an ordinary user may not bind port 25, or something else has it
        assert any(n in pane.serverStatusLabel.text() for n in ("EACCES", "EADDRINUSE"))
    assert "'smtp'" in pane.log_text()  # the getaddrinfo call shows the service name


@pytest.mark.parametrize("port", ["nosuchservicehere", "-1", "٣"])  # as Python takes them
def test_unknown_service_is_explained(qtbot: QtBot, pane: Pane, port: str) -> None:
    pane.serverPortInput.setText(port)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert "EAI_" in pane.serverStatusLabel.text()
    assert pane.serverStartButton.isEnabled()


@pytest.mark.parametrize("port", ["70000", "65536", "12 34", ""])
def test_invalid_ports_are_refused_before_any_call(qtbot: QtBot, pane: Pane, port: str) -> None:
    pane.serverPortInput.setText(port)
    pane.serverStartButton.click()
    assert not pane.tab.server.running
    assert pane.tab._server_job is None
    assert "InputError" in pane.serverStatusLabel.text()
    pane.clientPortInput.setText(port)
    pane.clientConnectButton.click()
    assert "InputError" in pane.tab.findChild(QLabel, "clientStatusLabel").text()


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


def test_every_interface_needs_an_explicit_choice(qtbot: QtBot, pane: Pane) -> None:
    warning = pane.serverExposureWarning
    assert not warning.isVisible()
    for host in ("0.0.0.0", "", "::"):
        pane.serverHostInput.setText(host)
        assert warning.isVisible()
        pane.serverPortInput.setText("0")
        pane.serverStartButton.click()
        assert not pane.tab.server.running
        assert "every interface" in pane.serverStatusLabel.text()
    pane.serverAllInterfacesCheck.setChecked(True)
    start_server(qtbot, pane, host="0.0.0.0")
    assert warning.isVisible()


def test_port_zero_gets_a_free_port(qtbot: QtBot, pane: Pane) -> None:
    address = start_server(qtbot, pane, port="0")
    assert address[1] != 0


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
    assert pane.tab.server_log_model.rowCount() <= LOG_LIMIT


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


def test_the_log_stays_bounded_under_a_flood(pane: Pane) -> None:
    log = pane.tab.server_log
    for n in range(25_000):  # far more than one batch shows
        log.add(engine.Event(time.time(), engine.Kind.INFO, n))
    log.flush()
    assert pane.tab.server_log_model.rowCount() == ROWS_PER_FLUSH
    assert "not shown" in pane.log_text().splitlines()[0]
    assert pane.log_text().splitlines()[-1].split(" | ")[2] == "24999"  # the newest are kept
    for _ in range(2 * LOG_LIMIT // ROWS_PER_FLUSH):
        for n in range(ROWS_PER_FLUSH):
            log.add(engine.Event(time.time(), engine.Kind.INFO, n))
        log.flush()
    assert pane.tab.server_log_model.rowCount() == LOG_LIMIT


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
    assert window.tabs.currentWidget() is pane.tab
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
    for read in (pane.tab.server_endpoint, pane.tab.client_endpoint):
        outcome: engine.Endpoint | InvalidInput
        try:
            outcome = read()
        except InvalidInput as invalid:
            outcome = invalid
        if isinstance(outcome, InvalidInput):
            assert outcome.error.name == "InputError"
            assert outcome.error.explanation
        else:
            assert isinstance(outcome, engine.Endpoint)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(port=st.one_of(st.integers(-5, 70_000).map(str), st.sampled_from(["www", "smtp", "x"])))
def test_start_with_any_port_ends_running_or_explained(qtbot: QtBot, pane: Pane, port: str) -> None:
    pane.serverPortInput.setText(port)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    if pane.tab.server.running:
        pane.serverStopButton.click()
    else:
        assert pane.serverStatusLabel.text().split(":")[0] in (
            "InputError", "EADDRINUSE", "EACCES", "EAI_SERVICE", "EAI_NONAME",
        )  # fmt: skip
    assert pane.serverStartButton.isEnabled()
