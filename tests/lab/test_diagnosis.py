"""Diagnoses of real failures in the lab: which neighbouring call would have worked, and why."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.lab import gui, zone

pytestmark = pytest.mark.lab

DIAGNOSIS_MS = 20_000


def diagnose(qtbot, page) -> str:
    """Press Look up and wait for the error panel's diagnosis."""
    with qtbot.waitSignal(page.error_panel.diagnosed, timeout=DIAGNOSIS_MS):
        gui.look_up(qtbot, page)
    panel = gui.child(page, QWidget, "errorPanel")
    assert panel.isVisible()
    text = gui.child(panel, QLabel, "diagnosisLabel").text()
    assert text.startswith("Diagnosis: ")
    assert "…" not in text.removeprefix("Diagnosis: ")  # nothing cut off
    return text.removeprefix("Diagnosis: ")


def addrinfo(qtbot, window, host: str, port: str, family: str = "AF_UNSPEC", flags=()) -> str:
    page = gui.tab(window, "addrinfoTab")
    window.show_view(page)
    gui.set_addrinfo_inputs(page, host, port, family, flags=flags)
    text = diagnose(qtbot, page)
    assert gui.rows(page) == []  # errors are not results
    assert gui.status(page).startswith(("EAI_", "gaierror"))
    return text


def test_an_ipv4_only_name_asked_with_af_inet6(qtbot, window, lab):
    text = addrinfo(qtbot, window, zone.ONE, "80", "AF_INET6")
    assert text == (
        f"{zone.ONE} has IPv4 addresses only ({zone.ONE_A}); AF_INET6 finds nothing unless "
        f"AI_V4MAPPED maps them (see the grid). With AI_V4MAPPED: ::ffff:{zone.ONE_A}."
    )


def test_an_ipv6_only_name_asked_with_af_inet(qtbot, window, lab):
    text = addrinfo(qtbot, window, zone.V6ONLY, "80", "AF_INET")
    addresses = ", ".join(zone.V6ONLY_AAAA)
    assert text == (
        f"{zone.V6ONLY} has IPv6 addresses only ({addresses}); AF_INET finds nothing. "
        "AF_INET6 or AF_UNSPEC returns them."
    )


def test_nxdomain(qtbot, window, lab):
    text = addrinfo(qtbot, window, zone.MISSING, "80")
    assert text.startswith(f"No variant finds {zone.MISSING}: every one fails with EAI_NONAME.")
    assert "NXDOMAIN" in text


def test_numerichost_with_a_name(qtbot, window, lab):
    text = addrinfo(qtbot, window, zone.ONE, "80", flags=("AI_NUMERICHOST",))
    assert text == (
        f"AI_NUMERICHOST accepts only a numeric address, and {zone.ONE} is a name; without "
        f"AI_NUMERICHOST it resolves to {zone.ONE_A}."
    )


def test_a_service_name_the_services_database_lacks(qtbot, window, lab):
    text = addrinfo(qtbot, window, zone.ONE, "no-such-service")
    assert text == (
        "The services database has no service called no-such-service for this socket type; "
        "the host itself resolves with port None. Give a port number instead."
    )


def test_addrconfig_hiding_every_address(qtbot, window, lab):
    """v6only with AI_ADDRCONFIG, once the lab has no global IPv6 address."""
    subprocess.run(
        ["ip", "-6", "addr", "del", f"{zone.HOST_ADDRESS6}/128", "dev", "lo"], check=True
    )
    try:
        text = addrinfo(qtbot, window, zone.V6ONLY, "80", flags=("AI_ADDRCONFIG",))
    finally:
        subprocess.run(
            ["ip", "-6", "addr", "add", f"{zone.HOST_ADDRESS6}/128", "dev", "lo", "nodad"],
            check=True,
        )
    assert text.startswith("AI_ADDRCONFIG removed every address")
    assert zone.V6ONLY_AAAA[0] in text


def test_the_host_view_names_only_its_own_controls(qtbot, window, lab):
    page = gui.tab(window, "hostTab")
    gui.line(page, "hostInput").setText(zone.V6ONLY)
    text = diagnose(qtbot, page)
    assert text.startswith(f"{zone.V6ONLY} has IPv6 addresses only; gethostbyname")
    assert zone.V6ONLY_AAAA[0] in text
    assert "(Open in getaddrinfo)" in text
    for control in ("AI_", "AF_INET6 or", "grid", "family"):
        assert control not in text, control  # the Host view has none of these


def test_the_host_view_on_nxdomain(qtbot, window, lab):
    page = gui.tab(window, "hostTab")
    gui.line(page, "hostInput").setText(zone.MISSING)
    text = diagnose(qtbot, page)
    assert text.startswith(f"No variant finds {zone.MISSING}")
