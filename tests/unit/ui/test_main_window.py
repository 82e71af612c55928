"""The main window: the tabs of the contract, in order, and remembering its geometry."""

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.ui import settings
from netexplorer.ui.main_window import DEFAULT_SIZE, MainWindow
from netexplorer.ui.workers import ResolverPool
from tests.unit.ui import fakes


def test_window_and_tab_names_in_order(window: MainWindow) -> None:
    assert window.objectName() == "MainWindow"
    tabs = window.findChild(QTabWidget, "tabs")
    assert isinstance(tabs, QTabWidget)
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    # the five original pages in their relative order (ui-contract.md); later views follow
    original = ["hostTab", "reverseTab", "protoServiceTab", "addrinfoTab", "clientServerTab"]
    assert names[:5] == original
    assert names[5:] == ["dnsTab", "resolverTab"]
    for name in names:
        page = tabs.findChild(QWidget, name)
        assert page is not None
        assert page.accessibleName()


def test_every_lookup_tab_has_the_shared_controls(window: MainWindow) -> None:
    for name in fakes.TAB_NAMES:
        page = fakes.tab(window, name)
        fakes.child(page, QPushButton, "lookupButton")
        fakes.child(page, QTableView, "resultsTable")
        fakes.child(page, QLabel, "statusLabel")
        code = fakes.child(page, QPlainTextEdit, "codeView")
        assert code.isReadOnly()


def test_geometry_is_saved_on_close_and_restored(qtbot: QtBot) -> None:
    pool = ResolverPool()
    first = MainWindow(pool)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    try:
        first.resize(700, 555)  # inside the offscreen screen, which restoreGeometry respects
        size = (first.width(), first.height())
        first.close()
        assert settings.window_geometry() is not None
        second = MainWindow(pool)
        qtbot.addWidget(second)
        assert (second.width(), second.height()) == size
        second.close()
    finally:
        assert pool.shutdown(5000)


def test_the_window_opens_inside_a_screen_smaller_than_its_default_size(qtbot: QtBot) -> None:
    """The offscreen screen (800 px wide) is narrower than the default size, as a netbook's is."""
    pool = ResolverPool()
    window = MainWindow(pool)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    try:
        assert area.width() < DEFAULT_SIZE[0]
        assert area.contains(window.geometry())
        window.setGeometry(area.x() + 300, area.y() + 200, area.width() * 3, area.height() * 2)
        window.fit_to_screen()
        assert area.contains(window.geometry())
    finally:
        window.close()
        assert pool.shutdown(5000)
