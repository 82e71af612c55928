"""Every lookup's outcome equals what the socket module returns in the same process."""

import itertools
import socket
import threading
from typing import Any

import pytest

from netexplorer.core import errors, flags, lookups
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, Call, HostEx, NameInfo, Symbol


def socket_outcome(fn, *args: Any) -> tuple[str, Any]:
    """Call ``fn`` and return ("ok", value) or ("error", explained error)."""
    try:
        return "ok", fn(*args)
    except Exception as exc:
        return "error", errors.explain(exc)


def check(lookup: Lookup[Any], fn, *args: Any, convert=lambda raw: raw) -> Any:
    outcome = lookup.run()
    kind, expected = socket_outcome(fn, *args)
    assert outcome.elapsed_ms >= 0
    assert outcome.ok is (kind == "ok"), outcome.error
    # a value and no error, or no value and the error socket raised, explained
    want = (convert(expected), None) if kind == "ok" else (None, expected)
    assert (outcome.value, outcome.error) == want
    return outcome


def hosts_names() -> list[str]:
    """Names the hosts file maps to 127.0.0.1 (answered without DNS)."""
    names = ["localhost"]
    try:
        with open("/etc/hosts", encoding="utf-8") as file:
            for line in file:
                words = line.partition("#")[0].split()
                if len(words) >= 2 and words[0] == "127.0.0.1":
                    names.extend(words[1:])
    except OSError:
        pass
    return sorted(set(names))


def host_ex(raw: tuple[str, list[str], list[str]]) -> HostEx:
    return HostEx(raw[0], tuple(raw[1]), tuple(raw[2]))


def addrinfo(raw: list[tuple[Any, ...]]) -> tuple[AddrInfo, ...]:
    return tuple(AddrInfo(int(f), int(t), int(p), c, tuple(s)) for f, t, p, c, s in raw)


@pytest.mark.parametrize("host", ["127.0.0.1", *hosts_names()])
def test_gethostbyname_and_ex(host: str) -> None:
    outcome = check(lookups.gethostbyname(host), socket.gethostbyname, host)
    assert outcome.call == Call("gethostbyname", (host,))
    assert outcome.value.startswith("127.")
    ex = check(lookups.gethostbyname_ex(host), socket.gethostbyname_ex, host, convert=host_ex)
    assert isinstance(ex.value, HostEx)
    assert outcome.value in ex.value.addresses


def test_gethostbyname_of_ipv6_literal_fails_like_socket() -> None:
    outcome = check(lookups.gethostbyname("::1"), socket.gethostbyname, "::1")
    assert outcome.error is not None


def test_gethostname() -> None:
    outcome = lookups.gethostname().run()
    assert outcome.value == socket.gethostname()
    assert outcome.call == Call("gethostname")


def test_has_ipv6() -> None:
    assert lookups.has_ipv6() is socket.has_ipv6


@pytest.mark.parametrize("address", ["127.0.0.1"])
def test_gethostbyaddr(address: str) -> None:
    outcome = check(lookups.gethostbyaddr(address), socket.gethostbyaddr, address, convert=host_ex)
    assert outcome.ok


NI_NAMES = [c.name for c in flags.NI_FLAGS]


NI_COMBINATIONS = [combo for n in range(3) for combo in itertools.combinations(NI_NAMES, n)]
NI_CASES = [
    (sockaddr, chosen)
    for sockaddr in [("127.0.0.1", 80), ("127.0.0.1", 0), ("::1", 53, 0, 0)]
    for chosen in NI_COMBINATIONS
    # NI_NAMEREQD on ::1 needs a name; without one in the hosts file it asks DNS
    if not (sockaddr[0] == "::1" and "NI_NAMEREQD" in chosen)
]


@pytest.mark.parametrize(("sockaddr", "chosen"), NI_CASES)
def test_getnameinfo_with_flags(sockaddr: tuple[Any, ...], chosen: tuple[str, ...]) -> None:
    symbol = flags.symbol(*chosen)
    outcome = check(
        lookups.getnameinfo(sockaddr, symbol),
        socket.getnameinfo,
        sockaddr,
        symbol.value,
        convert=lambda raw: NameInfo(*raw),
    )
    assert outcome.call == Call("getnameinfo", (sockaddr, symbol))


def test_getnameinfo_numeric_flags_give_numbers() -> None:
    symbol = flags.symbol("NI_NUMERICHOST", "NI_NUMERICSERV")
    assert lookups.getnameinfo(("127.0.0.1", 80), symbol).run().value == NameInfo("127.0.0.1", "80")


@pytest.mark.parametrize("name", ["ip", "icmp", "tcp", "udp", "TCP", "UDP", "nope"])
def test_getprotobyname(name: str) -> None:
    check(lookups.getprotobyname(name), socket.getprotobyname, name)


@pytest.mark.parametrize("name", ["tcp", "udp", "TCP", "UDP"])
def test_tcp_and_udp_are_their_ipproto_numbers(name: str) -> None:
    assert lookups.getprotobyname(name).run().value == getattr(socket, f"IPPROTO_{name.upper()}")


def test_icmp_is_protocol_one() -> None:
    assert lookups.getprotobyname("icmp").run().value == 1


@pytest.mark.parametrize("proto", [None, "tcp", "udp"])
@pytest.mark.parametrize("name", ["www", "http", "domain", "ssh", "nope"])
def test_getservbyname(name: str, proto: str | None) -> None:
    args = (name,) if proto is None else (name, proto)
    outcome = check(lookups.getservbyname(name, proto), socket.getservbyname, *args)
    assert outcome.call == Call("getservbyname", args)


@pytest.mark.parametrize("proto", [None, "tcp", "udp"])
@pytest.mark.parametrize("port", [1, 22, 53, 80, 443, 65535, 70000, -1])
def test_getservbyport(port: int, proto: str | None) -> None:
    args = (port,) if proto is None else (port, proto)
    check(lookups.getservbyport(port, proto), socket.getservbyport, *args)


def test_getservbyport_overflow_is_explained() -> None:
    outcome = lookups.getservbyport(70000, None).run()
    assert outcome.error is not None
    assert outcome.error.name == "OverflowError"


FAMILIES = ["AF_UNSPEC", "AF_INET", "AF_INET6"]
TYPES = ["0", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW"]
PROTOS = ["0", "IPPROTO_TCP", "IPPROTO_UDP"]


def sym(name: str) -> Symbol:
    return flags.ZERO if name == "0" else flags.symbol(name)


@pytest.mark.parametrize("proto", PROTOS)
@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize(
    ("host", "port"),
    [("localhost", 80), ("127.0.0.1", "http"), ("::1", None), (None, 0), (None, "domain")],
)
def test_getaddrinfo_across_arguments(
    host: str | None, port: int | str | None, family: str, kind: str, proto: str
) -> None:
    args = (host, port, sym(family), sym(kind), sym(proto), flags.ZERO)
    check(
        lookups.getaddrinfo(*args),
        socket.getaddrinfo,
        host,
        port,
        *(a.value for a in args[2:]),
        convert=addrinfo,
    )


AI_NAMES = [c.name for c in flags.AI_FLAGS]


@pytest.mark.parametrize(
    "chosen", [combo for n in range(3) for combo in itertools.combinations(AI_NAMES, n)]
)
@pytest.mark.parametrize(("host", "port"), [("localhost", 80), ("127.0.0.1", "www"), (None, 80)])
@pytest.mark.parametrize("family", FAMILIES)
def test_getaddrinfo_flag_combinations(
    host: str | None, port: int | str, family: str, chosen: tuple[str, ...]
) -> None:
    symbol = flags.symbol(*chosen)
    check(
        lookups.getaddrinfo(host, port, sym(family), flags.ZERO, flags.ZERO, symbol),
        socket.getaddrinfo,
        host,
        port,
        sym(family).value,
        0,
        0,
        symbol.value,
        convert=addrinfo,
    )


def test_getaddrinfo_host_none_passive_gives_wildcard_else_loopback() -> None:
    stream = flags.symbol("SOCK_STREAM")
    active = lookups.getaddrinfo(None, 80, flags.ZERO, stream, flags.ZERO, flags.ZERO).run()
    passive = lookups.getaddrinfo(
        None, 80, flags.ZERO, stream, flags.ZERO, flags.symbol("AI_PASSIVE")
    ).run()
    assert active.value
    assert passive.value
    loopback: dict[int, str] = {socket.AF_INET: "127.0.0.1", socket.AF_INET6: "::1"}
    wildcard: dict[int, str] = {socket.AF_INET: "0.0.0.0", socket.AF_INET6: "::"}
    assert all(e.sockaddr[0] == loopback[e.family] for e in active.value)
    assert all(e.sockaddr[0] == wildcard[e.family] for e in passive.value)
    assert {e.family for e in active.value} == {e.family for e in passive.value}


def test_getaddrinfo_canonname_only_in_first_result() -> None:
    outcome = lookups.getaddrinfo(
        "localhost", 80, flags.ZERO, flags.ZERO, flags.ZERO, flags.symbol("AI_CANONNAME")
    ).run()
    assert outcome.value
    assert outcome.value[0].canonname
    assert all(entry.canonname == "" for entry in outcome.value[1:])


@pytest.mark.parametrize(
    ("raised", "name"),
    [
        (ValueError("bad"), "ValueError"),
        (OverflowError("bad"), "OverflowError"),
        (UnicodeError("bad"), "UnicodeError"),
        (OSError("bad"), "OSError"),
        (socket.gaierror(socket.EAI_NONAME, "bad"), "EAI_NONAME"),
        (socket.herror(1, "bad"), "herror"),
    ],
)
def test_errors_a_socket_call_raises_become_explained_outcomes(
    raised: BaseException, name: str
) -> None:
    def boom() -> None:
        raise raised

    outcome = Lookup(Call("x"), boom, lambda raw: raw).run()
    assert outcome.error is not None
    assert outcome.error.name == name
    assert outcome.error.message == "bad"
    assert outcome.elapsed_ms >= 0


@pytest.mark.parametrize("raised", [KeyError("k"), TypeError("t"), AttributeError("a")])
def test_a_bug_in_the_call_is_not_dressed_up_as_a_socket_error(raised: BaseException) -> None:
    def boom() -> None:
        raise raised

    with pytest.raises(type(raised)):
        Lookup(Call("x"), boom, lambda raw: raw).run()


def test_a_bug_in_the_converter_propagates_even_as_a_value_error() -> None:
    """A converter's error is netexplorer's own, never the socket call's."""

    def convert(raw: int) -> int:
        raise ValueError("converter bug")

    with pytest.raises(ValueError, match="converter bug"):
        Lookup(Call("x"), lambda: 1, convert).run()


def test_run_all_keeps_order() -> None:
    outcomes = lookups.run_all((lookups.getprotobyname("udp"), lookups.getprotobyname("tcp")))
    assert [o.value for o in outcomes] == [17, 6]


def test_netdb_calls_are_serialized() -> None:
    """Two serialized lookups never run their calls at the same time."""
    inside = threading.Semaphore(0)
    active: list[int] = []
    overlap: list[bool] = []
    lock = threading.Lock()

    def call() -> int:
        with lock:
            active.append(1)
            overlap.append(len(active) > 1)
        inside.release()
        threading.Event().wait(0.05)
        with lock:
            active.pop()
        return 1

    jobs = [Lookup(Call("getservbyname"), call, lambda raw: raw, True) for _ in range(4)]
    threads = [threading.Thread(target=job.run) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert overlap == [False] * 4
    assert lookups.getservbyname("www", None).serialized
    assert lookups.getservbyport(80, None).serialized
    assert lookups.getprotobyname("tcp").serialized
    assert not lookups.getaddrinfo(None, 80, *(flags.ZERO,) * 4).serialized
