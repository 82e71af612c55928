"""The lookup cycle every tab shares: running, abandoning, superseding, timing out, threads."""

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QProgressBar, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.core import codegen
from netexplorer.core.lookups import Lookup
from netexplorer.ui import settings
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.proto_service_tab import ProtoServiceTab
from tests.lab import zone
from tests.lab.dnsserver import LabDNSServer
from tests.unit.ui import fakes
from tests.unit.ui.fakes import TAB_NAMES, Gate

# Real inputs that each tab answers offline, for the lookup that supersedes a slow one.
REAL = {
    "hostTab": [("hostInput", "localhost")],
    "reverseTab": [("addressInput", "127.0.0.1")],
    "protoServiceTab": [("protocolInput", "tcp")],
    "addrinfoTab": [("hostInput", "127.0.0.1"), ("portInput", "80")],
    "dnsTab": [("nameInput", zone.ONE)],  # asked of the loopback server of lab_dns()
}


@pytest.fixture(autouse=True)
def lab_dns() -> Iterator[None]:
    """A DNS server on loopback for the DNS view's real lookups (unit tests ask no other)."""
    with LabDNSServer("127.0.0.1", 0) as lab:
        server = ("serverInput", "{}:{}".format(*lab.address))
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(REAL, "dnsTab", [*REAL["dnsTab"], server])
            yield


@pytest.fixture
def gate(window: MainWindow, qtbot: QtBot) -> Iterator[Gate]:
    """A gate for slow fakes, opened before the window's pool is shut down.

    The databases job of the Protocol/Service tab ends first, so that the pool's
    job count is the lookups' alone.
    """
    proto = fakes.tab(window, "protoServiceTab")
    assert isinstance(proto, ProtoServiceTab)
    qtbot.waitUntil(lambda: proto.databases is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.pool.pending == 0, timeout=10_000)
    with fakes.gate() as opened:
        yield opened


def fill(page: QWidget, name: str) -> None:
    for input_name, text in REAL[name]:
        fakes.child(page, QLineEdit, input_name).setText(text)


def slow_rows(
    page: LookupTab, name: str, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> list[tuple[str, ...]]:
    """The rows the slow fake's value gives when it is allowed to finish."""
    with fakes.gate() as quick:
        quick.open()
        monkeypatch.setattr(page, "plan", quick.plan(name))
        fakes.look_up(qtbot, page)
        return fakes.rows(page)


@pytest.mark.parametrize("name", TAB_NAMES)
def test_running_lookup_shows_it_and_can_be_abandoned(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    page = fakes.tab(window, name)
    fill(page, name)
    fakes.look_up(qtbot, page)
    before = fakes.rows(page)
    assert before
    # the Host and getaddrinfo views then find where the answer came from, on the pool too
    qtbot.waitUntil(lambda: window.pool.pending == 0, timeout=10_000)

    monkeypatch.setattr(page, "plan", gate.plan(name))
    abandon = fakes.child(page, QPushButton, "abandonButton")
    busy = fakes.child(page, QProgressBar, "busyIndicator")
    assert not abandon.isEnabled()
    fakes.child(page, QPushButton, "lookupButton").click()
    assert gate.started.acquire(timeout=5)
    assert fakes.running(page)
    assert abandon.isEnabled()
    assert not busy.isHidden()
    # the call that is running is named before it answers
    assert fakes.status(page).startswith(f"Looking up {codegen.expression(fakes.SLOW[name][0])}")
    # the code view keeps the code of the answer still on screen
    assert codegen.expression(fakes.SLOW[name][0]) not in fakes.code(page)

    with qtbot.waitSignal(page.lookupFinished, timeout=1000):
        abandon.click()
    assert not fakes.running(page)
    assert not abandon.isEnabled()
    assert busy.isHidden()
    assert fakes.status(page).startswith("Abandoned")
    assert window.pool.pending == 0

    # the late answer is dropped: no second lookupFinished, rows and status unchanged
    with qtbot.assertNotEmitted(page.lookupFinished, wait=200):
        gate.open()
        qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=5000)
    assert fakes.rows(page) == before
    assert fakes.status(page).startswith("Abandoned")


@pytest.mark.parametrize("name", TAB_NAMES)
def test_a_new_lookup_supersedes_a_slow_one(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    page = fakes.tab(window, name)
    stale = slow_rows(page, name, monkeypatch, qtbot)
    monkeypatch.setattr(page, "plan", gate.plan(name))
    fakes.child(page, QPushButton, "lookupButton").click()
    assert gate.started.acquire(timeout=5)

    monkeypatch.undo()  # the tab's own plan again, with real input
    fill(page, name)
    fakes.look_up(qtbot, page)
    fresh = fakes.rows(page)
    assert fresh
    assert fresh != stale
    fresh_status = fakes.status(page)

    with qtbot.assertNotEmitted(page.lookupFinished, wait=200):
        gate.open()
        qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=5000)
    assert fakes.rows(page) == fresh
    assert fakes.status(page) == fresh_status


@pytest.mark.parametrize("name", TAB_NAMES)
def test_lookup_times_out_at_the_deadline(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    settings.set_lookup_deadline_ms(settings.MIN_DEADLINE_MS)
    page = fakes.tab(window, name)
    monkeypatch.setattr(page, "plan", gate.plan(name))
    with qtbot.waitSignal(page.lookupFinished, timeout=2000):
        fakes.child(page, QPushButton, "lookupButton").click()
    text = fakes.status(page)
    assert text == "TimedOut: no answer within 0.1 s"
    assert "deadline" in fakes.explanation(page)
    assert page.last_error is not None
    assert page.last_error.name == "TimedOut"
    assert fakes.rows(page) == []
    # the code of the lookup that never finished is the code of what is on screen
    assert codegen.expression(fakes.SLOW[name][0]) in fakes.code(page)
    assert not fakes.running(page)
    with qtbot.assertNotEmitted(page.lookupFinished, wait=200):
        gate.open()
        qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=5000)
    assert fakes.status(page) == text


def test_hundred_clicks_keep_the_threads_bounded(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = fakes.tab(window, "hostTab")
    monkeypatch.setattr(page, "plan", gate.plan("hostTab"))
    button = fakes.child(page, QPushButton, "lookupButton")
    with qtbot.captureExceptions() as exceptions:
        for _ in range(100):
            button.click()
            assert window.pool.thread_count <= window.pool.max_threads
    assert not exceptions
    assert window.pool.thread_count <= window.pool.max_threads
    assert window.pool.pending == 1  # only the last lookup is still wanted
    assert gate.calls <= window.pool.max_threads
    # once the blocked calls return, the last lookup runs and its answer is shown
    with qtbot.waitSignal(page.lookupFinished, timeout=5000):
        gate.open()
    assert fakes.rows(page)[0][2] == "192.0.2.7"
    assert window.pool.thread_count <= window.pool.max_threads


def test_a_lookup_in_one_tab_does_not_block_another(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = fakes.tab(window, "hostTab")
    monkeypatch.setattr(slow, "plan", gate.plan("hostTab"))
    fakes.child(slow, QPushButton, "lookupButton").click()
    assert gate.started.acquire(timeout=5)
    other = fakes.tab(window, "protoServiceTab")
    fill(other, "protoServiceTab")
    fakes.look_up(qtbot, other, timeout=2000)
    assert fakes.answer(other) == [("getprotobyname", "protocol number", "6")]
    assert slow.running


def test_closing_the_window_abandons_running_lookups(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [fakes.tab(window, name) for name in TAB_NAMES]
    for page, name in zip(pages, TAB_NAMES, strict=True):
        monkeypatch.setattr(page, "plan", gate.plan(name))
        fakes.child(page, QPushButton, "lookupButton").click()
    assert all(page.running for page in pages)
    window.close()
    assert not any(page.running for page in pages)
    assert window.pool.pending == 0


def test_a_lookup_that_never_got_a_thread_says_so(window: MainWindow, qtbot: QtBot) -> None:
    settings.set_lookup_deadline_ms(500)
    release = threading.Event()
    started: list[int] = []

    def hang() -> None:
        started.append(1)
        release.wait(10)

    try:
        for _ in range(window.pool.max_threads):
            window.pool.submit(hang, 10_000)
        qtbot.waitUntil(lambda: len(started) == window.pool.max_threads, timeout=5000)
        page = window.view(HostTab)
        page.host_input.setText("localhost")
        with qtbot.waitSignal(page.lookupFinished, timeout=3000):
            page.lookup_button.click()
        assert page.last_error is not None
        assert page.last_error.name == "TimedOut"
        assert "never started" in fakes.explanation(page)
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=5000)


def test_a_lookup_that_ran_too_long_blames_the_server(
    window: MainWindow, gate: Gate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set_lookup_deadline_ms(settings.MIN_DEADLINE_MS)
    page = window.view(HostTab)
    monkeypatch.setattr(page, "plan", gate.plan("hostTab"))
    with qtbot.waitSignal(page.lookupFinished, timeout=2000):
        page.lookup_button.click()
    assert "never started" not in fakes.explanation(page)
    assert "DNS server is slow" in fakes.explanation(page)
    gate.open()
    qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=5000)


@pytest.mark.internal_error
@pytest.mark.parametrize("name", TAB_NAMES)
def test_a_bug_shows_as_an_internal_error_with_copyable_details(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    name: str,
) -> None:
    """A converter that fails is netexplorer's bug: never an explained socket error."""
    page = fakes.tab(window, name)
    window.show_view(page)
    call, _ = fakes.SLOW[name]

    def broken(raw: object) -> object:
        empty: dict[str, object] = {}
        return empty["missing"]  # KeyError: a bug in our own code

    monkeypatch.setattr(page, "plan", lambda: (Lookup(call, lambda: 1, broken),))
    fakes.look_up(qtbot, page)
    status = fakes.status(page)
    assert status.startswith("Internal error in netexplorer: KeyError: 'missing'")
    assert "bug" in status
    assert page.last_error is None
    assert fakes.rows(page) == []
    details = fakes.child(page, QPushButton, "copyErrorDetailsButton")
    assert details.isVisible()
    details.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Traceback (most recent call last)")
    assert "KeyError: 'missing'" in copied
    assert "internal error in a worker call" in caplog.text
    fakes.child(page, QLineEdit, REAL[name][0][0]).setText(REAL[name][0][1])
    monkeypatch.undo()
    fakes.look_up(qtbot, page)
    assert not details.isVisible()
    assert not fakes.status(page).startswith("Internal error")
