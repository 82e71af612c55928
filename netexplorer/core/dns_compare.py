"""DNS beside getaddrinfo: which record, or hosts-file line, each address came from.

:func:`compare` runs ``socket.getaddrinfo(name, None)`` (optionally with
``AI_ADDRCONFIG``), traces the name (:mod:`netexplorer.core.sources`) and
lines the addresses up: each one getaddrinfo returned with the DNS record or
hosts-file line it came from, and each DNS address it did not return, with
the reason when it is known (``AI_ADDRCONFIG`` and this computer's addresses,
or the hosts file answering first).  It blocks: call it off the GUI thread.
"""

import ipaddress
from dataclasses import dataclass

from netexplorer.core import flags, platform
from netexplorer.core.dns_records import DnsRecord
from netexplorer.core.hosts import HostsEntry
from netexplorer.core.lookups import Lookup, getaddrinfo
from netexplorer.core.resolver_context import interface_addresses
from netexplorer.core.results import AddrInfo, ExplainedError
from netexplorer.core.source_trace import trace
from netexplorer.core.sources import SourceReport, SystemAnswer, plain
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

FROM_DNS = QT_TRANSLATE_NOOP(CONTEXT, "from DNS")
FROM_HOSTS = QT_TRANSLATE_NOOP(CONTEXT, "from the hosts file (DNS was not asked)")
NUMERIC = QT_TRANSLATE_NOOP(CONTEXT, "the name is an address: no lookup")
ELSEWHERE = QT_TRANSLATE_NOOP(
    CONTEXT, "neither the hosts file nor DNS: another source of the lookup order"
)
DROPPED_ADDRCONFIG = QT_TRANSLATE_NOOP(
    CONTEXT, "DNS only: AI_ADDRCONFIG dropped it, no {} address counts as configured here"
)
DROPPED_HOSTS = QT_TRANSLATE_NOOP(
    CONTEXT, "DNS only: the hosts file answered first, so DNS was never asked"
)
DROPPED = QT_TRANSLATE_NOOP(CONTEXT, "DNS only: getaddrinfo did not return it")


@dataclass(frozen=True)
class ComparedAddress:
    """One address: where getaddrinfo put it, the record or line it came from, the verdict."""

    address: str
    family: str
    positions: tuple[int, ...]
    record: DnsRecord | None
    hosts_line: HostsEntry | None
    verdict: str
    verdict_detail: str = ""


@dataclass(frozen=True)
class Comparison:
    """getaddrinfo's answer for a name beside where each address came from."""

    name: str
    addrconfig: bool
    entries: tuple[AddrInfo, ...]
    error: ExplainedError | None
    report: SourceReport
    rows: tuple[ComparedAddress, ...]


def addrinfo_lookup(name: str, addrconfig: bool) -> Lookup[tuple[AddrInfo, ...]]:
    """Plan ``socket.getaddrinfo(name, None[, flags=AI_ADDRCONFIG])``."""
    chosen = flags.symbol("AI_ADDRCONFIG") if addrconfig else flags.ZERO
    return getaddrinfo(name, None, flags.ZERO, flags.ZERO, flags.ZERO, chosen)


def configured_families() -> set[int]:
    """Return the IP versions that count as configured for AI_ADDRCONFIG here."""
    addresses = [a.partition("/")[0] for found in interface_addresses().values() for a in found]
    return {
        ipaddress.ip_address(a.partition("%")[0]).version
        for a in addresses
        if platform.addrconfig_counts(a)
    }


def _family(address: str) -> str:
    return "IPv6" if ipaddress.ip_address(address).version == 6 else "IPv4"


def compare(name: str, addrconfig: bool) -> Comparison:
    """Run getaddrinfo and line its addresses up with the hosts file and DNS (blocking)."""
    outcome = addrinfo_lookup(name, addrconfig).run()
    entries = outcome.value or ()
    order: list[str] = []
    positions: dict[str, list[int]] = {}
    for number, entry in enumerate(entries, start=1):
        address = plain(str(entry.sockaddr[0]))
        if address not in positions:
            order.append(address)
        positions.setdefault(address, []).append(number)
    report = trace(SystemAnswer(name, tuple(order)))
    records = {
        plain(a): record for answer in report.dns.answers for a, record in answer.addresses()
    }
    lines = {plain(line.address): line for line in report.hosts_lines}
    families = configured_families() if addrconfig else {4, 6}
    rows = []
    for address in (*order, *(a for a in records if a not in positions)):
        found = tuple(positions.get(address, ()))
        verdict, detail = _verdict(report, address, found, lines, families)
        rows.append(
            ComparedAddress(
                address,
                _family(address),
                found,
                records.get(address),
                lines.get(address),
                verdict,
                detail,
            )
        )
    return Comparison(name, addrconfig, entries, outcome.error, report, tuple(rows))


def _verdict(
    report: SourceReport,
    address: str,
    positions: tuple[int, ...],
    lines: dict[str, HostsEntry],
    families: set[int],
) -> tuple[str, str]:
    """Say where an address came from, or why getaddrinfo did not return it."""
    if report.kind == "numeric":
        return NUMERIC, ""
    if positions:
        if address in lines:
            return FROM_HOSTS, ""
        return (ELSEWHERE, "") if address in report.unexplained else (FROM_DNS, "")
    if report.kind == "hosts":
        return DROPPED_HOSTS, ""
    version = ipaddress.ip_address(address).version
    if version not in families:
        return DROPPED_ADDRCONFIG, _family(address)
    return DROPPED, ""
