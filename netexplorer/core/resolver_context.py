"""What this computer's resolver works with, each value with where it came from.

:func:`read` gathers the host name, the network interfaces and their
addresses, whether each family counts as configured for ``AI_ADDRCONFIG``,
the DNS servers and search domains, the hosts file, the ``hosts:`` line of
nsswitch.conf and the address-selection rules.  A part that cannot be read
becomes one row saying why; the others are still there.  It blocks (files,
``getfqdn``): call it off the GUI thread.
"""

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dns.exception
import dns.resolver
import psutil

from netexplorer.core import hosts, platform
from netexplorer.core.dns_errors import explain_dns
from netexplorer.core.errors import explain
from netexplorer.core.results import ExplainedError
from netexplorer.core.sysfiles import read_lines, without_comment
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

HOST_NAME = QT_TRANSLATE_NOOP(CONTEXT, "host name")
FQDN = QT_TRANSLATE_NOOP(CONTEXT, "fully qualified name")
INTERFACE = QT_TRANSLATE_NOOP(CONTEXT, "interface {}")
ADDRCONFIG = QT_TRANSLATE_NOOP(CONTEXT, "{} configured for AI_ADDRCONFIG")
DNS_SERVER = QT_TRANSLATE_NOOP(CONTEXT, "DNS server")
SEARCH_DOMAIN = QT_TRANSLATE_NOOP(CONTEXT, "search domain")
HOSTS_ENTRY = QT_TRANSLATE_NOOP(CONTEXT, "hosts file")
LOOKUP_ORDER = QT_TRANSLATE_NOOP(CONTEXT, "lookup order (nsswitch hosts:)")
ADDRESS_SELECTION = QT_TRANSLATE_NOOP(CONTEXT, "address selection")
RFC6724 = QT_TRANSLATE_NOOP(CONTEXT, "RFC 6724 defaults")
NO = QT_TRANSLATE_NOOP(CONTEXT, "no")
NONE = QT_TRANSLATE_NOOP(CONTEXT, "(none)")
FIXED_ORDER = QT_TRANSLATE_NOOP(CONTEXT, "hosts file, then DNS (fixed on this system)")


@dataclass(frozen=True)
class ContextRow:
    """One fact: what it is, its value, and its source (a file with its line, or a call).

    ``what`` is an English template marked for translation whose ``{}`` takes
    ``detail``; ``value`` is data unless ``translate_value`` says it is such a text
    too.  A part that could not be read has ``error`` set and no value.
    """

    what: str
    value: str
    source: str
    line: int = 0
    detail: str = ""
    error: ExplainedError | None = None
    translate_value: bool = False


def _call_row(what: str, call: Callable[[], str], source: str) -> ContextRow:
    try:
        return ContextRow(what, call(), source)
    except OSError as exc:
        return ContextRow(what, "", source, error=explain(exc))


def names() -> list[ContextRow]:
    """Return the host name and the fully qualified name."""
    return [
        _call_row(HOST_NAME, socket.gethostname, "socket.gethostname()"),
        _call_row(FQDN, socket.getfqdn, "socket.getfqdn()"),
    ]


def interface_addresses() -> dict[str, list[str]]:
    """Return every interface's IPv4 and IPv6 addresses with their prefix length."""
    found: dict[str, list[str]] = {}
    for interface, entries in sorted(psutil.net_if_addrs().items()):
        for entry in entries:
            if entry.family not in (socket.AF_INET, socket.AF_INET6):
                continue
            prefix = f"/{_prefix_length(entry.netmask)}" if entry.netmask else ""
            found.setdefault(interface, []).append(entry.address + prefix)
    return found


def _prefix_length(netmask: str) -> int:
    """Return the number of one bits of a netmask (``255.255.255.0`` is 24)."""
    return int(ipaddress.ip_address(netmask)).bit_count()


def interfaces() -> list[ContextRow]:
    """Return one row per interface address, and whether each family counts for AI_ADDRCONFIG."""
    source = "psutil.net_if_addrs()"
    try:
        found = interface_addresses()
    except (OSError, psutil.Error) as exc:
        error = explain(exc) if isinstance(exc, OSError) else explain(OSError(str(exc)))
        return [ContextRow(INTERFACE, "", source, detail="*", error=error)]
    rows = [
        ContextRow(INTERFACE, address, source, detail=interface)
        for interface, addresses in found.items()
        for address in addresses
    ]
    everything = [
        address.partition("/")[0] for addresses in found.values() for address in addresses
    ]
    for family, version in (("IPv4", 4), ("IPv6", 6)):
        counting = [
            a for a in everything if _version(a) == version and platform.addrconfig_counts(a)
        ]
        rows.append(
            ContextRow(
                ADDRCONFIG,
                ", ".join(counting) or NO,
                platform.addrconfig_rule(),
                detail=family,
                translate_value=not counting,
            )
        )
    return rows


def _version(address: str) -> int:
    return ipaddress.ip_address(address.partition("%")[0]).version


def _line_of(lines: tuple[str, ...], keyword: str, value: str) -> int:
    """Return the 1-based number of the first line ``keyword … value …`` (0 if none)."""
    for number, line in enumerate(lines, start=1):
        words = without_comment(line).split()
        if words[:1] == [keyword] and value.rstrip(".") in (w.rstrip(".") for w in words[1:]):
            return number
    return 0


def dns_settings() -> list[ContextRow]:
    """Return the DNS servers and search domains as dnspython reads them, with their lines."""
    source = platform.dns_settings_source()
    try:
        resolver = dns.resolver.Resolver(configure=True)
    except dns.exception.DNSException as exc:
        return [ContextRow(DNS_SERVER, "", source, error=explain_dns(exc))]
    lines = read_lines(Path(source)).lines if platform.SYSTEM != "windows" else ()
    rows = []
    for server in resolver.nameservers:
        text = str(server)
        rows.append(ContextRow(DNS_SERVER, text, source, _line_of(lines, "nameserver", text)))
    domains = [name.to_text(omit_final_dot=True) for name in resolver.search]
    if not domains and resolver.domain.labels and resolver.domain.to_text() != ".":
        domains = [resolver.domain.to_text(omit_final_dot=True)]
    for domain in domains:
        line = _line_of(lines, "search", domain) or _line_of(lines, "domain", domain)
        rows.append(ContextRow(SEARCH_DOMAIN, domain, source, line))
    if not domains:
        rows.append(ContextRow(SEARCH_DOMAIN, NONE, source, translate_value=True))
    return rows


def hosts_entries() -> list[ContextRow]:
    """Return every entry of the hosts file with its line number."""
    read = hosts.read()
    if read.error is not None:
        return [ContextRow(HOSTS_ENTRY, "", read.path, error=read.error)]
    return [ContextRow(HOSTS_ENTRY, e.text, read.path, e.line) for e in read.entries]


def lookup_order() -> list[ContextRow]:
    """Return the ``hosts:`` line of nsswitch.conf (or the system's fixed order)."""
    path = platform.nsswitch_file()
    if path is None:
        return [ContextRow(LOOKUP_ORDER, FIXED_ORDER, "", translate_value=True)]
    read = read_lines(path)
    if read.error is not None:
        return [ContextRow(LOOKUP_ORDER, "", read.path, error=read.error)]
    for number, line in enumerate(read.lines, start=1):
        text = without_comment(line)
        if text.startswith("hosts:"):
            return [
                ContextRow(LOOKUP_ORDER, text.removeprefix("hosts:").strip(), read.path, number)
            ]
    return [ContextRow(LOOKUP_ORDER, "files dns", read.path)]


def address_selection() -> list[ContextRow]:
    """Return the rules of gai.conf, or the RFC 6724 defaults where it has none."""
    path = platform.gai_conf_file()
    if path is None:
        return [ContextRow(ADDRESS_SELECTION, RFC6724, "", translate_value=True)]
    read = read_lines(path)
    rules = [
        ContextRow(ADDRESS_SELECTION, without_comment(line), read.path, number)
        for number, line in enumerate(read.lines, start=1)
        if without_comment(line)
    ]
    if read.error is not None and read.error.name != "ENOENT":
        return [ContextRow(ADDRESS_SELECTION, "", read.path, error=read.error)]
    return rules or [ContextRow(ADDRESS_SELECTION, RFC6724, read.path, translate_value=True)]


PARTS: tuple[Callable[[], list[ContextRow]], ...] = (
    names,
    interfaces,
    dns_settings,
    hosts_entries,
    lookup_order,
    address_selection,
)


def read() -> tuple[ContextRow, ...]:
    """Read every part, in the order the view shows them (blocking)."""
    return tuple(row for part in PARTS for row in part())
