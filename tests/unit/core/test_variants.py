"""Variants of a getaddrinfo query: flag toggles, flag sets, family × type; stored entries."""

import socket

import pytest

from netexplorer.core import flags, variants
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.variants import FlagSet, Mode, Toggle, Variant

AI = [constant.name for constant in flags.AI_FLAGS]


def query(*names: str, family: str = "AF_UNSPEC", kind: str = "0") -> AddrinfoQuery:
    return AddrinfoQuery(
        "localhost",
        80,
        flags.symbol(family),
        flags.ZERO if kind == "0" else flags.symbol(kind),
        flags.ZERO,
        flags.symbol(*names) if names else flags.ZERO,
    )


def test_default_flag_variants_are_the_baseline_then_each_flag_toggled() -> None:
    found, baseline = variants.variants_for(
        Mode.FLAGS, query("AI_PASSIVE"), variants.default_entries()
    )
    assert baseline == 0
    headers = [variant.header() for variant in found]
    assert headers[0] == "AI_PASSIVE"
    assert headers[1] == "0"  # AI_PASSIVE toggled off
    assert headers[2:] == [f"AI_PASSIVE | {name}" for name in AI[1:]]
    assert len(found) == 1 + len(AI)


def test_headers_are_written_as_python_writes_flags() -> None:
    entry = variants.parse_flag_set("socket.AI_V4MAPPED | AI_ADDRCONFIG")
    assert entry == FlagSet(("AI_ADDRCONFIG", "AI_V4MAPPED"))
    found = variants.flag_variants(flags.ZERO, [entry])
    assert [v.header() for v in found] == ["0", "AI_ADDRCONFIG | AI_V4MAPPED"]
    value = socket.AI_ADDRCONFIG | socket.AI_V4MAPPED
    assert found[1].flags is not None
    assert found[1].flags.value == value


def test_repeated_flag_values_appear_once() -> None:
    found = variants.flag_variants(
        flags.ZERO, [Toggle("AI_PASSIVE"), FlagSet(("AI_PASSIVE",)), FlagSet(())]
    )
    assert [v.header() for v in found] == ["0", "AI_PASSIVE"]


def test_family_type_grid_and_its_baseline() -> None:
    found, baseline = variants.variants_for(
        Mode.FAMILY_TYPE, query(family="AF_INET6", kind="SOCK_DGRAM"), ()
    )
    headers = [v.header() for v in found]
    assert headers[:3] == ["AF_UNSPEC, 0", "AF_UNSPEC, SOCK_STREAM", "AF_UNSPEC, SOCK_DGRAM"]
    assert headers[baseline] == "AF_INET6, SOCK_DGRAM"
    assert len(found) == 9
    _raw, baseline = variants.variants_for(Mode.FAMILY_TYPE, query(kind="SOCK_RAW"), ())
    assert baseline == 0


def test_a_variant_replaces_only_its_own_arguments() -> None:
    base = query("AI_CANONNAME", family="AF_INET")
    changed = Variant(flags=flags.ZERO).apply(base)
    assert changed.flags == flags.ZERO
    assert changed.family == base.family
    assert Variant().apply(base) == base


@pytest.mark.parametrize("entry", [Toggle("AI_PASSIVE"), FlagSet(()), FlagSet(("AI_CANONNAME",))])
def test_entries_survive_their_stored_form(entry: variants.Entry) -> None:
    assert variants.entry_from_text(variants.entry_to_text(entry)) == entry


@pytest.mark.parametrize(
    "text",
    ["", "toggle:", "toggle:AI_NOPE", "set:AI_PASSIVE|AI_PASSIVE", "set:NI_NAMEREQD", "AI_PASSIVE"],
)
def test_invalid_stored_entries_are_refused(text: str) -> None:
    assert variants.entry_from_text(text) is None


@pytest.mark.parametrize("text", ["", "AI_NOPE", "AI_PASSIVE |", "NI_NAMEREQD", "1"])
def test_flag_sets_a_user_types_are_checked(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        variants.parse_flag_set(text)
    assert "AI_PASSIVE" in info.value.error.args[1]


def test_zero_is_the_empty_flag_set() -> None:
    assert variants.parse_flag_set(" 0 ") == FlagSet(())
