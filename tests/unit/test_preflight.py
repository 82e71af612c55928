"""Missing system parts are named in one sentence, where the user will see it."""

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import netexplorer
from netexplorer import preflight
from netexplorer.core import platform

ROOT = Path(netexplorer.__file__).resolve().parents[1]

NO_LIBGL = "libGL.so.1: cannot open shared object file: No such file or directory"


def test_a_missing_library_is_named_with_its_packages() -> None:
    message = preflight.explain_import_error(NO_LIBGL)
    assert message == (
        "netexplorer cannot start: the system library libGL.so.1 is missing; "
        "install the package libgl1 (Debian, Ubuntu) or libglvnd-glx (Fedora)."
    )


def test_an_unknown_library_says_how_to_find_its_package() -> None:
    message = preflight.explain_import_error(
        "/opt/netexplorer/_internal/libfoo.so.3: cannot open shared object file: No such file"
    )
    assert "libfoo.so.3 is missing" in message
    assert "apt-file search libfoo.so.3" in message
    assert "dnf provides '*/libfoo.so.3'" in message


def test_a_library_too_old_names_the_supported_systems() -> None:
    message = preflight.explain_import_error(
        "/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found "
        "(required by /opt/netexplorer/_internal/PySide6/Qt/lib/libQt6Core.so.6)"
    )
    assert "libstdc++.so.6 is too old (it lacks GLIBCXX_3.4.30)" in message
    assert "glibc 2.35 or newer" in message


def test_any_other_import_error_is_passed_on() -> None:
    assert preflight.explain_import_error("No module named 'PySide6'") == (
        "netexplorer cannot start: Qt could not be loaded (No module named 'PySide6')."
    )


class FakeStderr(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desktop session whose only dialog program is a fake zenity that records its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    zenity = bin_dir / "zenity"
    part, done = tmp_path / "dialog.part", tmp_path / "dialog"
    zenity.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{part}"\nmv "{part}" "{done}"\n')
    zenity.chmod(0o755)
    monkeypatch.setattr(platform, "SYSTEM", "posix")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def test_without_a_terminal_the_message_goes_to_the_log_and_a_dialog(
    desktop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stderr = FakeStderr(tty=False)
    monkeypatch.setattr(sys, "stderr", stderr)
    message = preflight.explain_import_error(NO_LIBGL)
    preflight.report(message, dialog=True)
    assert stderr.getvalue() == message + "\n"
    log = (desktop / "data" / "netexplorer" / "netexplorer.log").read_text(encoding="utf-8")
    assert log.endswith(f" {message}\n")
    deadline = time.monotonic() + 10
    while not (desktop / "dialog").exists():
        assert time.monotonic() < deadline, "the dialog program never ran"
        time.sleep(0.05)
    arguments = (desktop / "dialog").read_text(encoding="utf-8").splitlines()
    assert arguments == ["--error", "--no-markup", "--title=netexplorer", f"--text={message}"]


def test_in_a_terminal_the_message_goes_to_the_terminal_only(
    desktop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stderr = FakeStderr(tty=True)
    monkeypatch.setattr(sys, "stderr", stderr)
    preflight.report(preflight.NO_FONTS, dialog=True)
    assert stderr.getvalue() == preflight.NO_FONTS + "\n"
    time.sleep(0.3)
    assert not (desktop / "data").exists()
    assert not (desktop / "dialog").exists()


def test_a_self_test_without_a_terminal_opens_no_dialog(
    desktop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stderr", FakeStderr(tty=False))
    assert preflight.dialog_command("text") is not None
    preflight.report(preflight.NO_FONTS, dialog=False)
    time.sleep(0.3)
    assert not (desktop / "dialog").exists()
    assert (desktop / "data" / "netexplorer" / "netexplorer.log").is_file()


def test_each_dialog_program_gets_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "posix")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("DISPLAY", ":0")
    assert preflight.dialog_command("m") is None
    for name in ("xmessage", "kdialog", "zenity"):  # the last one written is preferred
        (tmp_path / name).write_text("#!/bin/sh\n")
        (tmp_path / name).chmod(0o755)
        command = preflight.dialog_command("m")
        assert command is not None
        assert Path(command[0]).name == name
        assert command[-1] in ("m", "--text=m")
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert preflight.dialog_command("m") is None


def test_a_frozen_program_gives_dialogs_the_original_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/netexplorer/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    assert "LD_LIBRARY_PATH" not in preflight.system_environment()
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/netexplorer/_internal:/usr/local/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    env = preflight.system_environment()
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env


BLOCK_QTWIDGETS = f"""
import importlib.abc, sys

class NoLibGL(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6.QtWidgets":
            raise ImportError({NO_LIBGL!r})
        return None

sys.meta_path.insert(0, NoLibGL())
from netexplorer.app import main
sys.exit(main(sys.argv[1:]))
"""


def run_app(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("args", [[], ["--self-test"]])
def test_a_qt_that_cannot_load_is_explained_before_anything_else(
    tmp_path: Path, args: list[str]
) -> None:
    result = run_app(["-c", BLOCK_QTWIDGETS, *args], tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == preflight.explain_import_error(NO_LIBGL) + "\n"
    log = tmp_path / "data" / "netexplorer" / "netexplorer.log"
    assert "libGL.so.1 is missing" in log.read_text(encoding="utf-8")


def test_self_test_writes_its_report_to_the_output_file(tmp_path: Path) -> None:
    report_file = tmp_path / "self-test.json"
    result = run_app(["-m", "netexplorer", "--self-test", "--output", str(report_file)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["ok"] is True
    assert report["fonts"] > 0
    assert report["qt_platform"] == "offscreen"
    assert {"netexplorer", "python", "platform", "total_ms", "steps"} <= set(report)


EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig decides which fonts Qt finds")
def test_without_fonts_the_window_refuses_and_the_self_test_fails(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "fc-cache"), encoding="utf-8")
    window = run_app(["-m", "netexplorer"], tmp_path, FONTCONFIG_FILE=str(config))
    assert window.returncode == 1
    assert preflight.NO_FONTS in window.stderr
    selftest = run_app(["-m", "netexplorer", "--self-test"], tmp_path, FONTCONFIG_FILE=str(config))
    assert selftest.returncode == 1
    report = json.loads(selftest.stdout)
    assert report["fonts"] == 0
    assert report["ok"] is False
    assert all(step["ok"] for step in report["steps"]), "only the fonts are missing"
    assert preflight.NO_FONTS in selftest.stderr
