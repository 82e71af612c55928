"""Diagnoses of failures this computer can reproduce offline (the DNS lab tests the rest)."""

import socket

import pytest

from netexplorer.core import addrinfo_diagnosis, diagnosis, flags, lookups
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import ExplainedError

s = flags.symbol


def query(host: str | None, port: int | str | None, family: str = "AF_UNSPEC", kind: str = "0",
          proto: str = "0", *names: str) -> AddrinfoQuery:  # fmt: skip
    return AddrinfoQuery(
        host,
        port,
        s(family),
        flags.ZERO if kind == "0" else s(kind),
        flags.ZERO if proto == "0" else s(proto),
        s(*names) if names else flags.ZERO,
    )


def diagnose(q: AddrinfoQuery) -> str:
    outcome = q.lookup().run()
    assert outcome.error is not None, "the case must fail"
    planned = addrinfo_diagnosis.for_addrinfo(q, outcome.error)
    assert planned is not None
    return " ".join(text.english() for text in planned.run())


def localhost_is_ipv4_only() -> bool:
    try:
        socket.getaddrinfo("localhost", 80, socket.AF_INET6)
    except socket.gaierror:
        return True
    return False


@pytest.mark.skipif(not localhost_is_ipv4_only(), reason="localhost has IPv6 here")
def test_ipv4_only_localhost_asked_with_af_inet6() -> None:
    text = diagnose(query("localhost", 80, "AF_INET6"))
    assert text.startswith("localhost has IPv4 addresses only (127.0.0.1); AF_INET6 finds")
    assert "AI_V4MAPPED" in text
    assert "::ffff:127.0.0.1" in text


def test_numerichost_with_a_name() -> None:
    text = diagnose(query("localhost", 80, "AF_UNSPEC", "0", "0", "AI_NUMERICHOST"))
    assert text.startswith("AI_NUMERICHOST accepts only a numeric address, and localhost is a name")
    assert "127.0.0.1" in text


def test_numericserv_with_a_service_name() -> None:
    text = diagnose(query("127.0.0.1", "http", "AF_INET", "SOCK_STREAM", "0", "AI_NUMERICSERV"))
    assert "without AI_NUMERICSERV it is port 80" in text


def test_a_service_the_database_lacks() -> None:
    text = diagnose(query("127.0.0.1", "no-such-service"))
    assert text.startswith("The services database has no service called no-such-service")


def test_a_protocol_that_does_not_go_with_the_type() -> None:
    text = diagnose(query("127.0.0.1", 80, "AF_INET", "SOCK_DGRAM", "IPPROTO_TCP"))
    assert text.startswith("IPPROTO_TCP does not go with SOCK_DGRAM")


def test_canonname_needs_a_host() -> None:
    text = diagnose(query(None, 80, "AF_UNSPEC", "0", "0", "AI_CANONNAME"))
    assert text.startswith("AI_CANONNAME needs a host name")


def test_timeouts_and_input_errors_get_no_diagnosis() -> None:
    q = query("localhost", 80)
    for name in ("TimedOut", "InputError"):
        assert addrinfo_diagnosis.for_addrinfo(q, ExplainedError(name, "", "")) is None
    assert diagnosis.for_host("x", ExplainedError("TimedOut", "", "")) is None


def test_eai_again_asks_nothing_more() -> None:
    planned = addrinfo_diagnosis.for_addrinfo(query("x", 80), ExplainedError("EAI_AGAIN", "", ""))
    assert planned is not None
    assert planned.tries == ()
    assert planned.run() == (diagnosis.NO_ANSWER,)


def test_a_service_known_only_for_another_protocol() -> None:
    outcome = lookups.getservbyname("bootps", "tcp").run()
    if outcome.ok:
        pytest.skip("bootps/tcp is in this services database")
    assert outcome.error is not None
    planned = diagnosis.for_netdb("getservbyname", "bootps", "tcp", outcome.error)
    assert planned is not None
    text = " ".join(t.english() for t in planned.run())
    assert text == (
        "bootps is in the services database only for another protocol: with the protocol "
        "'any' it is 67."
    )


def test_an_unknown_service_names_the_database() -> None:
    outcome = lookups.getservbyname("no-such-service", None).run()
    assert outcome.error is not None
    planned = diagnosis.for_netdb("getservbyname", "no-such-service", None, outcome.error)
    assert planned is not None
    (text,) = planned.run()
    assert text.args[0] == "getservbyname"
    assert text.args[2] == "no-such-service"
