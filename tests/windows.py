"""The main window as GUI tests use it: shown, and every worker thread stopped after."""

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.workers import ResolverPool


def shown_window(qtbot: QtBot, shutdown_ms: int) -> Iterator[MainWindow]:
    """Yield a shown main window; fail if its threads do not stop within ``shutdown_ms``."""
    pool = ResolverPool()
    main = MainWindow(pool)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.setupFinished, timeout=10_000):
        main.show()
    yield main
    main.close()
    assert pool.shutdown(shutdown_ms), "a resolver thread did not stop"
