"""DNS queries with dnspython against the lab's server on a loopback port of its own."""

import contextlib
import errno
import io
from collections.abc import Iterator

import dns.resolver
import pytest

from netexplorer.core import dns_wire
from netexplorer.core.dns_code import python_code
from netexplorer.core.dns_errors import explain_dns
from netexplorer.core.dns_input import parse_query_name, parse_server
from netexplorer.core.dns_records import DnsAnswer, DnsQuery, DnsServer
from netexplorer.core.dns_wire import dns_lookup
from netexplorer.core.parsing import InvalidInput
from tests.lab import zone
from tests.lab.dnsserver import Behaviour, LabDNSServer


@pytest.fixture
def server() -> Iterator[LabDNSServer]:
    with LabDNSServer("127.0.0.1", 0) as lab:
        yield lab


def ask(lab: LabDNSServer, name: str, rdtype: str = "A", **options: object) -> DnsAnswer:
    qname, reverse_of = parse_query_name(name)
    query = DnsQuery(qname, rdtype, DnsServer(*lab.address), reverse_of=reverse_of, **options)  # type: ignore[arg-type]
    outcome = dns_lookup(query).run()
    assert outcome.value is not None, outcome.error
    return outcome.value


def test_a_cname_chain_is_followed_to_the_addresses(server: LabDNSServer) -> None:
    answer = ask(server, zone.ALIAS)
    assert answer.rcode == "NOERROR"
    assert answer.chain() == ("alias.lab.test.", "alias2.lab.test.", "dual.lab.test.")
    assert [(r.owner, r.ttl, r.rdclass, r.rdtype, r.data) for r in answer.section("answer")] == [
        ("alias.lab.test.", 60, "IN", "CNAME", "alias2.lab.test."),
        ("alias2.lab.test.", 60, "IN", "CNAME", "dual.lab.test."),
        ("dual.lab.test.", 60, "IN", "A", zone.DUAL_A),
    ]
    assert [address for address, _ in answer.addresses()] == [zone.DUAL_A]
    assert not answer.nodata
    assert answer.transport == "UDP"
    assert answer.flags == ("AA", "RD")


def test_a_cname_question_is_answered_by_the_cname_itself(server: LabDNSServer) -> None:
    answer = ask(server, zone.ALIAS, "CNAME")
    assert (answer.chain(), answer.nodata) == (("alias.lab.test.",), False)


def test_nxdomain_and_nodata_carry_the_soa_in_authority(server: LabDNSServer) -> None:
    missing = ask(server, zone.MISSING)
    assert missing.rcode == "NXDOMAIN"
    assert [r.rdtype for r in missing.section("authority")] == ["SOA"]
    nodata = ask(server, zone.V6ONLY, "A")
    assert (nodata.rcode, nodata.nodata, nodata.section("answer")) == ("NOERROR", True, ())


def test_servfail_refused_and_no_recursion(server: LabDNSServer) -> None:
    assert ask(server, zone.SERVFAIL).rcode == "SERVFAIL"
    assert ask(server, "example.com").rcode == "REFUSED"
    assert "RD" not in ask(server, zone.ONE, recursion=False).flags


def test_a_truncated_answer_is_asked_again_over_tcp(server: LabDNSServer) -> None:
    answer = ask(server, zone.TRUNCATED)
    assert (answer.transport, answer.retried_over_tcp) == ("TCP", True)
    assert [a for a, _ in answer.addresses()] == list(zone.TRUNCATED_A)
    assert [q.transport for q in server.queries] == ["udp", "tcp"]


def test_tcp_when_asked(server: LabDNSServer) -> None:
    answer = ask(server, zone.ONE, tcp=True)
    assert (answer.transport, answer.retried_over_tcp) == ("TCP", False)
    assert [q.transport for q in server.queries] == ["tcp"]


def test_an_address_is_asked_as_its_reverse_name(server: LabDNSServer) -> None:
    answer = ask(server, zone.ONE_A, "PTR")
    assert answer.query.qname == "10.2.0.192.in-addr.arpa."
    assert [r.data for r in answer.section("answer")] == ["one.lab.test."]
    v6 = ask(server, zone.DUAL_AAAA, "PTR")
    assert v6.query.qname.endswith(".ip6.arpa.")
    assert [r.data for r in v6.section("answer")] == ["dual.lab.test."]


def test_a_silent_server_is_an_explained_timeout(server: LabDNSServer) -> None:
    server.set_behaviour(Behaviour.SILENT)
    query = DnsQuery("one.lab.test.", "A", DnsServer(*server.address), timeout=0.3)
    outcome = dns_lookup(query).run()
    assert outcome.error is not None
    assert outcome.error.name == "Timeout"
    assert "No DNS server answered" in outcome.error.explanation
    # one server the user named: nothing was "asked in turn"
    assert outcome.error.cause.startswith("The server is down or silent")
    assert "in turn" not in outcome.error.cause


def test_silent_configured_servers_were_each_asked_in_turn(
    server: LabDNSServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.set_behaviour(Behaviour.SILENT)
    monkeypatch.setattr(dns_wire, "configured_servers", lambda: (DnsServer(*server.address),))
    outcome = dns_lookup(DnsQuery("one.lab.test.", "A", timeout=0.3)).run()
    assert outcome.error is not None
    assert outcome.error.name == "Timeout"
    assert "each asked in turn" in outcome.error.cause


def test_configured_servers_are_tried_in_turn(
    server: LabDNSServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LabDNSServer("127.0.0.1", 0) as silent:
        silent.set_behaviour(Behaviour.SILENT)
        servers = (DnsServer(*silent.address), DnsServer(*server.address))
        monkeypatch.setattr(dns_wire, "configured_servers", lambda: servers)
        outcome = dns_lookup(DnsQuery("one.lab.test.", "A", timeout=0.3)).run()
    assert outcome.value is not None
    assert outcome.value.server == servers[1]
    assert outcome.value.unanswered == (str(servers[0]),)


def test_no_configured_server_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    def none() -> tuple[DnsServer, ...]:
        raise dns.resolver.NoResolverConfiguration("no nameservers")

    monkeypatch.setattr(dns_wire, "configured_servers", none)
    outcome = dns_lookup(DnsQuery("one.lab.test.", "A")).run()
    assert outcome.error is not None
    assert outcome.error.name == "NoResolverConfiguration"
    assert "no DNS server configured" in outcome.error.explanation


def test_an_unreachable_network_is_the_socket_error() -> None:
    error = explain_dns(OSError(errno.ENETUNREACH, "Network is unreachable"))
    assert error.name == "ENETUNREACH"


@pytest.mark.parametrize("rdtype", ["A", "PTR"])
@pytest.mark.parametrize("tcp", [False, True])
def test_the_code_runs_as_pasted_and_asks_the_same(
    server: LabDNSServer, rdtype: str, tcp: bool
) -> None:
    name = zone.ONE if rdtype == "A" else zone.ONE_A
    answer = ask(server, name, rdtype, tcp=tcp)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(python_code(answer.query), {})
    assert f"{answer.section('answer')[0].data}" in printed.getvalue()
    assert [q.transport for q in server.queries][-1] == ("tcp" if tcp else "udp")


def test_the_code_for_configured_servers_reads_them() -> None:
    code = python_code(DnsQuery("one.lab.test.", "A", recursion=False))
    assert "dns.resolver.Resolver()" in code
    assert "~dns.flags.RD" in code
    compile(code, "<code>", "exec")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("127.0.0.1", DnsServer("127.0.0.1", 53)),
        ("192.0.2.53:5353", DnsServer("192.0.2.53", 5353)),
        ("::1", DnsServer("::1", 53)),
        ("[2001:db8::1]:53", DnsServer("2001:db8::1", 53)),
    ],
)
def test_server_input(text: str, expected: DnsServer | None) -> None:
    assert parse_server(text) == expected


@pytest.mark.parametrize(
    "text", ["dns.example", "1.2.3.4:0", "1.2.3.4:99999", "[::1]x", "1.2.3.4:", "a b"]
)
def test_server_input_that_is_not_an_address(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_server(text)


@pytest.mark.parametrize("text", ["a\\300b", "a..b", "x" * 64 + ".test", "", "a\x00b"])
def test_names_dnspython_refuses_are_explained(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_query_name(text)
    assert caught.value.error.name == "InputError"


def test_server_text_brackets_ipv6() -> None:
    assert str(DnsServer("2001:db8::1", 53)) == "[2001:db8::1]:53"
