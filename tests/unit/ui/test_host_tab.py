"""The Host tab, driven through its contract names, against the socket module."""

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from netexplorer.ui.main_window import MainWindow
from tests import socket_oracle
from tests.unit.ui import fakes


def expected_rows(host: str) -> list[tuple[str, str, str]]:
    name, aliases, addresses = socket.gethostbyname_ex(host)
    rows = [("gethostbyname", "IPv4 address", socket.gethostbyname(host))]
    rows.append(("gethostbyname_ex", "host name", name))
    rows.extend(("gethostbyname_ex", "alias", alias) for alias in aliases)
    if not aliases:
        rows.append(("gethostbyname_ex", "aliases", "(none)"))
    rows.extend(("gethostbyname_ex", "address", address) for address in addresses)
    return rows


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "LOCALHOST"])
def test_host_lookup_matches_socket(window: MainWindow, qtbot: QtBot, host: str) -> None:
    page = fakes.tab(window, "hostTab")
    fakes.child(page, QLineEdit, "hostInput").setText(host)
    fakes.look_up(qtbot, page)
    assert fakes.answer(page) == expected_rows(host)
    assert fakes.status(page).startswith(f"Result rows: {len(expected_rows(host))} (")
    assert fakes.status(page).endswith(" ms).")
    assert page.last_error is None


def test_code_view_reproduces_the_rows(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "hostTab")
    fakes.child(page, QLineEdit, "hostInput").setText("localhost")
    fakes.look_up(qtbot, page)
    printed = fakes.run_code(fakes.code(page))
    assert printed == [socket.gethostbyname("localhost"), socket.gethostbyname_ex("localhost")]
    ipv4, ex = printed
    assert isinstance(ex, tuple)
    name, _aliases, addresses = ex
    shown = fakes.answer(page)
    assert shown[0][2] == ipv4
    assert ("gethostbyname_ex", "host name", name) in shown
    assert [row[2] for row in shown if row[1] == "address"] == addresses


def test_this_host_button(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "hostTab")
    with qtbot.waitSignal(page.lookupFinished, timeout=10_000):
        fakes.child(page, QPushButton, "thisHostButton").click()
    name = socket.gethostname()
    assert fakes.child(page, QLineEdit, "hostInput").text() == name
    shown = fakes.answer(page)
    assert shown[0] == ("gethostname", "host name", name)
    assert shown[1:] == expected_rows(name)
    assert "socket.gethostname()" in fakes.code(page)


def test_enter_in_the_input_runs_the_lookup(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "hostTab")
    host_input = fakes.child(page, QLineEdit, "hostInput")
    host_input.setText("localhost")
    with qtbot.waitSignal(page.lookupFinished, timeout=10_000):
        qtbot.keyClick(host_input, Qt.Key.Key_Return)
    assert fakes.answer(page) == expected_rows("localhost")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("local host", "The host name contains the character ' '."),
        ("a..b", "The host name a..b has an empty label."),
        ("a" * 64, "The label " + "a" * 64 + " is longer than 63 characters."),
        (
            "a\x00b",
            "The host name contains a NUL character; Python's gethostbyname refuses it too.",
        ),
    ],
)
def test_bad_input_is_explained_without_a_call(
    window: MainWindow, qtbot: QtBot, text: str, message: str
) -> None:
    page = fakes.tab(window, "hostTab")
    fakes.child(page, QLineEdit, "hostInput").setText(text)
    fakes.look_up(qtbot, page)
    assert fakes.status(page) == f"InputError: {message}"
    assert "Nothing was sent to the resolver." in fakes.explanation(page)
    assert fakes.rows(page) == []
    assert fakes.code(page) == ""
    assert not fakes.running(page)


@pytest.mark.skipif(
    socket_oracle.gethostbyname_error("::1") is None,
    reason="this system gives ::1 an IPv4 address",
)
def test_resolver_error_shows_name_message_and_explanation(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = fakes.tab(window, "hostTab")
    fakes.child(page, QLineEdit, "hostInput").setText("::1")  # gethostbyname is IPv4 only
    fakes.look_up(qtbot, page)
    expected = socket_oracle.gethostbyname_error("::1")
    assert expected is not None
    assert page.last_error is not None
    status = fakes.status(page)
    assert f"gethostbyname: {page.last_error.name}: {expected.strerror}" in status
    assert page.last_error.explanation in fakes.explanation(page)
    assert getattr(socket, page.last_error.name) == expected.errno
    assert all(row[0] != "gethostbyname" for row in fakes.rows(page))  # errors are not results


def test_an_empty_host_is_passed_on_as_python_takes_it(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "hostTab")
    fakes.child(page, QLineEdit, "hostInput").setText("")
    fakes.look_up(qtbot, page)
    assert fakes.answer(page)[0] == ("gethostbyname", "IPv4 address", socket.gethostbyname(""))
    assert "socket.gethostbyname('')" in fakes.code(page)


def test_a_second_answer_marks_what_is_new(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "hostTab")
    host_input = fakes.child(page, QLineEdit, "hostInput")
    host_input.setText("localhost")
    fakes.look_up(qtbot, page)
    assert set(fakes.marks(page)) == {""}  # the first answer has nothing to compare with
    fakes.look_up(qtbot, page)
    assert set(fakes.marks(page)) == {""}  # the same answer again: nothing new
    host_input.setText("")
    fakes.look_up(qtbot, page)
    shown = dict(zip(fakes.answer(page), fakes.marks(page), strict=True))
    assert shown[("gethostbyname", "IPv4 address", socket.gethostbyname(""))] == "new"


def test_has_ipv6_label(window: MainWindow) -> None:
    page = fakes.tab(window, "hostTab")
    text = fakes.child(page, QLabel, "hasIpv6Label").text()
    assert f"socket.has_ipv6 = {'yes' if socket.has_ipv6 else 'no'}" in text
    assert "getaddrinfo" in text


def test_open_in_getaddrinfo(window: MainWindow, qtbot: QtBot) -> None:
    page = fakes.tab(window, "hostTab")
    fakes.child(page, QLineEdit, "hostInput").setText("localhost")
    addrinfo = fakes.tab(window, "addrinfoTab")
    with qtbot.waitSignal(addrinfo.lookupFinished, timeout=10_000):
        fakes.child(page, QPushButton, "openInAddrinfoButton").click()
    assert window.current_view() is addrinfo
    assert fakes.child(addrinfo, QLineEdit, "hostInput").text() == "localhost"
    assert len(fakes.rows(addrinfo)) == len(socket.getaddrinfo("localhost", None))
