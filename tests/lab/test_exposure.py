"""Binding beyond loopback in the lab, where this machine has addresses that are not loopback.

Inside the lab's network namespace ``lo`` also carries 192.0.2.1 and
2001:db8::1: addresses of this machine that are *not* loopback addresses,
exactly like a LAN address, yet reachable from nowhere but the namespace.
"""

from __future__ import annotations

import socket

import pytest

from netexplorer.core.engine import Event, Kind, Server
from netexplorer.core.loop import SelectorWatcher
from netexplorer.core.results import AddrInfo
from netexplorer.ui import settings
from tests.lab import zone
from tests.unit.ui.client_server.helpers import WAIT, Pane, recv_until, start_server

pytestmark = pytest.mark.lab


def try_start(qtbot, pane: Pane, host: str) -> None:
    pane.serverHostInput.setText(host)
    pane.serverPortInput.setText("0")
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()


@pytest.mark.parametrize("transport", ["TCP", "UDP"])
@pytest.mark.parametrize(
    ("host", "interface"),
    [
        (zone.HOST_ADDRESS, f"lo ({zone.HOST_ADDRESS})"),
        (zone.HOST_ADDRESS6, f"lo ({zone.HOST_ADDRESS6})"),
        (f"::ffff:{zone.HOST_ADDRESS}", f"lo ({zone.HOST_ADDRESS})"),
        (zone.HOSTNAME, f"lo ({zone.HOST_ADDRESS})"),
        (zone.UNSPECIFIED, f"lo ({zone.SERVERS_A[0]})"),
    ],
)
def test_an_address_of_this_machine_beyond_loopback_needs_the_opt_in(
    qtbot, window, host: str, interface: str, transport: str
) -> None:
    pane = Pane(window)
    pane.transportCombo.setCurrentText(transport)
    try_start(qtbot, pane, host)
    assert not pane.tab.server.running, pane.serverStatusLabel.text()
    assert pane.serverStatusLabel.text().startswith("ExposureRefused")
    assert pane.serverExposureWarning.isVisible()
    assert interface in pane.serverExposureWarning.text()


def test_with_the_opt_in_the_lab_address_is_served_and_named(qtbot, window) -> None:
    pane = Pane(window)
    pane.serverAllInterfacesCheck.setChecked(True)
    address = start_server(qtbot, pane, host=zone.HOST_ADDRESS)
    assert address[0] == zone.HOST_ADDRESS
    assert pane.tab.server.exposed_on == (f"lo ({zone.HOST_ADDRESS})",)
    assert f"lo ({zone.HOST_ADDRESS})" in pane.serverExposureWarning.text()
    # beyond loopback the idle timeout is on by default
    assert pane.tab.server.idle_timeout_s == settings.DEFAULT_EXPOSED_IDLE_TIMEOUT_S > 0
    with socket.create_connection(address, timeout=5) as s:
        recv_until(qtbot, s, b"Server: Hello")
    pane.serverStopButton.click()


def test_a_wildcard_udp_echo_server_never_answers_any_of_its_own_addresses() -> None:
    """From the server's own port on any of this machine's addresses, nothing is answered."""
    loop = SelectorWatcher()
    events: list[Event] = []
    server = Server(loop, events.append)
    server.set_options(echo=True)
    info = AddrInfo(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP, "", ("::", 0, 0, 0))
    try:
        assert server.start(info, beyond_loopback=True), server.last_error
        assert server.sock is not None
        port = server.listening.port
        for own in ("::1", "::ffff:127.0.0.1", f"::ffff:{zone.HOST_ADDRESS}", zone.HOST_ADDRESS6):
            server.sock.sendto(b"spoofed", (own, port))
        loop.run_until(lambda: False, 0.5)
        received = [e for e in events if e.kind is Kind.RECEIVED]
        assert len(received) == 4
        assert Kind.SENT not in [e.kind for e in events]
        assert server.connections() == ()
    finally:
        server.stop()
        loop.close()
