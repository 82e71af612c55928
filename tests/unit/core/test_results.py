"""The result types are frozen plain data."""

import dataclasses

import pytest

from netexplorer.core import text
from netexplorer.core.results import Call, ExplainedError, HostEx, Outcome


def test_results_are_frozen() -> None:
    outcome = Outcome(Call("gethostname"), value="vm")
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.value = "other"  # type: ignore[misc]
    assert outcome.ok
    assert not Outcome(Call("x"), error=ExplainedError("E", "m", "e")).ok


def test_formatted_message_fills_placeholders() -> None:
    assert ExplainedError("E", "Port {} bad", "x", args=("7",)).formatted_message() == "Port 7 bad"
    assert ExplainedError("E", "literal {}", "x").formatted_message() == "literal {}"


def test_host_ex_defaults() -> None:
    assert HostEx("localhost") == HostEx("localhost", (), ())


def test_translate_noop_returns_the_text() -> None:
    assert text.QT_TRANSLATE_NOOP(text.CONTEXT, "hello") == "hello"
