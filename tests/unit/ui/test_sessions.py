"""The history dock and sessions, driven through the names of docs/automation.md."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from netexplorer.core.session_read import read
from netexplorer.ui.i18n import install_translators
from netexplorer.ui.main_window import MainWindow
from tests.pages import code, line, look_up, lookup_view, rows, status
from tests.unit.core.test_session_schema import VALIDATOR


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Install the English plural forms, as the application does at start."""
    installed = install_translators(qapp)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def history(window: MainWindow) -> list[tuple[str, ...]]:
    """Return the rows of ``historyView`` as shown (time, view, call, outcome)."""
    return rows(window, "historyView")


def wait_rows(qtbot: QtBot, window: MainWindow, count: int) -> None:
    view = window.findChild(QTableView, "historyView")
    qtbot.waitUntil(lambda: view.model().rowCount() == count, timeout=5000)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def three_lookups(window: MainWindow, qtbot: QtBot) -> None:
    host = lookup_view(window, "hostTab")
    line(host, "hostInput").setText("localhost")
    look_up(qtbot, host)
    reverse = lookup_view(window, "reverseTab")
    line(reverse, "addressInput").setText("127.0.0.1")
    look_up(qtbot, reverse)
    addrinfo = lookup_view(window, "addrinfoTab")
    line(addrinfo, "hostInput").setText("127.0.0.1")
    line(addrinfo, "portInput").setText("80")
    look_up(qtbot, addrinfo)
    wait_rows(qtbot, window, 3)


def choose_file(monkeypatch: pytest.MonkeyPatch, kind: str, path: Path) -> list[str]:
    """Answer the next file dialogs of ``kind`` (getSaveFileName…) with ``path``; log captions."""
    asked: list[str] = []

    def answer(parent: object, caption: str, *args: object) -> tuple[str, str]:
        del parent, args
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, kind, answer)
    return asked


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: shown.append(f"{title}: {text}")
    )
    return shown


def screen(window: MainWindow) -> dict[str, Any]:
    """What a user sees of the session: the history, and each lookup view's inputs and results."""
    seen: dict[str, Any] = {"history": history(window)}
    for name in ("hostTab", "reverseTab", "protoServiceTab", "addrinfoTab"):
        page = lookup_view(window, name)
        seen[name] = (page.inputs(), rows(page), status(page))
    return seen


def test_three_lookups_in_three_views_appear_in_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    three_lookups(window, qtbot)
    shown = history(window)
    assert [row[1] for row in shown] == ["Host", "Reverse", "getaddrinfo"]
    assert shown[0][2] == "socket.gethostbyname('localhost'); socket.gethostbyname_ex('localhost')"
    assert shown[2][2].startswith("socket.getaddrinfo('127.0.0.1', 80, socket.AF_UNSPEC")
    addrinfo_rows = len(rows(lookup_view(window, "addrinfoTab")))
    assert shown[2][3].startswith(f"{addrinfo_rows} rows in ")
    summary = window.findChild(QLabel, "historySummaryLabel")
    assert summary.text() == "3 actions"


def test_saving_writes_a_file_the_schema_holds_and_reopening_restores_the_screen(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    three_lookups(window, qtbot)
    proto = lookup_view(window, "protoServiceTab")
    line(proto, "protocolInput").setText("nosuchproto")
    look_up(qtbot, proto)
    wait_rows(qtbot, window, 4)
    target = tmp_path / "lab1"
    asked = choose_file(monkeypatch, "getSaveFileName", target)
    action(window, "saveSessionAction").trigger()
    assert asked == ["Save the session"]
    saved = tmp_path / "lab1.netexplorer.json"
    VALIDATOR.validate(json.loads(saved.read_bytes()))
    session = read(saved)
    assert [entry.view for entry in session.history] == [
        "hostTab", "reverseTab", "addrinfoTab", "protoServiceTab",
    ]  # fmt: skip
    assert session.history[3].error is not None
    before = screen(window)

    other = MainWindow(window.pool)
    qtbot.addWidget(other)
    assert other.sessions.window is other  # a window never shown builds them when asked
    choose_file(monkeypatch, "getOpenFileName", saved)
    action(other, "openSessionAction").trigger()
    assert history(other) == before["history"]
    # every lookup view shows its last entry again, as the first window did
    for number in (0, 1, 2, 3):
        other.findChild(QTableView, "historyView").selectRow(number)
    for name in ("hostTab", "reverseTab", "addrinfoTab", "protoServiceTab"):
        inputs, results, text = screen(other)[name]
        assert inputs == before[name][0]
        assert results == before[name][1]
        assert text.startswith("From history, ")
        assert text.endswith(before[name][2])
    other.close()


def test_choosing_a_history_row_shows_the_stored_answer_without_a_lookup(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    three_lookups(window, qtbot)
    host = lookup_view(window, "hostTab")
    stored_rows, stored_code = rows(host), code(host)
    line(host, "hostInput").setText("127.0.0.1")
    look_up(qtbot, host)
    wait_rows(qtbot, window, 4)
    assert rows(host) != stored_rows

    def no_lookup(*args: object) -> None:
        raise AssertionError("the resolver was asked")

    monkeypatch.setattr(window.pool, "submit", no_lookup)
    view = window.findChild(QTableView, "historyView")
    view.selectRow(0)
    assert window.current_view() is host
    assert line(host, "hostInput").text() == "localhost"
    assert rows(host) == stored_rows
    assert code(host) == stored_code
    assert status(host).startswith("From history, " + history(window)[0][0] + ": Result rows: 4")
    view.selectRow(2)  # another view's entry: that view is shown
    assert window.current_view() is lookup_view(window, "addrinfoTab")
    assert status(lookup_view(window, "addrinfoTab")).startswith("From history, ")


def test_run_again_runs_the_chosen_entry_and_adds_its_answer(
    window: MainWindow, qtbot: QtBot
) -> None:
    three_lookups(window, qtbot)
    reverse = lookup_view(window, "reverseTab")
    line(reverse, "addressInput").setText("::1")
    view = window.findChild(QTableView, "historyView")
    view.selectRow(1)
    button = window.findChild(QPushButton, "historyRunAgainButton")
    with qtbot.waitSignal(reverse.lookupFinished, timeout=10_000):
        button.click()
    wait_rows(qtbot, window, 4)
    assert line(reverse, "addressInput").text() == "127.0.0.1"
    assert history(window)[3][1:3] == history(window)[1][1:3]


@pytest.mark.parametrize(
    "data",
    [b"", b'{"format": "netexplorer-session", "version": 99}', b'{"name": "other"}',
     b"\x00\xff garbage", b'{"format": "netexplorer-session", "version": 1, "kind": "session"'],
)  # fmt: skip
def test_a_bad_file_is_explained_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data: bytes
) -> None:
    three_lookups(window, qtbot)
    before = screen(window)
    bad = tmp_path / "bad.netexplorer.json"
    bad.write_bytes(data)
    shown = warnings(monkeypatch)
    choose_file(monkeypatch, "getOpenFileName", bad)
    action(window, "openSessionAction").trigger()
    assert len(shown) == 1
    assert shown[0].startswith("Could not open bad.netexplorer.json: The file ")
    assert screen(window) == before


def test_the_history_is_bounded_and_searchable(window: MainWindow, qtbot: QtBot) -> None:
    model = window.sessions.model
    model.set_limit(100)
    host = lookup_view(window, "hostTab")
    line(host, "hostInput").setText("localhost")
    look_up(qtbot, host)
    wait_rows(qtbot, window, 1)
    entry = model.entry(0)
    for number in range(149):
        model.add(entry.__class__(**{**entry.__dict__, "call": f"call {number}"}))
    wait_rows(qtbot, window, 100)
    assert model.dropped == 50
    summary = window.findChild(QLabel, "historySummaryLabel")
    assert summary.text() == "100 actions · 50 older actions not kept (the history keeps 100)"
    assert history(window)[-1][2] == "call 148"
    search = window.findChild(QLineEdit, "historySearch")
    search.setText("CALL 14")
    assert [row[2] for row in history(window)] == [f"call {n}" for n in range(140, 149)]
    assert summary.text().startswith("100 actions · 9 matches")


def test_the_history_model_is_a_proper_table_model(
    window: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    three_lookups(window, qtbot)
    qtmodeltester.check(window.sessions.model)
    assert window.sessions.model.data(QModelIndex()) is None
