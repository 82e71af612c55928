"""The lab server answers real DNS queries as scripted (checked with dnspython)."""

from __future__ import annotations

import socket
import threading
import time

import dns.exception
import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.rdatatype
import pytest

from tests.lab import zone
from tests.lab.dnsserver import Behaviour, LabDNSServer


@pytest.fixture
def server():
    with LabDNSServer("127.0.0.1", 0) as srv:
        yield srv


def ask(server: LabDNSServer, name: str, rdtype: str = "A", tcp: bool = False, timeout: float = 2):
    query = dns.message.make_query(name, rdtype)
    host, port = server.address
    send = dns.query.tcp if tcp else dns.query.udp
    return send(query, host, port=port, timeout=timeout)


def addresses(response) -> list[str]:
    return [rd.to_text() for rrset in response.answer for rd in rrset if rrset.rdtype in (1, 28)]


def test_answers_in_zone_order(server):
    response = ask(server, zone.MULTI)
    assert response.rcode() == dns.rcode.NOERROR
    assert response.flags & dns.flags.AA
    assert addresses(response) == list(zone.MULTI_A)


def test_cname_chain_is_followed(server):
    response = ask(server, zone.ALIAS, "AAAA")
    names = [rrset.name.to_text() for rrset in response.answer]
    assert names == ["alias.lab.test.", "alias2.lab.test.", "dual.lab.test."]
    assert addresses(response) == [zone.DUAL_AAAA]


def test_missing_name_is_nxdomain_and_nodata_is_noerror(server):
    assert ask(server, zone.MISSING).rcode() == dns.rcode.NXDOMAIN
    nodata = ask(server, zone.ONE, "AAAA")
    assert nodata.rcode() == dns.rcode.NOERROR
    assert nodata.answer == []
    assert nodata.authority[0].rdtype == dns.rdatatype.SOA


def test_ptr_and_missing_ptr(server):
    v6 = ask(
        server, "0.6.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", "PTR"
    )
    assert [rd.to_text() for rd in v6.answer[0]] == ["v6only.lab.test."]
    assert ask(server, "99.2.0.192.in-addr.arpa", "PTR").rcode() == dns.rcode.NXDOMAIN


def test_wildcard_and_outside_names(server):
    assert addresses(ask(server, "anything-7.any.lab.test")) == [zone.WILDCARD_A]
    assert ask(server, "example.invalid").rcode() == dns.rcode.REFUSED


def test_servfail_nxdomain_rules_per_name_and_global(server):
    server.set_behaviour(Behaviour.SERVFAIL, name=zone.ONE)
    assert ask(server, zone.ONE).rcode() == dns.rcode.SERVFAIL
    assert ask(server, zone.DUAL).rcode() == dns.rcode.NOERROR
    server.set_behaviour(Behaviour.NXDOMAIN)
    assert ask(server, zone.DUAL).rcode() == dns.rcode.NXDOMAIN
    server.reset()
    assert ask(server, zone.ONE).rcode() == dns.rcode.NOERROR


def test_builtin_rules(server):
    assert ask(server, zone.SERVFAIL).rcode() == dns.rcode.SERVFAIL
    with pytest.raises(dns.exception.Timeout):
        ask(server, zone.SILENT, timeout=0.3)


def test_truncate_sets_tc_over_udp_and_answers_over_tcp(server):
    udp = ask(server, zone.TRUNCATED)
    assert udp.flags & dns.flags.TC
    assert udp.answer == []
    tcp = ask(server, zone.TRUNCATED, tcp=True)
    assert addresses(tcp) == list(zone.TRUNCATED_A)
    assert [q.transport for q in server.queries] == ["udp", "tcp"]


def test_delay_does_not_hold_up_other_names(server):
    server.set_behaviour(Behaviour.DELAY, name=zone.ONE, delay=0.8)
    slow_done: list[float] = []

    def slow() -> None:
        ask(server, zone.ONE)
        slow_done.append(time.monotonic())

    start = time.monotonic()
    t = threading.Thread(target=slow)
    t.start()
    assert addresses(ask(server, zone.DUAL)) == [zone.DUAL_A]
    fast = time.monotonic() - start
    t.join(5)
    assert fast < 0.5
    assert slow_done
    assert slow_done[0] - start >= 0.75


def test_silent_records_the_query(server):
    server.set_behaviour(Behaviour.SILENT)
    with pytest.raises(dns.exception.Timeout):
        ask(server, zone.ONE, timeout=0.3)
    assert [(q.name, q.rdtype) for q in server.queries] == [(zone.ONE, "A")]


def test_stop_is_clean_with_answers_pending():
    server = LabDNSServer("127.0.0.1", 0).start()
    server.set_behaviour(Behaviour.DELAY, delay=30)
    thread = server._thread
    assert thread is not None
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        dns.query.send_udp(sock, dns.message.make_query(zone.ONE, "A"), server.address)
        deadline = time.monotonic() + 2
        while not server.queries and time.monotonic() < deadline:
            time.sleep(0.01)
        start = time.monotonic()
        server.stop()
    assert time.monotonic() - start < 1
    assert not thread.is_alive()
    assert server.queries
