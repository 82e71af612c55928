"""The source line of the Host and getaddrinfo views: hosts file, DNS or numeric, never guessed."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from netexplorer.core import platform
from netexplorer.core.results import AddrInfo, Call, HostEx, Outcome
from netexplorer.core.sources import SourceReport, SystemAnswer
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.source_label import answers_from, report_text
from tests.unit.ui import fakes


def source(page: QLabel | object) -> str:
    return str(fakes.child(page, QLabel, "sourceLabel").text())  # type: ignore[arg-type]


@pytest.fixture
def hosts_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "hosts"
    path.write_text("127.0.0.1 localhost\n127.0.1.1 myhost.example myhost\n")
    monkeypatch.setattr(platform, "hosts_file", lambda: path)
    return path


def test_the_host_view_says_the_hosts_file_answered(
    window: MainWindow, qtbot: QtBot, hosts_file: Path
) -> None:
    page = window.view(HostTab)
    fakes.child(page, QLineEdit, "hostInput").setText("localhost")
    with qtbot.waitSignal(page.source_label.traced, timeout=10_000):
        fakes.look_up(qtbot, page)
    assert source(page) == f"localhost: hosts file {hosts_file} line 1: 127.0.0.1 localhost."


def test_numeric_addresses_need_no_lookup(window: MainWindow, qtbot: QtBot) -> None:
    page = window.view(AddrinfoTab)
    fakes.child(page, QLineEdit, "hostInput").setText("127.0.0.1")
    with qtbot.waitSignal(page.source_label.traced, timeout=10_000):
        fakes.look_up(qtbot, page)
    assert source(page) == "127.0.0.1: numeric: no lookup."


def test_ai_numerichost_forbids_a_lookup(window: MainWindow, qtbot: QtBot) -> None:
    page = window.view(AddrinfoTab)
    fakes.child(page, QLineEdit, "hostInput").setText("not-numeric.example")
    fakes.child(page, QCheckBox, "AI_NUMERICHOST").setChecked(True)
    with qtbot.waitSignal(page.source_label.traced, timeout=10_000):
        fakes.look_up(qtbot, page)
    assert "AI_NUMERICHOST: no lookup" in source(page)


def test_an_empty_host_is_no_lookup_and_python_gives_the_wildcard(
    window: MainWindow, qtbot: QtBot
) -> None:
    """gethostbyname('') is 0.0.0.0 from Python itself: DNS is neither asked nor blamed."""
    page = window.view(HostTab)
    fakes.child(page, QLineEdit, "hostInput").setText("")
    with qtbot.waitSignal(page.source_label.traced, timeout=10_000):
        fakes.look_up(qtbot, page)
    text = source(page)
    assert text.startswith("'' (an empty name): no name is looked up.")
    assert "0.0.0.0 (INADDR_ANY)" in text
    assert "DNS" not in text
    assert "hosts file" not in text


def test_a_failed_input_clears_the_line(window: MainWindow, qtbot: QtBot) -> None:
    page = window.view(HostTab)
    fakes.child(page, QLineEdit, "hostInput").setText("a b")
    fakes.look_up(qtbot, page)
    assert source(page) == ""


def test_answers_from_every_name_call() -> None:
    zero = AddrInfo(2, 1, 6, "", ("192.0.2.7", 80))
    outcomes = (
        Outcome(Call("gethostname"), "myhost"),
        Outcome(Call("gethostbyname", ("myhost",)), "192.0.2.7"),
        Outcome(Call("gethostbyname_ex", ("myhost",)), HostEx("myhost", (), ("192.0.2.7",))),
        Outcome(Call("getaddrinfo", ("other", 80)), (zero,)),
        Outcome(Call("getaddrinfo", (None, 80)), (zero,)),
    )
    assert answers_from(outcomes) == (
        SystemAnswer("myhost", ("192.0.2.7",)),
        SystemAnswer("myhost", ("192.0.2.7",)),
        SystemAnswer("other", ("192.0.2.7",)),
    )


def test_disagreement_is_said() -> None:
    report = SourceReport("myhost", "dns", unexplained=("10.0.0.5",), order="files myhostname dns")
    text = report_text(report)
    assert "10.0.0.5, which neither the hosts file nor DNS gave" in text
    assert "hosts: files myhostname dns" in text
