"""The comparison grid against real DNS answers: each column is socket.getaddrinfo in the lab."""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView

from netexplorer.core import flags
from netexplorer.ui import settings
from tests.lab import gui, namespace, zone
from tests.lab.dnsserver import Behaviour

pytestmark = pytest.mark.lab

COMPARE_MS = 20_000
NAMES = (zone.ONE, zone.MULTI, zone.DUAL, zone.V6ONLY, zone.ALIAS, zone.MISSING)


def grid(page) -> tuple[list[str], list[tuple[str, ...]]]:
    model = gui.child(page, QTableView, "compareTable").model()
    horizontal = Qt.Orientation.Horizontal
    headers = [str(model.headerData(c, horizontal)) for c in range(model.columnCount())]
    rows = [
        tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    return headers, rows


def column(page, header: str) -> list[tuple[str, ...]] | str:
    """A variant's answer read back from the grid, as gui.addrinfo_expected writes it."""
    headers, rows = grid(page)
    index = headers.index(header)
    errors = [row for row in rows if row[0] == "error"]
    if errors and errors[0][index]:
        return errors[0][index]
    placed = sorted((int(row[index]), row[:5]) for row in rows if row[0] != "error" and row[index])
    assert [position for position, _ in placed] == list(range(1, len(placed) + 1))
    return [fields for _, fields in placed]


def compare(qtbot, page, mode: str = "each flag toggled") -> None:
    gui.child(page, QComboBox, "compareModeCombo").setCurrentText(mode)
    with qtbot.waitSignal(page.compare_panel.finished, timeout=COMPARE_MS):
        gui.child(page, QPushButton, "compareButton").click()
    qtbot.waitUntil(lambda: not page.running, timeout=COMPARE_MS)


def value_of(header: str) -> int:
    value = 0
    for name in header.split(" | "):
        value |= 0 if name == "0" else int(getattr(socket, name))
    return value


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("family", ["AF_UNSPEC", "AF_INET6"])
def test_each_flag_column_is_socket_getaddrinfo(qtbot, window, lab, name, family):
    page = gui.tab(window, "addrinfoTab")
    window.show_view(page)
    gui.set_addrinfo_inputs(page, name, "80", family, "SOCK_STREAM")
    compare(qtbot, page)
    headers, _ = grid(page)
    assert headers[5] == "0"
    assert headers[6:] == [constant.name for constant in flags.AI_FLAGS]
    for header in headers[5:]:
        wanted = gui.addrinfo_expected(
            name, 80, getattr(socket, family), socket.SOCK_STREAM, 0, value_of(header)
        )
        assert column(page, header) == wanted, header


def test_canonname_fills_the_first_tuple_of_a_cname_chain(qtbot, window, lab):
    page = gui.tab(window, "addrinfoTab")
    window.show_view(page)
    gui.set_addrinfo_inputs(page, zone.ALIAS, "80", "AF_UNSPEC", "SOCK_STREAM")
    compare(qtbot, page)
    shown = column(page, "AI_CANONNAME")
    assert isinstance(shown, list)
    assert shown[0][3] == repr(zone.DUAL)
    assert {row[3] for row in shown[1:]} == {"''"}
    notes = gui.child(page, QLabel, "compareNotes").text()
    assert "AI_CANONNAME — AI_CANONNAME fills only the first tuple's canonname" in notes


def test_family_by_type_grid_in_the_lab(qtbot, window, lab):
    page = gui.tab(window, "addrinfoTab")
    window.show_view(page)
    gui.set_addrinfo_inputs(page, zone.DUAL, "80")
    compare(qtbot, page, "family × type")
    headers, _ = grid(page)
    for header in headers[5:]:
        family, kind = header.split(", ")
        kind_value = 0 if kind == "0" else int(getattr(socket, kind))
        wanted = gui.addrinfo_expected(zone.DUAL, 80, getattr(socket, family), kind_value, 0, 0)
        assert column(page, header) == wanted, header


def test_eight_variants_hanging_on_a_silent_server(qtbot, window, lab):
    """Each variant that passes the deadline reads timed out; the window never stalls."""
    namespace.write_resolv_conf(timeout=3)
    settings.set_lookup_deadline_ms(1500)
    lab.set_behaviour(Behaviour.SILENT, name=zone.SILENT)
    page = gui.tab(window, "addrinfoTab")
    window.show_view(page)
    gui.set_addrinfo_inputs(page, zone.SILENT, "80")
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(beat)
    timer.start(5)
    try:
        compare(qtbot, page)
    finally:
        timer.stop()
    _, rows = grid(page)
    assert rows[-1][0] == "error"
    assert set(rows[-1][5:]) == {"timed out"}
    assert max(gaps) < 0.2, max(gaps)  # generous for a loaded machine; the benchmark says more
    assert window.pool.pending == 0 or page.error_panel.diagnosing
