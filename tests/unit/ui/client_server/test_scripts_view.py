"""The generated scripts, run as pasted in a subprocess, talk to the other pane (loopback only)."""

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests import socket_oracle
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server

#: The most a script may run; it is killed after that.
SCRIPT_TIMEOUT_S = 30
MESSAGE = "Client: I received your msg"

HOSTS = [
    pytest.param("127.0.0.1", id="IPv4"),
    pytest.param(
        "::1",
        id="IPv6",
        marks=pytest.mark.skipif(
            not socket_oracle.ipv6_loopback_works(), reason="no IPv6 loopback on this machine"
        ),
    ),
]


class Script:
    """A generated script running in a subprocess, its output collected as it comes."""

    def __init__(self, text: str) -> None:
        assert "127.0.0.1" in text or "::1" in text  # loopback only
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-c", text],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def printed(self, text: str) -> bool:
        return any(text in line for line in self.lines)

    def finish(self, qtbot: QtBot) -> int:
        """Let the window run until the script ends (killed past the timeout); its exit code."""
        try:
            qtbot.waitUntil(
                lambda: self.process.poll() is not None, timeout=SCRIPT_TIMEOUT_S * 1000
            )
        finally:
            self.stop()
        return self.process.returncode

    def stop(self) -> None:
        """Kill the script if it still runs, and collect its output."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.reader.join()
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def scripts() -> Iterator[list[Script]]:
    running: list[Script] = []
    yield running
    for script in running:
        script.stop()


def free_port(host: str, kind: socket.SocketKind) -> int:
    """Return a port nothing on ``host`` uses now (the system's choice for port 0)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, kind) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
    return port


def use_transport(pane: Pane, transport: str) -> socket.SocketKind:
    pane.transportCombo.setCurrentText(transport)
    return socket.SOCK_STREAM if transport == "TCP" else socket.SOCK_DGRAM


@pytest.mark.parametrize("transport", ["TCP", "UDP"])
@pytest.mark.parametrize("host", HOSTS)
def test_the_server_script_is_reached_by_the_client_pane(
    qtbot: QtBot, pane: Pane, scripts: list[Script], host: str, transport: str
) -> None:
    port = str(free_port(host, use_transport(pane, transport)))
    for side in ("server", "client"):
        getattr(pane, f"{side}HostInput").setText(host)
        getattr(pane, f"{side}PortInput").setText(port)
    pane.clientMessageInput.setText(MESSAGE)
    script = Script(pane.serverCodeView.toPlainText())
    scripts.append(script)
    qtbot.waitUntil(lambda: script.printed(f"'{host}', {port}"), timeout=WAIT)  # bound
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    if transport == "TCP":
        qtbot.waitUntil(lambda: "'Server: Hello'" in pane.log_text("clientLog"), timeout=WAIT)
    qtbot.waitUntil(pane.clientSendButton.isEnabled, timeout=WAIT)
    pane.clientSendButton.click()
    qtbot.waitUntil(lambda: "'Server: Hello'" in pane.log_text("clientLog"), timeout=WAIT)
    assert script.finish(qtbot) == 0, script.lines
    assert script.printed(MESSAGE)


@pytest.mark.parametrize("transport", ["TCP", "UDP"])
@pytest.mark.parametrize("host", HOSTS)
def test_the_client_script_reaches_the_server_pane(
    qtbot: QtBot, pane: Pane, scripts: list[Script], host: str, transport: str
) -> None:
    use_transport(pane, transport)
    address = start_server(qtbot, pane, host=host)
    pane.clientHostInput.setText(host)
    pane.clientPortInput.setText(str(address[1]))
    pane.clientMessageInput.setText(MESSAGE)
    script = Script(pane.clientCodeView.toPlainText())
    scripts.append(script)
    assert script.finish(qtbot) == 0, script.lines
    assert script.printed("Server: Hello")
    qtbot.waitUntil(lambda: repr(MESSAGE) in pane.log_text("serverLog"), timeout=WAIT)
    # the script's socket is outside this window: the diagram gives it its own lifeline
    roles = [line.role.value for line in pane.tab.conversation.snapshot().lifelines]
    assert "outside" in roles


def test_the_scripts_follow_the_panes(pane: Pane) -> None:
    pane.serverPortInput.setText("smtp")
    assert "socket.getaddrinfo('127.0.0.1', 'smtp', 0, socket.SOCK_STREAM" in (
        pane.serverCodeView.toPlainText()
    )
    pane.serverGreetingInput.setText("Bonjour")
    assert "conn.send('Bonjour'.encode())" in pane.serverCodeView.toPlainText()
    pane.serverEchoCheck.setChecked(True)
    assert "print(s.recv(1024).decode())" in pane.clientCodeView.toPlainText()  # the echo
    pane.transportCombo.setCurrentText("UDP")
    assert "s.recvfrom(65536)" in pane.serverCodeView.toPlainText()
    assert "s.sendto('Client: I received your msg'.encode(), info[4])" in (
        pane.clientCodeView.toPlainText()
    )
    pane.clientUdpConnectCheck.setChecked(True)
    assert "s.connect(info[4])" in pane.clientCodeView.toPlainText()
    pane.clientPortInput.setText("70000")
    assert pane.clientCodeView.toPlainText().startswith("# InputError")
    assert pane.serverCodeView.isReadOnly()
    pane.serverCopyCodeButton.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == pane.serverCodeView.toPlainText()
