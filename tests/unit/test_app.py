"""The command line and the process exit, tested as real subprocesses."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import netexplorer

ROOT = Path(netexplorer.__file__).resolve().parents[1]


def env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and a private home so the child writes no real settings."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "PYTHONPATH": str(ROOT),
    }


def run(args: list[str], home: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env(home),
        cwd=home,
        timeout=timeout,
        check=False,
    )


def test_version_prints_and_exits_zero_without_loading_qt(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import atexit, sys
        atexit.register(lambda: print("qt loaded:", "PySide6" in sys.modules))
        from netexplorer.app import main
        sys.exit(main(["--version"]))
        """
    )
    result = run(["-c", script], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"netexplorer {netexplorer.__version__}",
        "qt loaded: False",
    ]
    module = run(["-m", "netexplorer", "--version"], tmp_path)
    assert module.returncode == 0
    assert module.stdout.strip() == f"netexplorer {netexplorer.__version__}"


def test_without_a_display_the_window_explains_and_the_self_test_still_runs(
    tmp_path: Path,
) -> None:
    headless = {**env(tmp_path), "QT_QPA_PLATFORM": ""}
    del headless["QT_QPA_PLATFORM"]
    headless.pop("DISPLAY", None)
    headless.pop("WAYLAND_DISPLAY", None)
    window = subprocess.run(
        [sys.executable, "-m", "netexplorer"],
        capture_output=True, text=True, env=headless, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert window.returncode == 1
    assert "no display" in window.stderr
    selftest = subprocess.run(
        [sys.executable, "-m", "netexplorer", "--self-test"],
        capture_output=True, text=True, env=headless, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert json.loads(selftest.stdout)["ok"] is True


def test_self_test_passes_every_step(tmp_path: Path) -> None:
    result = run(["-m", "netexplorer", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["netexplorer"] == netexplorer.__version__
    names = [step["name"] for step in report["steps"]]
    assert names[:4] == ["host", "reverse", "protocol-service", "getaddrinfo"]
    for step in report["steps"]:
        assert step["ok"] is True, step
        assert step["rows"] > 0
        assert step["elapsed_ms"] >= 0
    assert "QThread" not in result.stderr
    assert "Traceback" not in result.stderr


# A real app.main(): a lookup that never returns, then the window is closed.
HANGING = textwrap.dedent(
    """
    import sys, threading, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    from netexplorer import app
    from netexplorer.core.lookups import Lookup
    from netexplorer.core.results import Call
    from netexplorer.ui.host_tab import HostTab

    HANG = {hang}
    release = threading.Event()
    started = threading.Event()

    def make():
        started.set()
        release.wait(None if HANG else 0.2)
        return "192.0.2.7"

    HostTab.plan = lambda self: (Lookup(Call("gethostbyname", ("hang.example",)), make, lambda r: r),)
    qapp = QApplication(sys.argv[:1])

    def drive():
        window = next(w for w in qapp.topLevelWidgets() if w.objectName() == "MainWindow")
        host = window.findChild(QWidget, "tabs").findChild(QWidget, "hostTab")
        for _ in range(10):
            host.findChild(QPushButton, "lookupButton").click()
        if not started.wait(5):
            print("lookup never started", flush=True)
        print("closing", flush=True)
        window.close()

    QTimer.singleShot(0, drive)
    {extra}
    sys.exit(app.main([]))
    """
)


@pytest.mark.parametrize("hang", [True, False], ids=["hanging-lookup", "finished-lookup"])
def test_closing_the_window_exits_within_two_seconds(tmp_path: Path, hang: bool) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", HANGING.format(hang=hang, extra="")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(tmp_path),
        cwd=tmp_path,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stderr is not None
            line = child.stdout.readline()
            closed_at = time.monotonic()
            assert line == "closing\n", line
            code = child.wait(timeout=10)
            exited_after = time.monotonic() - closed_at
            stderr = child.stderr.read()
        finally:
            if child.poll() is None:
                child.kill()
    assert code == 0, stderr
    assert exited_after < 2.0
    assert "QThread: Destroyed while thread" not in stderr
    assert "Traceback" not in stderr
    # a lookup still blocked is logged, then the process ends anyway; a finished one is not
    assert ("still blocked at exit" in stderr) is hang, stderr


# A real app.main() with a server listening and a client connected, then a signal.
SIGNALLED = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netexplorer import app
    from netexplorer.ui.client_server import ClientServerTab

    qapp = QApplication(sys.argv[:1])

    def tab():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
        return window.view(ClientServerTab)

    def start():
        tab().server_pane.port_input.setText("0")
        tab().start_server()
        QTimer.singleShot(20, connect)

    def connect():
        if tab().server.listening is None:
            QTimer.singleShot(20, connect)
            return
        tab().client_pane.port_input.setText(str(tab().server.listening.port))
        tab().connect_client()
        QTimer.singleShot(20, announce)

    def announce():
        if tab().client.received == 0:  # the greeting has not arrived yet
            QTimer.singleShot(20, announce)
            return
        print("ready", flush=True)

    QTimer.singleShot(0, start)
    sys.exit(app.main([]))
    """
)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_closes_the_window_the_normal_way(
    tmp_path: Path, signum: signal.Signals, code: int
) -> None:
    """Ctrl+C was ignored while Qt was idle, then crashed in the next socket callback."""
    child = subprocess.Popen(
        [sys.executable, "-c", SIGNALLED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(tmp_path),
        cwd=tmp_path,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(0.3)  # let the event loop go idle in C, where the old bug lived
        child.send_signal(signum)
        _, stderr = child.communicate(timeout=10)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == code, stderr
    assert "Traceback" not in stderr
    assert "KeyboardInterrupt" not in stderr


def test_qt_arguments_are_left_to_qt() -> None:
    from netexplorer import app

    args = app.parse_args(["-reverse", "--self-test", "-style", "fusion", "-stylesheet", "x.qss"])
    assert args.self_test
    assert args.qt_args == ["-reverse", "-style", "fusion", "-stylesheet", "x.qss"]


def test_reverse_reaches_qapplication(tmp_path: Path) -> None:
    result = run(["-m", "netexplorer", "-reverse", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["layout_direction"] == "RightToLeft"
    assert report["language"] == "en"
    assert report["tab_titles"][:2] == ["Host", "Reverse"]


def test_report_writes_html_and_pdf_with_every_call_and_row(tmp_path: Path) -> None:
    from netexplorer.core.session_write import write_session
    from tests import session_samples
    from tests.unit.ui.test_session_files import pdf_text

    sample = session_samples.typical()
    saved = tmp_path / "lab.netexplorer.json"
    write_session(saved, sample)
    for suffix in (".html", ".pdf"):
        result = run(["-m", "netexplorer", "--report", str(saved), str(tmp_path / f"r{suffix}")],
                     tmp_path)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    text = " ".join(pdf_text(tmp_path / "r.pdf").split())
    for entry in sample.history:
        for call in entry.call.splitlines():
            assert call in text
        for row in entry.table.rows:
            for cell in row:
                assert cell in text, cell
                assert html_escape(cell) in html
    assert "Ada" in text


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


@pytest.mark.parametrize(
    "data",
    [b"", b"{not json", b'{"format": "netexplorer-session", "version": 2}', b"\x89PNG\r\n"],
)
def test_report_on_a_bad_session_prints_one_line_and_exits_non_zero(
    tmp_path: Path, data: bytes
) -> None:
    bad = tmp_path / "bad.netexplorer.json"
    bad.write_bytes(data)
    result = run(["-m", "netexplorer", "--report", str(bad), str(tmp_path / "r.pdf")], tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"netexplorer: {bad}: The file ")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "r.pdf").exists()
    missing = run(["-m", "netexplorer", "--report", str(tmp_path / "none"), "r.pdf"], tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1
    assert "could not be read" in missing.stderr


def test_the_self_test_does_not_replace_the_last_session(tmp_path: Path) -> None:
    from netexplorer.core.session_write import write_session
    from tests import session_samples

    data = tmp_path / ".local" / "share" / "netexplorer" / "netexplorer"
    data.mkdir(parents=True)
    last = data / "last-session.netexplorer.json"
    write_session(last, session_samples.typical())
    before = last.read_bytes()
    result = run(["-m", "netexplorer", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert last.read_bytes() == before
