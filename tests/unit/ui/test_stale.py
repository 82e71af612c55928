"""An answer on screen always belongs to the inputs on screen, or is marked stale."""

import socket
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.core import flags
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.main_window import MainWindow
from tests.unit.ui import fakes
from tests.unit.ui.compare_helpers import addrinfo, fill

STALE = "Inputs changed — press Enter to look up."
FIRST_INPUT = {
    "hostTab": ("hostInput", "localhost", "127.0.0.1"),
    "reverseTab": ("addressInput", "127.0.0.1", "::1"),
    "protoServiceTab": ("protocolInput", "tcp", "udp"),
    "addrinfoTab": ("hostInput", "localhost", "127.0.0.1"),
}


def table_is_stale(page: Any) -> bool:
    return bool(fakes.child(page, QTableView, "resultsTable").property("stale"))


@pytest.mark.parametrize("name", list(FIRST_INPUT))  # the DNS view: tests/unit/ui/dns
def test_typing_marks_the_answer_stale_until_enter(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    page = fakes.tab(window, name)
    field, first, second = FIRST_INPUT[name]
    edit = fakes.child(page, QLineEdit, field)
    edit.setText(first)
    fakes.look_up(qtbot, page)
    answer = fakes.rows(page)
    assert not table_is_stale(page)
    with qtbot.assertNotEmitted(page.lookupFinished, wait=100):
        edit.setText(second)  # typing never looks up
    assert table_is_stale(page)
    assert fakes.status(page) == STALE
    assert fakes.code(page).startswith("# The inputs have changed since this answer")
    assert fakes.rows(page) == answer  # still the old answer, greyed
    edit.setText(first)  # back to the inputs of the answer on screen
    assert not table_is_stale(page)
    assert fakes.status(page).startswith("Result rows:")
    edit.setText(second)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not table_is_stale(page)
    assert not fakes.code(page).startswith("#")


def test_a_choice_after_typing_does_not_look_up(window: MainWindow, qtbot: QtBot) -> None:
    page = addrinfo(window)
    fill(page, "localhost", "80")
    fakes.look_up(qtbot, page)
    fakes.child(page, QLineEdit, "portInput").setText("81")
    with qtbot.assertNotEmitted(page.lookupFinished, wait=100):
        fakes.child(page, QCheckBox, "AI_CANONNAME").setChecked(True)
    assert table_is_stale(page)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QPushButton, "lookupButton").click()
    assert "socket.getaddrinfo('localhost', 81" in fakes.code(page)
    assert "socket.AI_CANONNAME" in fakes.code(page)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QComboBox, "familyCombo").setCurrentText("AF_INET")
    assert not table_is_stale(page)


def test_an_answer_that_arrives_after_typing_is_shown_stale(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = fakes.tab(window, "hostTab")
    edit = fakes.child(page, QLineEdit, "hostInput")
    edit.setText("slow.example")
    with fakes.gate() as gate:
        monkeypatch.setattr(page, "plan", gate.plan("hostTab"))
        fakes.child(page, QPushButton, "lookupButton").click()
        assert gate.started.acquire(timeout=5)
        edit.setText("localhost")
        with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
            gate.open()
    assert fakes.answer(page) == [("gethostbyname", "IPv4 address", "192.0.2.7")]
    assert table_is_stale(page)
    assert fakes.status(page) == STALE


HOSTS = ["", "localhost", "127.0.0.1", "::1"]
PORTS = ["", "80", "www", "0"]
FAMILIES = ["AF_UNSPEC", "AF_INET", "AF_INET6"]
KINDS = ["0", "SOCK_STREAM", "SOCK_DGRAM"]
actions = st.lists(
    st.one_of(
        st.tuples(st.just("host"), st.sampled_from(HOSTS)),
        st.tuples(st.just("port"), st.sampled_from(PORTS)),
        st.tuples(st.just("family"), st.sampled_from(FAMILIES)),
        st.tuples(st.just("type"), st.sampled_from(KINDS)),
        st.tuples(st.just("flag"), st.sampled_from([c.name for c in flags.AI_FLAGS])),
        st.tuples(st.just("enter"), st.just("")),
    ),
    min_size=1,
    max_size=12,
)


def expected(page: AddrinfoTab) -> list[str] | str:
    """What socket.getaddrinfo gives for the inputs on screen: sockaddrs, or an error name."""
    query = page.args.query()
    try:
        infos = socket.getaddrinfo(
            query.host, query.port, query.family.value, query.type.value, 0, query.flags.value
        )
    except socket.gaierror:
        return "error"
    return [repr(info[4]) for info in infos]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=actions)
def test_an_unmarked_answer_is_always_the_answer_for_the_inputs_on_screen(
    window: MainWindow, qtbot: QtBot, steps: list[tuple[str, str]]
) -> None:
    page = addrinfo(window)
    for action, value in steps:
        if action == "host":
            fakes.child(page, QLineEdit, "hostInput").setText(value)
        elif action == "port":
            fakes.child(page, QLineEdit, "portInput").setText(value)
        elif action in ("family", "type"):
            fakes.child(page, QComboBox, f"{action}Combo").setCurrentText(value)
        elif action == "flag":
            box = fakes.child(page, QCheckBox, value)
            box.setChecked(not box.isChecked())
        else:
            fakes.look_up(qtbot, page)
        qtbot.waitUntil(lambda: not page.running, timeout=fakes.FINISH_MS)
        if page.stale:
            assert table_is_stale(page)
            assert fakes.status(page) == STALE
        elif page.last_error is None and page.internal_error is None and page._shown_state:
            assert not table_is_stale(page)
            assert [row[4] for row in fakes.rows(page)] == expected(page)
        elif page.last_error is not None and page.last_error.name.startswith("EAI_"):
            assert expected(page) == "error"
    # what may still run: the diagnosis of an error, and where the answer came from
    running = int(page.error_panel.diagnosing) + int(page.source_label.running)
    assert window.pool.pending <= running
