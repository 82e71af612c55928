"""Every per-system branch, checked on any machine by monkeypatching platform.SYSTEM."""

from pathlib import Path

import pytest

from netexplorer.core import platform


def test_system_matches_this_machine() -> None:
    import sys

    expected = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "posix")
    assert expected == platform.SYSTEM


@pytest.mark.parametrize("system", ["posix", "macos"])
def test_unix_files(monkeypatch: pytest.MonkeyPatch, system: str) -> None:
    monkeypatch.setattr(platform, "SYSTEM", system)
    assert platform.services_file() == Path("/etc/services")
    assert platform.protocols_file() == Path("/etc/protocols")
    assert platform.reuse_address_for_listeners()


def test_windows_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.setenv("SYSTEMROOT", r"D:\Win")
    etc = Path(r"D:\Win") / "System32" / "drivers" / "etc"
    assert platform.services_file() == etc / "services"
    assert platform.protocols_file() == etc / "protocol"  # singular on Windows
    assert not platform.reuse_address_for_listeners()


def test_windows_default_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.delenv("SYSTEMROOT", raising=False)
    assert platform.services_file() == Path(r"C:\Windows") / "System32" / "drivers" / "etc" / (
        "services"
    )


def test_no_etc_path_outside_platform_module() -> None:
    """Paths under /etc are chosen in platform.py only (Windows is a first-class target)."""
    package = Path(platform.__file__).resolve().parents[1]
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.name != "platform.py" and '"/etc/' in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
