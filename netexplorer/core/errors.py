"""Turning exceptions from the socket module into explained errors.

Error numbers differ between operating systems (``EAI_NONAME`` is -2 on
Linux, 8 on macOS and 11001 on Windows), so symbolic names are looked up
through the ``socket`` and ``errno`` modules' own constants at run time.
"""

import errno
import socket

from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: getaddrinfo / getnameinfo error names with (explanation, likely cause).
_GAI_TEXT: dict[str, tuple[str, str]] = {
    "EAI_NONAME": (
        QT_TRANSLATE_NOOP(CONTEXT, "The name or service is not known to the resolver."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The name is misspelt, does not exist in DNS (NXDOMAIN), is not in the hosts "
            "file, or the computer has no network; with AI_NUMERICHOST the host was not a "
            "numeric address.",
        ),
    ),
    "EAI_AGAIN": (
        QT_TRANSLATE_NOOP(CONTEXT, "A temporary failure in name resolution."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The DNS server did not answer in time or answered SERVFAIL; try again later "
            "or check the network and DNS settings.",
        ),
    ),
    "EAI_FAIL": (
        QT_TRANSLATE_NOOP(CONTEXT, "A permanent failure in name resolution."),
        QT_TRANSLATE_NOOP(CONTEXT, "The DNS server refused the query or gave a malformed answer."),
    ),
    "EAI_NODATA": (
        QT_TRANSLATE_NOOP(CONTEXT, "The name exists but has no address of the requested kind."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "For example an IPv4-only name looked up with AF_INET6, or a name with no records.",
        ),
    ),
    "EAI_ADDRFAMILY": (
        QT_TRANSLATE_NOOP(CONTEXT, "The host has no address in the requested address family."),
        QT_TRANSLATE_NOOP(CONTEXT, "Ask for AF_UNSPEC, or for the other family."),
    ),
    "EAI_FAMILY": (
        QT_TRANSLATE_NOOP(CONTEXT, "The address family is not supported."),
        QT_TRANSLATE_NOOP(CONTEXT, "The family argument is not one this system's resolver knows."),
    ),
    "EAI_SOCKTYPE": (
        QT_TRANSLATE_NOOP(CONTEXT, "The socket type is not supported."),
        QT_TRANSLATE_NOOP(CONTEXT, "The type does not fit the protocol, e.g. SOCK_DGRAM with TCP."),
    ),
    "EAI_SERVICE": (
        QT_TRANSLATE_NOOP(CONTEXT, "The service is not available for the requested socket type."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The service name is unknown or exists only for the other protocol, the port "
            "is a number the C library refuses (a negative one), or it is a name while "
            "AI_NUMERICSERV asks for a number.",
        ),
    ),
    "EAI_BADFLAGS": (
        QT_TRANSLATE_NOOP(CONTEXT, "The flags are not valid."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Some systems reject AI_V4MAPPED or AI_ALL, or AI_CANONNAME without a host name.",
        ),
    ),
    "EAI_MEMORY": (
        QT_TRANSLATE_NOOP(CONTEXT, "The resolver ran out of memory."),
        QT_TRANSLATE_NOOP(CONTEXT, "The system is short of memory."),
    ),
    "EAI_OVERFLOW": (
        QT_TRANSLATE_NOOP(CONTEXT, "An answer did not fit in its buffer."),
        QT_TRANSLATE_NOOP(CONTEXT, "A name longer than the system allows came back."),
    ),
    "EAI_SYSTEM": (
        QT_TRANSLATE_NOOP(CONTEXT, "A system error happened inside the resolver."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "See the system message; a file the resolver reads may be missing."
        ),
    ),
}

#: h_errno values of ``socket.herror`` (the same on every system).
_HERROR_TEXT: dict[int, tuple[str, str]] = {
    1: (
        QT_TRANSLATE_NOOP(CONTEXT, "No host is known by this name or address (HOST_NOT_FOUND)."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Neither DNS nor the hosts file has it: no address record for a name, no PTR "
            "record for an address.",
        ),
    ),
    2: (
        QT_TRANSLATE_NOOP(CONTEXT, "A temporary failure of the lookup (TRY_AGAIN)."),
        QT_TRANSLATE_NOOP(CONTEXT, "The DNS server did not answer in time or answered SERVFAIL."),
    ),
    3: (
        QT_TRANSLATE_NOOP(CONTEXT, "A permanent failure of the lookup (NO_RECOVERY)."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The DNS server refused the query, or the C library refused the name itself "
            "(an empty name, for one).",
        ),
    ),
    4: (
        QT_TRANSLATE_NOOP(
            CONTEXT, "The name or address exists but has no record of the kind asked (NO_DATA)."
        ),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Its zone holds no address record for the name (or no PTR record for the address).",
        ),
    ),
}

#: errno names (POSIX and Windows' WSA names) with (explanation, likely cause).
_ERRNO_TEXT: dict[str, tuple[str, str]] = {
    "EADDRINUSE": (
        QT_TRANSLATE_NOOP(CONTEXT, "The address and port are already in use."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Another server (or an earlier run of this one) is bound to that port; pick "
            "another port, or port 0 for a free one.",
        ),
    ),
    "EACCES": (
        QT_TRANSLATE_NOOP(CONTEXT, "Permission denied."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Ports below 1024 need administrator rights on Linux and macOS; on Windows the "
            "port may lie in a range the system reserves (WinError 10013).",
        ),
    ),
    "EADDRNOTAVAIL": (
        QT_TRANSLATE_NOOP(CONTEXT, "The address is not available on this computer."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "A server can only bind to an address one of its interfaces has."
        ),
    ),
    "ECONNREFUSED": (
        QT_TRANSLATE_NOOP(CONTEXT, "The connection was refused."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "Nothing listens on that address and port: start the server first. On UDP this "
            "comes from an ICMP 'port unreachable' answer to an earlier datagram.",
        ),
    ),
    "ECONNRESET": (
        QT_TRANSLATE_NOOP(CONTEXT, "The connection was reset by the peer."),
        QT_TRANSLATE_NOOP(CONTEXT, "The other side closed the socket abruptly."),
    ),
    "ECONNABORTED": (
        QT_TRANSLATE_NOOP(CONTEXT, "The connection was aborted."),
        QT_TRANSLATE_NOOP(CONTEXT, "The connection was closed before it was accepted."),
    ),
    "EHOSTUNREACH": (
        QT_TRANSLATE_NOOP(CONTEXT, "The host is unreachable."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "No route leads to that address; check the address and network."
        ),
    ),
    "ENETUNREACH": (
        QT_TRANSLATE_NOOP(CONTEXT, "The network is unreachable."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "This computer has no route to that network (often: no IPv6 connectivity)."
        ),
    ),
    "ETIMEDOUT": (
        QT_TRANSLATE_NOOP(CONTEXT, "The operation timed out."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "The other side did not answer; a firewall may drop the packets."
        ),
    ),
    "EAFNOSUPPORT": (
        QT_TRANSLATE_NOOP(CONTEXT, "The address family is not supported."),
        QT_TRANSLATE_NOOP(CONTEXT, "IPv6 may be disabled on this computer."),
    ),
    "EPIPE": (
        QT_TRANSLATE_NOOP(CONTEXT, "The connection is closed for writing (broken pipe)."),
        QT_TRANSLATE_NOOP(CONTEXT, "The peer closed the connection before the data was sent."),
    ),
    "EMSGSIZE": (
        QT_TRANSLATE_NOOP(CONTEXT, "The message is too long for one datagram."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "A UDP datagram holds at most 65,507 bytes over IPv4; send less at a time."
        ),
    ),
    "ENOTCONN": (
        QT_TRANSLATE_NOOP(CONTEXT, "The socket is not connected."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "getpeername() and send() need a peer: connect() first, or use sendto() with "
            "an address on UDP.",
        ),
    ),
    "EAGAIN": (
        QT_TRANSLATE_NOOP(CONTEXT, "The operation would block."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "The socket's buffer is full right now; a UDP datagram is then dropped."
        ),
    ),
    "EWOULDBLOCK": (
        QT_TRANSLATE_NOOP(CONTEXT, "The operation would block."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "The socket's buffer is full right now; a UDP datagram is then dropped."
        ),
    ),
    "EMFILE": (
        QT_TRANSLATE_NOOP(CONTEXT, "Too many open sockets or files."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "This program reached the system's limit of open descriptors; close some."
        ),
    ),
    "ENETDOWN": (
        QT_TRANSLATE_NOOP(CONTEXT, "The network is down."),
        QT_TRANSLATE_NOOP(CONTEXT, "The network interface is disconnected or disabled."),
    ),
    "EINVAL": (
        QT_TRANSLATE_NOOP(CONTEXT, "An argument is not valid for this socket."),
        QT_TRANSLATE_NOOP(CONTEXT, "For example an IPv6 address given to an IPv4 socket."),
    ),
}

#: Windows socket errors (WinError numbers) that need their own words, with their POSIX names.
_WINDOWS_TEXT: dict[int, tuple[str, tuple[str, str]]] = {
    10013: (
        "EACCES",
        (
            QT_TRANSLATE_NOOP(CONTEXT, "WinError 10013: Windows forbids access to this port."),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "The port lies in a range Windows reserves (netsh interface ipv4 show "
                "excludedportrange protocol=tcp lists them; Hyper-V and Docker reserve many), "
                "or another program holds it exclusively. Pick another port, such as 12345, "
                "or 0 for any free one.",
            ),
        ),
    ),
    10048: (
        "EADDRINUSE",
        (
            QT_TRANSLATE_NOOP(
                CONTEXT, "WinError 10048: only one use of each address and port is allowed."
            ),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "Another program, or an earlier run of this server, holds the port "
                "(netstat -ano shows which process). Close it, or pick another port, or 0 "
                "for any free one.",
            ),
        ),
    ),
}

_GENERIC: dict[str, tuple[str, str]] = {
    "OSError": (
        QT_TRANSLATE_NOOP(CONTEXT, "The system could not find what was asked for."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            'getservbyname / getprotobyname found no such name ("service/proto not found", '
            '"protocol not found") in the services or protocols database.',
        ),
    ),
    "OverflowError": (
        QT_TRANSLATE_NOOP(CONTEXT, "A number is out of range."),
        QT_TRANSLATE_NOOP(CONTEXT, "Port numbers go from 0 to 65535."),
    ),
    "UnicodeError": (
        QT_TRANSLATE_NOOP(CONTEXT, "The host name cannot be encoded for DNS (IDNA)."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "A label (the part between dots) is empty or longer than 63 characters, or the "
            "name has characters IDNA does not allow.",
        ),
    ),
    "TimeoutError": (
        QT_TRANSLATE_NOOP(CONTEXT, "The operation timed out."),
        QT_TRANSLATE_NOOP(CONTEXT, "The other side did not answer in time."),
    ),
    "ValueError": (
        QT_TRANSLATE_NOOP(CONTEXT, "An argument has a value the socket module does not accept."),
        QT_TRANSLATE_NOOP(CONTEXT, "See the system message."),
    ),
    "TypeError": (
        QT_TRANSLATE_NOOP(CONTEXT, "An argument has a type the socket module does not accept."),
        QT_TRANSLATE_NOOP(CONTEXT, "See the system message."),
    ),
}

_UNKNOWN = (
    QT_TRANSLATE_NOOP(CONTEXT, "The call failed."),
    QT_TRANSLATE_NOOP(CONTEXT, "See the system message."),
)

_EAI_NAMES = (
    "EAI_ADDRFAMILY", "EAI_AGAIN", "EAI_BADFLAGS", "EAI_FAIL", "EAI_FAMILY", "EAI_MEMORY",
    "EAI_NODATA", "EAI_NONAME", "EAI_OVERFLOW", "EAI_SERVICE", "EAI_SOCKTYPE", "EAI_SYSTEM",
)  # fmt: skip


def gai_error_name(code: int) -> str:
    """Return the symbolic ``EAI_*`` name of a gaierror code on this platform.

    Where two names share a value (Windows maps EAI_NODATA onto EAI_NONAME),
    the one listed first alphabetically after EAI_NONAME's precedence wins.
    """
    names = [name for name in _EAI_NAMES if getattr(socket, name, None) == code]
    if "EAI_NONAME" in names:
        return "EAI_NONAME"
    return names[0] if names else f"EAI_{code}"


def errno_name(code: int) -> str:
    """Return the symbolic errno name (``ECONNREFUSED``) of an OS error number."""
    name = errno.errorcode.get(code, "")
    if name.startswith("WSA"):
        name = name[3:]
    return name or f"errno {code}"


def _make(
    name: str, text: tuple[str, str], message: str, code: int | None, exc: BaseException
) -> ExplainedError:
    return ExplainedError(
        name=name,
        message=message,
        explanation=text[0],
        cause=text[1],
        code=code,
        exception=type(exc).__name__,
    )


def explain(exc: BaseException) -> ExplainedError:
    """Explain an exception raised by a socket-module call, for any platform."""
    if isinstance(exc, socket.gaierror):
        code = exc.errno
        name = gai_error_name(code) if isinstance(code, int) else "gaierror"
        return _make(name, _GAI_TEXT.get(name, _UNKNOWN), exc.strerror or str(exc), code, exc)
    if isinstance(exc, socket.herror):
        code = exc.errno if isinstance(exc.errno, int) else None
        text = _HERROR_TEXT.get(code or 0, _UNKNOWN)
        return _make("herror", text, exc.strerror or str(exc), code, exc)
    if isinstance(exc, UnicodeError):
        return _make("UnicodeError", _GENERIC["UnicodeError"], str(exc), None, exc)
    if isinstance(exc, TimeoutError) and exc.errno is None:
        return _make("TimeoutError", _GENERIC["TimeoutError"], str(exc) or "timed out", None, exc)
    if isinstance(exc, OSError):
        if exc.errno is None:
            return _make("OSError", _GENERIC["OSError"], str(exc), None, exc)
        windows = _WINDOWS_TEXT.get(getattr(exc, "winerror", None) or exc.errno)
        if windows is not None:  # WSAEACCES, WSAEADDRINUSE: their own causes on Windows
            name, text = windows
            return _make(name, text, exc.strerror or str(exc), exc.errno, exc)
        name = errno_name(exc.errno)
        return _make(
            name, _ERRNO_TEXT.get(name, _UNKNOWN), exc.strerror or str(exc), exc.errno, exc
        )
    name = type(exc).__name__
    return _make(name, _GENERIC.get(name, _UNKNOWN), str(exc), None, exc)


#: The most characters of typed input an error message quotes: more than any DNS label
#: (63) or IPv6 address with a zone, so what a user types is quoted whole, while a pasted
#: page of text cannot make a label (and the window) wider than the screen.
MAX_QUOTED = 80


def elide(text: str, limit: int = MAX_QUOTED) -> str:
    """Return ``text`` whole if short, else its start and end around an ellipsis.

    An error that quoted 40,000 typed characters once made a label, and so the
    window, 32,767 pixels wide.
    """
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return f"{text[:head]}…{text[-(limit - 1 - head) :]}"


def input_error(message: str, explanation: str, *args: str) -> ExplainedError:
    """Return the error for input rejected before any call was made.

    ``message`` is a translatable template whose ``{}`` placeholders take
    ``args``, each quoted at most :data:`MAX_QUOTED` characters long.
    """
    return ExplainedError(
        name="InputError",
        message=message,
        args=tuple(elide(arg) for arg in args),
        explanation=explanation,
        cause=QT_TRANSLATE_NOOP(CONTEXT, "Nothing was sent to the resolver."),
    )


def timed_out(deadline_s: float, *, started: bool = True) -> ExplainedError:
    """Return the error for a call abandoned at its deadline.

    ``started`` False means the call never ran: every worker thread was still
    blocked in an earlier lookup.
    """
    cause = (
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The DNS server is slow or does not answer. The system call cannot be "
            "interrupted; its late answer will be ignored.",
        )
        if started
        else QT_TRANSLATE_NOOP(
            CONTEXT,
            "It never started: every resolver thread was still waiting for an earlier "
            "lookup that has not returned (the DNS server is slow or does not answer).",
        )
    )
    return ExplainedError(
        name="TimedOut",
        message=QT_TRANSLATE_NOOP(CONTEXT, "no answer within {} s"),
        args=(f"{deadline_s:g}",),
        explanation=QT_TRANSLATE_NOOP(CONTEXT, "The lookup did not finish before its deadline."),
        cause=cause,
    )
