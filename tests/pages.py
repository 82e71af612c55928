"""Driving the window as a user would, through the names of docs/automation.md.

One set of page helpers for every GUI test: the unit tests (``tests/unit/ui``),
the Client/Server view's tests and the DNS lab's GUI tests all use these.
Views are found through the registry, by their object names.
"""

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netexplorer.ui import registry
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)

LOOKUP_TIMEOUT_MS = 15_000


def lookup_view_names() -> tuple[str, ...]:
    """Return the names of the registry's lookup views, in tab order."""
    return tuple(
        spec.name
        for spec in registry.VIEWS
        if isinstance(spec.build, type) and issubclass(spec.build, LookupTab)
    )


def view(window: QWidget, name: str) -> QWidget:
    """Make the view ``name`` current and return its page.

    The tab page named ``name`` is found in the tab widget as the automation
    names promise; the view inside it exists once it has been made current.
    """
    assert isinstance(window, MainWindow)
    slot = window.findChild(QWidget, "tabs").findChild(QWidget, name)
    assert slot is not None, f"no view {name}"
    window.tabs.setCurrentWidget(slot)
    QApplication.processEvents()
    return window.view_named(name)


def lookup_view(window: QWidget, name: str) -> LookupTab:
    """Return the lookup view ``name`` (made current)."""
    page = view(window, name)
    assert isinstance(page, LookupTab), name
    return page


def child(page: QWidget, kind: type[W], name: str) -> W:
    """Return the one child ``name`` of class ``kind`` inside ``page``."""
    found = page.findChildren(kind, name)
    assert len(found) == 1, f"{name}: {len(found)} found in {page.objectName()}"
    widget: W = found[0]
    return widget


def line(page: QWidget, name: str) -> QLineEdit:
    """Return the line edit ``name``."""
    return child(page, QLineEdit, name)


def status(page: QWidget) -> str:
    """Return the text of the view's ``statusLabel``."""
    return str(child(page, QLabel, "statusLabel").text())


def code(page: QWidget) -> str:
    """Return the text of the view's ``codeView``."""
    return str(child(page, QPlainTextEdit, "codeView").toPlainText())


def rows(page: QWidget, table: str = "resultsTable") -> list[tuple[str, ...]]:
    """Return every row of a table as the DisplayRole texts of its cells."""
    model = child(page, QTableView, table).model()
    cell = Qt.ItemDataRole.DisplayRole
    return [
        tuple(
            "" if (text := model.data(model.index(r, c), cell)) is None else str(text)
            for c in range(model.columnCount())
        )
        for r in range(model.rowCount())
    ]


def look_up(qtbot: QtBot, page: QWidget, timeout: int = LOOKUP_TIMEOUT_MS) -> None:
    """Press Look up and wait until the view says the lookup finished; no exception may escape."""
    assert isinstance(page, LookupTab)
    with (
        qtbot.captureExceptions() as exceptions,
        qtbot.waitSignal(page.lookupFinished, timeout=timeout),
    ):
        child(page, QPushButton, "lookupButton").click()
    assert not exceptions, exceptions


class Page:
    """A view's widgets as attributes named after their object names (``page.serverLog``)."""

    def __init__(self, window: MainWindow, name: str) -> None:
        self.page = view(window, name)

    def __getattr__(self, name: str) -> Any:
        widget = self.page.findChild(QWidget, name)
        if widget is None:
            raise AttributeError(f"no widget named {name}")
        return widget

    def table_text(self, name: str) -> str:
        """Return a table's rows as text, one line per row, cells joined by " | "."""
        return "\n".join(" | ".join(row) for row in rows(self.page, name))
