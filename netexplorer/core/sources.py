"""Where the system resolver's answer for a name came from, as plain data.

A view hands :mod:`netexplorer.core.source_trace` a :class:`SystemAnswer` (what
the resolver returned) and gets a :class:`SourceReport` back: numeric, the
hosts file's lines, or the DNS answers, and the addresses neither gave.  This
module does not import dnspython, so the views that show reports start without it.
"""

import ipaddress
from dataclasses import dataclass

from netexplorer.core.dns_records import DnsAnswer
from netexplorer.core.hosts import HostsEntry
from netexplorer.core.results import ExplainedError


@dataclass(frozen=True)
class SystemAnswer:
    """What a view got from the system resolver for one name.

    ``numeric_only`` is set when the call forbade any lookup (``AI_NUMERICHOST``).
    """

    name: str
    addresses: tuple[str, ...] = ()
    numeric_only: bool = False


@dataclass(frozen=True)
class DnsTrace:
    """The DNS answers for one name: one per record type, or why DNS could not be asked."""

    answers: tuple[DnsAnswer, ...] = ()
    error: ExplainedError | None = None

    def addresses(self) -> tuple[str, ...]:
        """Return every address the answers hold, in order."""
        return tuple(a for answer in self.answers for a, _ in answer.addresses())


@dataclass(frozen=True)
class SourceReport:
    """Where one name's answer came from.

    ``kind`` is ``empty`` (no name: Python's gethostbyname gives the wildcard
    address for ``''``), ``numeric`` (no lookup), ``numeric-only`` (a lookup was
    forbidden), ``hosts`` (the hosts file answered) or ``dns``.  ``unexplained`` lists the
    addresses the system returned that neither the hosts file nor DNS gave.
    """

    name: str
    kind: str
    hosts_path: str = ""
    hosts_lines: tuple[HostsEntry, ...] = ()
    dns: DnsTrace = DnsTrace()
    unexplained: tuple[str, ...] = ()
    order: str = ""


def plain(address: str) -> str:
    """Return an address without zone, with an IPv4-mapped IPv6 address as IPv4."""
    parsed = ipaddress.ip_address(address.partition("%")[0])
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    return str(parsed)
