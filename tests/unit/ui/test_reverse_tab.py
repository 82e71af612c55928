"""The Reverse tab: gethostbyaddr and getnameinfo with every NI_* flag, as socket answers."""

import itertools
import re
import socket

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from netexplorer.core import errors, flags
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.reverse_tab import ReverseTab
from tests import socket_oracle
from tests.unit.ui import fakes

NI_NAMES = socket_oracle.ni_flags()


def reverse(
    window: MainWindow, address: str, port: str = "", chosen: tuple[str, ...] = ()
) -> ReverseTab:
    page = fakes.tab(window, "reverseTab")
    assert isinstance(page, ReverseTab)
    fakes.child(page, QLineEdit, "addressInput").setText(address)
    fakes.child(page, QLineEdit, "portInput").setText(port)
    for name in NI_NAMES:
        fakes.child(page, QCheckBox, name).setChecked(name in chosen)
    return page


def expected_rows(address: str, port: int, value: int) -> list[tuple[str, ...]]:
    """The rows of every call that returned; a failed call adds none."""
    name, aliases, addresses = socket.gethostbyaddr(address)
    rows: list[tuple[str, ...]] = [("gethostbyaddr", "host name", name)]
    rows.extend(("gethostbyaddr", "alias", alias) for alias in aliases)
    if not aliases:
        rows.append(("gethostbyaddr", "aliases", "(none)"))
    rows.extend(("gethostbyaddr", "address", a) for a in addresses)
    try:
        host, service = socket.getnameinfo((address, port), value)
    except socket.gaierror:
        return rows
    return [*rows, ("getnameinfo", "host", host), ("getnameinfo", "service", service)]


def getnameinfo_error(address: str, port: int, value: int) -> str:
    """The status line's part for a failing getnameinfo ('' when it works)."""
    try:
        socket.getnameinfo((address, port), value)
    except socket.gaierror as exc:
        return f"getnameinfo: {errors.explain(exc).name}: {exc.strerror}"
    return ""


def test_one_checkbox_per_defined_ni_flag(window: MainWindow) -> None:
    page = fakes.tab(window, "reverseTab")
    boxes = {
        box.objectName()
        for box in page.findChildren(QCheckBox)
        if box.objectName().startswith("NI_")
    }
    assert boxes == set(NI_NAMES)
    for name in NI_NAMES:
        box = fakes.child(page, QCheckBox, name)
        assert box.text() == name
        assert box.toolTip()


@pytest.mark.parametrize(
    "chosen", [combo for n in range(3) for combo in itertools.combinations(NI_NAMES, n)]
)
@pytest.mark.parametrize("port", ["", "80", "53", "65535"])
def test_rows_match_socket(
    window: MainWindow, qtbot: QtBot, port: str, chosen: tuple[str, ...]
) -> None:
    page = reverse(window, "127.0.0.1", port, chosen)
    fakes.look_up(qtbot, page)
    value = flags.symbol(*chosen).value
    assert fakes.answer(page) == expected_rows("127.0.0.1", int(port or 0), value)
    assert getnameinfo_error("127.0.0.1", int(port or 0), value) in fakes.status(page)
    assert fakes.code_values(fakes.code(page)) == [
        socket.gethostbyaddr("127.0.0.1"),
        fakes.outcome(socket.getnameinfo, ("127.0.0.1", int(port or 0)), value),
    ]
    # the flags argument names each chosen flag once, in any order, or is 0
    call = re.search(r"socket\.getnameinfo\(\('127\.0\.0\.1', (\d+)\), ([^)]*)\)", fakes.code(page))
    assert call is not None, fakes.code(page)
    assert int(call[1]) == int(port or 0)
    assert sorted(call[2].split(" | ")) == (sorted(f"socket.{n}" for n in chosen) or ["0"])


def test_ipv6_scope_goes_into_the_sockaddr(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, interface = socket.if_nameindex()[0]
    page = reverse(window, f"fe80::1%{interface}", "80", ("NI_NUMERICHOST", "NI_NUMERICSERV"))
    planned = page.plan()  # checked without the PTR query gethostbyaddr would make
    assert planned[0].call.args == (f"fe80::1%{interface}",)
    assert planned[1].call.args[0] == ("fe80::1", 80, 0, index)
    assert planned[1].run().value is not None


@pytest.mark.parametrize(
    ("address", "port", "start"),
    [
        ("", "", "InputError: Enter an address."),
        ("127.0.0.1", "70000", "InputError: Port 70000 is out of range. Python would accept"),
        ("127.0.0.1", "http", "InputError: http is not a port number."),
        (
            "fe80::1%nosuchif0",
            "",
            "InputError: This computer has no network interface named nosuchif0.",
        ),
        (
            "fe80::1%99999999999",
            "",
            "InputError: The zone 99999999999 is not a valid interface index.",
        ),
        ("1.2.3.4%eth0", "", "InputError: The zone after % in 1.2.3.4%eth0 is not valid."),
    ],
)
def test_bad_input_is_explained(
    window: MainWindow, qtbot: QtBot, address: str, port: str, start: str
) -> None:
    page = reverse(window, address, port)
    fakes.look_up(qtbot, page)
    assert fakes.status(page).startswith(start)
    assert fakes.explanation(page)
    assert fakes.rows(page) == []


def test_getnameinfo_service_number(window: MainWindow, qtbot: QtBot) -> None:
    page = reverse(window, "127.0.0.1", "1", ("NI_NUMERICSERV",))
    fakes.look_up(qtbot, page)
    assert ("getnameinfo", "service", "1") in fakes.answer(page)


def test_a_host_name_is_taken_as_python_takes_it(window: MainWindow, qtbot: QtBot) -> None:
    page = reverse(window, "localhost")
    fakes.look_up(qtbot, page)
    name, _, addresses = socket.gethostbyaddr("localhost")
    assert ("gethostbyaddr", "host name", name) in fakes.answer(page)
    assert [row[2] for row in fakes.answer(page) if row[1] == "address"] == addresses
    with pytest.raises(socket.gaierror) as raised:
        socket.getnameinfo(("localhost", 0), 0)
    assert f"getnameinfo: EAI_NONAME: {raised.value.strerror}" in fakes.status(page)


def test_ticking_a_flag_looks_up_again_and_marks_what_is_new(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = reverse(window, "127.0.0.1", "80")
    fakes.look_up(qtbot, page)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        fakes.child(page, QCheckBox, "NI_NUMERICSERV").setChecked(True)
    shown = dict(zip(fakes.answer(page), fakes.marks(page), strict=True))
    assert shown[("getnameinfo", "service", "80")] == "new"
    assert shown[("gethostbyaddr", "host name", socket.gethostbyaddr("127.0.0.1")[0])] == ""
