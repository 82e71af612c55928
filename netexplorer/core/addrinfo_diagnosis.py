"""Why a getaddrinfo call failed: the neighbours to try and the rules that read them.

The advice names only what the getaddrinfo view has: its family, type and
proto arguments, its flags, and the comparison grid.
"""

import dataclasses
from functools import partial

from netexplorer.core import flags
from netexplorer.core.diagnosis import (
    NO_ANSWER,
    Diagnosis,
    Results,
    addresses_of,
    fallback,
    first_entry,
    missing_name,
    worked,
)
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.parsing import is_numeric_address
from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP, Text

#: How each getaddrinfo neighbour is written in the fallback list.
_LABELS = {
    "numerichost": "−AI_NUMERICHOST",
    "numericserv": "−AI_NUMERICSERV",
    "canonname": "−AI_CANONNAME",
    "addrconfig": "−AI_ADDRCONFIG",
    "inet": "AF_INET",
    "inet6": "AF_INET6",
    "v4mapped": "+AI_V4MAPPED",
    "unspec": "AF_UNSPEC",
    "no_port": "port None",
    "any_type": "type 0",
    "any_proto": "proto 0",
}


def _has(name: str) -> bool:
    return any(c.name == name for c in (*flags.FAMILIES, *flags.AI_FLAGS))


def _addrinfo_tries(query: AddrinfoQuery) -> list[tuple[str, AddrinfoQuery]]:
    """Return the neighbours worth trying: each changes one argument of ``query``."""
    names = set(query.flags.names)
    family = flags.family_name(query.family.value)

    def flagged(value: int) -> AddrinfoQuery:
        return dataclasses.replace(query, flags=flags.ai_symbol(value))

    def bit(name: str) -> int:
        return flags.symbol(name).value

    is_name = query.host is not None and not is_numeric_address(query.host)
    tries = [
        ("numerichost", is_name and "AI_NUMERICHOST" in names, "AI_NUMERICHOST"),
        (
            "numericserv",
            isinstance(query.port, str) and "AI_NUMERICSERV" in names,
            "AI_NUMERICSERV",
        ),
        ("canonname", query.host is None and "AI_CANONNAME" in names, "AI_CANONNAME"),
        ("addrconfig", "AI_ADDRCONFIG" in names, "AI_ADDRCONFIG"),
    ]
    found = [
        (key, flagged(query.flags.value & ~bit(flag))) for key, wanted, flag in tries if wanted
    ]
    for key, name in (("inet", "AF_INET"), ("inet6", "AF_INET6"), ("unspec", "AF_UNSPEC")):
        if family != name and _has(name):
            found.append((key, dataclasses.replace(query, family=flags.symbol(name))))
    if family == "AF_INET6" and _has("AI_V4MAPPED") and "AI_V4MAPPED" not in names:
        found.append(("v4mapped", flagged(query.flags.value | bit("AI_V4MAPPED"))))
    if query.port is not None and query.host is not None:
        found.append(("no_port", dataclasses.replace(query, port=None)))
    if isinstance(query.port, str) and query.type.value:
        found.append(("any_type", dataclasses.replace(query, type=flags.ZERO)))
    if query.proto.value:
        found.append(("any_proto", dataclasses.replace(query, proto=flags.ZERO)))
    return found


def for_addrinfo(query: AddrinfoQuery, error: ExplainedError) -> Diagnosis | None:
    """Plan the diagnosis of a failed getaddrinfo (``None``: nothing to try or say)."""
    if error.name in ("InputError", "TimedOut"):
        return None
    if error.name == "EAI_AGAIN":
        return Diagnosis((), lambda results: (NO_ANSWER,))
    tries = tuple((key, neighbour.lookup()) for key, neighbour in _addrinfo_tries(query))
    return Diagnosis(tries, partial(_conclude_addrinfo, query, error))


def _host_text(query: AddrinfoQuery) -> str:
    return query.host if query.host is not None else "None"


def _flag_rules(query: AddrinfoQuery, results: Results) -> tuple[Text, ...]:
    """Rules for flags that forbid something: numeric-only host or port, canonname with None."""
    host, port = _host_text(query), str(query.port)
    if "numerichost" in results:
        if worked(results, "numerichost"):
            return (
                Text(
                    QT_TRANSLATE_NOOP(
                        CONTEXT,
                        "AI_NUMERICHOST accepts only a numeric address, and {} is a name; "
                        "without AI_NUMERICHOST it resolves to {}.",
                    ),
                    (host, addresses_of(results["numerichost"])),
                ),
            )
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "AI_NUMERICHOST accepts only a numeric address, and {} is a name; "
                    "without AI_NUMERICHOST the name does not resolve either.",
                ),
                (host,),
            ),
        )
    if worked(results, "numericserv"):
        first = first_entry(results["numericserv"])
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "AI_NUMERICSERV accepts only a port number, and {} is a service name; "
                    "without AI_NUMERICSERV it is port {}.",
                ),
                (port, str(first.sockaddr[1])),
            ),
        )
    if worked(results, "canonname"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "AI_CANONNAME needs a host name: with host None there is no name to make "
                    "canonical. Without AI_CANONNAME the call works.",
                )
            ),
        )
    return ()


def _service_rules(query: AddrinfoQuery, results: Results) -> tuple[Text, ...]:
    """Rules for a port, service name, socket type or protocol that does not fit."""
    kind, proto = flags.type_name(query.type.value), flags.proto_name(query.proto.value)
    if worked(results, "any_proto") and not worked(results, "any_type"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{} does not go with {}: with proto 0 the system chooses the protocol "
                    "and the call works.",
                ),
                (proto, kind),
            ),
        )
    if worked(results, "any_type"):
        first = first_entry(results["any_type"])
        found = f"{flags.type_name(first.type)} {first.sockaddr[1]}"
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "The services database lists {} only for another socket type: with type 0 "
                    "it is found ({}).",
                ),
                (str(query.port), found),
            ),
        )
    if not worked(results, "no_port"):
        return ()
    if isinstance(query.port, str):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "The services database has no service called {} for this socket type; "
                    "the host itself resolves with port None. Give a port number instead.",
                ),
                (query.port,),
            ),
        )
    return (
        Text(
            QT_TRANSLATE_NOOP(
                CONTEXT, "The host resolves with port None: port {} does not fit socket type {}."
            ),
            (str(query.port), kind),
        ),
    )


def _family_rules(query: AddrinfoQuery, results: Results) -> tuple[Text, ...]:
    """Rules for addresses of the other family, or hidden by AI_ADDRCONFIG."""
    host, family = _host_text(query), flags.family_name(query.family.value)
    if worked(results, "addrconfig"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "AI_ADDRCONFIG removed every address: this computer has no address of "
                    "that family apart from loopback ones, which do not count. Without "
                    "AI_ADDRCONFIG {} resolves to {}.",
                ),
                (host, addresses_of(results["addrconfig"])),
            ),
        )
    if family == "AF_INET6" and worked(results, "inet"):
        if not _has("AI_V4MAPPED"):
            template = QT_TRANSLATE_NOOP(
                CONTEXT, "{} has IPv4 addresses only ({}), so AF_INET6 finds nothing."
            )
            return (Text(template, (host, addresses_of(results["inet"]))),)
        texts = [
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{} has IPv4 addresses only ({}); AF_INET6 finds nothing unless "
                    "AI_V4MAPPED maps them (see the grid).",
                ),
                (host, addresses_of(results["inet"])),
            )
        ]
        if worked(results, "v4mapped"):
            texts.append(
                Text(
                    QT_TRANSLATE_NOOP(CONTEXT, "With AI_V4MAPPED: {}."),
                    (addresses_of(results["v4mapped"]),),
                )
            )
        return tuple(texts)
    if family == "AF_INET" and worked(results, "inet6"):
        return (
            Text(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "{} has IPv6 addresses only ({}); AF_INET finds nothing. AF_INET6 or "
                    "AF_UNSPEC returns them.",
                ),
                (host, addresses_of(results["inet6"])),
            ),
        )
    if worked(results, "unspec"):
        return (
            Text(
                QT_TRANSLATE_NOOP(CONTEXT, "With AF_UNSPEC the call works: {}."),
                (addresses_of(results["unspec"]),),
            ),
        )
    return ()


def _conclude_addrinfo(
    query: AddrinfoQuery, error: ExplainedError, results: Results
) -> tuple[Text, ...]:
    for rules in (_flag_rules, _service_rules, _family_rules):
        found = rules(query, results)
        if found:
            return found
    is_name = query.host is not None and not is_numeric_address(query.host)
    if error.name == "EAI_NONAME" and is_name and not any(o.ok for o in results.values()):
        return (missing_name(_host_text(query)),)
    return (fallback(results, _LABELS),)
