"""The connections table follows the server's change notification, not the log."""

import socket

from pytestqt.qtbot import QtBot

from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server


def test_the_table_refreshes_while_the_log_shows_nothing(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    log = pane.tab.server_pane.log
    log.timer.setInterval(3_600_000)  # the log keeps collecting but shows nothing more
    log.timer.stop()
    rows_shown = log.model.rowCount()
    s = socket.create_connection(address)
    sockets.append(s)
    qtbot.waitUntil(lambda: len(pane.rows()) == 1, timeout=WAIT)
    assert pane.rows()[0][1] == "open"
    assert log.model.rowCount() == rows_shown
    assert log.pending  # the accept event is still waiting for the log
    s.close()
    qtbot.waitUntil(lambda: pane.rows()[0][1] == "closed", timeout=WAIT)
    assert log.model.rowCount() == rows_shown
