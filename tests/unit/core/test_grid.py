"""The comparison grid as data: rows, cells, errors, differences and notes."""

import socket
from typing import Any

from netexplorer.core import flags, grid, variants
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import AddrInfo, Call, ExplainedError, InternalError, Outcome
from netexplorer.core.variants import Variant

A = AddrInfo(2, 1, 6, "", ("127.0.0.1", 80))
B = AddrInfo(10, 1, 6, "", ("::1", 80, 0, 0))
C = AddrInfo(2, 1, 6, "", ("0.0.0.0", 80))
CALL = Call("getaddrinfo")


def ok(*entries: AddrInfo) -> Outcome[tuple[AddrInfo, ...]]:
    return Outcome(CALL, value=tuple(entries))


def failed(name: str) -> Outcome[tuple[AddrInfo, ...]]:
    return Outcome(CALL, error=ExplainedError(name, "message", "explanation"))


def query(host: str | None = "localhost", family: str = "AF_UNSPEC") -> AddrinfoQuery:
    return AddrinfoQuery(host, 80, flags.symbol(family), flags.ZERO, flags.ZERO, flags.ZERO)


def make(q: AddrinfoQuery, *names: str) -> grid.Grid:
    found = variants.flag_variants(flags.ZERO, [variants.Toggle(name) for name in names])
    return grid.Grid.start(q, found, 0)


def test_rows_are_distinct_tuples_in_column_order_whatever_order_answers_came() -> None:
    start = make(query(None), "AI_PASSIVE", "AI_CANONNAME")
    late_first = start.with_answer(2, ok(B)).with_answer(1, ok(C, A)).with_answer(0, ok(B, A))
    assert late_first.rows == (B, A, C)
    assert [late_first.cell(row, 1) for row in range(3)] == [None, 2, 1]
    assert [late_first.cell(row, 2) for row in range(3)] == [1, None, None]
    assert late_first.complete
    assert not late_first.has_errors


def test_pending_columns_are_empty_and_compare_with_nothing() -> None:
    half = make(query(), "AI_PASSIVE").with_answer(0, ok(A))
    assert half.finished == 1
    assert not half.complete
    assert half.cell(0, 1) is None
    assert not half.differs(0, 1)
    assert half.note(1) is None


def test_errors_timeouts_and_internal_errors_fill_the_error_row() -> None:
    g = make(query(), "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST")
    g = g.with_answer(0, ok(A)).with_answer(1, failed("EAI_NONAME"))
    g = g.with_answer(2, grid.TimedOut(started=False)).with_answer(3, InternalError("x", "y"))
    assert [g.error(column) for column in range(4)] == [
        "",
        "EAI_NONAME",
        "timed out",
        "internal error",
    ]
    assert g.has_errors
    assert g.differs(len(g.rows), 1)  # the error row differs from the baseline's empty cell
    assert g.differs(0, 1)
    assert g.note(2) is None
    assert g.note(3) is None


def test_same_as_baseline_with_the_known_reason() -> None:
    g = make(query("localhost"), "AI_PASSIVE", "AI_V4MAPPED", "AI_ALL", "AI_CANONNAME")
    g = g.with_answer(0, ok(A)).with_answer(1, ok(A)).with_answer(2, ok(A)).with_answer(3, ok(A))
    g = g.with_answer(4, ok(AddrInfo(2, 1, 6, "localhost", ("127.0.0.1", 80))))
    notes = [g.note(column) for column in range(5)]
    assert notes[0] is None  # the baseline
    assert all(note is not None and note.same for note in notes[1:4])
    reasons = [n.reason.english() if n and n.reason else "" for n in notes[1:]]
    assert reasons[0] == "AI_PASSIVE only matters when host is None"
    assert reasons[1] == "AI_V4MAPPED only matters with AF_INET6"
    assert reasons[2] == "AI_ALL only matters with AI_V4MAPPED"
    assert notes[4] is not None
    assert not notes[4].same
    assert reasons[3] == "AI_CANONNAME fills only the first tuple's canonname"


def test_same_error_is_the_reason_when_no_flag_rule_applies() -> None:
    g = make(query("missing.invalid", "AF_INET6"), "AI_V4MAPPED")
    g = g.with_answer(0, failed("EAI_NONAME")).with_answer(1, failed("EAI_NONAME"))
    note = g.note(1)
    assert note is not None
    assert note.same
    assert note.reason is not None
    assert (
        note.reason.english()
        == "AI_V4MAPPED maps IPv4 addresses only when no IPv6 address is found"
    )


def test_family_type_columns_compare_with_their_own_baseline() -> None:
    found, baseline = variants.variants_for(variants.Mode.FAMILY_TYPE, query(), ())
    g = grid.Grid.start(query(), found, baseline)
    for column in range(len(found)):
        g = g.with_answer(column, ok(A) if column % 2 else ok(A, B))
    assert g.note(baseline) is None
    note = g.note(2)
    assert note is not None
    assert note.same
    assert note.reason is None
    assert g.same_as_baseline(1) is False


def test_real_answers_in_the_grid_are_socket_getaddrinfo_position_by_position() -> None:
    q = AddrinfoQuery(None, 80, flags.ZERO, flags.symbol("SOCK_STREAM"), flags.ZERO, flags.ZERO)
    found = variants.flag_variants(flags.ZERO, variants.default_entries())
    g = grid.Grid.start(q, found, 0)
    for column, variant in enumerate(found):
        g = g.with_answer(column, variant.apply(q).lookup().run())
    for column, variant in enumerate(found):
        assert variant.flags is not None
        raw = fakes_outcome(variant.flags.value)
        if isinstance(raw, socket.gaierror):
            assert getattr(socket, g.error(column)) == raw.errno
            continue
        shown = sorted(
            (g.cell(row, column), g.rows[row])
            for row in range(len(g.rows))
            if g.cell(row, column) is not None
        )
        assert [position for position, _ in shown] == list(range(1, len(raw) + 1))
        assert [(e.family, e.type, e.proto, e.canonname, e.sockaddr) for _, e in shown] == [
            (int(f), int(t), p, c, s) for f, t, p, c, s in raw
        ]


def fakes_outcome(flag_value: int) -> list[tuple[Any, ...]] | socket.gaierror:
    try:
        return socket.getaddrinfo(None, 80, 0, socket.SOCK_STREAM, 0, flag_value)
    except socket.gaierror as exc:
        return exc


def test_a_variant_without_flags_has_no_toggle() -> None:
    found = (Variant(family=flags.symbol("AF_INET")), Variant(family=flags.symbol("AF_INET6")))
    g = grid.Grid.start(query(), found, 0).with_answer(0, ok(A)).with_answer(1, ok(B))
    note = g.note(1)
    assert note == grid.Note(False, None)


def test_a_failing_column_says_it_fails_not_what_its_flag_does() -> None:
    """AI_CANONNAME without a host fails with EAI_BADFLAGS; it fills no canonname there."""
    g = make(query(None), "AI_CANONNAME")
    g = g.with_answer(0, ok(A, B)).with_answer(1, failed("EAI_BADFLAGS"))
    note = g.note(1)
    assert note is not None
    assert not note.same
    assert note.reason is not None
    assert note.reason.english() == "this variant fails with EAI_BADFLAGS"
