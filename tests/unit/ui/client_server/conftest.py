"""Fixtures for the Client/Server tab: the tab shown, and plain sockets closed after."""

import socket
from collections.abc import Iterator

import pytest

from netexplorer.ui.main_window import MainWindow
from tests.unit.ui.client_server.helpers import Pane


@pytest.fixture
def pane(window: MainWindow) -> Pane:
    return Pane(window)


@pytest.fixture
def sockets() -> Iterator[list[socket.socket]]:
    """Plain sockets a test opens; all closed at the end."""
    opened: list[socket.socket] = []
    yield opened
    for s in opened:
        s.close()
