"""UDP shown as UDP (datagrams, replies, drops), and two computers in a lab."""

import contextlib
import ipaddress
import socket

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netexplorer.core import platform
from tests.pages import rows
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server


def events(pane: Pane, log: str = "serverLog") -> list[str]:
    """Return the event column of a log, after showing what it collected."""
    side = pane.tab.server_pane if log == "serverLog" else pane.tab.client_pane
    side.log.flush()
    return [row[1] for row in rows(pane.page, log)]


def test_udp_offers_a_reply_to_each_datagram_instead_of_a_greeting(pane: Pane) -> None:
    assert pane.serverGreetingCheck.isVisible()
    assert not pane.serverReplyEachCheck.isVisible()
    pane.transportCombo.setCurrentText("UDP")
    assert not pane.serverGreetingCheck.isVisible()
    assert pane.serverReplyEachCheck.isVisible()
    assert (pane.tab.server.options.greeting, pane.tab.server.options.reply) == (
        None,
        b"Server: Hello",
    )
    pane.serverReplyEachCheck.setChecked(False)
    assert not pane.serverGreetingInput.isEnabled()
    pane.transportCombo.setCurrentText("TCP")
    assert (pane.tab.server.options.greeting, pane.tab.server.options.reply) == (
        b"Server: Hello",
        None,
    )


def test_udp_datagrams_are_logged_as_datagrams_in_the_order_they_happened(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    pane.transportCombo.setCurrentText("UDP")
    address = start_server(qtbot, pane)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sockets.append(s)
    s.settimeout(5)
    for n in range(1, 3):
        s.sendto(b"datagram %d" % n, address)
        qtbot.waitUntil(lambda: events(pane).count("datagram to") == n, timeout=WAIT)  # noqa: B023
    logged = [e for e in events(pane) if e.startswith("datagram")]
    assert logged == ["datagram from", "datagram to"] * 2  # each reply after its datagram
    assert "accepted" not in events(pane)
    assert s.recvfrom(100)[0] == b"Server: Hello"
    assert s.recvfrom(100)[0] == b"Server: Hello"  # a reply to each datagram


def loopback_alias_works() -> bool:
    """Tell whether 127.0.0.2 is this computer (Linux: all of 127/8; macOS: 127.0.0.1 only)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.2", 0))
        return True
    return False


@pytest.mark.skipif(not loopback_alias_works(), reason="127.0.0.2 is not this computer here")
def test_a_connected_udp_socket_dropping_the_server_s_datagram_is_said(
    qtbot: QtBot, pane: Pane
) -> None:
    """A server on 0.0.0.0 answers from 127.0.0.1; the client connect()ed to 127.0.0.2."""
    pane.transportCombo.setCurrentText("UDP")
    pane.serverAllInterfacesCheck.setChecked(True)
    address = start_server(qtbot, pane, host="0.0.0.0")
    pane.clientHostInput.setText("127.0.0.2")
    pane.clientPortInput.setText(str(address[1]))
    pane.clientUdpConnectCheck.setChecked(True)
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    pane.clientSendButton.click()
    qtbot.waitUntil(lambda: pane.tab.server.connections() != (), timeout=WAIT)
    expected = (
        f"came from 127.0.0.1:{address[1]}, but this connect()ed UDP socket accepts "
        f"datagrams only from 127.0.0.2:{address[1]}: the system dropped it"
    )
    qtbot.waitUntil(lambda: expected in pane.log_text("clientLog"), timeout=WAIT)
    assert expected in pane.clientHintLabel.text()
    assert pane.tab.client.received == 0  # really dropped
    dropped = [a for a in pane.tab.conversation.snapshot().arrows if a.dropped]
    assert len(dropped) == 1


def test_let_classmates_connect_lists_this_computer_s_addresses_with_the_port(
    qtbot: QtBot, pane: Pane
) -> None:
    assert not pane.serverLanPanel.isVisible()
    pane.serverPortInput.setText("12345")
    pane.serverAllInterfacesCheck.setChecked(True)
    assert pane.serverLanPanel.isVisible()
    qtbot.waitUntil(lambda: "Looking up" not in pane.serverLanAddresses.text(), timeout=WAIT)
    lines = pane.serverLanAddresses.text().splitlines()
    for line in lines:
        if line.startswith("This computer has no address"):
            continue
        host, _, port = line.rpartition(":")
        assert port == "12345"
        ip = ipaddress.ip_address(host.strip("[]").partition("%")[0])
        assert not ip.is_loopback
        family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.bind((host.strip("[]"), 0))  # an address of this computer
    default = QApplication.font().pointSizeF()
    assert pane.serverLanAddresses.font().pointSizeF() >= 1.8 * default
    note = pane.serverLanNote.text()
    assert "The bind host must be empty, 0.0.0.0 or ::" in note  # still 127.0.0.1
    pane.serverHostInput.setText("0.0.0.0")
    assert "The bind host must be" not in pane.serverLanNote.text()
    firewall = "Windows Defender Firewall" in pane.serverLanNote.text()
    assert firewall is platform.firewall_asks_about_servers()


def test_the_windows_firewall_caveat(
    qtbot: QtBot, pane: Pane, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    pane.serverAllInterfacesCheck.setChecked(True)
    qtbot.waitUntil(lambda: "Windows Defender Firewall" in pane.serverLanNote.text(), timeout=WAIT)
    address = start_server(qtbot, pane, host="0.0.0.0")
    qtbot.waitUntil(
        lambda: (
            f":{address[1]}" in pane.serverLanAddresses.text()
            or ("no address other than loopback" in pane.serverLanAddresses.text())
        ),
        timeout=WAIT,
    )
