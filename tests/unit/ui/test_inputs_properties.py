"""Arbitrary text into every input of every lookup tab: rows or an explained error, always.

No exception may escape a slot, and every lookup must finish before its deadline.
The strategies never let a name reach a DNS server (this suite runs offline): a
host either fails parsing, is numeric, is in the hosts file, or is looked up with
AI_NUMERICHOST.
"""

import ipaddress
import socket

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from netexplorer.core import flags, parsing
from netexplorer.core.parsing import InvalidInput
from netexplorer.ui import settings as app_settings
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from tests.unit.ui import fakes

DEADLINE_MS = 3000
EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def hosts_file_names() -> set[str]:
    names = {"localhost"}
    try:
        with open("/etc/hosts", encoding="utf-8") as file:
            for line in file:
                words = line.partition("#")[0].split()
                names.update(word.lower() for word in words[1:])
    except OSError:
        pass
    return names


HOSTS = hosts_file_names()


def offline(text: str) -> bool:
    """Tell whether looking ``text`` up needs no DNS server (or never gets to a call)."""
    try:
        host = parsing.parse_host(text, allow_empty=True)
    except InvalidInput:
        return True
    if host is None or host.lower() in HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).version == 4
    except ValueError:
        return False


def spoil(text: str, bad: str, at: int) -> str:
    at = at % (len(text) + 1)
    return text[:at] + bad + text[at:]


anything = st.text(max_size=80)
spoiled = st.builds(
    spoil,
    st.text(max_size=40),
    st.sampled_from(["\x00", " ", "\t", "\n", "..", "\x7f", "\u2028"]),
    st.integers(0, 40),
)
hosts = st.one_of(
    anything.filter(offline),
    spoiled,
    st.sampled_from(sorted(HOSTS)).map(str.upper),
    st.sampled_from(sorted(HOSTS)),
    st.ip_addresses(v=4).map(str),
    st.builds(lambda n: "a" * n + ".example", st.integers(60, 300)),
)
ports = st.one_of(
    anything,
    st.integers(-(10**6), 10**6).map(str),
    st.sampled_from(
        ["", "0", "80", "65535", "65536", "70000", "www", "http", "domain", "1" * 5000]
    ),
)


@pytest.fixture
def tabs(window: MainWindow) -> MainWindow:
    app_settings.set_lookup_deadline_ms(DEADLINE_MS)
    return window


def finish(qtbot: QtBot, page: LookupTab, enter_in: QLineEdit | None = None) -> None:
    """Run the lookup (button or Enter); it must finish in time with rows or an explained error."""
    with (
        qtbot.captureExceptions() as exceptions,
        qtbot.waitSignal(page.lookupFinished, timeout=DEADLINE_MS + 2000),
    ):
        if enter_in is None:
            fakes.child(page, QPushButton, "lookupButton").click()
        else:
            qtbot.keyClick(enter_in, Qt.Key.Key_Return)
    assert not exceptions, exceptions
    assert not page.running
    text = fakes.status(page)
    error = page.last_error
    # for arbitrary input an answer and an explained error are both right: check whichever came
    if error is None:
        assert fakes.rows(page)
        assert text.startswith("Result rows: ")
    else:
        assert error.name != "TimedOut", text
        assert error.explanation
        assert f"{error.name}: " in text
        assert error.formatted_message() in text or error.args


def all_unchecked(page: LookupTab) -> list[QCheckBox]:
    boxes = page.findChildren(QCheckBox)
    for box in boxes:
        box.setChecked(False)
    return boxes


@EXAMPLES
@given(host=hosts, enter=st.booleans())
def test_host_tab(tabs: MainWindow, qtbot: QtBot, host: str, enter: bool) -> None:
    page = fakes.tab(tabs, "hostTab")
    line = fakes.child(page, QLineEdit, "hostInput")
    line.setText(host)
    finish(qtbot, page, line if enter else None)


addresses = st.one_of(
    anything.filter(lambda text: not parsing.is_numeric_address(text)),
    spoiled,
    st.just("127.0.0.1"),
    st.builds(lambda zone: f"fe80::1%{zone}", st.text(max_size=12)).filter(
        lambda text: not parsing.is_numeric_address(text) or not _zone_exists(text)
    ),
)


def _zone_exists(text: str) -> bool:
    try:
        parsing.scope_id(parsing.parse_address(text))
    except InvalidInput:
        return False
    return True


@EXAMPLES
@given(
    address=addresses,
    port=ports,
    chosen=st.sets(st.sampled_from([c.name for c in flags.NI_FLAGS])),
    enter=st.booleans(),
)
@example(address="127.0.0.1", port="1" * 5000, chosen=set(), enter=False)
@example(address="fe80::1%" + "9" * 5000, port="", chosen=set(), enter=True)
def test_reverse_tab(
    tabs: MainWindow, qtbot: QtBot, address: str, port: str, chosen: set[str], enter: bool
) -> None:
    page = fakes.tab(tabs, "reverseTab")
    fakes.child(page, QLineEdit, "addressInput").setText(address)
    port_line = fakes.child(page, QLineEdit, "portInput")
    port_line.setText(port)
    for box in all_unchecked(page):
        box.setChecked(box.objectName() in chosen)
    finish(qtbot, page, port_line if enter else None)


@EXAMPLES
@given(
    protocol=st.one_of(anything, st.sampled_from(["tcp", "UDP", "icmp", "ip", ""])),
    service=st.one_of(ports, st.sampled_from(["www", "ssh", "nosuch"])),
    proto=st.sampled_from(["any", "tcp", "udp"]),
    enter=st.booleans(),
)
@example(protocol="", service="1" * 5000, proto="any", enter=False)
def test_proto_service_tab(
    tabs: MainWindow, qtbot: QtBot, protocol: str, service: str, proto: str, enter: bool
) -> None:
    page = fakes.tab(tabs, "protoServiceTab")
    protocol_line = fakes.child(page, QLineEdit, "protocolInput")
    protocol_line.setText(protocol)
    fakes.child(page, QLineEdit, "serviceInput").setText(service)
    fakes.child(page, QComboBox, "serviceProtoCombo").setCurrentText(proto)
    finish(qtbot, page, protocol_line if enter else None)


def _items(name: str) -> list[str]:
    return {
        "familyCombo": [c.name for c in flags.FAMILIES],
        "typeCombo": ["0", *(c.name for c in flags.SOCKET_TYPES)],
        "protoCombo": ["0", "IPPROTO_TCP", "IPPROTO_UDP"],
    }[name]


@EXAMPLES
@given(
    host=st.one_of(anything, hosts, st.ip_addresses().map(str), st.just("")),
    port=ports,
    family=st.sampled_from(_items("familyCombo")),
    kind=st.sampled_from(_items("typeCombo")),
    proto=st.sampled_from(_items("protoCombo")),
    chosen=st.sets(st.sampled_from([c.name for c in flags.AI_FLAGS])),
    enter=st.booleans(),
)
@example(
    host="", port="1" * 5000, family="AF_UNSPEC", kind="0", proto="0", chosen=set(), enter=False
)
def test_addrinfo_tab(
    tabs: MainWindow,
    qtbot: QtBot,
    host: str,
    port: str,
    family: str,
    kind: str,
    proto: str,
    chosen: set[str],
    enter: bool,
) -> None:
    page = fakes.tab(tabs, "addrinfoTab")
    assert isinstance(page, AddrinfoTab)
    if not offline(host) or "%" in host:
        chosen = chosen | {"AI_NUMERICHOST"}  # a name never reaches DNS
    host_line = fakes.child(page, QLineEdit, "hostInput")
    host_line.setText(host)
    fakes.child(page, QLineEdit, "portInput").setText(port)
    for name, text in (("familyCombo", family), ("typeCombo", kind), ("protoCombo", proto)):
        fakes.child(page, QComboBox, name).setCurrentText(text)
    for box in all_unchecked(page):
        box.setChecked(box.objectName() in chosen)
    finish(qtbot, page, host_line if enter else None)
    # one row per 5-tuple the model holds; after an error, none (finish() checked it is explained)
    assert len(fakes.rows(page)) == len(page.addrinfo_model.entries())
    assert page.last_error is None or fakes.rows(page) == []


def test_the_offline_rule_keeps_names_away_from_dns() -> None:
    assert offline("127.0.0.1")
    assert offline("localhost")
    assert offline("a..b")
    assert offline("")
    assert not offline("example.com")
    assert not offline("::1%lo")
    assert socket.gethostbyname("LOCALHOST") == socket.gethostbyname("localhost")
