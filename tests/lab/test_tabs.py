"""The Host, Reverse and getaddrinfo tabs show exactly what ``socket`` returns in the lab."""

from __future__ import annotations

import socket
import subprocess

import pytest
from PySide6.QtWidgets import QCheckBox, QPushButton

from tests.lab import gui, zone

pytestmark = pytest.mark.lab

FORWARD_NAMES = (*zone.RESOLVABLE, zone.MISSING, zone.HOSTNAME, zone.TRUNCATED)
REVERSE = (*zone.REVERSE_ADDRESSES, *zone.NO_PTR_ADDRESSES, zone.HOST_ADDRESS, "127.0.0.1")

FAMILIES = ("AF_UNSPEC", "AF_INET", "AF_INET6")
TYPES = ("0", "SOCK_STREAM", "SOCK_DGRAM")
FLAG_SETS = [
    fs
    for fs in (
        (),
        ("AI_CANONNAME",),
        ("AI_ADDRCONFIG",),
        ("AI_V4MAPPED",),
        ("AI_V4MAPPED", "AI_ALL"),
        ("AI_NUMERICHOST",),
        ("AI_PASSIVE",),
        ("AI_CANONNAME", "AI_ADDRCONFIG", "AI_V4MAPPED", "AI_ALL"),
    )
    if all(hasattr(socket, f) for f in fs)
]
ADDRINFO_HOSTS = (*FORWARD_NAMES, "", zone.ONE_A, zone.DUAL_AAAA)


def value(name: str) -> int:
    return 0 if name == "0" else int(getattr(socket, name))


def flag_value(names: tuple[str, ...]) -> int:
    total = 0
    for name in names:
        total |= value(name)
    return total


@pytest.mark.parametrize("name", FORWARD_NAMES)
def test_host_tab_matches_socket(qtbot, window, name):
    page = gui.tab(window, "hostTab")
    gui.line(page, "hostInput").setText(name)
    gui.look_up(qtbot, page)
    try:
        by_name: list[tuple[str, str]] | str = [("IPv4 address", socket.gethostbyname(name))]
    except OSError as exc:
        by_name = gui.error_name(exc)
    assert gui.shown_for(page, "gethostbyname") == by_name
    assert gui.shown_for(page, "gethostbyname_ex") == gui.host_ex_expected("gethostbyname_ex", name)


def test_host_tab_real_answers(qtbot, window):
    """Not only equal to socket: the lab's data really is what the tab shows."""
    page = gui.tab(window, "hostTab")
    gui.line(page, "hostInput").setText(zone.ALIAS)
    gui.look_up(qtbot, page)
    assert gui.shown_for(page, "gethostbyname_ex") == [
        ("host name", zone.DUAL),
        ("alias", zone.ALIAS),
        ("alias", zone.ALIAS2),
        ("address", zone.DUAL_A),
    ]


def test_this_host_button_uses_the_lab_host_name(qtbot, window):
    page = gui.tab(window, "hostTab")
    button = gui.child(page, QPushButton, "thisHostButton")
    with qtbot.waitSignal(page.lookupFinished, timeout=gui.LOOKUP_TIMEOUT_MS):
        button.click()
    assert gui.line(page, "hostInput").text() == zone.HOSTNAME
    assert gui.shown_for(page, "gethostbyname") == [("IPv4 address", zone.HOST_ADDRESS)]


@pytest.mark.parametrize("address", REVERSE)
def test_reverse_tab_matches_socket(qtbot, window, address):
    page = gui.tab(window, "reverseTab")
    gui.line(page, "addressInput").setText(address)
    gui.look_up(qtbot, page)
    assert gui.shown_for(page, "gethostbyaddr") == gui.host_ex_expected("gethostbyaddr", address)
    sockaddr = (address, 0) if ":" not in address else (address, 0, 0, 0)
    try:
        host, service = socket.getnameinfo(sockaddr, 0)
        expected: list[tuple[str, str]] | str = [("host", host), ("service", service)]
    except OSError as exc:
        expected = gui.error_name(exc)
    assert gui.shown_for(page, "getnameinfo") == expected


@pytest.mark.parametrize("address", [zone.NOPTR_A, zone.ONE_A, zone.V6ONLY_AAAA[0]])
@pytest.mark.parametrize(
    "flags", [("NI_NAMEREQD",), ("NI_NUMERICHOST", "NI_NUMERICSERV"), ("NI_NOFQDN", "NI_DGRAM")]
)
def test_reverse_tab_getnameinfo_flags(qtbot, window, address, flags):
    page = gui.tab(window, "reverseTab")
    gui.line(page, "addressInput").setText(address)
    gui.line(page, "portInput").setText("53")
    for box in page.findChildren(QCheckBox):
        if box.objectName().startswith("NI_"):
            box.setChecked(box.objectName() in flags)
    gui.look_up(qtbot, page)
    sockaddr = (address, 53) if ":" not in address else (address, 53, 0, 0)
    try:
        host, service = socket.getnameinfo(sockaddr, flag_value(flags))
        expected: list[tuple[str, str]] | str = [("host", host), ("service", service)]
    except OSError as exc:
        expected = gui.error_name(exc)
    assert gui.shown_for(page, "getnameinfo") == expected


@pytest.mark.parametrize("flags", FLAG_SETS, ids=lambda fs: "+".join(fs) or "no-flags")
@pytest.mark.parametrize("host", ADDRINFO_HOSTS, ids=lambda h: h or "None")
def test_addrinfo_tab_matrix_matches_socket(qtbot, window, host, flags):
    page = gui.tab(window, "addrinfoTab")
    for family in FAMILIES:
        for socktype in TYPES:
            gui.set_addrinfo_inputs(page, host, "80", family, socktype, "0", flags)
            gui.look_up(qtbot, page)
            expected = gui.addrinfo_expected(
                host or None, 80, value(family), value(socktype), 0, flag_value(flags)
            )
            assert gui.addrinfo_shown(page) == expected, (family, socktype)


@pytest.mark.parametrize(
    ("socktype", "proto"),
    [
        ("SOCK_STREAM", "IPPROTO_TCP"),
        ("SOCK_DGRAM", "IPPROTO_UDP"),
        ("0", "IPPROTO_TCP"),
        ("0", "IPPROTO_UDP"),
        ("SOCK_STREAM", "IPPROTO_UDP"),
        ("SOCK_RAW", "0"),
    ],
)
@pytest.mark.parametrize("port", ["", "80", "http", "0"])
def test_addrinfo_tab_type_proto_port(qtbot, window, socktype, proto, port):
    page = gui.tab(window, "addrinfoTab")
    for host in (zone.DUAL, zone.MULTI):
        gui.set_addrinfo_inputs(page, host, port, "AF_UNSPEC", socktype, proto)
        gui.look_up(qtbot, page)
        wanted_port: str | int | None = int(port) if port.isdigit() else (port or None)
        expected = gui.addrinfo_expected(host, wanted_port, 0, value(socktype), value(proto), 0)
        assert gui.addrinfo_shown(page) == expected, host


def test_addrinfo_order_and_canonname_are_the_labs(qtbot, window):
    page = gui.tab(window, "addrinfoTab")
    gui.set_addrinfo_inputs(
        page, zone.ALIAS, "443", "AF_UNSPEC", "SOCK_STREAM", "0", ("AI_CANONNAME",)
    )
    gui.look_up(qtbot, page)
    shown = gui.addrinfo_shown(page)
    assert isinstance(shown, list)
    assert shown[0][3] == repr(zone.DUAL)
    assert {row[4] for row in shown} == {
        repr((zone.DUAL_A, 443)),
        repr((zone.DUAL_AAAA, 443, 0, 0)),
    }


def test_addrconfig_follows_the_configured_addresses(qtbot, window):
    """Without a global IPv6 address AI_ADDRCONFIG drops AAAA answers — app and socket agree."""
    page = gui.tab(window, "addrinfoTab")
    subprocess.run(
        ["ip", "-6", "addr", "del", f"{zone.HOST_ADDRESS6}/128", "dev", "lo"], check=True
    )
    try:
        gui.set_addrinfo_inputs(
            page, zone.DUAL, "80", "AF_UNSPEC", "SOCK_STREAM", "0", ("AI_ADDRCONFIG",)
        )
        gui.look_up(qtbot, page)
        expected = gui.addrinfo_expected(
            zone.DUAL, 80, 0, socket.SOCK_STREAM, 0, socket.AI_ADDRCONFIG
        )
        assert expected == [
            ("AF_INET", "SOCK_STREAM", "IPPROTO_TCP", "''", repr((zone.DUAL_A, 80)))
        ]
        assert gui.addrinfo_shown(page) == expected
    finally:
        subprocess.run(
            ["ip", "-6", "addr", "add", f"{zone.HOST_ADDRESS6}/128", "dev", "lo", "nodad"],
            check=True,
        )
