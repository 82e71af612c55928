"""The getaddrinfo tab: every combo item and flag checkbox, rows as socket.getaddrinfo gives."""

import importlib
import itertools
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QTableView, QTextBrowser
from pytestqt.qtbot import QtBot

from netexplorer.core import flags
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.workers import ResolverPool
from tests import socket_oracle
from tests.unit.ui import fakes

AI_FLAGS = socket_oracle.ai_flags()
CONTRACT_COMBOS = {
    "familyCombo": ["AF_UNSPEC", "AF_INET", "AF_INET6"],
    "typeCombo": ["0", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW"],
    "protoCombo": ["0", "IPPROTO_TCP", "IPPROTO_UDP"],
}


def value_of(name: str) -> int:
    return 0 if name == "0" else int(getattr(socket, name))


def fill(
    window: MainWindow,
    host: str,
    port: str,
    family: str = "AF_UNSPEC",
    kind: str = "0",
    proto: str = "0",
    chosen: tuple[str, ...] = (),
) -> AddrinfoTab:
    page = fakes.tab(window, "addrinfoTab")
    assert isinstance(page, AddrinfoTab)
    fakes.child(page, QLineEdit, "hostInput").setText(host)
    fakes.child(page, QLineEdit, "portInput").setText(port)
    for name, text in (("familyCombo", family), ("typeCombo", kind), ("protoCombo", proto)):
        combo = fakes.child(page, QComboBox, name)
        combo.setCurrentIndex(combo.findText(text))
        assert combo.currentText() == text
    for box in page.findChildren(QCheckBox):
        if box.objectName().startswith("AI_"):
            box.setChecked(box.objectName() in chosen)
    return page


def expected_rows(host: str | None, port: Any, *args: int) -> list[tuple[str, ...]]:
    return [
        (
            socket_oracle.family_name(family),
            socket_oracle.type_name(kind),
            socket_oracle.proto_name(proto),
            repr(canonname),
            repr(sockaddr),
            socket_oracle.address_kind(str(sockaddr[0])),
        )
        for family, kind, proto, canonname, sockaddr in socket.getaddrinfo(host, port, *args)
    ]


def check(page: AddrinfoTab, qtbot: QtBot, host: str | None, port: Any, *args: int) -> None:
    """Look up; the tab shows socket.getaddrinfo's rows, or its error, as socket gives it."""
    fakes.look_up(qtbot, page)
    failure: socket.gaierror | None = None
    try:
        expected = expected_rows(host, port, *args)
    except socket.gaierror as exc:
        failure = exc
    if failure is not None:
        error = page.last_error
        assert error is not None
        assert error.code == failure.errno
        assert getattr(socket, error.name) == failure.errno
        assert fakes.status(page) == f"{error.name}: {failure.strerror}"
        assert fakes.explanation(page).startswith(error.explanation)
        assert fakes.rows(page) == []  # the contract: a failed call leaves the table empty
    else:
        assert fakes.answer(page) == expected
        assert fakes.status(page).startswith(f"Result rows: {len(expected)} (")
    # the code view's call gives the same answer
    assert fakes.code_values(fakes.code(page)) == [
        fakes.outcome(socket.getaddrinfo, host, port, *args)
    ]


def test_combo_items_are_the_constant_names(window: MainWindow) -> None:
    page = fakes.tab(window, "addrinfoTab")
    for name, items in CONTRACT_COMBOS.items():
        combo = fakes.child(page, QComboBox, name)
        wanted = [item for item in items if item == "0" or hasattr(socket, item)]
        assert [combo.itemText(i) for i in range(combo.count())] == wanted
        for i in range(combo.count()):
            assert combo.itemData(i, Qt.ItemDataRole.ToolTipRole)


def test_one_checkbox_per_defined_ai_flag(window: MainWindow) -> None:
    page = fakes.tab(window, "addrinfoTab")
    boxes = [
        box.objectName()
        for box in page.findChildren(QCheckBox)
        if box.objectName().startswith("AI_")
    ]
    assert sorted(boxes) == AI_FLAGS
    for name in AI_FLAGS:
        box = fakes.child(page, QCheckBox, name)
        assert box.text() == name
        assert box.toolTip()
    for name in socket_oracle.ai_combinations():  # macOS's AI_DEFAULT, AI_MASK
        assert page.findChildren(QCheckBox, name) == [], name


@pytest.fixture
def without_v4mapped(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delattr(socket, "AI_V4MAPPED", raising=False)
    monkeypatch.delattr(socket, "AI_ALL", raising=False)
    importlib.reload(flags)
    yield
    monkeypatch.undo()
    importlib.reload(flags)


@pytest.mark.usefixtures("without_v4mapped")
def test_a_flag_the_platform_lacks_has_no_checkbox(qtbot: QtBot) -> None:
    pool = ResolverPool()
    page = AddrinfoTab(pool)
    qtbot.addWidget(page)
    names = {box.objectName() for box in page.findChildren(QCheckBox)}
    assert "AI_PASSIVE" in names
    assert not names & {"AI_V4MAPPED", "AI_ALL"}
    assert pool.shutdown(2000)


@pytest.mark.parametrize(
    ("family", "kind", "proto"),
    list(itertools.product(*CONTRACT_COMBOS.values())),
)
def test_every_combination_of_combo_items(
    window: MainWindow, qtbot: QtBot, family: str, kind: str, proto: str
) -> None:
    page = fill(window, "localhost", "80", family, kind, proto)
    check(page, qtbot, "localhost", 80, value_of(family), value_of(kind), value_of(proto), 0)


@pytest.mark.parametrize("name", AI_FLAGS)
@pytest.mark.parametrize(
    ("host", "port"), [("localhost", "80"), ("", "80"), ("::1", "www"), ("127.0.0.1", "")]
)
def test_every_flag_checkbox(
    window: MainWindow, qtbot: QtBot, name: str, host: str, port: str
) -> None:
    family = "AF_INET6" if name in ("AI_V4MAPPED", "AI_ALL") else "AF_UNSPEC"
    page = fill(window, host, port, family, chosen=(name,))
    port_value: int | str | None = int(port) if port.isdecimal() else (port or None)
    check(page, qtbot, host or None, port_value, value_of(family), 0, 0, value_of(name))


@pytest.mark.parametrize("chosen", list(itertools.combinations(AI_FLAGS, 2)))
def test_pairs_of_flags(window: MainWindow, qtbot: QtBot, chosen: tuple[str, ...]) -> None:
    page = fill(window, "localhost", "http", chosen=chosen)
    check(page, qtbot, "localhost", "http", 0, 0, 0, flags.symbol(*chosen).value)


def test_passive_with_host_none_gives_wildcard_else_loopback(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = fill(window, "", "80", kind="SOCK_STREAM")
    hint = fakes.child(page, QLabel, "passiveHint")
    assert not hint.isHidden()
    fakes.look_up(qtbot, page)
    active = {row[5] for row in fakes.rows(page)}
    assert active == {"loopback (this computer)"}
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QCheckBox, "AI_PASSIVE").setChecked(True)  # re-runs at once
    passive = {row[5] for row in fakes.rows(page)}
    assert passive == {"wildcard (every interface)"}
    assert (
        "socket.getaddrinfo(None, 80, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)"
        in fakes.code(page)
    )
    fakes.child(page, QLineEdit, "hostInput").setText("localhost")
    assert hint.isHidden()


def test_selecting_a_row_explains_its_fields(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "::1", "53", "AF_INET6", "SOCK_DGRAM")
    fakes.look_up(qtbot, page)
    table = fakes.child(page, QTableView, "resultsTable")
    table.selectRow(0)
    text = fakes.child(page, QTextBrowser, "fieldsView").toPlainText()
    for field in ("family", "type", "proto", "canonname", "sockaddr", "flowinfo", "scope_id"):
        assert field in text
    assert "AF_INET6" in text
    assert "('::1', 53, 0, 0)" in text
    table.clearSelection()
    assert fakes.child(page, QTextBrowser, "fieldsView").toPlainText() == ""


def test_ctrl_c_copies_the_selected_rows_tab_separated(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "localhost", "80")
    window.show_view(page)
    fakes.look_up(qtbot, page)
    table = fakes.child(page, QTableView, "resultsTable")
    shown = fakes.rows(page)
    assert len(shown) >= 2
    table.selectRow(0)
    table.selectionModel().select(
        table.model().index(len(shown) - 1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    QGuiApplication.clipboard().clear()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keySequence(table, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == "\n".join(
        "\t".join(row) for row in (shown[0], shown[-1])
    )


def test_copy_with_nothing_selected_copies_every_row(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "127.0.0.1", "80")
    window.show_view(page)
    fakes.look_up(qtbot, page)
    table = fakes.child(page, QTableView, "resultsTable")
    table.clearSelection()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keySequence(table, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == "\n".join("\t".join(r) for r in fakes.rows(page))


@pytest.mark.parametrize(
    ("host", "port", "start"),
    [
        ("local host", "80", "InputError: The host name contains the character ' '."),
        ("localhost", "70000", "InputError: Port 70000 is out of range. Python would accept"),
        ("a" * 64, "", "InputError: The label " + "a" * 64 + " is longer"),
        ("localhost\x00x", "", "InputError: The host name contains a NUL character. Python"),
    ],
)
def test_bad_input_is_explained(
    window: MainWindow, qtbot: QtBot, host: str, port: str, start: str
) -> None:
    page = fill(window, host, port)
    fakes.look_up(qtbot, page)
    assert fakes.status(page).startswith(start)
    assert "…" not in fakes.status(page)
    assert fakes.explanation(page)
    assert fakes.rows(page) == []


def test_what_python_accepts_is_accepted(window: MainWindow, qtbot: QtBot) -> None:
    page = fill(window, "localhost", "-1")
    fakes.look_up(qtbot, page)
    with pytest.raises(socket.gaierror) as raised:
        socket.getaddrinfo("localhost", -1)
    assert page.last_error is not None
    assert page.last_error.code == raised.value.errno
    assert "socket.getaddrinfo('localhost', -1," in fakes.code(page)


def test_an_idn_name_shows_what_the_resolver_looked_up(window: MainWindow, qtbot: QtBot) -> None:
    # AI_NUMERICHOST: Python encodes the name, the C library refuses it without asking DNS
    page = fill(window, "bücher.de", "80", chosen=("AI_NUMERICHOST",))
    fakes.look_up(qtbot, page)
    assert "bücher.de was looked up as xn--bcher-kva.de" in fakes.status(page)
    assert fakes.status(page).startswith("EAI_NONAME: ")
