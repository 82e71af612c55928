"""Helpers for GUI tests: driving a tab through its contract names, and slow fake lookups."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.core import flags
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, Call, HostEx
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow

TAB_NAMES = ("hostTab", "reverseTab", "protoServiceTab", "addrinfoTab")
FINISH_MS = 10_000

#: Per tab: the call a slow fake pretends to make, and the value it finally returns.
SLOW: dict[str, tuple[Call, object]] = {
    "hostTab": (Call("gethostbyname", ("slow.example",)), "192.0.2.7"),
    "reverseTab": (
        Call("gethostbyaddr", ("192.0.2.7",)),
        HostEx("slow.example", (), ("192.0.2.7",)),
    ),
    "protoServiceTab": (Call("getprotobyname", ("slow",)), 253),
    "addrinfoTab": (
        Call("getaddrinfo", ("slow.example", 80, flags.ZERO, flags.ZERO, flags.ZERO, flags.ZERO)),
        (AddrInfo(2, 1, 6, "", ("192.0.2.7", 80)),),
    ),
}


def tab(window: MainWindow, name: str) -> LookupTab:
    """Return the tab page called ``name`` (docs/automation.md), searched in the tab widget."""
    page = window.findChild(QWidget, "tabs").findChild(QWidget, name)
    assert isinstance(page, LookupTab), name
    return page


def child(page: QWidget, kind: type, name: str) -> Any:
    """Return the one child ``name`` of class ``kind`` inside ``page``."""
    found: list[Any] = page.findChildren(kind, name)
    assert len(found) == 1, f"{name}: {len(found)} found"
    return found[0]


def model(page: QWidget) -> QAbstractItemModel:
    table: QAbstractItemModel = child(page, QTableView, "resultsTable").model()
    return table


def running(page: LookupTab) -> bool:
    """Tell whether the tab has a lookup in progress (read afresh each time)."""
    return page.running


def rows(page: QWidget) -> list[tuple[str, ...]]:
    """Return every row of ``resultsTable`` as the display texts of its cells."""
    table = model(page)
    return [
        tuple(table.index(r, c).data() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def answer(page: QWidget) -> list[tuple[str, ...]]:
    """Return the rows of ``resultsTable`` without their last column (the change marks)."""
    return [row[:-1] for row in rows(page)]


def marks(page: QWidget) -> list[str]:
    """Return the change column of ``resultsTable``: ``new`` or empty, row by row."""
    return [row[-1] for row in rows(page)]


def status(page: QWidget) -> str:
    return str(child(page, QLabel, "statusLabel").text())


def explanation(page: QWidget) -> str:
    """Return what the error panel says the error means (empty when it is hidden)."""
    panel = child(page, QWidget, "errorPanel")
    return "" if panel.isHidden() else str(child(panel, QLabel, "errorExplanation").text())


def diagnosis(page: QWidget) -> str:
    """Return the error panel's diagnosis (empty when there is none)."""
    panel = child(page, QWidget, "errorPanel")
    label = child(panel, QLabel, "diagnosisLabel")
    return "" if panel.isHidden() or label.isHidden() else str(label.text())


def code(page: QWidget) -> str:
    return str(child(page, QPlainTextEdit, "codeView").toPlainText())


def look_up(qtbot: QtBot, page: QWidget, timeout: int = FINISH_MS) -> None:
    """Press Look up and wait until the tab says the lookup finished; no exception may escape."""
    finished = page.lookupFinished  # type: ignore[attr-defined]
    with qtbot.captureExceptions() as exceptions, qtbot.waitSignal(finished, timeout=timeout):
        child(page, QPushButton, "lookupButton").click()
    assert not exceptions, exceptions


def run_code(text: str) -> list[object]:
    """Run the code view's text as pasted and return what each ``pprint`` printed."""
    printed: list[object] = []
    namespace: dict[str, object] = {}
    source = text.replace("from pprint import pprint", "")
    assert source != text, "the code does not import pprint"
    namespace["pprint"] = printed.append
    try:
        exec(compile(source, "<codeView>", "exec"), namespace)
    except Exception as exc:  # the value a failing call shows
        printed.append(exc)
    return printed


def outcome(fn: Callable[..., object], *args: object) -> object:
    """Return what a call returns, or ``(exception type, args)`` for what it raises."""
    try:
        return fn(*args)
    except Exception as exc:
        return (type(exc), exc.args)


def code_values(text: str) -> list[object]:
    """Like :func:`run_code`, with a raised exception given as ``(type, args)``."""
    return [
        (type(value), value.args) if isinstance(value, Exception) else value
        for value in run_code(text)
    ]


class Gate:
    """Fake slow lookups: each blocks until the test opens the gate (teardown always does)."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.started = threading.Semaphore(0)
        self.calls = 0

    def open(self) -> None:
        self.event.set()

    def lookup(self, tab_name: str) -> Lookup[Any]:
        """Return a lookup that looks like the tab's own but blocks until the gate opens."""
        call, value = SLOW[tab_name]

        def make() -> object:
            self.calls += 1
            self.started.release()
            assert self.event.wait(30), "a test forgot to open the gate"
            return value

        return Lookup(call, make, lambda raw: raw)

    def plan(self, tab_name: str) -> Callable[[], tuple[Lookup[Any], ...]]:
        """Return a replacement for the tab's ``plan()``."""
        return lambda: (self.lookup(tab_name),)


@contextmanager
def gate() -> Iterator[Gate]:
    fake = Gate()
    try:
        yield fake
    finally:
        fake.open()
