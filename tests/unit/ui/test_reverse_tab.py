"""The Reverse tab: gethostbyaddr and getnameinfo with every NI_* flag, as socket answers."""

import itertools
import re
import socket

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from netexplorer.core import flags
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


def expected_rows(address: str, port: int, value: int) -> list[tuple[object, ...]]:
    name, aliases, addresses = socket.gethostbyaddr(address)
    rows: list[tuple[object, ...]] = [("gethostbyaddr", "host name", name)]
    rows.extend(("gethostbyaddr", "alias", alias) for alias in aliases)
    if not aliases:
        rows.append(("gethostbyaddr", "aliases", "(none)"))
    rows.extend(("gethostbyaddr", "address", a) for a in addresses)
    try:
        host, service = socket.getnameinfo((address, port), value)
    except socket.gaierror as exc:  # an error row: call, error number, system message
        rows.append(("getnameinfo", exc.errno, exc.strerror or ""))
    else:
        rows += [("getnameinfo", "host", host), ("getnameinfo", "service", service)]
    return rows


def shown(page: ReverseTab) -> list[tuple[object, ...]]:
    """The rows; an error row's name read as its number, its text cut to the system message."""
    return [
        (a, getattr(socket, b), c.split(": ", 1)[1].split(" — ")[0])
        if b.startswith("EAI_")
        else (a, b, c)
        for a, b, c in fakes.rows(page)
    ]


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
    assert shown(page) == expected_rows("127.0.0.1", int(port or 0), value)
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
        ("localhost", "", "InputError: localhost is not an IPv4 or IPv6 address."),
        ("127.0.0.1", "70000", "InputError: Port 70000 is out of range."),
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
    assert fakes.status(page).startswith(start + " — ")
    assert fakes.rows(page) == []


def test_getnameinfo_error_row(window: MainWindow, qtbot: QtBot) -> None:
    """127.0.0.1 with NI_NAMEREQD works; the error path shows on a failing call's row."""
    page = reverse(window, "127.0.0.1", "1", ("NI_NUMERICSERV",))
    fakes.look_up(qtbot, page)
    assert ("getnameinfo", "service", "1") in fakes.rows(page)
