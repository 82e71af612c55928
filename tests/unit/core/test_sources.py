"""Where an answer came from: the hosts file read as the resolver reads it, or DNS."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from netexplorer.core import dns_compare, dns_wire, hosts, platform, source_trace
from netexplorer.core.dns_records import DnsServer
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo
from netexplorer.core.sources import SystemAnswer
from tests.lab import zone
from tests.lab.dnsserver import Behaviour, LabDNSServer

HOSTS = """# a comment line
127.0.0.1   localhost
127.0.1.1\tmyhost.example myhost   # this computer
not-an-address   ignored
::1 localhost ip6-localhost
192.0.2.10 One.Lab.Test
"""


@pytest.fixture
def hosts_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "hosts"
    path.write_text(HOSTS)
    monkeypatch.setattr(platform, "hosts_file", lambda: path)
    monkeypatch.setattr(platform, "nsswitch_file", lambda: None)
    return path


@pytest.fixture
def lab_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[LabDNSServer]:
    with LabDNSServer("127.0.0.1", 0) as server:
        monkeypatch.setattr(dns_wire, "configured_servers", lambda: (DnsServer(*server.address),))
        yield server


def test_the_hosts_file_is_read_with_line_numbers(hosts_file: Path) -> None:
    read = hosts.read()
    assert read.path == str(hosts_file)
    assert [(e.line, e.text) for e in read.entries] == [
        (2, "127.0.0.1 localhost"),
        (3, "127.0.1.1 myhost.example myhost"),
        (5, "::1 localhost ip6-localhost"),
        (6, "192.0.2.10 One.Lab.Test"),
    ]
    assert [e.line for e in read.lookup("LOCALHOST")] == [2, 5]
    assert [e.line for e in read.lookup("myhost.")] == [3]


def test_a_missing_hosts_file_says_why(tmp_path: Path) -> None:
    read = hosts.read(tmp_path / "nowhere")
    assert read.entries == ()
    assert read.error is not None
    assert read.error.name == "ENOENT"


def test_numeric_names_need_no_lookup() -> None:
    assert source_trace.trace(SystemAnswer("::1", ("::1",))).kind == "numeric"
    assert source_trace.trace(SystemAnswer("name", (), numeric_only=True)).kind == "numeric-only"


def test_the_hosts_file_answers_first(hosts_file: Path) -> None:
    report = source_trace.trace(SystemAnswer("myhost", ("127.0.1.1",)))
    assert report.kind == "hosts"
    assert report.hosts_path == str(hosts_file)
    assert [line.line for line in report.hosts_lines] == [3]
    assert report.unexplained == ()


def test_an_address_from_neither_source_is_reported(hosts_file: Path) -> None:
    del hosts_file
    report = source_trace.trace(SystemAnswer("myhost", ("127.0.1.1", "10.0.0.5")))
    assert report.unexplained == ("10.0.0.5",)


def test_dns_answers_a_name_the_hosts_file_lacks(hosts_file: Path, lab_dns: LabDNSServer) -> None:
    del hosts_file
    report = source_trace.trace(SystemAnswer(zone.MULTI, zone.MULTI_A))
    assert report.kind == "dns"
    assert report.dns.addresses() == zone.MULTI_A
    assert {str(a.server) for a in report.dns.answers} == {"{}:{}".format(*lab_dns.address)}
    assert report.unexplained == ()


def test_dns_that_cannot_be_asked_is_explained(hosts_file: Path) -> None:
    del hosts_file
    report = source_trace.trace(SystemAnswer(zone.MULTI, (zone.MULTI_A[0],)))
    assert report.dns.error is not None
    assert report.dns.error.name == "NoResolverConfiguration"
    assert report.unexplained == (zone.MULTI_A[0],)


def test_the_comparison_lines_up_dns_and_getaddrinfo(
    hosts_file: Path, lab_dns: LabDNSServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    del hosts_file
    returned = (AddrInfo(2, 1, 6, "", (zone.DUAL_A, 0)),)
    call = dns_compare.addrinfo_lookup(zone.DUAL, True).call  # planned, never run here
    monkeypatch.setattr(
        dns_compare,
        "addrinfo_lookup",
        lambda name, addrconfig: Lookup(call, lambda: returned, lambda raw: raw),
    )
    monkeypatch.setattr(dns_compare, "configured_families", lambda: {4})
    result = dns_compare.compare(zone.DUAL, True)
    assert [(r.address, r.positions, r.verdict) for r in result.rows] == [
        (zone.DUAL_A, (1,), dns_compare.FROM_DNS),
        (zone.DUAL_AAAA, (), dns_compare.DROPPED_ADDRCONFIG),
    ]
    assert result.rows[1].record is not None
    assert result.rows[1].record.rdtype == "AAAA"


def test_a_hosts_name_hides_dns(hosts_file: Path, lab_dns: LabDNSServer) -> None:
    del hosts_file, lab_dns
    report = source_trace.trace(SystemAnswer("one.lab.test", (zone.ONE_A,)))
    assert report.kind == "hosts"
    assert report.dns.answers == ()


def test_a_silent_dns_server_is_a_timeout(
    hosts_file: Path, lab_dns: LabDNSServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    del hosts_file
    lab_dns.set_behaviour(Behaviour.SILENT)
    monkeypatch.setattr(source_trace, "TRACE_TIMEOUT", 0.2)
    report = source_trace.trace(SystemAnswer(zone.MULTI))
    assert report.dns.error is not None
    assert report.dns.error.name == "Timeout"
