"""Exercises, the last session, export and the report, through the window's actions."""

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from netexplorer.app import start_session
from netexplorer.core.session import Session
from netexplorer.core.session_read import read
from netexplorer.core.session_write import write_session
from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.i18n import install_translators
from netexplorer.ui.lookup_record import call_text
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.report import report_html, write_report
from netexplorer.ui.session_actions import last_session_path, lecture_exercise
from netexplorer.ui.workers import ResolverPool
from tests import session_samples
from tests.pages import line, look_up, lookup_view, rows, status
from tests.unit.ui.test_sessions import choose_file, history, three_lookups, wait_rows


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def trigger(window: MainWindow, name: str) -> None:
    found = window.findChild(QAction, name)
    assert found is not None, name
    found.trigger()


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is missing: apt-get install poppler-utils (.ci/run installs it)"
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# The lecture exercise ----------------------------------------------------------------


def test_each_lecture_step_is_the_call_its_view_makes_from_its_inputs(window: MainWindow) -> None:
    exercise = lecture_exercise()
    assert exercise.kind == "exercise"
    assert all(step.todo for step in exercise.history)
    for step in exercise.history:
        page = window.view_named(step.view)
        if isinstance(page, LookupTab) and step.action == "lookup":
            page.set_inputs(step.inputs)
            assert call_text(tuple(lookup.call for lookup in page.plan())) == step.call
    calls = "\n".join(step.call for step in exercise.history)
    for lecture in ("socket.gethostname()", "socket.gethostbyname('cern.ch')",
                    "socket.gethostbyaddr('127.0.0.1')", "socket.getprotobyname('UDP')",
                    "socket.getservbyname('www')", "socket.getservbyport(80)",
                    "'kernel.org', 'ftp', socket.AF_INET, socket.SOCK_STREAM, 0, "
                    "socket.AI_ADDRCONFIG | socket.AI_V4MAPPED",
                    "server.bind(('127.0.0.1', 12345))", "client.connect(('127.0.0.1', 12345))"):  # fmt: skip
        assert lecture in calls


def test_opening_the_lecture_lists_steps_to_do_and_running_one_fills_it_in(
    window: MainWindow, qtbot: QtBot
) -> None:
    lecture = next(a for a in window.help_menu.actions() if a.text() == "&Lecture exercise")
    lecture.trigger()
    steps = len(lecture_exercise().history)
    wait_rows(qtbot, window, steps)
    assert {row[3] for row in history(window)} == {"to do"}
    udp = next(n for n, row in enumerate(history(window)) if "getprotobyname('UDP')" in row[2])
    view = window.findChild(QTableView, "historyView")
    view.selectRow(udp)
    proto = lookup_view(window, "protoServiceTab")
    assert window.current_view() is proto
    assert line(proto, "protocolInput").text() == "UDP"
    assert status(proto) == "Exercise step to do: press Look up to run it."
    look_up(qtbot, proto)
    qtbot.waitUntil(lambda: history(window)[udp][3] != "to do", timeout=5000)
    assert len(history(window)) == steps
    assert history(window)[udp][3].startswith("1 row in ")
    assert window.sessions.model.todo_count() == steps - 1


# The last session ---------------------------------------------------------------------


def test_the_session_is_kept_on_close_and_offered_never_loaded_silently(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = ResolverPool()
    first = MainWindow(pool)
    qtbot.addWidget(first)
    try:
        three_lookups(first, qtbot)
        kept = history(first)
        first.close()
        assert read(last_session_path()).history[0].view == "hostTab"
        answers: list[str] = []

        def ask(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
            answers.append(f"{title} {text}")
            return reply

        monkeypatch.setattr(QMessageBox, "question", ask)
        for reply, expected in ((QMessageBox.StandardButton.No, []),  # noqa: B007 - ask() reads it
                                (QMessageBox.StandardButton.Yes, kept)):  # fmt: skip
            second = MainWindow(pool)
            qtbot.addWidget(second)
            sessions = second.sessions  # a window never shown builds them when asked
            assert history(second) == []  # nothing before the question is answered
            sessions.offer_last()
            assert history(second) == expected
            second.sessions.dirty = False  # closing must not overwrite the kept session
            second.close()
        assert answers[0].startswith("Continue where you left off? netexplorer kept your last")
        assert "(3 actions)" in answers[0]
    finally:
        assert pool.shutdown(5000)


def test_the_autosave_timer_keeps_a_changed_session(window: MainWindow, qtbot: QtBot) -> None:
    three_lookups(window, qtbot)
    assert not last_session_path().exists()
    window.sessions.autosave_timer.timeout.emit()
    assert len(read(last_session_path()).history) == 3
    assert not window.sessions.dirty


# Export and report --------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".json", ".md", ""])
def test_export_writes_the_current_views_table_by_suffix(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suffix: str
) -> None:
    three_lookups(window, qtbot)
    page = lookup_view(window, "addrinfoTab")
    shown = rows(page)
    choose_file(monkeypatch, "getSaveFileName", tmp_path / f"results{suffix}")
    trigger(window, "exportResultsAction")
    written = tmp_path / f"results{suffix or '.csv'}"
    data = written.read_bytes()
    if suffix in (".csv", ""):
        table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert [tuple(row) for row in table[1:]] == shown
    elif suffix == ".json":
        assert [tuple(row) for row in json.loads(data)["rows"]] == shown
    else:
        assert len(data.decode().splitlines()) == 2 + len(shown)


def test_the_report_holds_every_call_and_row_and_asks_the_name_once(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    three_lookups(window, qtbot)
    names: list[str] = []

    def ask_name(*args: object) -> tuple[str, bool]:
        names.append("asked")
        return "Ada Lovelace", True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", ask_name)
    for suffix in (".pdf", ".html"):
        choose_file(monkeypatch, "getSaveFileName", tmp_path / f"report{suffix}")
        trigger(window, "saveReportAction")
    assert names == ["asked"]
    text = pdf_text(tmp_path / "report.pdf")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Ada Lovelace" in text
    assert "Ada Lovelace" in html
    for entry in window.sessions.model.entries():
        for call in entry.call.splitlines():
            assert call in " ".join(text.split()) or call.replace(" ", "") in "".join(text.split())
        for row in entry.table.rows:
            for cell in row:
                assert cell in text or cell.replace(" ", "") in "".join(text.split()), cell


def test_a_right_to_left_report_is_marked_rtl_and_keeps_its_text(tmp_path: Path) -> None:
    sample = session_samples.typical()
    html = report_html(sample, Qt.LayoutDirection.RightToLeft, "ar")
    assert '<html lang="ar" dir="rtl">' in html
    assert '<body dir="rtl">' in html
    assert '<pre dir="ltr">' in html  # code reads left to right inside the RTL page
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        write_report(sample, tmp_path / "rtl.pdf")
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    text = pdf_text(tmp_path / "rtl.pdf")
    assert "socket.gethostbyname('localhost')" in text
    assert "127.0.0.1" in text
    assert "Lab 1" in text


def test_report_escapes_what_came_from_outside() -> None:
    sample = Session(title="<b>x</b>", student="<script>alert(1)</script>")
    html = report_html(sample, Qt.LayoutDirection.LeftToRight, "en")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


# The Client/Server view's milestones ----------------------------------------------------


def test_server_start_and_stop_appear_with_their_addresses(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.view(ClientServerTab)
    tab.server_pane.port_input.setText("0")
    tab.start_server()
    qtbot.waitUntil(lambda: tab.server.running, timeout=5000)
    port = tab.server.listening.port if tab.server.listening else 0
    tab.stop_server()
    wait_rows(qtbot, window, 2)
    shown = history(window)
    assert shown[0][1:3] == ("Client/Server", "server.bind(('127.0.0.1', 0)); server.listen()")
    assert shown[0][3] == f"server bound: getsockname() = ('127.0.0.1', {port})"
    assert shown[1][2:] == ("server.close()", "server stopped")
    window.findChild(QTableView, "historyView").selectRow(0)
    assert tab.server_pane.status_label.text().startswith("From history, ")
    assert not tab.server.running  # showing an entry starts nothing


def test_a_start_or_connect_that_fails_before_any_socket_call_is_in_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A refused input, or getaddrinfo's error, is an action of the view like a refused connect."""
    tab = window.view(ClientServerTab)
    tab.server_pane.port_input.setText("99999")
    tab.start_server()
    tab.client_pane.port_input.setText("no-such-service-here")
    tab.connect_client()
    wait_rows(qtbot, window, 2)
    first, second = history(window)
    assert first[1:] == ("Client/Server", "", "server: InputError")
    assert second[1] == "Client/Server"
    assert second[2].startswith("socket.getaddrinfo('127.0.0.1', 'no-such-service-here'")
    assert second[3] in ("client: EAI_SERVICE", "client: EAI_NONAME")
    assert [entry.action for entry in window.sessions.model.entries()] == [
        "serverStart",
        "clientConnect",
    ]


# Opening arbitrary bytes ---------------------------------------------------------------


@given(data=st.binary(max_size=300))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_opening_arbitrary_bytes_is_refused_and_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data: bytes
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))
    before = (history(window), window.sessions.path)
    path = tmp_path / "any.netexplorer.json"
    path.write_bytes(data)
    assert not window.sessions.open_file(path)
    assert len(warned) == 1
    assert (history(window), window.sessions.path) == before


def test_a_session_file_is_opened_from_the_command_line_path(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "given.netexplorer.json"
    write_session(path, session_samples.typical())
    start_session(window, str(path))
    wait_rows(qtbot, window, len(session_samples.typical().history))
    assert window.sessions.path == path


def test_the_lecture_server_step_is_filled_by_starting_the_server_not_by_stopping_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = window.view(ClientServerTab)
    tab.server_pane.port_input.setText("0")
    tab.start_server()
    qtbot.waitUntil(lambda: tab.server.running, timeout=5000)
    window.sessions.open_lecture()
    steps = len(lecture_exercise().history)
    wait_rows(qtbot, window, steps)
    server_step = next(n for n, row in enumerate(history(window)) if "server.bind" in row[2])
    window.sessions.model.entries()[server_step].inputs["serverPortInput"] = "0"  # any free port
    window.findChild(QTableView, "historyView").selectRow(server_step)
    window.findChild(QPushButton, "historyRunAgainButton").click()  # stops, then starts again
    qtbot.waitUntil(lambda: history(window)[server_step][3] != "to do", timeout=5000)
    assert history(window)[server_step][3].startswith(
        "server bound: getsockname() = ('127.0.0.1', "
    )
    assert history(window)[steps][2:] == ("server.close()", "server stopped")
    tab.stop_server()
