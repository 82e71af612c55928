"""Helpers for the Client/Server view's tests: its widgets by automation name, loopback sockets."""

import ast
import contextlib
import socket
from typing import Any

from pytestqt.qtbot import QtBot

from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.main_window import MainWindow
from tests.pages import Page, rows

WAIT = 10_000


class Pane(Page):
    """The Client/Server view's widgets, found by their automation names."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "clientServerTab")
        assert isinstance(self.page, ClientServerTab)
        self.tab: ClientServerTab = self.page

    def log_text(self, name: str = "serverLog") -> str:
        return self.table_text(name)

    def rows(self) -> list[list[str]]:
        return [list(row) for row in rows(self.page, "connectionsTable")]


def start_server(
    qtbot: QtBot, pane: Pane, host: str = "127.0.0.1", port: str = "0"
) -> tuple[Any, ...]:
    pane.serverHostInput.setText(host)
    pane.serverPortInput.setText(port)
    with qtbot.waitSignal(pane.tab.serverResolved, timeout=WAIT):
        pane.serverStartButton.click()
    assert pane.tab.server.running, pane.serverStatusLabel.text()
    address: tuple[Any, ...] = ast.literal_eval(pane.serverAddressLabel.text())
    return address


def recv_until(qtbot: QtBot, s: socket.socket, expected: bytes) -> None:
    s.setblocking(False)
    got = bytearray()

    def arrived() -> None:
        with contextlib.suppress(BlockingIOError):
            got.extend(s.recv(65536))
        assert bytes(got) == expected

    qtbot.waitUntil(arrived, timeout=WAIT)
