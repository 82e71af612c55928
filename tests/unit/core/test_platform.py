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


def test_resolver_files_per_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "posix")
    assert platform.hosts_file() == Path("/etc/hosts")
    assert platform.nsswitch_file() == Path("/etc/nsswitch.conf")
    assert platform.gai_conf_file() == Path("/etc/gai.conf")
    assert platform.dns_settings_source() == "/etc/resolv.conf"
    monkeypatch.setattr(platform, "SYSTEM", "macos")
    assert platform.hosts_file() == Path("/etc/hosts")
    assert platform.nsswitch_file() is None  # macOS asks mDNSResponder
    assert platform.gai_conf_file() is None
    assert platform.dns_settings_source() == "/etc/resolv.conf"


def test_windows_resolver_files_and_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.setenv("SYSTEMROOT", r"D:\Win")
    assert platform.hosts_file() == Path(r"D:\Win") / "System32" / "drivers" / "etc" / "hosts"
    assert platform.nsswitch_file() is None
    assert platform.gai_conf_file() is None
    assert platform.dns_settings_source().startswith(
        r"registry HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters"
    )


@pytest.mark.parametrize(
    ("system", "address", "counts"),
    [
        ("posix", "127.0.0.1", False),
        ("posix", "::1", False),
        ("posix", "127.0.0.2", True),  # glibc skips exactly 127.0.0.1 (checked in the lab)
        ("posix", "fe80::1%eth0", True),
        ("posix", "192.0.2.1", True),
        ("windows", "127.0.0.2", False),
        ("windows", "fe80::1", False),
        ("windows", "2001:db8::1", True),
        ("macos", "127.0.0.1", True),
    ],
)
def test_addrconfig_rule_per_system(
    monkeypatch: pytest.MonkeyPatch, system: str, address: str, counts: bool
) -> None:
    monkeypatch.setattr(platform, "SYSTEM", system)
    assert platform.addrconfig_counts(address) is counts
    assert platform.addrconfig_rule() == platform.ADDRCONFIG_RULES[system]
