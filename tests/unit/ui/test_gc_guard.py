"""Cyclic garbage is collected on the GUI thread, never on a worker's."""

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from netexplorer.ui import gc_guard
from netexplorer.ui.main_window import MainWindow


class Cycle:
    """An object in a reference cycle that records the thread that finalises it."""

    finalised_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.finalised_on.append(threading.get_ident())


def test_a_window_moves_collection_to_the_gui_thread(window: MainWindow, qtbot: QtBot) -> None:
    del window
    assert not gc.isenabled()
    Cycle.finalised_on = []

    kept: list[list[object]] = []  # alive until the end: collections are due by count

    def allocate_a_lot() -> None:
        Cycle()  # garbage in a cycle, made on the worker
        kept.extend([object()] for _ in range(100_000))  # would trigger a collection here

    worker = threading.Thread(target=allocate_a_lot)
    worker.start()
    worker.join()
    assert Cycle.finalised_on == []  # the worker did not collect it
    collector = gc_guard.MainThreadCollector()
    collector.check()  # what the timer does on the GUI thread
    qtbot.waitUntil(lambda: Cycle.finalised_on != [], timeout=5000)
    assert Cycle.finalised_on == [threading.get_ident()]
    collector.deleteLater()
    kept.clear()


def test_install_is_idempotent(window: MainWindow) -> None:
    del window
    gc_guard.install()
    gc_guard.install()
    app = QCoreApplication.instance()
    assert app is not None
    assert len(app.findChildren(gc_guard.MainThreadCollector)) == 1
