"""The machine a session ran on, as a report and a teacher need it."""

import platform as sys_platform
import socket
import sys

import netexplorer
from netexplorer.core import platform
from netexplorer.core.session import Context

#: The resolver file is read only this far (it is a few lines).
RESOLVER_READ_LIMIT = 64 * 1024
RESOLVER_KEYWORDS = ("nameserver", "search", "domain", "options")


def resolver_summary() -> str:
    """Return the DNS servers and search domains this computer's resolver file names.

    Where there is no such file (Windows) or it cannot be read, say so instead.
    """
    path = platform.resolver_file()
    if path is None:
        return "DNS servers are set per network adapter (see ipconfig /all)"
    try:
        with path.open("rb") as handle:
            text = handle.read(RESOLVER_READ_LIMIT).decode("utf-8", errors="replace")
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    lines = [
        " ".join(line.split())
        for line in text.splitlines()
        if line.split() and line.split()[0] in RESOLVER_KEYWORDS
    ]
    return f"{path}: " + ("; ".join(lines) if lines else "no nameserver line")


def context(qt_version: str) -> Context:
    """Return this machine's context; ``qt_version`` comes from the interface."""
    try:
        host = socket.gethostname()
    except OSError as exc:  # an unnamed machine is still a machine to report on
        host = f"? ({exc})"
    return Context(
        netexplorer=netexplorer.__version__,
        os=sys_platform.platform(),
        python=sys.version.split()[0],
        qt=qt_version,
        host=host,
        resolver=resolver_summary(),
    )
