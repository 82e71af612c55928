"""Every place where netexplorer behaves differently per operating system.

Keeping the differences here means the rest of the code never tests
``sys.platform`` itself, and tests can monkeypatch :data:`SYSTEM` to check the
Windows and macOS branches on any machine.
"""

import ctypes
import os
import sys
from pathlib import Path
from typing import TextIO

#: ``"windows"``, ``"macos"`` or ``"posix"``; tests monkeypatch this.
SYSTEM = "windows" if sys.platform == "win32" else "macos" if sys.platform == "darwin" else "posix"


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
        kernel32 = getattr(ctypes, "WinDLL")("kernel32")  # noqa: B009 - absent off Windows
        if kernel32.AttachConsole(_ATTACH_PARENT_PROCESS):
            target = "CONOUT$"
    if sys.stdout is None:
        sys.stdout = _open_stream(target)
    if sys.stderr is None:
        sys.stderr = _open_stream(target)


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
