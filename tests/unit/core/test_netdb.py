"""Reading the services and protocols databases (the system's and made-up ones)."""

import socket
from pathlib import Path

import pytest

from netexplorer.core import netdb, platform

SERVICES = """\
# comment line
http            80/tcp          www             # WorldWideWeb HTTP
domain          53/udp
domain          53/tcp
   indented     7/tcp   alias1 alias2
broken          notaport/tcp
noproto         99
lonely
kerberos        88/tcp  kerberos5 krb5 kerberos-sec  # Kerberos v5
"""

PROTOCOLS = """\
ip      0       IP              # internet protocol, pseudo protocol number
icmp    1       ICMP            # internet control message protocol
bad     x       BAD
tcp     6       TCP
#udp    17      UDP
"""


def test_parse_services() -> None:
    entries = netdb.parse_services(SERVICES)
    assert entries == (
        netdb.ServiceEntry("http", 80, "tcp", ("www",), "WorldWideWeb HTTP"),
        netdb.ServiceEntry("domain", 53, "udp", (), ""),
        netdb.ServiceEntry("domain", 53, "tcp", (), ""),
        netdb.ServiceEntry("indented", 7, "tcp", ("alias1", "alias2"), ""),
        netdb.ServiceEntry("kerberos", 88, "tcp", ("kerberos5", "krb5", "kerberos-sec"), "Kerberos v5"),
    )  # fmt: skip


def test_parse_protocols() -> None:
    assert netdb.parse_protocols(PROTOCOLS) == (
        netdb.ProtocolEntry("ip", 0, ("IP",), "internet protocol, pseudo protocol number"),
        netdb.ProtocolEntry("icmp", 1, ("ICMP",), "internet control message protocol"),
        netdb.ProtocolEntry("tcp", 6, ("TCP",), ""),
    )


def test_windows_line_endings_and_empty_text() -> None:
    assert netdb.parse_services("echo 7/udp\r\n") == (netdb.ServiceEntry("echo", 7, "udp", (), ""),)
    assert netdb.parse_services("") == ()
    assert netdb.parse_protocols("") == ()


def test_load_reads_the_files_the_platform_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    etc = tmp_path / "System32" / "drivers" / "etc"
    etc.mkdir(parents=True)
    (etc / "services").write_text(SERVICES, encoding="utf-8")
    (etc / "protocol").write_text(PROTOCOLS, encoding="utf-8")
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.setenv("SYSTEMROOT", str(tmp_path))
    databases = netdb.load()
    assert databases.services_path == str(etc / "services")
    assert databases.protocols_path == str(etc / "protocol")
    assert len(databases.services) == 5
    assert len(databases.protocols) == 3
    assert databases.missing == ()


def test_load_reports_missing_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.setenv("SYSTEMROOT", str(tmp_path))
    databases = netdb.load()
    assert databases.services == ()
    assert databases.protocols == ()
    assert len(databases.missing) == 2


def test_undecodable_bytes_do_not_stop_reading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    etc = tmp_path / "System32" / "drivers" / "etc"
    etc.mkdir(parents=True)
    (etc / "services").write_bytes(b"caf\xe9 1/tcp\nhttp 80/tcp\n")
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    monkeypatch.setenv("SYSTEMROOT", str(tmp_path))
    assert [s.name for s in netdb.load().services] == ["caf\ufffd", "http"]


@pytest.mark.skipif(platform.SYSTEM != "posix", reason="reads this system's own databases")
def test_system_databases_agree_with_the_socket_module() -> None:
    databases = netdb.load()
    assert databases.missing == ()
    for entry in databases.protocols:
        assert socket.getprotobyname(entry.name) == entry.number
    # getservbyname returns the first line (in file order) whose name or alias matches
    first: dict[tuple[str, str], int] = {}
    for service in databases.services:
        for name in (service.name, *service.aliases):
            first.setdefault((name, service.protocol), service.port)
    checked = [key for key in first if key[1] in ("tcp", "udp")]
    for name, proto in checked:
        assert socket.getservbyname(name, proto) == first[name, proto], (name, proto)
    assert ("http", "tcp") in checked
    assert ("www", "tcp") in checked
