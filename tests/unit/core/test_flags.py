"""Flag tables follow what this platform's socket module defines."""

import importlib
import socket
from collections.abc import Iterator

import pytest

from netexplorer.core import flags

AI_NAMES = [name for name, _ in flags._AI]
NI_NAMES = [name for name, _ in flags._NI]


@pytest.fixture
def reload_flags() -> Iterator[None]:
    """Rebuild the tables after the test (they are computed at import)."""
    yield
    importlib.reload(flags)


def test_tables_hold_exactly_the_defined_constants() -> None:
    for table, source in (
        (flags.FAMILIES, flags._FAMILIES),
        (flags.SOCKET_TYPES, flags._TYPES),
        (flags.PROTOCOLS, flags._PROTOCOLS),
    ):
        names = [c.name for c in table]
        assert names == [name for name, _ in source if hasattr(socket, name)]
        for constant in table:
            assert constant.value == getattr(socket, constant.name)
            assert constant.explanation


def test_ai_flags_are_single_bits_and_combinations_separate() -> None:
    defined = [name for name in AI_NAMES if hasattr(socket, name)]
    single_bits = [n for n in defined if bin(getattr(socket, n)).count("1") == 1]
    assert [c.name for c in flags.AI_FLAGS] == single_bits
    for constant in flags.AI_FLAGS:
        assert constant.value == getattr(socket, constant.name)
        assert bin(constant.value).count("1") == 1
    assert [c.name for c in flags.NI_FLAGS] == [n for n in NI_NAMES if hasattr(socket, n)]


def test_ai_explanations_mention_the_surprises() -> None:
    texts = {c.name: c.explanation for c in flags.AI_FLAGS}
    if "AI_ADDRCONFIG" in texts:
        assert "loopback" in texts["AI_ADDRCONFIG"]
    for name in ("AI_V4MAPPED", "AI_ALL"):
        if name in texts:
            assert "EAI_BADFLAGS" in texts[name]


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
