"""Why a client will not reach this window's server, and why a server could not bind, in words.

Everything here compares plain addresses; the user interface shows a
:class:`Hint` (its message is a translatable template) and offers its
``fix``: the host and port to put into the client's inputs.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from netexplorer.core import sockaddrs
from netexplorer.core.platform import PortOwner
from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: Ports below this one need administrator rights on Linux and macOS.
PRIVILEGED_BELOW = 1024
#: The lecture's port, offered instead of a privileged one.
LECTURE_PORT = 12345

Sockaddr = Sequence[Any]


@dataclass(frozen=True)
class Hint:
    """A sentence (a template with ``{}`` filled from ``args``) and an optional one-click fix."""

    message: str
    args: tuple[str, ...] = ()
    fix: tuple[str, int] | None = None

    def formatted(self) -> str:
        """Return the message with its placeholders filled in (untranslated)."""
        return self.message.format(*self.args) if self.args else self.message


def _shown(sockaddr: Sockaddr) -> str:
    return sockaddrs.host_port(str(sockaddr[0]), int(sockaddr[1]))


def _fix_args(listening: Sockaddr) -> tuple[tuple[str, int], str]:
    fix = sockaddrs.connectable(listening)
    return fix, sockaddrs.host_port(*fix)


def target_hint(
    host: str,
    targets: Sequence[Sockaddr],
    listening: Sockaddr | None,
    *,
    udp: bool,
    dual_stack: bool = False,
) -> Hint | None:
    """Say why the client's targets would miss this window's running server, before Connect.

    ``targets`` are the getaddrinfo results for the client's ``host`` in order.
    A TCP client tries each in order; a UDP client uses the first.  None when
    the first target reaches the server, when no server runs, or when a
    wildcard server's reach cannot be judged (a non-loopback address).
    """
    if listening is None or not targets:
        return None
    reaches = [sockaddrs.delivers(t, listening, dual_stack=dual_stack) for t in targets]
    if reaches[0]:
        return None
    if sockaddrs.is_wildcard(listening) and not any(sockaddrs.is_loopback(t) for t in targets):
        return None  # another computer, or one of this computer's own addresses: cannot tell
    fix, fix_text = _fix_args(listening)
    first, server = _shown(targets[0]), _shown(listening)
    if any(reaches):
        working = _shown(targets[reaches.index(True)])
        if udp:
            message = QT_TRANSLATE_NOOP(
                CONTEXT,
                "{} gives {} first, and a UDP client sends to the first result only: this "
                "window's server on {} will not receive it. Use {}.",
            )
            return Hint(message, (host, first, server, fix_text), fix)
        message = QT_TRANSLATE_NOOP(
            CONTEXT,
            "{} gives {} first: that attempt will be refused, then {} answers. Use {} to "
            "connect at once.",
        )
        return Hint(message, (host, first, working, fix_text), fix)
    return Hint(_miss_message(targets, listening), (server, first, fix_text), fix)


def _miss_message(targets: Sequence[Sockaddr], listening: Sockaddr) -> str:
    """Return what differs between every target and the listening address."""
    target_keys = [sockaddrs.key(t) for t in targets]
    listening_key = sockaddrs.key(listening)
    if all(port != listening_key[1] for _, port in target_keys):
        if any(address == listening_key[0] for address, _ in target_keys):
            return QT_TRANSLATE_NOOP(
                CONTEXT,
                "This window's server listens on {}, but the client would connect to {}: "
                "another port. Use {}.",
            )
        return QT_TRANSLATE_NOOP(
            CONTEXT,
            "This window's server listens on {}, but the client would connect to {}: "
            "another address and port. Use {}.",
        )
    server_version = sockaddrs.family_version(listening)
    if all(sockaddrs.version(t) != server_version for t in targets):
        return QT_TRANSLATE_NOOP(
            CONTEXT,
            "This window's server listens on {} only, but the client would connect to {}: "
            "the other IP version, which that socket does not receive. Use {}.",
        )
    return QT_TRANSLATE_NOOP(
        CONTEXT,
        "This window's server listens on {} only, but the client would connect to {}: "
        "another address. Use {}.",
    )


def refused_hint(attempted: Sockaddr, listening: Sockaddr | None) -> Hint | None:
    """Say where this window's server listens after a connection to ``attempted`` was refused."""
    if listening is None or sockaddrs.delivers(attempted, listening):
        return None
    fix, fix_text = _fix_args(listening)
    message = QT_TRANSLATE_NOOP(
        CONTEXT,
        "Nothing listens on {}, but this window's server listens on {}. Use {}.",
    )
    return Hint(message, (_shown(attempted), _shown(listening), fix_text), fix)


def no_server_hint(target: Sockaddr) -> Hint:
    """Say that no server of this window listens where "Connect client here" points."""
    message = QT_TRANSLATE_NOOP(
        CONTEXT,
        "No server of this window listens on {}: start one there first, or this connects to "
        "whatever other program listens there (if any).",
    )
    return Hint(message, (_shown(target),))


def bind_hint(
    error: ExplainedError, port: int, owners: tuple[PortOwner, ...] | None, *, posix: bool
) -> Hint | None:
    """Say what to do after bind() failed on ``port``: a privileged port, or a port in use."""
    if error.name == "EACCES" and posix and 0 < port < PRIVILEGED_BELOW:
        message = QT_TRANSLATE_NOOP(
            CONTEXT,
            "Port {} is below 1024: on Linux and macOS only an administrator may bind it. Use a "
            "port from 1024 up, such as {} (the lecture's), or 0 for any free port.",
        )
        return Hint(message, (str(port), str(LECTURE_PORT)))
    if error.name != "EADDRINUSE":
        return None
    if owners is None:
        message = QT_TRANSLATE_NOOP(
            CONTEXT,
            "The system cannot tell which program holds port {}. Stop it, or choose another "
            "port (0 for any free one).",
        )
        return Hint(message, (str(port),))
    if not owners:
        message = QT_TRANSLATE_NOOP(
            CONTEXT,
            "Port {} is held by a program this user may not see (another user's, or the "
            "system's). Choose another port (0 for any free one).",
        )
        return Hint(message, (str(port),))
    held = ", ".join(f"{owner.name or '?'} (process {owner.pid})" for owner in owners[:3])
    message = QT_TRANSLATE_NOOP(
        CONTEXT,
        "Port {} is held by {}. Stop it, or choose another port (0 for any free one).",
    )
    return Hint(message, (str(port), held))
