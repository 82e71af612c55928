"""Why a lookup failed, found by trying its neighbours.

After a failure a view runs a few neighbouring calls in the background —
another family, without ``AI_ADDRCONFIG``, with ``AI_V4MAPPED``, with
``AF_UNSPEC``, without the numeric-only flags, without the port, the
service for any protocol — and reads which of them worked.  Each view has
its own rules, so that advice only ever names controls that view has.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from netexplorer.core import flags, lookups, platform
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, ExplainedError, Outcome
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP, Text

Results = Mapping[str, Outcome[Any]]


@dataclass(frozen=True)
class Diagnosis:
    """Neighbouring calls to try after a failure, and the rules that read their outcomes."""

    tries: tuple[tuple[str, Lookup[Any]], ...]
    conclude: Callable[[Results], tuple[Text, ...]]

    def run(self) -> tuple[Text, ...]:
        """Make the neighbouring calls (blocking: on a worker) and say what they show."""
        return self.conclude({key: lookup.run() for key, lookup in self.tries})


NO_ANSWER = Text(
    QT_TRANSLATE_NOOP(
        CONTEXT,
        "The resolver got no usable answer from a DNS server (EAI_AGAIN): this computer may "
        "have no network or no Internet, or the server failed or refused the name. Every "
        "variant would ask the same server, so none was tried.",
    )
)


def worked(results: Results, key: str) -> bool:
    """Tell whether the neighbour ``key`` was tried and returned something."""
    outcome = results.get(key)
    return outcome is not None and outcome.ok and bool(outcome.value)


def first_entry(outcome: Outcome[Any]) -> AddrInfo:
    """Return the first 5-tuple of a getaddrinfo outcome that worked."""
    entries: tuple[AddrInfo, ...] = outcome.value or ()
    return entries[0]


def addresses_of(outcome: Outcome[Any]) -> str:
    """Return the distinct addresses of a getaddrinfo outcome, in order."""
    found: dict[str, None] = {}
    for entry in outcome.value or ():
        if isinstance(entry, AddrInfo):
            found.setdefault(str(entry.sockaddr[0]), None)
    return ", ".join(found)


def fallback(results: Results, labels: Mapping[str, str]) -> Text:
    """Say that no neighbour worked, listing how each failed (``labels`` name the neighbours)."""
    failures = "; ".join(
        f"{labels.get(key, key)}: {outcome.error.name if outcome.error else '[]'}"
        for key, outcome in results.items()
    )
    return Text(
        QT_TRANSLATE_NOOP(CONTEXT, "None of the neighbouring variants works either ({})."),
        (failures,),
    )


def missing_name(host: str) -> Text:
    """Say that no variant finds ``host`` (EAI_NONAME everywhere)."""
    return Text(
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "No variant finds {}: every one fails with EAI_NONAME. The name is not in the "
            "hosts file, and DNS says it does not exist (NXDOMAIN), or this computer's DNS "
            "server cannot see the Internet. Check the spelling.",
        ),
        (host,),
    )


# gethostbyname ------------------------------------------------------------------------


def for_host(host: str, error: ExplainedError) -> Diagnosis | None:
    """Plan the diagnosis of a failed gethostbyname / gethostbyname_ex (Host view)."""
    if error.name in ("InputError", "TimedOut") or not host:
        return None
    if error.name == "EAI_AGAIN" or (error.name == "herror" and error.code == 2):
        return Diagnosis((), lambda results: (NO_ANSWER,))
    inet6, unspec = flags.symbol("AF_INET6"), flags.symbol("AF_UNSPEC")
    tries = (
        ("inet6", lookups.getaddrinfo(host, None, inet6, flags.ZERO, flags.ZERO, flags.ZERO)),
        ("unspec", lookups.getaddrinfo(host, None, unspec, flags.ZERO, flags.ZERO, flags.ZERO)),
    )
    return Diagnosis(tries, partial(_conclude_host, host))


def _conclude_host(host: str, results: Results) -> tuple[Text, ...]:
    if worked(results, "inet6"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{} has IPv6 addresses only; gethostbyname and gethostbyname_ex return "
                    "IPv4 addresses only. socket.getaddrinfo finds {} (Open in getaddrinfo).",
                ),
                (host, addresses_of(results["inet6"])),
            ),
        )
    if not any(outcome.ok for outcome in results.values()):
        return (missing_name(host),)
    return (fallback(results, {}),)


# getservbyname, getservbyport, getprotobyname -------------------------------------------


def for_netdb(
    call: str, name: str | int, proto: str | None, error: ExplainedError
) -> Diagnosis | None:
    """Plan the diagnosis of a failed services or protocols database lookup."""
    if error.name != "OSError":
        return None
    tries: list[tuple[str, Lookup[Any]]] = []
    if call == "getservbyname" and isinstance(name, str):
        if proto is not None:
            tries.append(("any", lookups.getservbyname(name, None)))
        if name != name.lower():
            tries.append(("lower", lookups.getservbyname(name.lower(), proto)))
    elif call == "getservbyport" and isinstance(name, int) and proto is not None:
        tries.append(("any", lookups.getservbyport(name, None)))
    elif call == "getprotobyname" and isinstance(name, str) and name != name.lower():
        tries.append(("lower", lookups.getprotobyname(name.lower())))
    return Diagnosis(tuple(tries), partial(_conclude_netdb, call, str(name)))


def _conclude_netdb(call: str, name: str, results: Results) -> tuple[Text, ...]:
    if worked(results, "any"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{} is in the services database only for another protocol: with the "
                    "protocol 'any' it is {}.",
                ),
                (name, str(results["any"].value)),
            ),
        )
    if worked(results, "lower"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "The database spells it in lower case: {} gives {}. Names there are "
                    "matched exactly.",
                ),
                (name.lower(), str(results["lower"].value)),
            ),
        )
    database = platform.protocols_file() if call == "getprotobyname" else platform.services_file()
    return (
        Text(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "{} reads only the database {}, and it has no entry {}; the table of the "
                "databases beside shows every entry there is.",
            ),
            (call, str(database), name),
        ),
    )
