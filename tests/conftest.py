"""Fixtures for every test: private settings, and no thread left running."""

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from netexplorer.ui import workers


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """Point QSettings at a temporary folder so no test touches the real profile."""
    QCoreApplication.setOrganizationName("netexplorer-tests")
    QCoreApplication.setApplicationName("netexplorer-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_threads_left() -> Iterator[None]:
    """Fail a test that leaves a Python thread or a resolver thread running."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]
    running = [pool for pool in list(workers.ResolverPool.instances) if pool.thread_count > 0]
    for pool in running:  # stop them so one failure does not cascade
        pool.shutdown(2000)
    assert not leftover, f"threads left running: {leftover}"
    assert not running, f"{len(running)} resolver pool(s) left with threads running"
    assert not workers._STUCK, "a resolver thread was left blocked"


@pytest.fixture(autouse=True)
def no_internal_errors(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Fail a test during which netexplorer logged an error (a bug), unless it expects one."""
    yield
    if request.node.get_closest_marker("internal_error"):
        return
    errors = [
        record
        for record in caplog.get_records("call")
        if record.levelno >= logging.ERROR and record.name.startswith("netexplorer")
    ]
    assert not errors, "netexplorer logged an error: " + "; ".join(
        record.getMessage() for record in errors
    )
