"""The hosts file, read the way the system resolver reads it, with line numbers."""

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from netexplorer.core import platform
from netexplorer.core.results import ExplainedError
from netexplorer.core.sysfiles import read_lines, without_comment


@dataclass(frozen=True)
class HostsEntry:
    """One line of the hosts file: an address and the names that map to it."""

    line: int
    address: str
    names: tuple[str, ...]

    @property
    def text(self) -> str:
        """Return the line as the resolver understood it (comment removed)."""
        return " ".join((self.address, *self.names))

    def matches(self, name: str) -> bool:
        """Tell whether ``name`` is this line's canonical name or an alias (any case)."""
        wanted = name.rstrip(".").lower()
        return any(known.lower() == wanted for known in self.names)


@dataclass(frozen=True)
class HostsFile:
    """Every entry of a hosts file, or why it could not be read."""

    path: str
    entries: tuple[HostsEntry, ...] = ()
    error: ExplainedError | None = None

    def lookup(self, name: str) -> tuple[HostsEntry, ...]:
        """Return the lines that give ``name`` an address, in file order."""
        return tuple(entry for entry in self.entries if entry.matches(name))


def parse(lines: tuple[str, ...]) -> tuple[HostsEntry, ...]:
    """Return the entries of hosts-file lines; lines without a valid address are skipped.

    As in glibc and Windows: text after ``#`` is a comment, the first field an
    IPv4 or IPv6 address, the others its names.
    """
    entries = []
    for number, raw in enumerate(lines, start=1):
        fields = without_comment(raw).split()
        if len(fields) < 2:
            continue
        try:
            address = str(ipaddress.ip_address(fields[0]))
        except ValueError:
            continue
        entries.append(HostsEntry(number, address, tuple(fields[1:])))
    return tuple(entries)


def read(path: Path | None = None) -> HostsFile:
    """Read this system's hosts file (blocking: call it off the GUI thread)."""
    source = read_lines(path or platform.hosts_file())
    if source.error is not None:
        return HostsFile(source.path, error=source.error)
    return HostsFile(source.path, parse(source.lines))
