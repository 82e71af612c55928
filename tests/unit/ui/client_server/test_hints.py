"""Mismatches between the panes explained, each reproduced on loopback with its hint."""

import errno
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netexplorer.core import platform
from netexplorer.core.engine import ClientState
from netexplorer.core.results import AddrInfo
from tests import socket_oracle
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server


def hint(qtbot: QtBot, pane: Pane, starts: str) -> str:
    """Wait for the client's hint to start with ``starts``; return it."""
    qtbot.waitUntil(lambda: pane.clientHintLabel.text().startswith(starts), timeout=WAIT)
    assert pane.clientHintLabel.isVisible()
    return str(pane.clientHintLabel.text())


def unused_port(host: str = "127.0.0.1") -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
    return port


def entry(host: str, port: int) -> AddrInfo:
    family, kind, proto, canon, sockaddr = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    return AddrInfo(family, kind, proto, canon, tuple(sockaddr))  # type: ignore[arg-type]


# Before Connect ------------------------------------------------------------------------------


def test_bind_server_here_points_the_client_at_the_server(qtbot: QtBot, pane: Pane) -> None:
    assert pane.clientPortInput.text() == "12345"
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.tab.bind_here(entry("127.0.0.1", 0))  # port 0 stands for smtp's 25 here
    port = pane.tab.server.listening.port
    assert (pane.clientHostInput.text(), pane.clientPortInput.text()) == ("127.0.0.1", str(port))
    qtbot.wait(400)  # the hint's lookup runs and finds nothing to say
    assert not pane.clientHintLabel.isVisible()


def test_connect_client_here_warns_when_no_server_of_this_window_listens(
    qtbot: QtBot, pane: Pane
) -> None:
    port = unused_port()
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.tab.connect_here(entry("127.0.0.1", port))
    text = hint(qtbot, pane, "No server of this window listens on")
    assert f"127.0.0.1:{port}" in text
    qtbot.waitUntil(pane.clientConnectButton.isEnabled, timeout=WAIT)  # refused, as warned


def test_another_port_is_explained_before_connect_with_a_fix(qtbot: QtBot, pane: Pane) -> None:
    address = start_server(qtbot, pane)
    pane.clientPortInput.setText("12345" if address[1] != 12345 else "12346")
    text = hint(qtbot, pane, "This window's server listens on")
    assert text.endswith(f"another port. Use 127.0.0.1:{address[1]}.")
    assert pane.clientUseServerButton.text() == f"Use 127.0.0.1:{address[1]}"
    pane.clientUseServerButton.click()
    assert pane.clientPortInput.text() == str(address[1])
    qtbot.waitUntil(lambda: not pane.clientHintLabel.isVisible(), timeout=WAIT)


needs_ipv6 = pytest.mark.skipif(
    not socket_oracle.ipv6_loopback_works(), reason="no IPv6 loopback on this machine"
)


@needs_ipv6
def test_the_other_ip_version_is_explained(qtbot: QtBot, pane: Pane) -> None:
    address = start_server(qtbot, pane, host="::1")
    pane.clientHostInput.setText("127.0.0.1")
    pane.clientPortInput.setText(str(address[1]))
    text = hint(qtbot, pane, "This window's server listens on")
    assert f"[::1]:{address[1]} only" in text
    assert "the other IP version" in text
    pane.clientUseServerButton.click()
    assert pane.clientHostInput.text() == "::1"


@needs_ipv6
def test_localhost_against_a_server_on_ipv6_loopback(qtbot: QtBot, pane: Pane) -> None:
    """The issue's "server on ::1, client on localhost": what localhost gives decides the hint."""
    address = start_server(qtbot, pane, host="::1")
    pane.clientHostInput.setText("localhost")
    pane.clientPortInput.setText(str(address[1]))
    answers = [i[4][0] for i in socket.getaddrinfo("localhost", address[1], 0, socket.SOCK_STREAM)]
    if answers[0] == "::1":
        qtbot.wait(600)
        assert not pane.clientHintLabel.isVisible()
    elif "::1" in answers:
        assert f"first: that attempt will be refused, then [::1]:{address[1]}" in hint(
            qtbot, pane, "localhost gives"
        )
    else:
        assert "the other IP version" in hint(qtbot, pane, "This window's server listens on")


def test_localhost_giving_ipv6_first_while_the_server_is_on_ipv4(
    qtbot: QtBot, pane: Pane, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the hosts file lists ::1 first; this machine's resolver is stood in for."""
    real = socket.getaddrinfo

    def ipv6_first(host: Any, *args: Any, **kwargs: Any) -> Any:
        answers = real(host, *args, **kwargs)
        if host != "localhost":
            return answers
        port = answers[0][4][1]
        v6 = (socket.AF_INET6, answers[0][1], answers[0][2], "", ("::1", port, 0, 0))
        return [v6, *[a for a in answers if a[0] == socket.AF_INET]]

    monkeypatch.setattr(socket, "getaddrinfo", ipv6_first)
    address = start_server(qtbot, pane)
    pane.clientHostInput.setText("localhost")
    pane.clientPortInput.setText(str(address[1]))
    text = hint(qtbot, pane, "localhost gives [::1]")
    assert text.endswith(
        f"then 127.0.0.1:{address[1]} answers. Use 127.0.0.1:{address[1]} to connect at once."
    )


def test_refused_while_this_window_s_server_listens_elsewhere(qtbot: QtBot, pane: Pane) -> None:
    address = start_server(qtbot, pane)
    port = unused_port()
    pane.clientPortInput.setText(str(port))
    pane.tab.hints.timer.stop()  # the hint before Connect is tested above: only the refusal here
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    text = hint(qtbot, pane, "Nothing listens on")
    assert text == (
        f"Nothing listens on 127.0.0.1:{port}, but this window's server listens on "
        f"127.0.0.1:{address[1]}. Use 127.0.0.1:{address[1]}."
    )
    assert "ECONNREFUSED" in pane.clientStatusLabel.text()


def test_a_refusal_s_hint_goes_once_the_client_connects(qtbot: QtBot, pane: Pane) -> None:
    """The hint is about an earlier attempt: a connection made since ends it."""
    address = start_server(qtbot, pane)
    pane.clientPortInput.setText(str(unused_port()))
    pane.tab.hints.timer.stop()
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    hint(qtbot, pane, "Nothing listens on")
    pane.clientPortInput.blockSignals(True)  # filled as a request fills it: no new check
    pane.clientPortInput.setText(str(address[1]))
    pane.clientPortInput.blockSignals(False)
    pane.clientConnectButton.click()
    client = pane.tab.client_pane.client
    qtbot.waitUntil(lambda: client.state is ClientState.CONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: not pane.clientHintLabel.isVisible(), timeout=WAIT)


# A failed bind ---------------------------------------------------------------------------------


def test_a_port_below_1024_without_privileges(
    qtbot: QtBot, pane: Pane, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests may run as root, who may bind port 80: the refusal is made as the system makes it."""
    bind = socket.socket.bind

    def refuse_low_ports(self: socket.socket, address: Any) -> None:
        if 0 < address[1] < 1024:
            raise PermissionError(errno.EACCES, "Permission denied")
        bind(self, address)

    monkeypatch.setattr(socket.socket, "bind", refuse_low_ports)
    monkeypatch.setattr(platform, "SYSTEM", "posix")
    pane.serverPortInput.setText("80")
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert pane.serverStatusLabel.text().startswith("EACCES")
    assert pane.serverHintLabel.text().startswith("Port 80 is below 1024")
    assert "12345" in pane.serverHintLabel.text()


@pytest.fixture
def holder() -> Iterator[tuple[int, int]]:
    """Another process listening on a loopback port: (its pid, the port)."""
    code = (
        "import socket, sys\n"
        "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()\n"
        "print(s.getsockname()[1], flush=True)\n"
        "sys.stdin.read()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdin is not None
    port = int(process.stdout.readline())
    yield process.pid, port
    process.stdin.close()
    process.wait(10)
    process.stdout.close()


def test_a_port_in_use_names_its_process_where_the_system_can_tell(
    qtbot: QtBot, pane: Pane, holder: tuple[int, int]
) -> None:
    pid, port = holder
    pane.serverPortInput.setText(str(port))
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert pane.serverStatusLabel.text().startswith("EADDRINUSE")
    qtbot.waitUntil(lambda: bool(pane.serverHintLabel.text()), timeout=WAIT)
    if platform.port_owners(port, udp=False) is None:
        assert pane.serverHintLabel.text().startswith("The system cannot tell")
    else:
        assert pane.serverHintLabel.text().startswith(f"Port {port} is held by python")
        assert f"(process {pid})" in pane.serverHintLabel.text()


def test_a_port_in_use_where_the_system_cannot_tell(
    qtbot: QtBot, pane: Pane, holder: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "macos")
    pane.serverPortInput.setText(str(holder[1]))
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    qtbot.waitUntil(lambda: bool(pane.serverHintLabel.text()), timeout=WAIT)
    assert pane.serverHintLabel.text().startswith(
        f"The system cannot tell which program holds port {holder[1]}"
    )


@pytest.mark.parametrize(("winerror", "name"), [(10013, "EACCES"), (10048, "EADDRINUSE")])
def test_windows_bind_errors_are_explained(
    qtbot: QtBot, pane: Pane, monkeypatch: pytest.MonkeyPatch, winerror: int, name: str
) -> None:
    """WinError 10013 and 10048 only happen on Windows: bind() raises them as Windows does."""

    def windows_refuses(self: socket.socket, address: Any) -> None:
        exc = OSError(winerror, "An attempt was made to access a socket in a way forbidden")
        exc.winerror = winerror  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(socket.socket, "bind", windows_refuses)
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    status = pane.serverStatusLabel.text()
    assert status.startswith(f"{name}: ")
    assert f"WinError {winerror}" in status
    assert "0 for any free one" in status
    if name == "EADDRINUSE":
        qtbot.waitUntil(lambda: bool(pane.serverHintLabel.text()), timeout=WAIT)
        assert pane.serverHintLabel.text().startswith("The system cannot tell")
