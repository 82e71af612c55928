"""Flag tables follow what this platform's socket module defines."""

import importlib
import socket
from collections.abc import Iterator

import pytest

from netexplorer.core import flags
from tests import socket_oracle

#: The constants each table explains, in its order (those the platform defines).
FAMILIES = ["AF_UNSPEC", "AF_INET", "AF_INET6"]
SOCKET_TYPES = ["SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW"]
PROTOCOLS = ["IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_ICMP", "IPPROTO_IP"]


@pytest.fixture
def reload_flags() -> Iterator[None]:
    """Rebuild the tables after the test (they are computed at import)."""
    yield
    importlib.reload(flags)


@pytest.mark.parametrize(
    ("table_name", "names"),
    [("FAMILIES", FAMILIES), ("SOCKET_TYPES", SOCKET_TYPES), ("PROTOCOLS", PROTOCOLS)],
)
def test_tables_hold_exactly_the_defined_constants(table_name: str, names: list[str]) -> None:
    table: tuple[flags.Constant, ...] = getattr(flags, table_name)
    assert [c.name for c in table] == [name for name in names if hasattr(socket, name)]
    for constant in table:
        assert constant.value == getattr(socket, constant.name)
        assert constant.explanation


def test_ai_flags_are_the_single_bit_ai_constants() -> None:
    assert sorted(c.name for c in flags.AI_FLAGS) == socket_oracle.ai_flags()
    for constant in flags.AI_FLAGS:
        assert constant.value == getattr(socket, constant.name)
        assert constant.explanation


def test_ni_flags_are_the_ni_constants_but_the_buffer_sizes() -> None:
    assert sorted(c.name for c in flags.NI_FLAGS) == socket_oracle.ni_flags()
    for constant in flags.NI_FLAGS:
        assert constant.value == getattr(socket, constant.name)
        assert socket_oracle.single_bit(constant.value)
        assert constant.explanation


@pytest.mark.usefixtures("reload_flags")
def test_ai_explanations_mention_the_surprises(monkeypatch: pytest.MonkeyPatch) -> None:
    # defined on every platform for this test (with Linux's values where one is missing)
    for name, linux_value in (("AI_ADDRCONFIG", 0x20), ("AI_V4MAPPED", 0x8), ("AI_ALL", 0x10)):
        monkeypatch.setattr(socket, name, getattr(socket, name, linux_value), raising=False)
    importlib.reload(flags)
    texts = {c.name: c.explanation for c in flags.AI_FLAGS}
    assert "loopback" in texts["AI_ADDRCONFIG"]
    assert "EAI_BADFLAGS" in texts["AI_V4MAPPED"]
    assert "EAI_BADFLAGS" in texts["AI_ALL"]


@pytest.mark.usefixtures("reload_flags")
def test_absent_constants_are_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AI_V4MAPPED", "AI_ALL", "NI_NOFQDN", "AF_INET6", "SOCK_RAW"):
        monkeypatch.delattr(socket, name, raising=False)
    importlib.reload(flags)
    names = {c.name for c in flags.AI_FLAGS + flags.NI_FLAGS + flags.FAMILIES + flags.SOCKET_TYPES}
    assert not names & {"AI_V4MAPPED", "AI_ALL", "NI_NOFQDN", "AF_INET6", "SOCK_RAW"}
    assert "AI_PASSIVE" in names


@pytest.mark.usefixtures("reload_flags")
def test_macos_style_combinations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        socket, "AI_DEFAULT", socket.AI_V4MAPPED | socket.AI_ADDRCONFIG, raising=False
    )
    monkeypatch.setattr(socket, "AI_MASK", 0x1407, raising=False)
    monkeypatch.setattr(socket, "AI_V4MAPPED_CFG", 0x200, raising=False)
    importlib.reload(flags)
    assert "AI_V4MAPPED_CFG" in {c.name for c in flags.AI_FLAGS}
    assert not {"AI_DEFAULT", "AI_MASK"} & {c.name for c in flags.AI_FLAGS}


def test_symbol_or_of_names() -> None:
    both = flags.symbol("AI_PASSIVE", "AI_CANONNAME")
    assert both.names == ("AI_PASSIVE", "AI_CANONNAME")
    assert both.value == socket.AI_PASSIVE | socket.AI_CANONNAME
    assert flags.symbol().value == 0
    assert flags.ZERO.value == 0
    assert flags.ZERO.names == ()


def test_names_of_values() -> None:
    assert flags.family_name(socket.AF_INET) == "AF_INET"
    assert flags.family_name(socket.AF_INET6) == "AF_INET6"
    assert flags.family_name(12345) == "12345"
    assert flags.type_name(socket.SOCK_DGRAM) == "SOCK_DGRAM"
    assert flags.type_name(0) == "0"
    assert flags.proto_name(socket.IPPROTO_TCP) == "IPPROTO_TCP"
    assert flags.proto_name(0) == "0"
    assert flags.proto_name(132) == "132"
