"""A windowed program without console streams must still answer --version."""

import ctypes
import io
import os
import sys
from types import SimpleNamespace
from typing import TextIO

import pytest

from netexplorer.core import platform


def test_missing_streams_are_replaced_by_the_null_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    platform.ensure_output_streams()
    try:
        assert sys.stdout is not None
        assert sys.stderr is not None
        assert sys.stdout.name == os.devnull
        print("discarded")  # must not raise
    finally:
        sys.stdout.close()
        sys.stderr.close()


def test_windows_attaches_to_the_parent_console(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    attached: list[int] = []

    def attach(pid: int) -> int:
        attached.append(pid)
        return 1

    def open_stream(name: str) -> TextIO:
        opened.append(name)
        return io.StringIO()

    kernel32 = SimpleNamespace(AttachConsole=attach)
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: kernel32, raising=False)
    monkeypatch.setattr(platform, "_open_stream", open_stream)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    platform.ensure_output_streams()
    assert attached == [-1]
    assert opened == ["CONOUT$", "CONOUT$"]


def test_present_streams_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    stdout, stderr = sys.stdout, sys.stderr
    platform.ensure_output_streams()  # no WinDLL here: it must not even look
    assert (sys.stdout, sys.stderr) == (stdout, stderr)
