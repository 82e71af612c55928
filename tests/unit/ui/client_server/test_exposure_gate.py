"""The server pane binds beyond loopback only with the opt-in, whatever the spelling typed.

The decision is taken from what getaddrinfo returned (and, after bind(),
from getsockname()), so every spelling below is refused without the opt-in,
TCP and UDP, and the warning names the interfaces that would be exposed.
"""

import socket

import psutil
import pytest
from pytestqt.qtbot import QtBot

from tests.unit.core.engine.harness import WILDCARDS
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server


def ipv4_interfaces() -> list[str]:
    """Return what the warning should name for 0.0.0.0: every non-loopback IPv4 address."""
    return [
        f"{name} ({entry.address})"
        for name, entries in sorted(psutil.net_if_addrs().items())
        for entry in entries
        if entry.family == socket.AF_INET and not entry.address.startswith("127.")
    ]


def try_start(qtbot: QtBot, pane: Pane, host: str) -> None:
    pane.serverHostInput.setText(host)
    pane.serverPortInput.setText("0")
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()


def resolves(host: str) -> bool:
    try:
        socket.getaddrinfo(host.strip("[]") or None, 0, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
    except socket.gaierror:
        return False
    return True


@pytest.mark.parametrize("transport", ["TCP", "UDP"])
def test_no_spelling_of_every_interface_binds_without_the_opt_in(
    qtbot: QtBot, pane: Pane, transport: str
) -> None:
    pane.transportCombo.setCurrentText(transport)
    assert not pane.serverAllInterfacesCheck.isChecked()
    started, statuses, warnings = [], {}, {}
    for host in (*WILDCARDS, "::%lo"):
        try_start(qtbot, pane, host)
        statuses[host] = pane.serverStatusLabel.text()
        if pane.serverExposureWarning.isVisible():
            warnings[host] = pane.serverExposureWarning.text()
        if pane.tab.server.running:
            started.append(f"{host!r}: {pane.serverAddressLabel.text()}")
            pane.serverStopButton.click()
        pane.serverHostInput.setText("127.0.0.1")  # a new host: the old warning goes
        assert not pane.serverExposureWarning.isVisible()
    assert not started, "bound without the opt-in: " + ", ".join(started)
    assert pane.serverStartButton.isEnabled()
    for host, status in statuses.items():
        if not resolves(host):  # "::%lo": glibc refuses a scope name here
            assert status.startswith("EAI_"), status
            assert host not in warnings
            continue
        assert status.startswith("ExposureRefused"), f"{host!r}: {status}"
        assert host in warnings
        if "::" not in host.replace("::ffff", "") or socket.has_dualstack_ipv6():
            for interface in ipv4_interfaces():
                assert interface in warnings[host], (host, warnings[host])


def test_loopback_starts_without_a_warning(qtbot: QtBot, pane: Pane) -> None:
    for host in ("127.0.0.1", "localhost", "::ffff:127.0.0.1"):
        start_server(qtbot, pane, host=host)
        assert not pane.serverExposureWarning.isVisible()
        pane.serverStopButton.click()


def test_with_the_opt_in_the_warning_names_the_interfaces_exposed(qtbot: QtBot, pane: Pane) -> None:
    pane.serverAllInterfacesCheck.setChecked(True)
    start_server(qtbot, pane, host="0.0.0.0")
    assert pane.serverExposureWarning.isVisible()
    for interface in ipv4_interfaces():
        assert interface in pane.serverExposureWarning.text()
    assert pane.tab.server.exposed_on == tuple(ipv4_interfaces())
    pane.serverStopButton.click()
    assert not pane.serverExposureWarning.isVisible()
