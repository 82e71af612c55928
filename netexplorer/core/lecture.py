"""The calls of the lecture "Socket Names and DNS", and the answers its slides show.

Each example is the call exactly as the lecture writes it.  Where a slide
shows an answer, :func:`slide_note` sets it beside this computer's answer:
the lecture's machine and network are not this one, and one of its numbers
is simply wrong (icmp is protocol 1, not 7).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from netexplorer.core import flags
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import AddrInfo, Call, HostEx, Outcome
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Example:
    """One call of the lecture; ``slide`` is the answer a slide shows, as Python prints it."""

    call: Call
    slide: str = ""


@dataclass(frozen=True)
class PairExample:
    """The lecture's server and client: each binds or connects to ``infolist[0][4]``."""

    server: Call
    client: Call


GETADDRINFO_ARGS = 6

_s = flags.symbol
_STREAM = _s("SOCK_STREAM")

EXAMPLES: tuple[Example, ...] = (
    Example(Call("gethostname")),
    Example(Call("gethostbyname", ("cern.ch",))),
    Example(Call("gethostbyname_ex", ("cern.ch",))),
    Example(Call("gethostbyaddr", ("127.0.0.1",))),
    Example(Call("gethostbyaddr", ("192.0.43.8",)), "('43-8.any.icann.org', [], ['192.0.43.8'])"),
    Example(Call("getprotobyname", ("icmp",)), "7"),
    Example(Call("getprotobyname", ("tcp",)), "6"),
    Example(Call("getprotobyname", ("UDP",)), "17"),
    Example(Call("getservbyname", ("www",))),
    Example(Call("getservbyport", (80,))),
    Example(Call("getaddrinfo", ("google.com", "www", _s("AF_INET"))), "216.58.212.110"),
    Example(Call("getaddrinfo", ("gatech.edu", "www")), "3.214.16.8"),
    Example(Call("getaddrinfo", (None, "smtp", flags.ZERO, _STREAM, flags.ZERO))),
    Example(
        Call(
            "getaddrinfo",
            (
                "kernel.org",
                "ftp",
                _s("AF_INET"),
                _STREAM,
                flags.ZERO,
                _s("AI_ADDRCONFIG", "AI_V4MAPPED"),
            ),
        )
    ),
    Example(
        Call(
            "getaddrinfo",
            (
                "iana.org",
                "www",
                flags.ZERO,
                _STREAM,
                flags.ZERO,
                _s("AI_ADDRCONFIG", "AI_V4MAPPED"),
            ),
        )
    ),
    Example(Call("getaddrinfo", ("iana.org", "www", flags.ZERO, _STREAM, flags.ZERO))),
    Example(
        Call("getaddrinfo", (None, "smtp", _s("AF_INET"), _STREAM, flags.ZERO, _s("AI_ADDRCONFIG")))
    ),
    Example(Call("getaddrinfo", (None, "smtp", _s("AF_INET"), _STREAM))),
)

PAIR = PairExample(
    server=Call("getaddrinfo", (None, "smtp", _s("AF_INET"), _STREAM)),
    client=Call(
        "getaddrinfo", (None, "smtp", _s("AF_INET"), _STREAM, flags.ZERO, _s("AI_ADDRCONFIG"))
    ),
)


def addrinfo_query(call: Call) -> AddrinfoQuery:
    """Return the arguments of one of the lecture's getaddrinfo calls, defaults filled in."""
    padded = (*call.args, *(flags.ZERO,) * (GETADDRINFO_ARGS - len(call.args)))
    query = AddrinfoQuery.from_call(Call("getaddrinfo", padded))
    if query is None:
        raise ValueError(f"not a getaddrinfo call: {call}")
    return query


def _answer_text(function: str, value: Any) -> str:
    """Write this computer's answer in the form the slide shows."""
    if function == "getaddrinfo":
        entries: Sequence[AddrInfo] = value or ()
        return ", ".join(dict.fromkeys(str(entry.sockaddr[0]) for entry in entries))
    if isinstance(value, HostEx):
        return repr((value.hostname, list(value.aliases), list(value.addresses)))
    return str(value)


def slide_note(example: Example, outcomes: Sequence[Outcome[Any]]) -> Text | None:
    """Set the slide's answer beside this computer's (``None`` where the slide shows none)."""
    if not example.slide:
        return None
    mine = next((o for o in outcomes if o.call.function == example.call.function), None)
    if mine is None:
        return None
    if mine.error is not None:
        return Text(
            QT_TRANSLATE_NOOP(CONTEXT, "The slide says {}; this computer cannot find out: {}."),
            (example.slide, mine.error.name),
        )
    answer = _answer_text(example.call.function, mine.value)
    if answer == example.slide:
        return Text(
            QT_TRANSLATE_NOOP(CONTEXT, "The slide says {}; this computer says the same."),
            (example.slide,),
        )
    return Text(
        QT_TRANSLATE_NOOP(CONTEXT, "The slide says {}; this computer says {}."),
        (example.slide, answer),
    )
