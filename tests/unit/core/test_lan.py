"""This computer's addresses for classmates, and comparing socket addresses as delivery does."""

import ipaddress
import socket

import pytest

from netexplorer.core import lan, sockaddrs


def test_lan_addresses_are_this_computer_s_and_never_loopback() -> None:
    found = lan.lan_addresses()
    assert found.hostname == socket.gethostname()
    for address in found.addresses:
        ip = ipaddress.ip_address(address.partition("%")[0])
        assert not ip.is_loopback
        assert not ip.is_unspecified
        family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.bind((address, 0))  # only an address of this computer can be bound
    versions = [ipaddress.ip_address(a.partition("%")[0]).version for a in found.addresses]
    assert versions == sorted(versions)  # IPv4 first
    assert set(found.interfaces) == {name for _, name in socket.if_nameindex()}


def test_route_source_sends_nothing_and_answers_for_loopback() -> None:
    assert lan.route_source("127.0.0.1") == "127.0.0.1"
    assert lan.route_source("::ffff:127.0.0.1") == "127.0.0.1"
    assert lan.route_source("not an address") is None


@pytest.mark.parametrize(
    ("target", "bound", "dual", "delivered"),
    [
        (("127.0.0.1", 5), ("127.0.0.1", 5), False, True),
        (("127.0.0.1", 5), ("127.0.0.1", 6), False, False),
        (("127.0.0.2", 5), ("127.0.0.1", 5), False, False),
        (("127.0.0.2", 5), ("0.0.0.0", 5), False, True),
        (("::1", 5, 0, 0), ("0.0.0.0", 5), False, False),
        (("::ffff:127.0.0.1", 5, 0, 0), ("127.0.0.1", 5), False, True),
        (("127.0.0.1", 5), ("::", 5, 0, 0), False, False),
        (("127.0.0.1", 5), ("::", 5, 0, 0), True, True),
        (("192.0.2.9", 5), ("0.0.0.0", 5), False, False),  # maybe not this computer
    ],
)
def test_delivers(
    target: tuple[object, ...], bound: tuple[object, ...], dual: bool, delivered: bool
) -> None:
    assert sockaddrs.delivers(target, bound, dual_stack=dual) is delivered


def test_connectable_and_host_port() -> None:
    assert sockaddrs.connectable(("0.0.0.0", 80)) == ("127.0.0.1", 80)
    assert sockaddrs.connectable(("::", 80, 0, 0)) == ("::1", 80)
    assert sockaddrs.connectable(("fe80::1", 80, 0, 2)) == ("fe80::1%2", 80)
    assert sockaddrs.host_port("::1", 80) == "[::1]:80"
    assert sockaddrs.host_port("127.0.0.1", 80) == "127.0.0.1:80"
