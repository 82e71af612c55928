"""The resolver view: read off the GUI thread, a reason for every part that cannot be read."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.core import platform
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.resolver_tab import ResolverTab, self_test
from tests.unit.ui import fakes


def refresh(qtbot: QtBot, page: ResolverTab) -> list[tuple[str, ...]]:
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        fakes.child(page, QPushButton, "refreshButton").click()
    model = fakes.child(page, QTableView, "contextTable").model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_a_missing_file_says_why_and_the_rest_still_shows(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "hosts_file", lambda: tmp_path / "hosts")
    page = window.view(ResolverTab)
    rows = refresh(qtbot, page)
    [hosts] = [row for row in rows if row[0] == "hosts file"]
    assert hosts[1].startswith("ENOENT: ")
    assert hosts[2] == str(tmp_path / "hosts")
    assert any(row[0] == "host name" and row[2] == "socket.gethostname()" for row in rows)
    status = fakes.child(page, QLabel, "contextStatusLabel").text()
    assert "could not be read" in status


def test_the_rule_of_ai_addrconfig_is_stated(window: MainWindow, qtbot: QtBot) -> None:
    rows = refresh(qtbot, window.view(ResolverTab))
    addrconfig = [row for row in rows if row[0].endswith("configured for AI_ADDRCONFIG")]
    assert [row[0].split()[0] for row in addrconfig] == ["IPv4", "IPv6"]
    assert all(row[2] == platform.addrconfig_rule() for row in addrconfig)


def test_the_self_test_step(window: MainWindow, qtbot: QtBot) -> None:
    page = window.view(ResolverTab)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    result = self_test(page)
    assert result.ok
    assert result.name == "resolver"
    assert result.rows > 5
