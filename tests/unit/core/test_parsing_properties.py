"""Arbitrary text into every parser: a value or an explained InvalidInput, nothing else."""

import ipaddress
import socket
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from netexplorer.core import parsing
from netexplorer.core.parsing import InvalidInput

PARSERS: dict[str, Callable[[str], object]] = {
    "host": lambda text: parsing.parse_host(text, allow_empty=False),
    "host-or-none": lambda text: parsing.parse_host(text, allow_empty=True),
    "address": parsing.parse_address,
    "address+scope": lambda text: parsing.scope_id(parsing.parse_address(text)),
    "port": parsing.parse_port,
    "port-or-service": lambda text: parsing.parse_port_or_service(text, allow_empty=False),
    "port-or-service-or-none": lambda text: parsing.parse_port_or_service(text, allow_empty=True),
    "name": lambda text: parsing.parse_name(text, "service name"),
}

# Text that looks like what users type, mixed with anything at all.
near_miss = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.:%[]-+ \x00\tabcdefxü٣", max_size=60),
    st.from_regex(r"\A[0-9]{1,8}\Z"),
    st.from_regex(r"\A[a-z0-9-]{0,70}(\.[a-z0-9-]{0,70}){0,5}\.?\Z"),
    st.ip_addresses().map(str),
    st.builds(lambda a, z: f"{a}%{z}", st.ip_addresses(v=6).map(str), st.text(max_size=12)),
)


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
@settings(max_examples=150, deadline=None)
@given(text=near_miss)
@example(text="1" * 5000)
@example(text="fe80::1%" + "9" * 5000)
@example(text="localhost\x00evil")
@example(text="a" * 64 + ".com")
def test_every_parser_returns_a_value_or_an_explained_error(
    parser: Callable[[str], object], text: str
) -> None:
    try:
        parser(text)
    except InvalidInput as invalid:
        error = invalid.error
        assert error.name == "InputError"
        assert error.explanation
        assert error.cause
        assert error.formatted_message()  # placeholders fit their arguments


@settings(max_examples=200, deadline=None)
@given(text=near_miss)
def test_accepted_ports_are_in_range(text: str) -> None:
    try:
        port = parsing.parse_port(text)
    except InvalidInput:
        return
    assert int(text.strip()) == port
    if not 0 <= port <= 65535:  # the C library refuses it: Python's call fails the same way
        with pytest.raises((OSError, OverflowError)):
            socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)


@settings(max_examples=200, deadline=None)
@given(text=near_miss)
def test_accepted_hosts_have_no_nul_and_dns_sized_labels(text: str) -> None:
    try:
        host = parsing.parse_host(text, allow_empty=True)
    except InvalidInput:
        return
    assert (host is None) == (not text.strip()), "None stands for blank input, only"
    accepted = host or ""
    assert "\x00" not in accepted
    assert not any(ch.isspace() for ch in accepted)
    assert not accepted or parsing.is_numeric_address(accepted) or dns_sized(accepted)


def dns_sized(name: str) -> bool:
    """Tell whether ``name`` fits DNS: 253 characters in all, labels of 1 to 63."""
    labels = name.removesuffix(".").split(".")
    return len(".".join(labels)) <= 253 and all(0 < len(label) <= 63 for label in labels)


@settings(max_examples=200, deadline=None)
@given(address=st.ip_addresses())
def test_every_ip_address_parses_to_itself(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> None:
    parsed = parsing.parse_address(str(address))
    assert parsed.text == str(address)
    assert parsed.version == address.version
    assert parsing.parse_host(str(address), allow_empty=False) == str(address)


@settings(max_examples=200, deadline=None)
@given(port=st.integers(min_value=0, max_value=65535), zeros=st.integers(0, 5))
def test_every_port_parses(port: int, zeros: int) -> None:
    assert parsing.parse_port("0" * zeros + str(port)) == port
    assert parsing.parse_port_or_service(str(port), allow_empty=False) == port


@settings(max_examples=100, deadline=None)
@given(port=st.integers(min_value=65536, max_value=10**29))
def test_a_larger_port_is_refused_exactly_when_the_c_library_would_wrap_it(port: int) -> None:
    try:
        really = socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)
    except (OSError, OverflowError):
        assert parsing.parse_port(str(port)) == port  # Python's own error will show
        return
    with pytest.raises(InvalidInput) as info:
        parsing.parse_port(str(port))
    assert info.value.error.args == (str(port), str(really[0][4][1]))
