"""Finding where the system resolver's answer for a name came from: numeric, hosts file or DNS.

:func:`trace` reads the hosts file the way the resolver does and, when the
name is not there, asks DNS (dnspython, this computer's servers and search
list) for its A and AAAA records.  It then compares what it found with what
the system resolver really returned: addresses that neither source gave come
from somewhere else (an NSS module such as ``myhostname`` or mDNS), and the
report says so instead of pretending.  It blocks: call it off the GUI thread.
"""

from pathlib import Path

import dns.resolver

from netexplorer.core import hosts, parsing, platform
from netexplorer.core.dns_errors import DNS_ERRORS, explain_dns
from netexplorer.core.dns_records import DnsAnswer, DnsQuery
from netexplorer.core.dns_wire import send
from netexplorer.core.sources import DnsTrace, SourceReport, SystemAnswer, plain
from netexplorer.core.sysfiles import read_lines, without_comment

#: Seconds one DNS question of a trace may take (the view's deadline still applies).
TRACE_TIMEOUT = 3.0
ADDRESS_TYPES = ("A", "AAAA")


def lookup_order() -> str:
    """Return the sources of nsswitch.conf's ``hosts:`` line (``files dns`` where none)."""
    path = platform.nsswitch_file()
    if path is None:
        return "files dns"
    for line in read_lines(path).lines:
        text = without_comment(line)
        if text.startswith("hosts:"):
            return text.removeprefix("hosts:").strip()
    return "files dns"


def search_names(name: str) -> tuple[str, ...]:
    """Return the absolute names the resolver tries for ``name``, in order (search list)."""
    if name.endswith("."):
        return (name,)
    resolver = dns.resolver.Resolver(configure=True)
    suffixes = [s.to_text() for s in resolver.search]
    if not suffixes and resolver.domain.to_text() != ".":
        suffixes = [resolver.domain.to_text()]
    searched = [f"{name}.{suffix}" for suffix in suffixes]
    absolute = f"{name}."
    if name.count(".") >= (resolver.ndots or 1):
        return (absolute, *searched)
    return (*searched, absolute)


def ask_dns(name: str) -> DnsTrace:
    """Ask this computer's DNS servers for the A and AAAA records of ``name``."""
    try:
        candidates = search_names(name)
        answers = [_first_answer(candidates, rdtype, TRACE_TIMEOUT) for rdtype in ADDRESS_TYPES]
    except DNS_ERRORS as exc:
        return DnsTrace(error=explain_dns(exc))
    return DnsTrace(tuple(answers))


def _first_answer(candidates: tuple[str, ...], rdtype: str, timeout: float) -> DnsAnswer:
    """Return the answer for the first name of the search list that has records."""
    first: DnsAnswer | None = None
    for qname in candidates:
        answer = send(DnsQuery(qname, rdtype, timeout=timeout))
        if answer.addresses():
            return answer
        first = first or answer
    assert first is not None
    return first


def trace(answer: SystemAnswer, hosts_file: Path | None = None) -> SourceReport:
    """Find where the system resolver's answer for one name came from (blocking)."""
    name = answer.name
    if not name:
        return SourceReport(name, "empty")
    if parsing.is_numeric_address(name):
        return SourceReport(name, "numeric")
    if answer.numeric_only:
        return SourceReport(name, "numeric-only")
    order = lookup_order()
    returned = {plain(a) for a in answer.addresses}
    read = hosts.read(hosts_file)
    lines = read.lookup(name) if "files" in order.split() else ()
    if lines:
        unexplained = returned - {plain(e.address) for e in lines}
        return SourceReport(
            name, "hosts", read.path, lines, unexplained=tuple(sorted(unexplained)), order=order
        )
    found = ask_dns(name)
    unexplained = returned - {plain(a) for a in found.addresses()}
    return SourceReport(
        name, "dns", read.path, dns=found, unexplained=tuple(sorted(unexplained)), order=order
    )


def trace_all(answers: tuple[SystemAnswer, ...]) -> tuple[SourceReport, ...]:
    """Trace several names, each once, in order (blocking)."""
    seen: dict[str, SystemAnswer] = {}
    for answer in answers:
        known = seen.get(answer.name)
        merged = known.addresses if known else ()
        seen[answer.name] = SystemAnswer(
            answer.name,
            tuple(dict.fromkeys((*merged, *answer.addresses))),
            answer.numeric_only or bool(known and known.numeric_only),
        )
    return tuple(trace(answer) for answer in seen.values())
