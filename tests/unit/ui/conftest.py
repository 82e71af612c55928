"""GUI fixtures: a main window whose resolver pool is shut down after the test."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.workers import ResolverPool


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """Return a shown main window; its worker threads must all stop at the end."""
    pool = ResolverPool()
    main = MainWindow(pool)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    assert pool.shutdown(5000), "a worker thread did not stop"
