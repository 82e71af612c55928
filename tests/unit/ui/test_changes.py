"""Each getaddrinfo answer compared with the previous (or pinned) one: marks, vanished rows, words."""

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.core import addresses
from netexplorer.ui import palette
from netexplorer.ui.i18n import install_translators
from netexplorer.ui.main_window import MainWindow
from tests.unit.ui import fakes
from tests.unit.ui.compare_helpers import addrinfo, fill


def removed(page: object) -> list[tuple[str, ...]]:
    view = fakes.child(page, QTableView, "removedView")  # type: ignore[arg-type]
    model = view.model()
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms the application installs at start ("2 rows", not "2 row(s)")."""
    installed = install_translators(qapp)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("english")
def test_toggling_passive_with_host_none_reruns_and_marks_the_wildcard_rows_new(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = addrinfo(window)
    fill(page, "", "80", kind="SOCK_STREAM")
    fakes.look_up(qtbot, page)
    loopback = fakes.answer(page)
    assert set(fakes.marks(page)) == {""}
    changes = fakes.child(page, QLabel, "changesLabel")
    assert changes.text() == "First answer: the next one will be compared with it."
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QCheckBox, "AI_PASSIVE").setChecked(True)  # no Look up pressed
    wildcard = socket.getaddrinfo(None, 80, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
    assert [row[4] for row in fakes.answer(page)] == [repr(info[4]) for info in wildcard]
    assert fakes.marks(page) == ["new"] * len(wildcard)
    # the table holds exactly what getaddrinfo returned; what vanished is listed below it
    assert [row[:6] for row in removed(page)] == [row[:6] for row in loopback]
    assert {row[6] for row in removed(page)} == {"no longer returned"}
    assert changes.text() == (
        f"AI_PASSIVE turned on: +{len(wildcard)} rows, −{len(loopback)} rows (loopback → wildcard)"
    )
    view = fakes.child(page, QTableView, "removedView")
    font = view.model().index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    colour = fakes.child(page, QTableView, "resultsTable").model().index(0, 6)
    assert colour.data(Qt.ItemDataRole.BackgroundRole).color() == palette.scheme().new.background
    assert addresses.short_kind("0.0.0.0") == "wildcard"


def test_the_same_answer_again_marks_nothing(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "localhost", "80")
    fakes.look_up(qtbot, page)
    fakes.look_up(qtbot, page)
    assert set(fakes.marks(page)) == {""}
    assert removed(page) == []
    assert fakes.child(page, QTableView, "removedView").isHidden()
    assert fakes.child(page, QLabel, "changesLabel").text() == "Same arguments: same answer"


def test_a_pinned_answer_stays_the_baseline(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "127.0.0.1", "80", kind="SOCK_STREAM")
    fakes.look_up(qtbot, page)
    fakes.child(page, QCheckBox, "pinBaselineCheck").setChecked(True)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QComboBox, "typeCombo").setCurrentText("SOCK_DGRAM")
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QComboBox, "typeCombo").setCurrentText("0")
    text = fakes.child(page, QLabel, "changesLabel").text()
    assert text.startswith("Against the pinned answer: type SOCK_STREAM → 0: ")
    shown = dict(zip(fakes.answer(page), fakes.marks(page), strict=True))
    stream = [row for row in shown if row[1] == "SOCK_STREAM"]
    assert [shown[row] for row in stream] == [""]  # the pinned answer had it
    assert all(mark == "new" for row, mark in shown.items() if row[1] != "SOCK_STREAM")
    fakes.child(page, QCheckBox, "pinBaselineCheck").setChecked(False)
    fakes.look_up(qtbot, page)
    assert fakes.child(page, QLabel, "changesLabel").text() == "Same arguments: same answer"


def test_a_failure_after_an_answer(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "localhost", "80", chosen=("AI_NUMERICHOST",))
    fakes.look_up(qtbot, page)
    fakes.child(page, QLineEdit, "hostInput").setText("127.0.0.1")
    fakes.look_up(qtbot, page)
    text = fakes.child(page, QLabel, "changesLabel").text()
    assert text.startswith("host 'localhost' → '127.0.0.1': was EAI_NONAME, now ")
