"""The exposure gate: beyond loopback only with the opt-in, judged from the address bound.

Every spelling of "every interface" a user (or an attacker) could type is
resolved with the real getaddrinfo, and each result is offered to the server:
none may bind without the opt-in.  Nothing here binds beyond loopback.
"""

import ipaddress
import socket
from typing import Any

import pytest

from netexplorer.core import engine
from netexplorer.core.engine import Transport, exposure
from tests.unit.core.engine.harness import (
    LOOPBACK,
    WILDCARDS,
    Harness,
    ipv6_loopback_works,
    tcp_info,
)


def bind_infos(host: str, transport: Transport) -> tuple[Any, ...]:
    outcome = engine.bind_lookup(engine.parse_endpoint(host, "0"), transport).run()
    assert outcome.value, outcome.error
    return tuple(outcome.value)


@pytest.mark.parametrize("transport", list(Transport))
@pytest.mark.parametrize("host", WILDCARDS)
def test_every_spelling_of_every_interface_needs_the_opt_in(
    h: Harness, host: str, transport: Transport
) -> None:
    for info in bind_infos(host, transport):
        assert exposure.beyond_loopback(info.sockaddr), info
        assert not h.server.start(info), f"{host!r} bound {h.server.listening} without the opt-in"
        assert not h.server.running
        assert h.server.last_error is not None
        assert h.server.last_error.name == "ExposureRefused"
        assert h.loop.watched == 0


@pytest.mark.parametrize("transport", list(Transport))
def test_a_scope_name_on_the_wildcard_is_refused_or_not_resolved(
    h: Harness, transport: Transport
) -> None:
    """glibc refuses a scope name on a non-link-local address; others may resolve it to ``::``."""
    outcome = engine.bind_lookup(engine.parse_endpoint("::%lo", "0"), transport).run()
    for info in outcome.value or ():
        assert not h.server.start(info)
        assert h.server.last_error is not None
        assert h.server.last_error.name == "ExposureRefused"
    assert outcome.ok or (outcome.error is not None and outcome.error.name.startswith("EAI_"))
    assert not h.server.running


@pytest.mark.parametrize("transport", list(Transport))
@pytest.mark.parametrize("host", LOOPBACK)
def test_loopback_needs_no_opt_in(h: Harness, host: str, transport: Transport) -> None:
    for info in bind_infos(host, transport):
        assert not exposure.beyond_loopback(info.sockaddr)
        assert h.server.start(info), h.server.last_error
        assert h.server.exposed_on is None


@pytest.mark.skipif(not ipv6_loopback_works(), reason="no IPv6 loopback")
def test_ipv6_loopback_needs_no_opt_in(h: Harness) -> None:
    for info in bind_infos("::1", Transport.TCP):
        assert h.server.start(info), h.server.last_error


def test_the_address_actually_bound_is_checked_after_bind(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the check of getaddrinfo's answer ever wrong, getsockname() still decides."""
    info = tcp_info("0.0.0.0")
    truth = exposure.beyond_loopback

    def fooled(sockaddr: tuple[Any, ...]) -> bool:
        return False if tuple(sockaddr) == tuple(info.sockaddr) else truth(sockaddr)

    monkeypatch.setattr(exposure, "beyond_loopback", fooled)
    assert not h.server.start(info)
    assert not h.server.running
    assert h.server.last_error is not None
    assert h.server.last_error.name == "ExposureRefused"
    assert "getsockname" in h.server_events[-1].call


def test_ipv4_mapped_addresses_are_judged_as_the_ipv4_address_they_mean() -> None:
    assert exposure.host_address(("::ffff:127.0.0.1", 0, 0, 0)) == ipaddress.ip_address("127.0.0.1")
    assert exposure.host_address(("::ffff:0:0", 0, 0, 0)) == ipaddress.ip_address("0.0.0.0")
    assert exposure.host_address(("fe80::1%lo", 0, 0, 1)) == ipaddress.ip_address("fe80::1")
    assert exposure.host_address(("not an address", 0)) is None
    assert exposure.beyond_loopback(("not an address", 0))  # unknown: treated as exposed


def test_the_interfaces_named_are_this_computers() -> None:
    names = {name for _, name in socket.if_nameindex()}
    for entry in exposure.interface_addresses():
        assert entry.name in names
    every = exposure.exposed_interfaces(("0.0.0.0", 0))
    assert every == tuple(
        f"{e.name} ({e.address})"
        for e in exposure.interface_addresses()
        if e.address.version == 4 and not e.address.is_loopback
    )
    assert exposure.exposed_interfaces(("127.0.0.1", 0)) == ()
    for entry in exposure.interface_addresses():  # a specific address: its own interface
        if not entry.address.is_loopback:
            shown = exposure.exposed_interfaces((str(entry.address), 0, 0, 0))
            assert f"{entry.name} ({entry.address})" in shown
