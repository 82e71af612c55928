"""Every place where netexplorer behaves differently per operating system.

Keeping the differences here means the rest of the code never tests
``sys.platform`` itself, and tests can monkeypatch :data:`SYSTEM` to check the
Windows and macOS branches on any machine.
"""

import os
import sys
from pathlib import Path

#: ``"windows"``, ``"macos"`` or ``"posix"``; tests monkeypatch this.
SYSTEM = "windows" if sys.platform == "win32" else "macos" if sys.platform == "darwin" else "posix"


def _windows_etc() -> Path:
    """Return the folder that holds Windows' hosts, services and protocol files."""
    root = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return Path(root) / "System32" / "drivers" / "etc"


def hosts_file() -> Path:
    """Return the path of the hosts file the resolver reads first."""
    return _windows_etc() / "hosts" if SYSTEM == "windows" else Path("/etc/hosts")


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


def ports_need_privilege_below() -> int:
    """Return the first port an ordinary user may bind (0: any port)."""
    return 0 if SYSTEM == "windows" else 1024
