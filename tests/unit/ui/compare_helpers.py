"""Driving the getaddrinfo view's comparison through its object names, and what socket says."""

import socket
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.core import flags
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.main_window import MainWindow
from tests.unit.ui import fakes

FIELDS = 5
COMPARE_MS = 15_000


def addrinfo(window: MainWindow) -> AddrinfoTab:
    page = fakes.tab(window, "addrinfoTab")
    assert isinstance(page, AddrinfoTab)
    window.show_view(page)
    return page


def fill(
    page: QWidget,
    host: str,
    port: str,
    family: str = "AF_UNSPEC",
    kind: str = "0",
    chosen: tuple[str, ...] = (),
) -> None:
    """Set the form as a user would (a choice looks up again only after a first lookup)."""
    fakes.child(page, QLineEdit, "hostInput").setText(host)
    fakes.child(page, QLineEdit, "portInput").setText(port)
    fakes.child(page, QComboBox, "familyCombo").setCurrentText(family)
    fakes.child(page, QComboBox, "typeCombo").setCurrentText(kind)
    for box in page.findChildren(QCheckBox):
        if box.objectName().startswith("AI_"):
            box.setChecked(box.objectName() in chosen)


def compare(qtbot: QtBot, page: AddrinfoTab, mode: str = "each flag toggled") -> None:
    """Choose the mode, press compareButton and wait for every column."""
    fakes.child(page, QComboBox, "compareModeCombo").setCurrentText(mode)
    with qtbot.waitSignal(page.compare_panel.finished, timeout=COMPARE_MS):
        fakes.child(page, QPushButton, "compareButton").click()
    qtbot.waitUntil(lambda: not page.running, timeout=COMPARE_MS)


def grid(page: QWidget) -> tuple[list[str], list[tuple[str, ...]]]:
    """Return compareTable's headers and rows as their display texts."""
    model = fakes.child(page, QTableView, "compareTable").model()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    rows = [
        tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    return headers, rows


def column(page: QWidget, header: str) -> list[tuple[int, tuple[str, ...]]] | str:
    """Return a variant's answer read back from the grid: (position, five fields) in order,
    or the error row's cell when the variant failed."""
    headers, rows = grid(page)
    index = headers.index(header)
    tuples = [row for row in rows if row[0] != "error"]
    errors = [row for row in rows if row[0] == "error"]
    if errors and errors[0][index]:
        return errors[0][index]
    placed = [(int(row[index]), row[:FIELDS]) for row in tuples if row[index]]
    return sorted(placed)


def expected(host: str | None, port: Any, family: int, kind: int, value: int) -> Any:
    """Return socket.getaddrinfo's answer as the grid shows it, or the exception it raises."""
    try:
        infos = socket.getaddrinfo(host, port, family, kind, 0, value)
    except socket.gaierror as exc:
        return exc
    return [
        (
            position,
            (
                flags.family_name(fam),
                flags.type_name(typ),
                flags.proto_name(proto),
                repr(canon),
                repr(sockaddr),
            ),
        )
        for position, (fam, typ, proto, canon, sockaddr) in enumerate(infos, start=1)
    ]


def same_answer(shown: Any, wanted: Any) -> bool:
    """Tell whether a grid column shows what socket.getaddrinfo gave (or raised)."""
    if isinstance(wanted, socket.gaierror):
        return isinstance(shown, str) and getattr(socket, shown, None) == wanted.errno
    return bool(shown == wanted)
