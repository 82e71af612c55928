"""Keyboard only: focus, Tab order, view switching, Enter and Esc, unique mnemonics."""

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netexplorer.ui import keyboard, registry
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from tests.pages import child, look_up

VIEW_NAMES = [spec.name for spec in registry.VIEWS]


def show(window: MainWindow, name: str) -> QWidget:
    window.tabs.setCurrentWidget(window.slot_named(name))
    QApplication.processEvents()
    return window.view_named(name)


def menu_bar_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    return [
        (letter, action.text())
        for action in window.menuBar().actions()
        if (letter := keyboard.mnemonic(action.text()))
    ]


def tab_bar_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    texts = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    return [(letter, text) for text in texts if (letter := keyboard.mnemonic(text))]


def test_focus_is_on_the_first_input_at_start(window: MainWindow, qtbot: QtBot) -> None:
    first = window.view_named(VIEW_NAMES[0])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is child(first, QLineEdit, "hostInput")


@pytest.mark.parametrize("name", VIEW_NAMES[1:] + VIEW_NAMES[:1])
def test_focus_goes_to_the_first_input_after_a_tab_switch(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    if name == VIEW_NAMES[0]:
        show(window, VIEW_NAMES[1])
    page = show(window, name)
    expected = keyboard.first_input(page)
    assert expected is not None, f"{name} has no input"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected)


@pytest.mark.parametrize(
    "name", ["hostTab", "reverseTab", "protoServiceTab", "addrinfoTab", "dnsTab"]
)
def test_tab_order_reads_inputs_then_look_up_then_results_then_code(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    page = show(window, name)
    start = keyboard.first_input(page)
    assert start is not None
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        if focused is None or focused in visited or not page.isAncestorOf(focused):
            break
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    names = [widget.objectName() for widget in visited]
    look_up_at = names.index("lookupButton")
    results_at = names.index("resultsTable")
    code_at = names.index("codeView")
    inputs = [i for i, w in enumerate(visited) if isinstance(w, QLineEdit | QComboBox)]
    assert inputs, names
    assert inputs[0] == 0, names
    assert inputs[0] < look_up_at < results_at < code_at, names
    assert isinstance(visited[results_at], QTableView)
    assert isinstance(visited[code_at], QPlainTextEdit)


def test_ctrl_tab_leaves_a_table_with_rows(window: MainWindow, qtbot: QtBot) -> None:
    show(window, "hostTab")
    page = window.view(HostTab)
    page.host_input.setText("localhost")
    look_up(qtbot, page)
    assert page.table.model().rowCount() > 0
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 0


def test_tab_leaves_a_table(window: MainWindow, qtbot: QtBot) -> None:
    page = show(window, "hostTab")
    for table in page.findChildren(QAbstractItemView):
        assert not table.tabKeyNavigation(), table.objectName()


def test_enter_on_a_combo_and_a_checkbox_runs_the_view(window: MainWindow, qtbot: QtBot) -> None:
    page = show(window, "addrinfoTab")
    assert isinstance(page, LookupTab)
    combo = child(page, QComboBox, "familyCombo")
    box = child(page, QCheckBox, "AI_PASSIVE")
    for widget in (combo, box):
        with qtbot.waitSignal(page.lookupFinished, timeout=10_000):
            qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_escape_abandons_the_running_lookup(window: MainWindow, qtbot: QtBot) -> None:
    show(window, "hostTab")
    page = window.view(HostTab)
    called: list[bool] = []
    page.stop = lambda: called.append(True)  # type: ignore[method-assign]
    qtbot.keyClick(page.host_input, Qt.Key.Key_Escape)
    assert called == [True]


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_mnemonics_are_unique_within_menu_bar_tab_bar_and_view(
    window: MainWindow, name: str
) -> None:
    page = show(window, name)
    found = menu_bar_mnemonics(window) + tab_bar_mnemonics(window)
    found += keyboard.view_mnemonics(page)
    for dock in window.findChildren(QDockWidget):  # docks are on screen beside every view
        found += keyboard.view_mnemonics(dock)
    counts = Counter(letter for letter, _ in found)
    clashes = {
        letter: [text for mark, text in found if mark == letter]
        for letter, n in counts.items()
        if n > 1
    }
    assert not clashes, clashes


def test_the_look_up_button_is_reachable(window: MainWindow) -> None:
    page = show(window, "hostTab")
    button = child(page, QPushButton, "lookupButton")
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
