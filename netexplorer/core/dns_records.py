"""DNS queries made with dnspython, and their answers as plain data.

A :class:`DnsQuery` is checked and complete before it is sent; :func:`dns_lookup`
plans it as a :class:`~netexplorer.core.lookups.Lookup` whose ``run()`` sends
it (blocking) and returns a :class:`DnsAnswer` — every record of the answer,
authority and additional sections as dnspython prints it, the rcode, the
flags, the server that answered and the transport.  NXDOMAIN, NODATA,
SERVFAIL and REFUSED are answers, not errors; a timeout or an unreachable
server is an explained error (:mod:`netexplorer.core.dns_errors`).
"""

from dataclasses import dataclass

import dns.exception
import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.rrset

from netexplorer.core.dns_errors import DNS_ERRORS, explain_dns
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import Call
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: The record types the DNS view offers, in the order of its combo box.
RECORD_TYPES = ("A", "AAAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT", "CAA")
SECTIONS = ("answer", "authority", "additional")
SHOWN_FLAGS = ("AA", "TC", "RD", "RA")
DNS_PORT = 53

RCODE_TEXT = {
    "NOERROR": QT_TRANSLATE_NOOP(CONTEXT, "the name exists"),
    "NXDOMAIN": QT_TRANSLATE_NOOP(CONTEXT, "the name does not exist"),
    "SERVFAIL": QT_TRANSLATE_NOOP(
        CONTEXT, "the server failed to find an answer (its own upstream failed)"
    ),
    "REFUSED": QT_TRANSLATE_NOOP(CONTEXT, "the server refuses to answer this question"),
    "FORMERR": QT_TRANSLATE_NOOP(CONTEXT, "the server could not understand the question"),
    "NOTIMP": QT_TRANSLATE_NOOP(CONTEXT, "the server does not implement this kind of query"),
}


@dataclass(frozen=True)
class DnsServer:
    """A DNS server's address and port."""

    address: str
    port: int = DNS_PORT

    def __str__(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"{host}:{self.port}"


@dataclass(frozen=True)
class DnsQuery:
    """One question, ready to send.

    ``qname`` is the absolute name asked (an address typed by the user becomes
    its reverse name, which ``reverse_of`` keeps); ``server`` None means this
    computer's configured servers, tried in order.
    """

    qname: str
    rdtype: str
    server: DnsServer | None = None
    tcp: bool = False
    recursion: bool = True
    timeout: float = 5.0
    reverse_of: str = ""


@dataclass(frozen=True)
class DnsRecord:
    """One resource record, each field as dnspython prints it."""

    section: str
    owner: str
    ttl: int
    rdclass: str
    rdtype: str
    data: str


@dataclass(frozen=True)
class DnsAnswer:
    """What a server answered: rcode, flags, transport and every record."""

    query: DnsQuery
    server: DnsServer
    rcode: str
    transport: str
    flags: tuple[str, ...]
    records: tuple[DnsRecord, ...]
    #: True when the UDP answer came back truncated (TC) and TCP was asked instead.
    retried_over_tcp: bool = False
    #: Servers that were asked first and did not answer (timeout or network error).
    unanswered: tuple[str, ...] = ()

    def section(self, name: str) -> tuple[DnsRecord, ...]:
        """Return the records of one section (``answer``, ``authority``, ``additional``)."""
        return tuple(record for record in self.records if record.section == name)

    @property
    def nodata(self) -> bool:
        """Tell whether the name exists but has no record of the asked type (NODATA)."""
        final = self.chain()[-1]
        return self.rcode == "NOERROR" and not any(
            _same(r.owner, final) and r.rdtype == self.query.rdtype for r in self.section("answer")
        )

    def chain(self) -> tuple[str, ...]:
        """Return the CNAME chain from the name asked: owner, target, …, final name."""
        names = [self.query.qname]
        if self.query.rdtype == "CNAME":  # the CNAME itself is the answer: nothing to follow
            return tuple(names)
        targets = {r.owner.lower(): r.data for r in self.section("answer") if r.rdtype == "CNAME"}
        seen = {names[0].lower()}
        while (target := targets.get(names[-1].lower())) and target.lower() not in seen:
            names.append(target)
            seen.add(target.lower())
        return tuple(names)

    def addresses(self) -> tuple[tuple[str, DnsRecord], ...]:
        """Return each A or AAAA record at the end of the chain with its address."""
        final = self.chain()[-1]
        return tuple(
            (r.data, r)
            for r in self.section("answer")
            if r.rdtype in ("A", "AAAA") and _same(r.owner, final)
        )


def _same(name: str, other: str) -> bool:
    """Tell whether two absolute names are equal (DNS names ignore case)."""
    return name.lower() == other.lower()


def configured_servers() -> tuple[DnsServer, ...]:
    """Return this computer's DNS servers as dnspython reads them (resolv.conf, registry).

    Raises ``dns.resolver.NoResolverConfiguration`` when none is configured.
    """
    resolver = dns.resolver.Resolver(configure=True)
    ports = resolver.nameserver_ports
    return tuple(
        DnsServer(ns, ports.get(ns, resolver.port))
        for ns in resolver.nameservers
        if isinstance(ns, str)
    )


def _records(response: dns.message.Message) -> tuple[DnsRecord, ...]:
    records = []
    for section, rrsets in zip(
        SECTIONS, (response.answer, response.authority, response.additional), strict=True
    ):
        for rrset in rrsets:
            records.extend(_rrset_records(section, rrset))
    return tuple(records)


def _rrset_records(section: str, rrset: dns.rrset.RRset) -> list[DnsRecord]:
    owner = rrset.name.to_text()
    rdclass = dns.rdataclass.to_text(rrset.rdclass)
    rdtype = dns.rdatatype.to_text(rrset.rdtype)
    return [DnsRecord(section, owner, rrset.ttl, rdclass, rdtype, rd.to_text()) for rd in rrset]


def _ask(query: DnsQuery, server: DnsServer) -> tuple[dns.message.Message, bool, bool]:
    """Send the question to one server; return (response, over TCP, retried over TCP)."""
    message = dns.message.make_query(query.qname, query.rdtype)
    if not query.recursion:
        message.flags &= ~dns.flags.RD
    if query.tcp:
        response = dns.query.tcp(message, server.address, query.timeout, server.port)
        return response, True, False
    response, used_tcp = dns.query.udp_with_fallback(
        message, server.address, query.timeout, server.port
    )
    return response, used_tcp, used_tcp


def send(query: DnsQuery) -> DnsAnswer:
    """Ask the query's server, or each configured server in turn until one answers."""
    servers = (query.server,) if query.server else configured_servers()
    if not servers:
        raise dns.resolver.NoResolverConfiguration("no nameservers")  # type: ignore[no-untyped-call]
    unanswered: list[str] = []
    failure: BaseException | None = None
    for server in servers:
        try:
            response, over_tcp, retried = _ask(query, server)
        except (dns.exception.Timeout, OSError) as exc:
            unanswered.append(str(server))
            failure = exc
            continue
        flag_names = dns.flags.to_text(response.flags).split()
        return DnsAnswer(
            query=query,
            server=server,
            rcode=dns.rcode.to_text(response.rcode()),
            transport="TCP" if over_tcp else "UDP",
            flags=tuple(flag for flag in SHOWN_FLAGS if flag in flag_names),
            records=_records(response),
            retried_over_tcp=retried,
            unanswered=tuple(unanswered),
        )
    assert failure is not None  # at least one server was asked
    raise failure


def dns_lookup(query: DnsQuery) -> Lookup[DnsAnswer]:
    """Plan a DNS query; its errors are dnspython's and the socket module's, explained."""
    where = str(query.server) if query.server else "configured"
    return Lookup(
        Call("dns.query", (query.qname, query.rdtype, where)),
        lambda: send(query),
        lambda answer: answer,
        errors=DNS_ERRORS,
        explainer=explain_dns,
    )
