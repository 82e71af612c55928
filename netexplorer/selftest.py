"""``netexplorer --self-test``: the GUI's own code paths, checked without a person.

Each step drives a tab through its widgets, as a user would, waits for the
worker's answer and records whether it succeeded.  The result is printed as
one JSON object; the exit code is 0 only if every step passed.
"""

import json
import platform as sys_platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

import netexplorer
from netexplorer import preflight
from netexplorer.ui.client_server_tab import ClientServerTab
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.text import error_text

STEP_TIMEOUT_MS = 15_000


@dataclass
class StepResult:
    """How one step went."""

    name: str
    ok: bool
    elapsed_ms: float
    rows: int
    detail: str


def wait_for(signal: SignalInstance, timeout_ms: int) -> bool:
    """Run the event loop until ``signal`` fires; False on timeout."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done() -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    signal.disconnect(done)
    return bool(fired)


def lookup_step(name: str, tab: LookupTab, inputs: list[tuple[QLineEdit, str]]) -> StepResult:
    """Fill a tab's inputs, press its Look up button and wait for the answer."""
    for line_edit, text in inputs:
        line_edit.setText(text)
    start = time.perf_counter()
    tab.lookup_button.click()
    finished = wait_for(tab.lookupFinished, STEP_TIMEOUT_MS) if tab.running else True
    elapsed = (time.perf_counter() - start) * 1000
    error = tab.last_error
    ok = finished and error is None and tab.model.rowCount() > 0
    detail = tab.status.text() if error is None else error_text(error)
    return StepResult(name, ok, round(elapsed, 2), tab.model.rowCount(), detail)


def wait_until(done: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until ``done()`` is true; False on timeout."""
    deadline = time.perf_counter() + timeout_ms / 1000
    loop = QEventLoop()
    while not done():
        if time.perf_counter() > deadline:
            return False
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return True


def client_server_step(tab: ClientServerTab) -> StepResult:
    """Start the TCP server on 127.0.0.1 port 0, connect the client, exchange one message each way.

    Everything goes through the tab's buttons, the resolver pool and the socket engine.
    """
    start = time.perf_counter()
    tab.transport_combo.setCurrentIndex(0)
    tab.server_host.setText("127.0.0.1")
    tab.server_port.setText("0")
    tab.greeting_check.setChecked(True)
    tab.server_start.click()
    problem = ""
    if not wait_until(lambda: tab.server.running or tab.server_start.isEnabled(), STEP_TIMEOUT_MS):
        problem = "the server did not start in time"
    elif tab.server.listening is None:
        problem = "the server did not start: " + tab.server_status.text()
    else:
        tab.client_host.setText("127.0.0.1")
        tab.client_port.setText(str(tab.server.listening.port))
        tab.client_connect.click()
        greeting = len(tab.greeting_input.text().encode())
        message = tab.message_input.text().encode()
        if not wait_until(
            lambda: tab.client.received >= greeting and tab.send_button.isEnabled(),
            STEP_TIMEOUT_MS,
        ):
            problem = "no greeting reached the client: " + tab.client_status.text()
        else:
            tab.send_button.click()
            if not wait_until(
                lambda: any(c.received >= len(message) for c in tab.server.connections()),
                STEP_TIMEOUT_MS,
            ):
                problem = "the client's message did not reach the server"
    endpoints = f"{tab.client_local.text()} to {tab.client_peer.text()}"
    detail = problem or f"{endpoints}: greeting and reply delivered"
    rows = len(tab.server.connections())
    tab.disconnect_client()
    tab.stop_server()
    elapsed = (time.perf_counter() - start) * 1000
    return StepResult("client-server", not problem, round(elapsed, 2), rows, detail)


def steps(window: MainWindow) -> list[Callable[[], StepResult]]:
    """Return the self-test's steps, one per kind of lookup."""
    host, reverse = window.host_tab, window.reverse_tab
    service, addrinfo = window.proto_service_tab, window.addrinfo_tab
    return [
        lambda: lookup_step("host", host, [(host.host_input, "localhost")]),
        lambda: lookup_step("reverse", reverse, [(reverse.address_input, "127.0.0.1")]),
        lambda: lookup_step(
            "protocol-service",
            service,
            [(service.protocol_input, "tcp"), (service.service_input, "80")],
        ),
        lambda: lookup_step(
            "getaddrinfo",
            addrinfo,
            [(addrinfo.host_input, "localhost"), (addrinfo.port_input, "80")],
        ),
        lambda: client_server_step(window.client_server_tab),
    ]


def run(window: MainWindow, output: str | None = None) -> int:
    """Run every step, write the JSON report and return the exit code.

    The report goes to the file ``output`` if given (a windowed Windows program
    has no standard output to redirect), else to standard output. It fails
    when Qt found no font family: the window would show empty boxes.
    """
    start = time.perf_counter()
    results = [step() for step in steps(window)]
    fonts = len(preflight.font_families())
    report = {
        "netexplorer": netexplorer.__version__,
        "python": sys.version.split()[0],
        "platform": sys_platform.platform(),
        "qt_platform": QGuiApplication.platformName(),
        "fonts": fonts,
        "ok": fonts > 0 and all(result.ok for result in results),
        "total_ms": round((time.perf_counter() - start) * 1000, 2),
        "steps": [asdict(result) for result in results],
    }
    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        Path(output).write_text(text, encoding="utf-8")
    return 0 if report["ok"] else 1
