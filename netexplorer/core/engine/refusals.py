"""What the engine refuses to do, explained: binding beyond loopback unasked, port 0 as a destination."""

from collections.abc import Sequence
from typing import Any

from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: How many interface addresses an error names before it only counts the rest.
NAMED_INTERFACES = 6


def interface_list(interfaces: Sequence[str]) -> str:
    """Return interfaces as ``eth0 (192.0.2.2), wlan0 (…)``, the first few only."""
    shown = ", ".join(interfaces[:NAMED_INTERFACES])
    rest = len(interfaces) - NAMED_INTERFACES
    return f"{shown}, +{rest}" if rest > 0 else shown


def exposure_refused(
    sockaddr: Sequence[Any], interfaces: Sequence[str], *, bound: bool
) -> ExplainedError:
    """Return the error for a bind beyond loopback without the user's opt-in.

    ``bound`` tells that ``getsockname()`` found it after ``bind()`` (the
    address getaddrinfo returned had looked safe).
    """
    address = str(sockaddr[0]) if sockaddr else repr(sockaddr)
    if interfaces:
        message = QT_TRANSLATE_NOOP(
            CONTEXT, "{} is not a loopback address: other computers could connect through {}"
        )
        args: tuple[str, ...] = (address, interface_list(interfaces))
    else:
        message = QT_TRANSLATE_NOOP(
            CONTEXT, "{} is not a loopback address: other computers could connect to it"
        )
        args = (address,)
    cause = (
        QT_TRANSLATE_NOOP(CONTEXT, "getsockname() showed the address actually bound; it is closed.")
        if bound
        else QT_TRANSLATE_NOOP(
            CONTEXT, "The address getaddrinfo() returned was checked, not the text typed."
        )
    )
    return ExplainedError(
        name="ExposureRefused",
        message=message,
        args=args,
        explanation=QT_TRANSLATE_NOOP(
            CONTEXT,
            "Only a loopback address (127.0.0.1, ::1, localhost) keeps the server on this "
            "computer. Tick 'Allow binding beyond loopback' if other computers should connect.",
        ),
        cause=cause,
    )


def port_zero(sockaddr: Sequence[Any]) -> ExplainedError:
    """Return the error for connecting or sending to port 0."""
    return ExplainedError(
        name="PortZero",
        message=QT_TRANSLATE_NOOP(CONTEXT, "port 0 is not a destination: {}"),
        args=(repr(tuple(sockaddr)),),
        explanation=QT_TRANSLATE_NOOP(
            CONTEXT,
            "Port 0 in bind() asks the system for any free port; nothing ever listens on port "
            "0, so nothing sent there can arrive. Use the port the server's getsockname() shows.",
        ),
        cause=QT_TRANSLATE_NOOP(CONTEXT, "Nothing was sent."),
    )
