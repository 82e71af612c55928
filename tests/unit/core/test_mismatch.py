"""Hints that say why a client misses this window's server, or why bind() failed."""

import errno
import socket

import pytest

from netexplorer.core import errors, mismatch, platform
from netexplorer.core.platform import PortOwner

V4, V6 = ("127.0.0.1", 25), ("::1", 25, 0, 0)


def test_no_hint_when_the_first_target_reaches_the_server() -> None:
    assert mismatch.target_hint("127.0.0.1", [V4], V4, udp=False) is None
    assert mismatch.target_hint("localhost", [V4], ("0.0.0.0", 25), udp=False) is None
    mapped = ("::ffff:127.0.0.1", 25, 0, 0)
    assert mismatch.target_hint("x", [mapped], V4, udp=False) is None
    assert mismatch.target_hint("x", [V4], ("::", 25, 0, 0), udp=False, dual_stack=True) is None
    assert mismatch.target_hint("x", [V4], None, udp=False) is None  # no server: nothing to say


def test_another_port() -> None:
    hint = mismatch.target_hint("127.0.0.1", [("127.0.0.1", 12345)], V4, udp=False)
    assert hint is not None
    assert hint.formatted() == (
        "This window's server listens on 127.0.0.1:25, but the client would connect to "
        "127.0.0.1:12345: another port. Use 127.0.0.1:25."
    )
    assert hint.fix == ("127.0.0.1", 25)


def test_the_other_ip_version() -> None:
    hint = mismatch.target_hint("localhost", [V4], V6, udp=False)
    assert hint is not None
    assert "[::1]:25 only" in hint.formatted()
    assert "the other IP version" in hint.formatted()
    assert hint.fix == ("::1", 25)
    wildcard_v6only = mismatch.target_hint("x", [V4], ("::", 25, 0, 0), udp=False)
    assert wildcard_v6only is not None
    assert wildcard_v6only.fix == ("::1", 25)


def test_localhost_giving_the_other_address_first() -> None:
    tcp = mismatch.target_hint("localhost", [V6, V4], V4, udp=False)
    assert tcp is not None
    assert tcp.formatted().startswith(
        "localhost gives [::1]:25 first: that attempt will be refused"
    )
    udp = mismatch.target_hint("localhost", [V6, V4], V4, udp=True)
    assert udp is not None
    assert "sends to the first result only" in udp.formatted()
    assert udp.fix == ("127.0.0.1", 25)


def test_another_address_and_unknown_reach() -> None:
    hint = mismatch.target_hint("127.0.0.2", [("127.0.0.2", 25)], V4, udp=False)
    assert hint is not None
    assert "another address" in hint.formatted()
    # a wildcard server and a non-loopback target: maybe this computer, maybe not
    assert mismatch.target_hint("x", [("192.0.2.7", 25)], ("0.0.0.0", 25), udp=False) is None


def test_refused_while_the_server_listens_elsewhere() -> None:
    hint = mismatch.refused_hint(("127.0.0.1", 12345), V4)
    assert hint is not None
    assert hint.formatted() == (
        "Nothing listens on 127.0.0.1:12345, but this window's server listens on "
        "127.0.0.1:25. Use 127.0.0.1:25."
    )
    assert mismatch.refused_hint(V4, V4) is None
    assert mismatch.refused_hint(V4, None) is None
    assert "No server of this window" in mismatch.no_server_hint(V4).formatted()


def test_privileged_port_without_rights() -> None:
    """Tests run as root here, so the refusal is built as the system raises it."""
    error = errors.explain(PermissionError(errno.EACCES, "Permission denied"))
    hint = mismatch.bind_hint(error, 25, None, posix=True)
    assert hint is not None
    assert hint.formatted().startswith("Port 25 is below 1024")
    assert "12345" in hint.formatted()
    assert mismatch.bind_hint(error, 25, None, posix=False) is None  # Windows: its own cause
    assert mismatch.bind_hint(error, 8080, None, posix=True) is None


def test_port_in_use_names_the_holder_where_the_system_can_tell() -> None:
    error = errors.explain(OSError(errno.EADDRINUSE, "Address already in use"))
    named = mismatch.bind_hint(error, 8080, (PortOwner(42, "nc"),), posix=True)
    assert named is not None
    assert named.formatted().startswith("Port 8080 is held by nc (process 42).")
    hidden = mismatch.bind_hint(error, 8080, (), posix=True)
    assert hidden is not None
    assert "may not see" in hidden.formatted()
    unknown = mismatch.bind_hint(error, 8080, None, posix=False)
    assert unknown is not None
    assert unknown.formatted().startswith("The system cannot tell which program holds port 8080")


def test_port_owners_from_linux_proc(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "net").mkdir()
    header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    (tmp_path / "net" / "tcp").write_text(
        header
        + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000  0 777 1\n"
        + "   1: 0100007F:1F90 0100007F:D000 06 00000000:00000000 00:00000000 00000000  1000  0 0 1\n"
    )
    (tmp_path / "net" / "tcp6").write_text(header)
    for pid, name, target in ((42, "nc", "socket:[777]"), (43, "bash", "pipe:[1]")):
        (tmp_path / str(pid) / "fd").mkdir(parents=True)
        (tmp_path / str(pid) / "comm").write_text(name + "\n")
        (tmp_path / str(pid) / "fd" / "3").symlink_to(target)
    monkeypatch.setattr(platform, "PROC", tmp_path)
    monkeypatch.setattr(platform, "SYSTEM", "posix")
    assert platform.port_owners(8080, udp=False) == (PortOwner(42, "nc"),)
    assert platform.port_owners(8081, udp=False) == ()
    assert platform.port_owners(8080, udp=True) is None  # no UDP table here: cannot tell
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    assert platform.port_owners(8080, udp=False) is None


def test_port_owners_finds_this_process_on_linux() -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        owners = platform.port_owners(held.getsockname()[1], udp=False)
    if owners is None:
        pytest.skip("this system cannot tell which process holds a port (not Linux)")
    import os

    assert os.getpid() in [owner.pid for owner in owners]


def test_firewall_note_is_for_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    assert platform.firewall_asks_about_servers()
    monkeypatch.setattr(platform, "SYSTEM", "posix")
    assert not platform.firewall_asks_about_servers()
