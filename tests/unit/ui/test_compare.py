"""The comparison grid, driven through compareButton and read through compareTable."""

import socket
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.core import flags, lookups
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo
from netexplorer.core.variants import FlagSet
from netexplorer.ui import settings
from netexplorer.ui.main_window import MainWindow
from tests.unit.ui import fakes
from tests.unit.ui.compare_helpers import (
    COMPARE_MS,
    addrinfo,
    column,
    compare,
    expected,
    fill,
    grid,
    same_answer,
)

AI = [constant.name for constant in flags.AI_FLAGS]
#: Offline cases: no name here needs a DNS server.
CASES = [("", "80", "SOCK_STREAM"), ("localhost", "www", "0"), ("127.0.0.1", "", "0"),
         ("::1", "53", "SOCK_DGRAM")]  # fmt: skip


def kind_value(kind: str) -> int:
    return 0 if kind == "0" else int(getattr(socket, kind))


@pytest.mark.parametrize(("host", "port", "kind"), CASES)
@pytest.mark.parametrize("baseline", [(), ("AI_PASSIVE",)])
def test_each_flag_column_is_socket_getaddrinfo_position_by_position(
    window: MainWindow, qtbot: QtBot, host: str, port: str, kind: str, baseline: tuple[str, ...]
) -> None:
    page = addrinfo(window)
    fill(page, host, port, kind=kind, chosen=baseline)
    compare(qtbot, page)
    headers, _ = grid(page)
    base = flags.symbol(*baseline).value if baseline else 0
    port_value: Any = int(port) if port.isdecimal() else (port or None)
    wanted_headers = [flags.python_text(flags.ai_symbol(base))]
    for name in AI:
        toggled = flags.ai_symbol(base ^ flags.symbol(name).value)
        if flags.python_text(toggled) not in wanted_headers:
            wanted_headers.append(flags.python_text(toggled))
    assert headers[:5] == ["family", "type", "proto", "canonname", "sockaddr"]
    assert headers[5:] == wanted_headers
    for header in wanted_headers:
        value = 0
        for name in header.split(" | "):
            value |= 0 if name == "0" else flags.symbol(name).value
        wanted = expected(host or None, port_value, 0, kind_value(kind), value)
        assert same_answer(column(page, header), wanted), header


def test_rows_are_distinct_tuples_in_first_seen_order(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "", "80", kind="SOCK_STREAM")
    compare(qtbot, page)
    _, rows = grid(page)
    tuples = [row[:5] for row in rows if row[0] != "error"]
    assert len(tuples) == len(set(tuples))
    first = [(f, t, p, c, s) for _, (f, t, p, c, s) in expected(None, 80, 0, 1, 0)]
    assert tuples[: len(first)] == first  # the baseline's tuples come first, in its order


def test_a_failed_variant_fills_the_error_row(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "", "80")  # AI_CANONNAME without a host: EAI_BADFLAGS
    compare(qtbot, page)
    _, rows = grid(page)
    assert rows[-1][0] == "error"
    headers, _ = grid(page)
    with pytest.raises(socket.gaierror) as raised:
        socket.getaddrinfo(None, 80, 0, 0, 0, socket.AI_CANONNAME)
    cell = rows[-1][headers.index("AI_CANONNAME")]
    assert getattr(socket, cell) == raised.value.errno
    assert rows[-1][headers.index("0")] == ""


def test_family_by_type_grid(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "localhost", "80")
    compare(qtbot, page, "family × type")
    headers, _ = grid(page)
    families = ["AF_UNSPEC", "AF_INET", "AF_INET6"]
    kinds = ["0", "SOCK_STREAM", "SOCK_DGRAM"]
    assert headers[5:] == [f"{f}, {k}" for f in families for k in kinds]
    for header in headers[5:]:
        family, kind = header.split(", ")
        wanted = expected("localhost", 80, int(getattr(socket, family)), kind_value(kind), 0)
        assert same_answer(column(page, header), wanted), header


def test_notes_say_when_a_flag_changed_nothing_and_why(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "localhost", "80")
    compare(qtbot, page)
    notes = fakes.child(page, QLabel, "compareNotes").text()
    assert "AI_PASSIVE — same as baseline: AI_PASSIVE only matters when host is None" in notes
    assert "AI_V4MAPPED — same as baseline: AI_V4MAPPED only matters with AF_INET6" in notes
    assert "AI_ALL — same as baseline: AI_ALL only matters with AI_V4MAPPED" in notes
    assert "AI_CANONNAME — AI_CANONNAME fills only the first tuple's canonname" in notes


def test_progress_code_and_copy(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "", "80", kind="SOCK_STREAM")
    compare(qtbot, page)
    progress = fakes.child(page, QProgressBar, "compareProgress")
    assert progress.value() == progress.maximum() == len(grid(page)[0]) - 5
    # the code view shows the loop of the grid on screen, runnable as pasted
    printed: list[Any] = fakes.run_code(fakes.code(page))
    headers, _ = grid(page)
    assert [name for name, _ in printed] == headers[5:]
    for name, answer in printed:
        shown: Any = column(page, name)
        if isinstance(answer, OSError):
            assert getattr(socket, str(shown)) == answer.errno
        else:
            assert [(n, fields[4]) for n, fields in shown] == [
                (n, repr(info[4])) for n, info in enumerate(answer, 1)
            ]
    table = fakes.child(page, QTableView, "compareTable")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    table.clearSelection()
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(table, "Ctrl+C")
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[0].split("\t") == headers
    assert [line.split("\t") for line in lines[1:]] == [list(row) for row in grid(page)[1]]
    table.selectionModel().select(
        table.model().index(0, 5), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keySequence(table, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == f"0\n{grid(page)[1][0][5]}"
    # the answer page shows its own code again
    page.results_tabs.setCurrentIndex(0)
    assert "for name, flags in variants:" not in fakes.code(page)


def test_users_add_and_remove_variants_and_the_list_is_remembered(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = addrinfo(window)
    variants_list = fakes.child(page, QListWidget, "variantList")
    assert variants_list.count() == len(AI)
    typed = fakes.child(page, QLineEdit, "variantInput")
    typed.setText("AI_NOPE")
    fakes.child(page, QPushButton, "addVariantButton").click()
    error = fakes.child(page, QLabel, "variantError")
    assert not error.isHidden()
    assert "AI_PASSIVE" in error.text()
    typed.setText("socket.AI_V4MAPPED | AI_ADDRCONFIG")
    fakes.child(page, QPushButton, "addVariantButton").click()
    assert error.isHidden()
    assert variants_list.item(variants_list.count() - 1).text() == "AI_ADDRCONFIG | AI_V4MAPPED"
    variants_list.setCurrentRow(0)  # AI_PASSIVE toggled
    fakes.child(page, QPushButton, "removeVariantButton").click()
    assert variants_list.count() == len(AI)
    stored = settings.compare_entries()
    assert stored[-1] == FlagSet(("AI_ADDRCONFIG", "AI_V4MAPPED"))
    fill(page, "localhost", "80")
    compare(qtbot, page)
    headers, _ = grid(page)
    assert "AI_PASSIVE" not in headers
    assert headers[-1] == "AI_ADDRCONFIG | AI_V4MAPPED"
    wanted = expected("localhost", 80, 0, 0, socket.AI_ADDRCONFIG | socket.AI_V4MAPPED)
    assert same_answer(column(page, headers[-1]), wanted)
    fakes.child(page, QPushButton, "resetVariantsButton").click()
    assert variants_list.count() == len(AI)


@pytest.fixture
def slow_variants(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Make every getaddrinfo of the grid block until the test opens the gate."""
    with fakes.gate() as gate:

        def lookup(query: lookups.AddrinfoQuery) -> Lookup[tuple[AddrInfo, ...]]:
            real = lookups.getaddrinfo(
                query.host, query.port, query.family, query.type, query.proto, query.flags
            )

            def make() -> object:
                gate.started.release()
                assert gate.event.wait(30)
                return real.make()

            return Lookup(real.call, make, real.convert)

        monkeypatch.setattr(lookups.AddrinfoQuery, "lookup", lookup)
        yield gate


def test_variants_past_the_deadline_read_timed_out_and_none_is_left_running(
    window: MainWindow, qtbot: QtBot, slow_variants: Any
) -> None:
    settings.set_lookup_deadline_ms(300)
    page = addrinfo(window)
    fill(page, "localhost", "80")
    with qtbot.waitSignal(page.compare_panel.finished, timeout=COMPARE_MS):
        fakes.child(page, QPushButton, "compareButton").click()
    _, rows = grid(page)
    assert rows[-1][0] == "error"
    assert set(rows[-1][5:]) == {"timed out"}
    assert window.pool.pending == 0
    slow_variants.open()
    qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=COMPARE_MS)


def test_the_comparison_can_be_abandoned(
    window: MainWindow, qtbot: QtBot, slow_variants: Any
) -> None:
    page = addrinfo(window)
    fill(page, "localhost", "80")
    fakes.child(page, QPushButton, "compareButton").click()
    assert slow_variants.started.acquire(timeout=5)
    abandon = fakes.child(page, QPushButton, "abandonCompareButton")
    assert abandon.isEnabled()
    with qtbot.waitSignal(page.compare_panel.finished, timeout=2000):
        abandon.click()
    page.abandon()  # the baseline lookup blocks at the same gate
    assert window.pool.pending == 0
    assert "never answered" in fakes.child(page, QLabel, "compareNotes").text()
    slow_variants.open()
    qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=COMPARE_MS)
    assert grid(page)[1] == []  # late answers are dropped


def test_a_grid_for_other_inputs_is_greyed_and_says_whose_it_is(
    window: MainWindow, qtbot: QtBot
) -> None:
    """After a port the input check refuses, the grid of the previous query is not taken for its."""
    page = addrinfo(window)
    fill(page, "", "smtp", kind="SOCK_STREAM", chosen=("AI_PASSIVE",))
    compare(qtbot, page)
    table = fakes.child(page, QTableView, "compareTable")
    note = fakes.child(page, QLabel, "compareStaleLabel")
    assert not table.property("stale")
    assert not note.isVisibleTo(page)
    fakes.child(page, QLineEdit, "portInput").setText("99999")
    assert table.property("stale")
    assert note.isVisibleTo(page)
    assert "socket.getaddrinfo(None, 'smtp'," in note.text()
    fakes.child(page, QLineEdit, "portInput").setText("smtp")
    assert not table.property("stale")
    assert not note.isVisibleTo(page)
