"""Help: the quick start has a page per view, About copies the versions, shortcuts are listed."""

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QPushButton, QTableWidget

import netexplorer
from netexplorer.ui import registry, settings
from netexplorer.ui.main_window import MainWindow


def dialog(name: str) -> QDialog:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert len(found) == 1, name
    assert isinstance(found[0], QDialog)
    return found[0]


def test_every_view_has_a_quick_start_page() -> None:
    for spec in registry.VIEWS:
        assert len(spec.quick_start) > 100, spec.name
        assert "Try first" in spec.quick_start, spec.name


def test_quick_start_lists_the_views_and_remembers_it_was_shown(window: MainWindow) -> None:
    assert not settings.quick_start_shown()
    action = window.findChild(QAction, "quickStartAction")
    assert action is not None
    action.trigger()
    shown = dialog("quickStartDialog")
    pages = shown.findChild(QListWidget, "quickStartList")
    assert pages is not None
    assert pages.count() == len(registry.VIEWS)
    assert settings.quick_start_shown()
    shown.close()


def test_about_copies_the_versions(window: MainWindow) -> None:
    window.show_about()
    shown = dialog("aboutDialog")
    text = shown.findChild(QLabel, "versionsLabel")
    assert text is not None
    for part in (netexplorer.__version__, qVersion(), PySide6.__version__):
        assert part in text.text()
    button = shown.findChild(QPushButton, "copyVersionsButton")
    assert button is not None
    button.click()
    assert QGuiApplication.clipboard().text() == text.text()
    shown.close()


@pytest.mark.parametrize("keys", ["Ctrl++", "Ctrl+Tab", "Esc"])
def test_the_shortcuts_dialog_lists_the_keys(window: MainWindow, keys: str) -> None:
    window.show_shortcuts()
    shown = dialog("shortcutsDialog")
    table = shown.findChild(QTableWidget, "shortcutsTable")
    assert table is not None
    cells = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert any(keys in cell for cell in cells), cells
    shown.close()


def test_the_shortcuts_dialog_names_each_shortcut_once(window: MainWindow) -> None:
    """Every table's Copy rows, and the window's own Ctrl+Tab and Esc, are one row each."""
    for name in [spec.name for spec in registry.VIEWS][:4]:
        window.view_named(name)  # four views: four results tables with Copy rows
    window.show_shortcuts()
    shown = dialog("shortcutsDialog")
    table = shown.findChild(QTableWidget, "shortcutsTable")
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    keys = [keys for _, keys in rows]
    assert len(keys) == len(set(keys)), rows
    assert all(cell.startswith("\u2066") and cell.endswith("\u2069") for cell in keys)
    shown.close()


def test_quick_start_opens_at_the_current_view(window: MainWindow) -> None:
    window.show_view(window.view_named("addrinfoTab"))
    window.show_quick_start()
    shown = dialog("quickStartDialog")
    pages = shown.findChild(QListWidget, "quickStartList")
    assert pages.currentRow() == [spec.name for spec in registry.VIEWS].index("addrinfoTab")
    shown.close()
