"""The view registry: one list from which the window, the self-test and shutdown are made."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netexplorer import selftest
from netexplorer.core.results import AddrInfo
from netexplorer.ui import registry
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.requests import BindServer, ConnectClient, LookUpHost
from netexplorer.ui.view import StepResult, ViewPage, ViewParts, ViewSpec
from netexplorer.ui.workers import ResolverPool
from tests.windows import shown_window


class ThrowawayView(ViewPage):
    """A view that exists only in this test."""

    shutdowns = 0

    def __init__(self, pool: ResolverPool) -> None:
        super().__init__()
        self.pool = pool
        self.label = QLabel("throwaway")
        self.label.setObjectName("throwawayLabel")
        QVBoxLayout(self).addWidget(self.label)

    def shutdown(self) -> None:
        ThrowawayView.shutdowns += 1


def throwaway_step(page: ThrowawayView) -> StepResult:
    return StepResult("throwaway", True, 0.0, 1, page.label.text())


VIEW = ViewParts(ThrowawayView, throwaway_step)


@pytest.fixture
def with_throwaway(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = ViewSpec("throwawayTab", "&Throwaway", __name__)
    monkeypatch.setattr(registry, "VIEWS", [*registry.VIEWS, spec])
    ThrowawayView.shutdowns = 0


def test_the_window_has_one_tab_per_view_in_registry_order(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "tabs")
    names = [tabs.widget(index).objectName() for index in range(tabs.count())]
    assert names == [spec.name for spec in registry.VIEWS]
    assert names[:5] == [
        "hostTab",
        "reverseTab",
        "protoServiceTab",
        "addrinfoTab",
        "clientServerTab",
    ]


def test_a_throwaway_view_reaches_the_window_the_self_test_and_shutdown(
    with_throwaway: None, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    del with_throwaway
    windows = shown_window(qtbot, 5000)
    window = next(windows)
    tabs = window.findChild(QTabWidget, "tabs")
    slot = tabs.findChild(QWidget, "throwawayTab")
    assert slot is not None
    assert tabs.tabText(tabs.indexOf(slot)) == "&Throwaway"
    assert slot.findChild(QLabel, "throwawayLabel") is None  # built when first made current
    tabs.setCurrentWidget(slot)
    page = slot.findChild(QLabel, "throwawayLabel").parent()
    assert isinstance(page, ThrowawayView)

    assert selftest.run(window) == 0
    steps = json.loads(capsys.readouterr().out)["steps"]
    assert [step["name"] for step in steps][-1] == "throwaway"
    assert steps[-1]["detail"] == "throwaway"

    assert ThrowawayView.shutdowns == 0
    next(windows, None)  # closes the window and stops its pool
    assert ThrowawayView.shutdowns == 1


def test_open_in_getaddrinfo_is_a_request_the_main_window_carries_out(
    window: MainWindow, qtbot: QtBot
) -> None:
    addrinfo = window.view(AddrinfoTab)
    with qtbot.waitSignal(addrinfo.lookupFinished, timeout=10_000):
        window.carry_out(LookUpHost("localhost"))
    assert window.current_view() is addrinfo
    assert addrinfo.host_input.text() == "localhost"
    assert addrinfo.addrinfo_model.rowCount() > 0


def test_requests_name_the_view_that_handles_them(window: MainWindow) -> None:
    entry = AddrInfo(2, 1, 6, "", ("127.0.0.1", 1))
    for request, kind in (
        (LookUpHost("localhost"), AddrinfoTab),
        (BindServer(entry), ClientServerTab),
        (ConnectClient(entry), ClientServerTab),
    ):
        assert isinstance(window.view_named(request.target), kind)


def test_the_independence_contract_names_every_view_of_the_registry() -> None:
    """lint-imports keeps views from importing each other only if it knows every view."""
    config = tomllib.loads((Path(__file__).parents[3] / "pyproject.toml").read_text())
    contracts = config["tool"]["importlinter"]["contracts"]
    independent = next(c["modules"] for c in contracts if c["type"] == "independence")
    assert set(independent) == {spec.module for spec in registry.VIEWS}


STARTUP = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
from netexplorer.ui.main_window import MainWindow
painted = []
paint = MainWindow.paintEvent
def first_paint(window, event):
    if not painted:
        painted.append(sorted(sys.modules))
    paint(window, event)
MainWindow.paintEvent = first_paint
window = MainWindow()
window.setupFinished.connect(app.quit)
QTimer.singleShot(10_000, app.quit)
window.show()
app.exec()
history = window.findChild(QTableView, "historyView")
from PySide6.QtGui import QAction
zoom = window.findChild(QAction, "zoomInAction")
window.sessions.forget_this_session()
window.close()
print(json.dumps({"painted": painted[0], "set_up": window.set_up,
                  "history": history is not None, "zoom": zoom is not None}))
"""


def test_the_first_paint_imports_the_first_view_alone_and_the_rest_follows(
    tmp_path: Path,
) -> None:
    """Other views, dnspython and the session's commands wait until after the first paint."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(Path(__file__).parents[3]),
    }
    result = subprocess.run(
        [sys.executable, "-c", STARTUP],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    modules = set(report["painted"])
    first, *others = registry.VIEWS
    assert first.module in modules
    assert [spec.module for spec in others if spec.module in modules] == []
    assert not {name for name in modules if name == "dns" or name.startswith("dns.")}
    # what only an action needs waits for one
    waiting = {
        "netexplorer.ui.session_actions",
        "netexplorer.ui.report",
        "netexplorer.ui.examples",
        "netexplorer.core.session",
        "netexplorer.core.codegen",
        "netexplorer.core.parsing",
        "netexplorer.core.diagnosis",
        "netexplorer.core.lecture",
        "netexplorer.core.flags",
        "netexplorer.core.errors",
    }
    assert waiting.isdisjoint(modules), waiting & modules
    assert report["set_up"]
    assert report["history"]  # the history's contents came right after the paint
    assert report["zoom"]  # and the menus' commands
