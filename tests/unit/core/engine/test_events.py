"""What the engine reports: payloads shown safely as Python literals."""

import ast

from hypothesis import given
from hypothesis import strategies as st

from netexplorer.core import engine


def test_text_is_shown_as_a_str_literal() -> None:
    shown = engine.show_bytes("Server: Hello é".encode())
    assert shown == engine.Payload("'Server: Hello é'", 16, True, False)


def test_non_utf8_is_shown_escaped() -> None:
    shown = engine.show_bytes(b"\xff\xfe\x00A")
    assert shown.shown == r"b'\xff\xfe\x00A'"
    assert not shown.text


def test_control_and_bidi_characters_are_escaped() -> None:
    shown = engine.show_bytes("a\u202eb\n\x1b[2J".encode())
    assert "\u202e" not in shown.shown
    assert "\x1b" not in shown.shown
    assert "\\u202e" in shown.shown


def test_long_payloads_are_truncated_with_the_full_size() -> None:
    data = "é".encode() * 1000  # a cut lands inside a two-byte character
    shown = engine.show_bytes(data, limit=121)
    assert shown.text
    assert shown.truncated
    assert shown.size == 2000
    assert len(shown.shown) < 200


@given(st.binary(max_size=400), st.integers(min_value=1, max_value=200))
def test_any_bytes_are_shown_as_a_printable_python_literal(data: bytes, limit: int) -> None:
    shown = engine.show_bytes(data, limit)
    assert shown.size == len(data)
    assert shown.truncated == (len(data) > limit)
    assert shown.shown.isprintable()
    value = ast.literal_eval(shown.shown)
    raw = value.encode() if isinstance(value, str) else value
    assert data.startswith(raw)
    shown_bytes = min(len(data), limit)
    assert shown_bytes - 3 <= len(raw) <= shown_bytes  # a cut multi-byte character may go


def test_calls_with_data_are_written_as_python_and_bounded() -> None:
    assert engine.data_call("send", b"Server: Hello") == "send(b'Server: Hello')"
    assert engine.data_call("sendto", b"x", ("::1", 5)) == "sendto(b'x', ('::1', 5))"
    long = engine.data_call("send", b"y" * 10_000_000)
    assert long == f"send({b'y' * engine.SHOW_LIMIT!r}…)"
