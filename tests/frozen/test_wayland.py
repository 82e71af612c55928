"""The frozen program in a Wayland session without X: a headless Weston, no Xwayland.

With ``WAYLAND_DISPLAY`` set and no ``DISPLAY``, the run-time hook must choose
Qt's wayland platform, which the bundle carries. Weston renders with pixman
and takes screenshots (``--debug`` enables its screenshooter); the last one is
left in ``build/frozen-tests/weston-window.png``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.frozen.support import OUT, clean_stderr, need
from tests.packaging import x11win

pytestmark = pytest.mark.slow

SOCKET = "netexplorer-test"
#: Pixels the program's window must change on Weston's desktop (the window is about 1100 x 760).
MIN_WINDOW_PIXELS = 200_000


@dataclass
class Weston:
    """A running headless Weston: its environment for clients, and its log."""

    env: dict[str, str]
    log: Path

    def screenshot(self, path: Path) -> None:
        """Save the whole output to ``path`` with weston-screenshooter."""
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                ["weston-screenshooter"],
                env=self.env,
                cwd=tmp,
                capture_output=True,
                timeout=30,
                check=True,
            )
            (shot,) = Path(tmp).glob("*.png")
            shutil.move(shot, path)


@pytest.fixture(scope="module")
def weston(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Weston]:
    need(shutil.which("weston") is not None, "weston is not installed (apt-get install weston)")
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    runtime.chmod(0o700)
    log = runtime / "weston.log"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "XDG_", "WAYLAND_")) and key != "DISPLAY"
    }
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path_factory.mktemp("home")))
    command = [
        "weston", "--backend=headless-backend.so", "--use-pixman", "--debug", "--no-config",
        f"--socket={SOCKET}", "--width=1280", "--height=800", f"--log={log}",
    ]  # fmt: skip
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while not (runtime / SOCKET).exists():
            assert proc.poll() is None, f"weston exited:\n{log.read_text(errors='replace')}"
            assert time.monotonic() < deadline, "weston did not listen within 30 s"
            time.sleep(0.1)
        yield Weston({**env, "WAYLAND_DISPLAY": SOCKET}, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert "xwayland" not in log.read_text(errors="replace").lower(), "Xwayland was loaded"


def test_self_test_runs_on_wayland(weston: Weston, program: Path) -> None:
    proc = subprocess.run(
        [str(program), "--self-test"],
        env=weston.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert report["ok"] is True
    assert report["qt_platform"] == "wayland", "the run-time hook chose the Wayland platform"
    assert report["fonts"] >= 1
    clean_stderr("--self-test on Wayland", proc.stderr)


def test_window_opens_on_wayland(weston: Weston, program: Path) -> None:
    before = OUT / "weston-desktop.png"
    shot = OUT / "weston-window.png"
    deadline = time.monotonic() + 30
    weston.screenshot(before)
    while x11win.image_stats(before)[1] < 16:  # the desktop shell paints after start-up
        assert time.monotonic() < deadline, "Weston's desktop stayed blank"
        time.sleep(0.2)
        weston.screenshot(before)
    with tempfile.TemporaryFile("w+") as errfile:
        proc = subprocess.Popen(
            [str(program)], env=weston.env, stdout=subprocess.DEVNULL, stderr=errfile, text=True
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                weston.screenshot(shot)
                changed = x11win.pixels_differing(before, shot)
                if changed >= MIN_WINDOW_PIXELS:
                    break
                assert proc.poll() is None, f"the program exited with status {proc.returncode}"
                assert time.monotonic() < deadline, f"no window after 60 s ({changed} pixels)"
                time.sleep(0.5)
            assert proc.poll() is None, "the program stopped after showing its window"
        finally:
            proc.terminate()  # Wayland has no way to close another client's window
            proc.wait(timeout=30)
        errfile.seek(0)
        clean_stderr("window on Wayland", errfile.read())
    print(f"{shot.name}: {changed} pixels changed by the window")
