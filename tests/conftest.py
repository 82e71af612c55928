"""Fixtures for every test; plain Python, so that ``tests/unit/core`` runs without Qt.

The Qt fixtures (private settings, no resolver thread left running) live in
:mod:`tests.qt_fixtures`, used by the conftest of each folder whose tests use Qt.
"""

import logging
import threading
from collections.abc import Iterator
from typing import Literal

import pytest

#: pytest-qt's settings in pyproject.toml, with their types. Where pytest-qt is not
#: installed (CI runs tests/unit/core so, to prove the core needs no Qt) they are declared
#: here instead, so that --strict-config still rejects every key nobody knows.
PYTEST_QT_INI: dict[str, Literal["string", "linelist"]] = {
    "qt_api": "string",
    "qt_log_level_fail": "string",
    "qt_log_ignore": "linelist",
}


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Declare pytest-qt's ini keys when pytest-qt is absent."""
    if pluginmanager.has_plugin("pytest-qt"):
        return
    for name, kind in PYTEST_QT_INI.items():
        parser.addini(name, "pytest-qt's setting, unused: pytest-qt is not installed", kind)


@pytest.fixture(autouse=True)
def no_threads_left() -> Iterator[None]:
    """Fail a test that leaves a Python thread running."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t
        for t in threading.enumerate()
        # a _DummyThread is a thread Python did not start (a QThread that ran Python code)
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]
    assert not leftover, f"threads left running: {leftover}"


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
