"""Every place where netexplorer behaves differently per operating system.

Keeping the differences here means the rest of the code never tests
``sys.platform`` itself, and tests can monkeypatch :data:`SYSTEM` to check the
Windows and macOS branches on any machine.
"""

import contextlib
import ipaddress
import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: ``"windows"``, ``"macos"`` or ``"posix"``; tests monkeypatch this.
SYSTEM = "windows" if sys.platform == "win32" else "macos" if sys.platform == "darwin" else "posix"

#: The largest port number Python's getaddrinfo converts (a C long: 32 bits on
#: Windows, 64 on Linux and macOS); a larger one raises OverflowError.
C_LONG_MAX = 2 ** (8 * struct.calcsize("l") - 1) - 1


def _windows_etc() -> Path:
    """Return the folder that holds Windows' services and protocol files."""
    root = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return Path(root) / "System32" / "drivers" / "etc"


def services_file() -> Path:
    """Return the path of the services database behind ``getservbyname``."""
    return _windows_etc() / "services" if SYSTEM == "windows" else Path("/etc/services")


def protocols_file() -> Path:
    """Return the path of the protocols database behind ``getprotobyname``.

    Windows names the file ``protocol`` (singular).
    """
    return _windows_etc() / "protocol" if SYSTEM == "windows" else Path("/etc/protocols")


def reuse_address_for_listeners() -> bool:
    """Tell whether TCP listeners should set ``SO_REUSEADDR``.

    On POSIX it only lets a restarted server bind while old connections sit in
    TIME_WAIT.  On Windows it lets a second program steal a bound port, so
    netexplorer never sets it there.
    """
    return SYSTEM != "windows"


def firewall_asks_about_servers() -> bool:
    """Tell whether the system's firewall blocks (or asks about) a program's first server.

    Windows Defender Firewall asks once per program, and a "Cancel" (or no
    administrator) leaves classmates blocked; Linux and macOS let them in unless
    configured otherwise.
    """
    return SYSTEM == "windows"


#: Where Linux shows its sockets and processes; tests point it at a made-up tree.
PROC = Path("/proc")
#: TCP states in /proc/net/tcp that hold no port any more (TIME_WAIT).
_RELEASED = {"06"}


@dataclass(frozen=True)
class PortOwner:
    """A process holding a port: its id and its name."""

    pid: int
    name: str


def port_owners(port: int, *, udp: bool) -> tuple[PortOwner, ...] | None:
    """Return the processes whose sockets hold ``port`` (None: this system cannot tell).

    Linux lists every socket with its inode in ``/proc/net/tcp*`` (``udp*``),
    and each process's open sockets in ``/proc/<pid>/fd``; processes of other
    users are hidden from an ordinary user, so the answer may be empty.
    """
    tables = ("udp", "udp6") if udp else ("tcp", "tcp6")
    if SYSTEM != "posix" or not (PROC / "net" / tables[0]).is_file():
        return None
    inodes: set[str] = set()
    for table in tables:
        with contextlib.suppress(OSError):
            for line in (PROC / "net" / table).read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) < 10 or fields[3] in _RELEASED or fields[9] == "0":
                    continue
                if int(fields[1].rpartition(":")[2], 16) == port:
                    inodes.add(fields[9])
    return _processes_with(inodes) if inodes else ()


def _links(folder: Path) -> set[str]:
    """Return what the links in ``folder`` point to (nothing for another user's process)."""
    found: set[str] = set()
    with contextlib.suppress(OSError):
        for fd in folder.iterdir():
            with contextlib.suppress(OSError):  # closed meanwhile
                found.add(os.readlink(fd))
    return found


def _processes_with(inodes: set[str]) -> tuple[PortOwner, ...]:
    """Return the processes that have one of the socket ``inodes`` open (those we may see)."""
    wanted = {f"socket:[{inode}]" for inode in inodes}
    owners: list[PortOwner] = []
    with contextlib.suppress(OSError):
        for process in PROC.iterdir():
            if not process.name.isdigit():
                continue
            if _links(process / "fd") & wanted:
                name = ""
                with contextlib.suppress(OSError):
                    name = (process / "comm").read_text(encoding="utf-8", errors="replace")
                owners.append(PortOwner(int(process.name), name.strip()))
    return tuple(sorted(owners, key=lambda owner: owner.pid))


_ATTACH_PARENT_PROCESS = -1


def _open_stream(name: str) -> TextIO:
    """Open a text stream that stays open for the rest of the process."""
    return open(name, "w", encoding="utf-8", errors="replace")


def ensure_output_streams() -> None:
    """Give ``--version`` and ``--self-test`` somewhere to print in a windowed program.

    A windowed Windows program starts with ``sys.stdout`` and ``sys.stderr``
    set to None.  Started from a terminal, it attaches to that console;
    otherwise its output is discarded instead of crashing the program.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    target = os.devnull
    if SYSTEM == "windows":
        import ctypes  # noqa: PLC0415 - a windowed program without a console only

        kernel32 = getattr(ctypes, "WinDLL")("kernel32")  # noqa: B009 - absent off Windows
        if kernel32.AttachConsole(_ATTACH_PARENT_PROCESS):
            target = "CONOUT$"
    if sys.stdout is None:
        sys.stdout = _open_stream(target)
    if sys.stderr is None:
        sys.stderr = _open_stream(target)


def hosts_file() -> Path:
    """Return the path of the hosts file the system resolver reads before DNS."""
    return _windows_etc() / "hosts" if SYSTEM == "windows" else Path("/etc/hosts")


def nsswitch_file() -> Path | None:
    """Return glibc's name-service switch file, or None where the system has none.

    Only Linux (glibc) reads ``/etc/nsswitch.conf``; macOS asks mDNSResponder
    and Windows its DNS Client service, in an order of their own.
    """
    return Path("/etc/nsswitch.conf") if SYSTEM == "posix" else None


def gai_conf_file() -> Path | None:
    """Return glibc's address-selection file, or None where the system has none."""
    return Path("/etc/gai.conf") if SYSTEM == "posix" else None


def dns_settings_source() -> str:
    """Return where dnspython (like the system) reads the DNS servers and search domains."""
    if SYSTEM == "windows":
        return r"registry HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters (and Interfaces)"
    return "/etc/resolv.conf"


#: How ``AI_ADDRCONFIG`` decides whether a family counts as configured, per system.
ADDRCONFIG_RULES = {
    "posix": QT_TRANSLATE_NOOP(
        CONTEXT,
        "glibc counts every address of the family except exactly 127.0.0.1 and ::1: "
        "127.0.0.2 and link-local fe80:: addresses count.",
    ),
    "macos": QT_TRANSLATE_NOOP(
        CONTEXT, "macOS counts the addresses of the family on interfaces that are up."
    ),
    "windows": QT_TRANSLATE_NOOP(
        CONTEXT,
        "Windows counts a global address of the family: loopback and link-local ones do not.",
    ),
}


def addrconfig_rule() -> str:
    """Return this system's rule for ``AI_ADDRCONFIG`` (marked for translation)."""
    return ADDRCONFIG_RULES[SYSTEM]


def addrconfig_counts(address: str) -> bool:
    """Tell whether ``address`` makes its family count as configured for ``AI_ADDRCONFIG``.

    glibc skips only the addresses 127.0.0.1 and ::1 (checked in the DNS lab);
    Windows wants a global address.
    """
    parsed = ipaddress.ip_address(address.partition("%")[0])
    if SYSTEM == "posix":
        return str(parsed) not in ("127.0.0.1", "::1")
    if SYSTEM == "windows":
        return not (parsed.is_loopback or parsed.is_link_local)
    return True


def fsync_directory(folder: Path) -> None:
    """Flush a folder's entries to disk, so a file just renamed into it stays there.

    POSIX needs the folder itself synced after ``os.replace``; Windows cannot
    open a folder as a file, and its file system journals the rename.
    """
    if SYSTEM == "windows":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def resolver_file() -> Path | None:
    """Return the file that configures this computer's DNS resolver, where there is one.

    Windows keeps its DNS servers in the registry, per network adapter.
    """
    return None if SYSTEM == "windows" else Path("/etc/resolv.conf")
