"""DNS questions and answers as plain data.

A :class:`DnsQuery` is checked and complete before it is sent (by
:mod:`netexplorer.core.dns_wire`); a :class:`DnsAnswer` holds every record of
the answer, authority and additional sections as dnspython prints it, the
rcode, the flags, the server that answered and the transport.  This module
does not import dnspython, so the views that only show answers start without it.
"""

from dataclasses import dataclass

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
