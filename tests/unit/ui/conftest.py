"""GUI fixtures: Qt's autouse fixtures, and a main window whose resolver pool is shut down."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from netexplorer.ui.main_window import MainWindow
from tests.qt_fixtures import *  # noqa: F403 - the autouse Qt fixtures for these tests
from tests.windows import shown_window


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """Return a shown main window; its worker threads must all stop at the end."""
    yield from shown_window(qtbot, 5000)
