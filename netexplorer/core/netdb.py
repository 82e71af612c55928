"""Reading the services and protocols databases behind getservbyname / getprotobyname.

The files have the same layout on every system (``name number[/proto] aliases # comment``);
only their location differs, see :mod:`netexplorer.core.platform`.
"""

from dataclasses import dataclass
from pathlib import Path

from netexplorer.core import platform


@dataclass(frozen=True)
class ServiceEntry:
    """One line of the services database: ``http 80/tcp www``."""

    name: str
    port: int
    protocol: str
    aliases: tuple[str, ...]
    comment: str


@dataclass(frozen=True)
class ProtocolEntry:
    """One line of the protocols database: ``icmp 1 ICMP``."""

    name: str
    number: int
    aliases: tuple[str, ...]
    comment: str


@dataclass(frozen=True)
class Databases:
    """Both databases and where they were read from (``missing`` lists unreadable files)."""

    services: tuple[ServiceEntry, ...]
    protocols: tuple[ProtocolEntry, ...]
    services_path: str
    protocols_path: str
    missing: tuple[str, ...]


def _fields(line: str) -> tuple[list[str], str]:
    data, _, comment = line.partition("#")
    return data.split(), comment.strip()


def parse_services(text: str) -> tuple[ServiceEntry, ...]:
    """Parse the text of a services file, skipping malformed lines."""
    entries = []
    for line in text.splitlines():
        words, comment = _fields(line)
        if len(words) < 2:
            continue
        port, _, proto = words[1].partition("/")
        if not port.isdecimal() or not proto:
            continue
        entries.append(ServiceEntry(words[0], int(port), proto, tuple(words[2:]), comment))
    return tuple(entries)


def parse_protocols(text: str) -> tuple[ProtocolEntry, ...]:
    """Parse the text of a protocols file, skipping malformed lines."""
    entries = []
    for line in text.splitlines():
        words, comment = _fields(line)
        if len(words) < 2 or not words[1].isdecimal():
            continue
        entries.append(ProtocolEntry(words[0], int(words[1]), tuple(words[2:]), comment))
    return tuple(entries)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def load() -> Databases:
    """Read this system's services and protocols databases (blocking file I/O)."""
    services_path, protocols_path = platform.services_file(), platform.protocols_file()
    services_text, protocols_text = _read(services_path), _read(protocols_path)
    missing = tuple(
        str(path)
        for path, text in ((services_path, services_text), (protocols_path, protocols_text))
        if text is None
    )
    return Databases(
        services=parse_services(services_text or ""),
        protocols=parse_protocols(protocols_text or ""),
        services_path=str(services_path),
        protocols_path=str(protocols_path),
        missing=missing,
    )
