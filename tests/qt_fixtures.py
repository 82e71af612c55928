"""Autouse fixtures for tests that use Qt: private settings, no resolver thread left running.

A conftest imports them (``from tests.qt_fixtures import *``) for the folder whose
tests need them; ``tests/unit/core`` must never, so that it runs without PySide6.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from netexplorer.ui import settings, workers

__all__ = ["no_resolver_threads_left", "private_settings"]


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """Point QSettings and the data folder at temporary folders: no test touches the real profile."""
    QCoreApplication.setOrganizationName("netexplorer-tests")
    QCoreApplication.setApplicationName("netexplorer-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    settings.set_data_dir(tmp_path / "data")
    yield
    QSettings().clear()
    settings.set_data_dir(None)


@pytest.fixture(autouse=True)
def no_resolver_threads_left() -> Iterator[None]:
    """Fail a test that leaves a resolver pool with threads running, or one blocked.

    It runs its check before the root conftest's ``no_threads_left`` checks Python threads.
    """
    yield
    running = [pool for pool in list(workers.ResolverPool.instances) if pool.thread_count > 0]
    for pool in running:  # stop them so one failure does not cascade
        pool.shutdown(2000)
    assert not running, f"{len(running)} resolver pool(s) left with threads running"
    assert not workers._STUCK, "a resolver thread was left blocked"
