"""Input parsing: every rejection is an InvalidInput with an explained error."""

import socket

import pytest

from netexplorer.core import parsing
from netexplorer.core.parsing import InvalidInput


def rejected(fn, *args, **kwargs) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        fn(*args, **kwargs)
    error = info.value.error
    assert error.name == "InputError"
    assert error.explanation
    assert error.cause == "Nothing was sent to the resolver."
    assert str(info.value) == error.formatted_message()
    return info.value


# Hosts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("localhost", "localhost"),
        ("  localhost  ", "localhost"),
        ("localhost.", "localhost."),
        ("127.0.0.1", "127.0.0.1"),
        ("::1", "::1"),
        ("[::1]", "::1"),
        ("fe80::1%lo", "fe80::1%lo"),
        ("bücher.example", "bücher.example"),
        ("a" * 63 + ".com", "a" * 63 + ".com"),
    ],
)
def test_parse_host_accepts(text: str, expected: str) -> None:
    assert parsing.parse_host(text, allow_empty=False) == expected


def test_parse_host_empty_is_none_only_when_allowed() -> None:
    assert parsing.parse_host("", allow_empty=True) is None
    assert parsing.parse_host("   ", allow_empty=True) is None
    assert rejected(parsing.parse_host, "  ", allow_empty=False).error.message == (
        "Enter a host name or address."
    )


def test_parse_host_rejects_nul_which_glibc_would_truncate() -> None:
    invalid = rejected(parsing.parse_host, "localhost\x00.evil.example", allow_empty=False)
    assert "NUL" in invalid.error.message
    assert "Python would accept it" in invalid.error.message
    assert invalid.error.args == ("host name", "'localhost'")
    # what Python really does with it: the part before the NUL is looked up
    assert socket.getaddrinfo("localhost\x00.evil.example", 80) == socket.getaddrinfo(
        "localhost", 80
    )


def test_a_nul_for_a_function_that_refuses_it_says_so() -> None:
    invalid = rejected(
        parsing.parse_host, "localhost\x00x", allow_empty=False, refused_by="gethostbyname"
    )
    assert invalid.error.args == ("host name", "gethostbyname")
    with pytest.raises(TypeError):
        socket.gethostbyname("localhost\x00x")


@pytest.mark.parametrize("text", ["local host", "a\tb", "a\nb", "a\x7fb", "a\u200bb"])
def test_parse_host_rejects_spaces_and_control_characters(text: str) -> None:
    invalid = rejected(parsing.parse_host, text, allow_empty=False)
    assert invalid.error.args[0] == "host name"


def test_parse_host_length_limits() -> None:
    name = ".".join(["a" * 50] * 5)  # 254 characters
    assert len(name) == 254
    invalid = rejected(parsing.parse_host, name, allow_empty=False)
    assert invalid.error.args == ("254",)
    # exactly 253 is fine, and a trailing root dot does not count
    ok = ".".join(["a" * 50] * 4 + ["a" * 49])
    assert len(ok) == 253
    assert parsing.parse_host(ok + ".", allow_empty=False) == ok + "."


def test_parse_host_label_limits() -> None:
    invalid = rejected(parsing.parse_host, "a" * 64 + ".com", allow_empty=False)
    assert invalid.error.args == ("a" * 64,)  # shown whole: nothing in an error is cut off
    for text in ("a..com", ".a.com", "."):
        rejected(parsing.parse_host, text, allow_empty=False)


# Addresses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "version", "canonical", "scope"),
    [
        ("127.0.0.1", 4, "127.0.0.1", ""),
        ("::1", 6, "::1", ""),
        ("[::1]", 6, "::1", ""),
        ("0:0:0:0:0:0:0:1", 6, "::1", ""),
        ("fe80::1%eth0", 6, "fe80::1", "eth0"),
        ("fe80::1%3", 6, "fe80::1", "3"),
        ("::ffff:127.0.0.1", 6, "::ffff:7f00:1", ""),
    ],
)
def test_parse_address(text: str, version: int, canonical: str, scope: str) -> None:
    address = parsing.parse_address(text)
    assert (address.version, address.text, address.scope) == (version, canonical, scope)
    assert address.family_name == ("AF_INET" if version == 4 else "AF_INET6")
    assert parsing.is_numeric_address(text)


@pytest.mark.parametrize(
    "text", ["", "localhost", "127.1", "256.0.0.1", "127.0.0.01", "1.2.3.4%eth0", "fe80::1%", ":::"]
)
def test_parse_address_rejects(text: str) -> None:
    rejected(parsing.parse_address, text)
    assert not parsing.is_numeric_address(text)


def test_scope_id_by_name_and_number() -> None:
    name = socket.if_indextoname(1)
    assert parsing.scope_id(parsing.parse_address(f"fe80::1%{name}")) == 1
    assert parsing.scope_id(parsing.parse_address("fe80::1%7")) == 7
    assert parsing.scope_id(parsing.parse_address("fe80::1%4294967295")) == 4294967295
    assert parsing.scope_id(parsing.parse_address("fe80::1")) == 0


@pytest.mark.parametrize("zone", ["nosuchinterface0", "4294967296", "99999999999", "1" * 5000])
def test_scope_id_rejects_unknown_or_wrapping_zones(zone: str) -> None:
    # getnameinfo would silently wrap 99999999999 to 1215752191
    rejected(parsing.scope_id, parsing.Address("fe80::1", 6, zone))


# Ports and services ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "port"), [("0", 0), ("80", 80), (" 65535 ", 65535), ("0080", 80)])
def test_parse_port_range(text: str, port: int) -> None:
    assert parsing.parse_port(text) == port


@pytest.mark.parametrize("text", ["65536", "70000", "0" * 5000 + "70000", str(2**32 + 80)])
def test_parse_port_refuses_what_the_c_library_would_wrap_and_says_into_what(text: str) -> None:
    invalid = rejected(parsing.parse_port, text)
    assert "Python would accept it" in invalid.error.message
    port = int(text.lstrip("0"))
    wrapped = socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)
    assert invalid.error.args[1] == str(wrapped[0][4][1])
    assert invalid.error.args[1] != str(port)


@pytest.mark.parametrize("text", ["-1", "-65536", str(2**31)])
def test_ports_the_c_library_refuses_go_to_python_as_typed(text: str) -> None:
    # Python passes them on and the call fails with the C library's own error
    assert parsing.parse_port(text) == int(text)
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("127.0.0.1", int(text), socket.AF_INET, socket.SOCK_STREAM)


def test_ports_python_refuses_itself_go_to_python() -> None:
    assert parsing.parse_port(str(2**40), python_max=parsing.C_INT_MAX) == 2**40
    assert parsing.parse_port("70000", wraps=False) == 70000
    invalid = rejected(parsing.parse_port, "1" * 5000)
    assert invalid.error.args == ("5000",)


def test_parse_port_leading_zeros_within_range() -> None:
    assert parsing.parse_port("0" * 5000 + "80") == 80
    assert parsing.parse_port("+80") == 80


@pytest.mark.parametrize("text", ["", "+-1", "8 0", "٣", "80a", "0x50", "-"])
def test_parse_port_rejects_non_numbers(text: str) -> None:
    rejected(parsing.parse_port, text)


def test_parse_port_or_service() -> None:
    assert parsing.parse_port_or_service("80", allow_empty=False) == 80
    assert parsing.parse_port_or_service(" www ", allow_empty=False) == "www"
    assert parsing.parse_port_or_service("", allow_empty=True) is None
    rejected(parsing.parse_port_or_service, "", allow_empty=False)
    assert parsing.parse_port_or_service("-1", allow_empty=True) == -1
    assert parsing.parse_port_or_service("70000", allow_empty=True, wraps=False) == 70000
    assert rejected(parsing.parse_port_or_service, "70000", allow_empty=True).error.args == (
        "70000",
        "4464",
    )
    assert rejected(parsing.parse_port_or_service, "w\x00w", allow_empty=True).error.args == (
        "service name",
        "'w'",
    )
    refused = rejected(parsing.parse_port_or_service, "w\x00w", allow_empty=True, wraps=False)
    assert refused.error.args == ("service name", "getservbyname")


def test_parse_name() -> None:
    assert parsing.parse_name(" tcp ", "protocol name") == "tcp"
    assert parsing.parse_name("x" * 64, "service name") == "x" * 64
    assert rejected(parsing.parse_name, "x" * 65, "service name").error.args == (
        "service name",
        "65",
    )
    assert rejected(parsing.parse_name, "", "protocol name").error.args == ("protocol name",)
    rejected(parsing.parse_name, "tc p", "protocol name")
    rejected(parsing.parse_name, "tcp\x00", "protocol name")


@pytest.mark.parametrize("length", [81, 300, 40_000])
def test_an_error_quotes_at_most_80_characters_of_the_input(length: int) -> None:
    """A long invalid input once made the window as wide as the quoted text."""
    text = "x" * (length - 1) + "!"
    for parse in (parsing.parse_address, parsing.parse_port):
        invalid = rejected(parse, text)
        assert invalid.error.args == ("x" * 52 + "…" + "x" * 26 + "!",)
    host = rejected(parsing.parse_host, "a..b" + text[4:], allow_empty=False)
    assert all(len(arg) <= 80 for arg in host.error.args), host.error.args
