import socket

from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.main_window import MainWindow


def test_host_lookup_of_localhost_shows_the_socket_answer(window: MainWindow, qtbot: QtBot) -> None:
    host_tab = window.tabs.findChild(QWidget, "hostTab")
    host_tab.findChild(QLineEdit, "hostInput").setText("localhost")
    with qtbot.waitSignal(window.view(HostTab).lookupFinished, timeout=10_000):
        host_tab.findChild(QPushButton, "lookupButton").click()
    model = host_tab.findChild(QTableView, "resultsTable").model()
    cells = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert socket.gethostbyname("localhost") in cells
