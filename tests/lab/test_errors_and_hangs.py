"""Real DNS failures are explained, and a dead DNS server never freezes or traps the app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from netexplorer.ui import settings, workers
from tests.lab import gui, namespace, zone
from tests.lab.dnsserver import Behaviour

pytestmark = pytest.mark.lab


def os_threads() -> int:
    """Return how many threads this process has (the kernel's count, not Python's)."""
    return len(os.listdir("/proc/self/task"))


def host_lookup(qtbot, window, name: str, timeout_ms: int = gui.LOOKUP_TIMEOUT_MS):
    page = gui.tab(window, "hostTab")
    gui.line(page, "hostInput").setText(name)
    gui.look_up(qtbot, page, timeout_ms)
    return page


def test_nxdomain_is_explained_as_eai_noname(qtbot, window, lab):
    page = host_lookup(qtbot, window, zone.MISSING)
    assert "EAI_NONAME" in gui.status(page)
    assert [q.name for q in lab.queries] == [zone.MISSING] * len(lab.queries)


def test_servfail_is_explained_as_eai_again(qtbot, window, lab):
    lab.set_behaviour(Behaviour.SERVFAIL, name=zone.ONE)
    page = gui.tab(window, "addrinfoTab")
    gui.set_addrinfo_inputs(page, zone.ONE, "80", "AF_INET")
    gui.look_up(qtbot, page)
    assert gui.addrinfo_shown(page) == "EAI_AGAIN"
    assert "EAI_AGAIN" in gui.status(page)


def test_resolver_timeout_is_explained_as_eai_again(qtbot, window, lab):
    lab.set_behaviour(Behaviour.SILENT, name=zone.DUAL)
    page = gui.tab(window, "addrinfoTab")
    gui.set_addrinfo_inputs(page, zone.DUAL, "80", "AF_INET")
    gui.look_up(qtbot, page)
    assert gui.addrinfo_shown(page) == "EAI_AGAIN"
    assert any(q.name == zone.DUAL for q in lab.queries)


@pytest.mark.parametrize(
    ("host", "family", "flags"),
    [
        (zone.V6ONLY, "AF_INET", ()),
        (zone.ONE, "AF_INET6", ()),
        (zone.DUAL_AAAA, "AF_INET", ("AI_NUMERICHOST",)),
    ],
)
def test_no_address_of_the_family_is_explained(qtbot, window, lab, host, family, flags):
    page = gui.tab(window, "addrinfoTab")
    gui.set_addrinfo_inputs(page, host, "80", family, flags=flags)
    gui.look_up(qtbot, page)
    expected = gui.addrinfo_expected(host, 80, getattr(socket, family), 0, 0, 0)
    if flags:
        expected = gui.addrinfo_expected(
            host, 80, getattr(socket, family), 0, 0, socket.AI_NUMERICHOST
        )
    assert isinstance(expected, str)
    assert expected in {"EAI_NODATA", "EAI_ADDRFAMILY", "EAI_NONAME"}
    assert gui.addrinfo_shown(page) == expected
    assert expected in gui.status(page)


def test_reverse_without_ptr_is_herror(qtbot, window, lab):
    page = gui.tab(window, "reverseTab")
    gui.line(page, "addressInput").setText(zone.NOPTR_A)
    gui.look_up(qtbot, page)
    assert gui.shown_for(page, "gethostbyaddr") == "herror"
    assert "herror" in gui.status(page)
    assert any(q.rdtype == "PTR" for q in lab.queries)


def test_silent_server_times_out_at_the_deadline_then_other_names_work(qtbot, window, lab):
    namespace.write_resolv_conf(timeout=2)  # glibc waits longer than our deadline
    settings.set_lookup_deadline_ms(1000)
    lab.set_behaviour(Behaviour.SILENT, name=zone.MULTI)
    start = time.monotonic()
    page = host_lookup(qtbot, window, zone.MULTI)
    elapsed = time.monotonic() - start
    assert "TimedOut" in gui.status(page)
    assert 0.9 <= elapsed < 1.8
    assert gui.rows(page) == []

    page = host_lookup(qtbot, window, zone.ONE)  # the first call is still stuck in glibc
    assert gui.shown_for(page, "gethostbyname") == [("IPv4 address", zone.ONE_A)]
    assert "TimedOut" not in gui.status(page)


def test_threads_stay_bounded_when_lookup_is_clicked_100_times(qtbot, window, lab):
    lab.set_behaviour(Behaviour.SILENT, name=zone.SILENT)
    page = gui.tab(window, "hostTab")
    gui.line(page, "hostInput").setText(zone.SILENT)
    button = gui.child(page, QPushButton, "lookupButton")
    before = os_threads()
    for _ in range(100):
        button.click()
    bound = workers.DEFAULT_MAX_THREADS
    assert window.pool.thread_count <= bound
    assert os_threads() - before <= bound
    # The last click's lookup still ends (glibc gives up: EAI_AGAIN); the abandoned
    # ones waiting in the queue were never run.
    qtbot.waitUntil(lambda: "EAI_AGAIN" in gui.status(page), timeout=20_000)
    assert len(lab.queries) <= 2 * 2 * (bound + 1), [q.name for q in lab.queries]
    assert os_threads() - before <= bound


DRIVER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

    from netexplorer import app as netexplorer_app

    qapp = QApplication(sys.argv[:1])

    def hang_and_close():
        window = next(w for w in qapp.topLevelWidgets() if w.objectName() == "MainWindow")
        for tab, field, value in (
            ("hostTab", "hostInput", "silent.lab.test"),
            ("reverseTab", "addressInput", "192.0.2.10"),
            ("addrinfoTab", "hostInput", "silent.lab.test"),
        ):
            page = window.findChild(QWidget, tab)
            window.tabs.setCurrentWidget(page)  # a view is built when first made current
            page.findChild(QLineEdit, field).setText(value)
            page.findChild(QPushButton, "lookupButton").click()
        def close():
            print("CLOSING", flush=True)
            window.close()
        QTimer.singleShot(300, close)

    QTimer.singleShot(200, hang_and_close)
    sys.exit(netexplorer_app.main([]))
    """
)


def test_closing_with_hung_lookups_exits_within_2_seconds(lab, tmp_path: Path):
    lab.set_behaviour(Behaviour.SILENT)  # every name, reverse ones too
    namespace.write_resolv_conf(timeout=10)  # glibc would wait 10 s or more
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    watchdog = threading.Timer(60, proc.kill)  # a child that never says CLOSING fails, not hangs
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        closed_at = time.monotonic()
        assert line.strip() == "CLOSING", proc.stderr.read() if proc.stderr else ""
        code = proc.wait(timeout=10)
        exit_s = time.monotonic() - closed_at
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert code == 0
    assert exit_s < 2.0
    assert len({q.name for q in lab.queries}) >= 2  # the lookups really were hung in DNS
