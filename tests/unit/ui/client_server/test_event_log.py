"""The panes' logs: bounded under a flood of events."""

import time

from netexplorer.core import engine
from netexplorer.ui.client_server.event_log import LOG_LIMIT, ROWS_PER_FLUSH
from tests.unit.ui.client_server.helpers import Pane


def test_the_log_stays_bounded_under_a_flood(pane: Pane) -> None:
    log = pane.tab.server_pane.log
    for n in range(25_000):  # far more than one batch shows
        log.add(engine.Event(time.time(), engine.Kind.INFO, n))
    log.flush()
    assert pane.tab.server_pane.log.model.rowCount() == ROWS_PER_FLUSH
    assert "not shown" in pane.log_text().splitlines()[0]
    assert pane.log_text().splitlines()[-1].split(" | ")[2] == "24999"  # the newest are kept
    for _ in range(2 * LOG_LIMIT // ROWS_PER_FLUSH):
        for n in range(ROWS_PER_FLUSH):
            log.add(engine.Event(time.time(), engine.Kind.INFO, n))
        log.flush()
    assert pane.tab.server_pane.log.model.rowCount() == LOG_LIMIT
