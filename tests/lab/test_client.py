"""The client pane connects by a lab DNS name with several addresses, trying them in order."""

from __future__ import annotations

import re
import socket

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from tests.lab import gui, zone

pytestmark = pytest.mark.lab

CONNECT = re.compile(r"connect\(\('([^']+)'")


def log_rows(page: QWidget) -> list[tuple[str, ...]]:
    view = gui.child(page, QTableView, "clientLog")
    model = view.model()
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_client_tries_each_address_in_order(qtbot, window, lab):
    with socket.socket() as listener:
        listener.bind((zone.SERVERS_A[-1], 0))  # only the last address has a server
        listener.listen()
        port = listener.getsockname()[1]
        order = [i[4][0] for i in socket.getaddrinfo(zone.SERVERS, port, 0, socket.SOCK_STREAM)]
        assert sorted(order) == sorted(zone.SERVERS_A)
        assert order[-1] == zone.SERVERS_A[-1], "the lab's zone order puts the server last"

        page = gui.view(window, "clientServerTab")
        combo = gui.child(page, QComboBox, "transportCombo")
        combo.setCurrentIndex(combo.findText("TCP"))
        gui.child(page, QLineEdit, "clientHostInput").setText(zone.SERVERS)
        gui.child(page, QLineEdit, "clientPortInput").setText(str(port))
        gui.child(page, QPushButton, "clientConnectButton").click()
        peer = gui.child(page, QLabel, "clientPeerLabel")
        qtbot.waitUntil(lambda: zone.SERVERS_A[-1] in peer.text(), timeout=10_000)

        conn, address = listener.accept()
        with conn:
            local = gui.child(page, QLabel, "clientLocalLabel").text()
            assert address[0] in local
            assert str(address[1]) in local

    rows = log_rows(page)
    attempts = [
        m.group(1) for row in rows if (m := CONNECT.search(" ".join(row))) and "attempt" in row
    ]
    assert attempts == order
    refused = [
        m.group(1)
        for row in rows
        if (m := CONNECT.search(" ".join(row))) and "ECONNREFUSED" in " ".join(row)
    ]
    assert refused == order[:-1]
    assert {q.name for q in lab.queries} == {zone.SERVERS}
