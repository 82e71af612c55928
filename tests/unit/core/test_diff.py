"""Comparing two answers: new rows, rows gone, argument changes, address kinds."""

from netexplorer.core import diff, flags
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.results import AddrInfo

LOOP4 = AddrInfo(2, 1, 6, "", ("127.0.0.1", 80))
LOOP6 = AddrInfo(10, 1, 6, "", ("::1", 80, 0, 0))
ANY4 = AddrInfo(2, 1, 6, "", ("0.0.0.0", 80))
ANY6 = AddrInfo(10, 1, 6, "", ("::", 80, 0, 0))


def query(*names: str, host: str | None = None) -> AddrinfoQuery:
    return AddrinfoQuery(
        host,
        80,
        flags.symbol("AF_UNSPEC"),
        flags.symbol("SOCK_STREAM"),
        flags.ZERO,
        flags.symbol(*names) if names else flags.ZERO,
    )


def test_mark_new_is_a_multiset_comparison() -> None:
    marks, removed = diff.mark_new(["a", "b", "b"], ["b", "c", "b", "b"])
    assert marks == (False, True, False, True)
    assert removed == ("a",)


def test_passive_turned_on_swaps_loopback_for_wildcard() -> None:
    before = diff.Snapshot(query(), (LOOP6, LOOP4))
    after = diff.Snapshot(query("AI_PASSIVE"), (ANY4, ANY6))
    changes = diff.compare(before, after)
    assert [text.english() for text in changes.arguments] == ["AI_PASSIVE turned on"]
    assert changes.new == (True, True)
    assert changes.added == 2
    assert changes.removed == (LOOP6, LOOP4)
    assert changes.kinds_before == ("loopback",)
    assert changes.kinds_after == ("wildcard",)


def test_argument_changes_are_written_as_python_writes_them() -> None:
    before = query("AI_CANONNAME", host="localhost")
    after = AddrinfoQuery(None, "www", flags.symbol("AF_INET"), flags.ZERO, flags.ZERO, flags.ZERO)
    assert [text.english() for text in diff.argument_changes(before, after)] == [
        "host 'localhost' → None",
        "port 80 → 'www'",
        "family AF_UNSPEC → AF_INET",
        "type SOCK_STREAM → 0",
        "AI_CANONNAME turned off",
    ]
    assert diff.argument_changes(before, before) == ()


def test_errors_are_carried_over() -> None:
    changes = diff.compare(diff.Snapshot(query(), error="EAI_NONAME"), diff.Snapshot(query()))
    assert (changes.error_before, changes.error_after) == ("EAI_NONAME", "")
    assert changes.new == ()
