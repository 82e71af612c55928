"""Asking a DNS server with dnspython, the answer returned as plain data.

:func:`dns_lookup` plans a :class:`~netexplorer.core.dns_records.DnsQuery` as a
:class:`~netexplorer.core.lookups.Lookup` whose ``run()`` sends it (blocking)
and returns a :class:`~netexplorer.core.dns_records.DnsAnswer`.  NXDOMAIN,
NODATA, SERVFAIL and REFUSED are answers, not errors; a timeout or an
unreachable server is an explained error (:mod:`netexplorer.core.dns_errors`).
"""

from functools import partial

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
from netexplorer.core.dns_records import (
    SECTIONS,
    SHOWN_FLAGS,
    DnsAnswer,
    DnsQuery,
    DnsRecord,
    DnsServer,
)
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import Call


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
        explainer=partial(explain_dns, named_server=query.server is not None),
    )
