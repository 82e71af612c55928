"""Describing addresses and the fields of getaddrinfo's 5-tuples."""

import socket

import pytest

from netexplorer.core import addresses
from netexplorer.core.results import AddrInfo


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("0.0.0.0", "wildcard (every interface)"),
        ("::", "wildcard (every interface)"),
        ("127.0.0.1", "loopback (this computer)"),
        ("::1", "loopback (this computer)"),
        ("fe80::1%lo", "link-local"),
        ("169.254.1.1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("10.1.2.3", "private or reserved"),
        ("8.8.8.8", "public"),
        ("::ffff:127.0.0.1", "IPv4-mapped IPv6"),
        ("not an address", ""),
    ],
)
def test_address_kind(address: str, kind: str) -> None:
    assert addresses.address_kind(address) == kind


def test_explain_ipv4_tuple() -> None:
    entry = AddrInfo(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", ("127.0.0.1", 80))
    notes = addresses.explain_addrinfo(entry)
    assert [n.field for n in notes] == ["family", "type", "proto", "canonname", "sockaddr"]
    assert [n.value for n in notes] == [
        "AF_INET",
        "SOCK_STREAM",
        "IPPROTO_TCP",
        "''",
        "('127.0.0.1', 80)",
    ]
    assert all(n.meaning for n in notes)


def test_explain_ipv6_tuple_with_scope() -> None:
    index, name = socket.if_nameindex()[0]
    entry = AddrInfo(
        socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP, "", ("fe80::1", 53, 0, index)
    )
    notes = {n.field: n for n in addresses.explain_addrinfo(entry)}
    assert notes["flowinfo"].value == "0"
    assert notes["scope_id"].value == repr(index)
    assert notes["scope_id"].detail == name
    assert "{}" in notes["scope_id"].meaning


def test_explain_ipv6_tuple_without_scope_and_unknown_numbers() -> None:
    entry = AddrInfo(socket.AF_INET6, 0, 132, "", ("::1", 80, 0, 0))
    notes = {n.field: n for n in addresses.explain_addrinfo(entry)}
    assert notes["scope_id"].detail == ""
    assert notes["type"].value == "0"
    assert notes["proto"].value == "132"
    assert notes["proto"].meaning


def test_interface_name() -> None:
    index, name = socket.if_nameindex()[0]
    assert addresses.interface_name(index) == name
    assert addresses.interface_name(2**31 - 1) == ""
    assert addresses.interface_name(2**40) == ""
