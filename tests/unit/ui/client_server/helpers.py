"""Helpers for the Client/Server tab's tests: its widgets by contract name, loopback sockets."""

import ast
import contextlib
import socket
from typing import Any

from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.main_window import MainWindow

WAIT = 10_000


class Pane:
    """The tab's widgets, found by their automation names (ui-contract.md)."""

    def __init__(self, window: MainWindow) -> None:
        self.tab = window.tabs.findChild(QWidget, "clientServerTab")
        assert isinstance(self.tab, ClientServerTab)
        window.tabs.setCurrentWidget(self.tab)

    def __getattr__(self, name: str):
        widget = self.tab.findChild(QWidget, name)
        if widget is None:
            raise AttributeError(f"no widget named {name}")
        return widget

    def log_text(self, name: str = "serverLog") -> str:
        model = self.tab.findChild(QTableView, name).model()
        return "\n".join(
            " | ".join(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())
        )

    def rows(self) -> list[list[str]]:
        model = self.tab.findChild(QTableView, "connectionsTable").model()
        return [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]


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
