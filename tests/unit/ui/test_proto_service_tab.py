"""The Protocol/Service tab: getprotobyname, getservbyname, getservbyport and the databases."""

import socket
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.core import netdb
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.proto_service_tab import DB_WIDTH_SAMPLE_ROWS, ProtoServiceTab
from netexplorer.ui.workers import ResolverPool
from tests.unit.ui import fakes

#: how many roles a view reads from one cell to measure it
ROLE_READS = 8


def fill(window: MainWindow, protocol: str, service: str, proto: str = "any") -> ProtoServiceTab:
    page = fakes.tab(window, "protoServiceTab")
    assert isinstance(page, ProtoServiceTab)
    fakes.child(page, QLineEdit, "protocolInput").setText(protocol)
    fakes.child(page, QLineEdit, "serviceInput").setText(service)
    combo = fakes.child(page, QComboBox, "serviceProtoCombo")
    combo.setCurrentText(proto)
    assert combo.currentText() == proto
    return page


def socket_rows(function: str, label: str, *args: object) -> list[tuple[str, str, str]]:
    """The row a call gives, or none when it raises (the error is in the status line)."""
    try:
        return [(function, label, str(getattr(socket, function)(*args)))]
    except (OSError, OverflowError):
        return []


def check_error(page: ProtoServiceTab, function: str, *args: object) -> None:
    """A call that raises shows its exception's name and message in the status line."""
    raised = fakes.outcome(getattr(socket, function), *args)
    if isinstance(raised, tuple) and isinstance(raised[0], type):
        kind, args_of_exc = raised
        assert fakes.status(page) == f"{kind.__name__}: {kind(*args_of_exc)}"
        assert fakes.explanation(page)


def test_combo_items(window: MainWindow) -> None:
    combo = fakes.child(fakes.tab(window, "protoServiceTab"), QComboBox, "serviceProtoCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["any", "tcp", "udp"]


@pytest.mark.parametrize("protocol", ["tcp", "udp", "icmp", "ip", "TCP", "UDP", "nosuchproto"])
def test_getprotobyname(window: MainWindow, qtbot: QtBot, protocol: str) -> None:
    page = fill(window, protocol, "")
    fakes.look_up(qtbot, page)
    assert fakes.answer(page) == socket_rows("getprotobyname", "protocol number", protocol)
    check_error(page, "getprotobyname", protocol)
    assert fakes.code_values(fakes.code(page)) == [fakes.outcome(socket.getprotobyname, protocol)]


def test_icmp_is_protocol_one(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "icmp", "")
    fakes.look_up(qtbot, page)
    assert fakes.answer(page) == [("getprotobyname", "protocol number", "1")]


@pytest.mark.parametrize("proto", ["any", "tcp", "udp"])
@pytest.mark.parametrize("service", ["www", "http", "domain", "ssh", "nosuchservice"])
def test_getservbyname_with_each_combo_item(
    window: MainWindow, qtbot: QtBot, service: str, proto: str
) -> None:
    page = fill(window, "", service, proto)
    fakes.look_up(qtbot, page)
    args = (service,) if proto == "any" else (service, proto)
    assert fakes.answer(page) == socket_rows("getservbyname", "port", *args)
    check_error(page, "getservbyname", *args)
    assert fakes.code_values(fakes.code(page)) == [fakes.outcome(socket.getservbyname, *args)]


@pytest.mark.parametrize("proto", ["any", "tcp", "udp"])
@pytest.mark.parametrize("port", ["22", "53", "80", "443", "65535", "0", "70000", "-1"])
def test_getservbyport_with_each_combo_item(
    window: MainWindow, qtbot: QtBot, port: str, proto: str
) -> None:
    page = fill(window, "", port, proto)
    fakes.look_up(qtbot, page)
    args = (int(port),) if proto == "any" else (int(port), proto)
    assert fakes.answer(page) == socket_rows("getservbyport", "service name", *args)
    check_error(page, "getservbyport", *args)
    assert fakes.code_values(fakes.code(page)) == [fakes.outcome(socket.getservbyport, *args)]


def test_both_calls_and_their_code(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "icmp", "www", "tcp")
    fakes.look_up(qtbot, page)
    assert fakes.answer(page) == [
        ("getprotobyname", "protocol number", "1"),
        ("getservbyname", "port", str(socket.getservbyname("www", "tcp"))),
    ]
    assert fakes.run_code(fakes.code(page)) == [1, socket.getservbyname("www", "tcp")]
    assert fakes.status(page).startswith("Result rows: 2 (")


def test_oserror_without_errno_is_explained(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "", "nosuchservice")
    fakes.look_up(qtbot, page)
    assert fakes.status(page) == "OSError: service/proto not found"
    assert "services or protocols database" in fakes.explanation(page)
    assert isinstance(fakes.run_code(fakes.code(page))[0], OSError)


@pytest.mark.parametrize(
    ("protocol", "service", "start"),
    [
        ("", "", "InputError: Enter a protocol, a service, or both."),
        ("", "+-1", "InputError: +-1 is not a port number."),
        ("t cp", "", "InputError: The protocol name contains the character ' '."),
        ("x" * 65, "", "InputError: The protocol name is 65 characters long."),
    ],
)
def test_bad_input_is_explained(
    window: MainWindow, qtbot: QtBot, protocol: str, service: str, start: str
) -> None:
    page = fill(window, protocol, service)
    fakes.look_up(qtbot, page)
    assert fakes.status(page).startswith(start)
    assert fakes.explanation(page)
    assert fakes.rows(page) == []


def test_an_unknown_service_is_diagnosed(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "", "nosuchservice")
    with qtbot.waitSignal(page.error_panel.diagnosed, timeout=fakes.FINISH_MS):
        fakes.look_up(qtbot, page)
    assert "has no entry nosuchservice" in fakes.diagnosis(page)


def test_changing_the_protocol_argument_looks_up_again(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "", "domain", "tcp")
    fakes.look_up(qtbot, page)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QComboBox, "serviceProtoCombo").setCurrentText("udp")
    assert "socket.getservbyname('domain', 'udp')" in fakes.code(page)


def test_database_table_lists_every_entry(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "protoServiceTab")
    assert isinstance(page, ProtoServiceTab)
    qtbot.waitUntil(lambda: page.databases is not None, timeout=10_000)
    databases = netdb.load()
    table: QAbstractItemModel = fakes.child(page, QTableView, "databaseTable").model()
    assert table.rowCount() == len(databases.services) + len(databases.protocols)
    label = fakes.child(page, QLabel, "databaseLabel").text()
    assert f"{len(databases.services)} services from {databases.services_path}" in label
    search = fakes.child(page, QLineEdit, "databaseSearch")
    search.setText("icmp")
    cells = [
        [str(table.index(r, c).data()) for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert cells
    assert all(any("icmp" in cell.lower() for cell in row) for row in cells)
    assert cells[0][:3] == ["protocols", "icmp", "1"]


def test_showing_the_databases_measures_only_a_sample_of_rows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fitting the columns must not read every cell on the GUI thread (60 ms at start-up)."""
    services = tuple(
        netdb.ServiceEntry(f"service{n}", n, "tcp", (), "")
        for n in range(DB_WIDTH_SAMPLE_ROWS * 20)
    )
    big = netdb.Databases(services, (), "services", "protocols", ())
    monkeypatch.setattr(netdb, "load", lambda: big)
    pool = ResolverPool()
    page = ProtoServiceTab(pool)  # asks the pool for the databases; they land in the event loop
    qtbot.addWidget(page)
    reads = 0
    original = page.db_model.data

    def counting(index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        nonlocal reads
        reads += 1
        return original(index, role)

    monkeypatch.setattr(page.db_model, "data", counting)
    qtbot.waitUntil(lambda: page.databases is big, timeout=10_000)
    columns = page.db_model.columnCount()
    assert page.db_model.rowCount() == len(services)
    every_row = ROLE_READS * len(services) * columns
    a_sample = ROLE_READS * 2 * DB_WIDTH_SAMPLE_ROWS * columns
    assert 0 < reads <= a_sample < every_row, (reads, every_row)
    assert pool.shutdown(2000)
