"""Session files: written as documented, read back equal, and anything else refused in plain words."""

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from netexplorer.core import platform, session_read, values
from netexplorer.core.results import AddrInfo, Call, Outcome
from netexplorer.core.session import FORMAT, VERSION, HistoryEntry, Session
from netexplorer.core.session_read import SessionError, loads
from netexplorer.core.session_write import (
    dumps,
    entry_json,
    remove_stale_temporaries,
    write_atomic,
    write_session,
)
from tests import session_samples


def document() -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(dumps(session_samples.typical()))
    return parsed


def refusal(data: bytes) -> str:
    with pytest.raises(SessionError) as caught:
        loads(data)
    return caught.value.text()


def test_a_session_reads_back_equal_and_one_entry_is_one_line() -> None:
    sample = session_samples.typical()
    data = dumps(sample)
    assert loads(data) == sample
    lines = [line.rstrip(",") for line in data.decode().splitlines()]
    for entry in sample.history:
        assert json.dumps(entry_json(entry), ensure_ascii=False) in lines
    assert loads(b"\xef\xbb\xbf" + data) == sample  # an editor may add a byte-order mark


def test_an_empty_session_reads_back_equal() -> None:
    assert loads(dumps(Session())) == Session()


@pytest.mark.parametrize("cut", [1, 10, 100, 0.5, 0.9, -3])
def test_a_cut_off_file_is_called_cut_off(cut: float) -> None:
    data = dumps(session_samples.typical())
    end = int(len(data) * cut) if isinstance(cut, float) else cut
    assert "cut off" in refusal(data[:end])


def test_an_empty_file_is_called_cut_off() -> None:
    assert "cut off" in refusal(b"")
    assert "cut off" in refusal(b"  \n")


@pytest.mark.parametrize(
    "data",
    [b'{"name": "netexplorer", "version": "1.0"}', b"[1, 2]", b'"text"', b"null",
     b'{"format": "other-program", "version": 1}'],
)  # fmt: skip
def test_a_foreign_json_file_is_not_a_session(data: bytes) -> None:
    assert refusal(data) == "The file is not a netexplorer session."


@pytest.mark.parametrize(
    ("data", "where"),
    [(b"<html></html>", "line 1, column 1"), (b"version = 1\n", "line 1, column 1"),
     (b"{'a': 1}", "line 1, column 2"), (b'{"a": 1}\n\n{"b": 2}', "line 3, column 1")],
)  # fmt: skip
def test_a_file_that_is_not_json_says_where(data: bytes, where: str) -> None:
    assert refusal(data) == f"The file is not a netexplorer session (not JSON at {where})."


def test_a_file_that_is_not_text_is_refused() -> None:
    assert "it is not text" in refusal(b"\xff\xfe\x00\x81binary")


def test_a_newer_format_says_so() -> None:
    newer = document() | {"version": VERSION + 1}
    text = refusal(json.dumps(newer).encode())
    assert text == (
        f"The file was written by a newer netexplorer (session format {VERSION + 1}); this one "
        f"reads format {VERSION} and older. Update netexplorer to open it."
    )


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.update(version="1"), "version"),
        (lambda d: d.update(kind="homework"), "kind"),
        (lambda d: d.pop("history"), "history"),
        (lambda d: d.update(dropped=-1), "dropped"),
        (lambda d: d.update(dropped=True), "dropped"),
        (lambda d: d["context"].update(host=5), "context.host"),
        (lambda d: d["views"].update(hostTab={"hostInput": {"nested": 1}}), "views.hostTab.hostInput"),
        (lambda d: d["history"][1].update(todo="yes"), "history[1].todo"),
        (lambda d: d["history"][1].update(elapsed_ms="fast"), "history[1].elapsed_ms"),
        (lambda d: d["history"][1]["table"]["rows"].append([1, 2]), "history[1].table.rows[2]"),
        (lambda d: d["history"][0]["outcomes"][0].update({"$": "Exploit"}), "history[0].outcomes[0]"),
        (lambda d: d["history"][0]["outcomes"][0].update(elapsed_ms="x"), "history[0].outcomes[0].elapsed_ms"),
        (lambda d: d["history"][1]["outcomes"][0].update(value="not tuples"), "history[1].outcomes[0].value"),
        (lambda d: d["history"][1]["outcomes"][0]["value"][0].update(family="AF_INET"), "history[1].outcomes[0].value[0].family"),
        (lambda d: d["history"][2].update(error={"name": "x"}), "history[2].error.message"),
    ],
)  # fmt: skip
def test_a_damaged_member_is_named(change: Any, where: str) -> None:
    damaged = document()
    change(damaged)
    text = refusal(json.dumps(damaged).encode())
    assert text.startswith(f"The session file is damaged at {where}: "), text


def test_sizes_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    big = document()
    big["history"][0]["call"] = "x" * (session_read.MAX_TEXT + 1)
    assert "history[0].call: too long" in refusal(json.dumps(big).encode())
    rows = document()
    rows["history"][0]["table"]["rows"] = [["a"]] * (session_read.MAX_ROWS + 1)
    assert "history[0].table.rows: too many items" in refusal(json.dumps(rows).encode())
    monkeypatch.setattr(session_read, "MAX_FILE_BYTES", 1000)
    assert "larger than" in refusal(b" " * 1001)


@pytest.mark.parametrize(
    "data",
    [b'{"format": "netexplorer-session", "version": NaN}',
     b'{"format": "netexplorer-session", "format": "netexplorer-session"}',
     b"[" * 100_000 + b"]" * 100_000,
     b'{"format": "netexplorer-session", "version": 1' + b"0" * 5000 + b"}"],
)  # fmt: skip
def test_json_python_accepts_but_netexplorer_never_writes_is_refused(data: bytes) -> None:
    refusal(data)


def test_an_outcome_of_an_unknown_call_is_left_out_but_the_entry_kept() -> None:
    unknown = document()
    unknown["history"][0]["outcomes"][0]["call"]["function"] = "resolve_in_the_future"
    read = loads(json.dumps(unknown).encode())
    assert read.history[0].outcomes == ()
    assert read.history[0].table == session_samples.typical().history[0].table


def test_values_are_checked_against_what_each_call_returns() -> None:
    good = Outcome(Call("getaddrinfo", ()), (AddrInfo(2, 1, 6, "", ("::1", 0, 0, 0)),))
    assert values.decode_outcome(values.encode(good), "x") == good
    assert values.storable((good,))
    wrong = Outcome(Call("getaddrinfo", ()), "127.0.0.1")
    assert not values.storable((wrong,))
    with pytest.raises(values.InvalidValue):
        values.decode_outcome(values.encode(wrong), "x")
    assert not values.encodable(float("nan"))
    assert not values.encodable(object())
    with pytest.raises(TypeError):
        values.register(Path)


def test_an_entry_marked_done_keeps_everything_else() -> None:
    step = session_samples.typical().history[-1]
    assert step.todo
    done = step.done()
    assert not done.todo
    assert HistoryEntry(**{**done.__dict__, "todo": True}) == step


def test_write_atomic_replaces_the_file_keeps_its_mode_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    target = tmp_path / "s.netexplorer.json"
    write_session(target, Session())
    assert loads(target.read_bytes()) == Session()
    if platform.SYSTEM != "windows":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
        target.chmod(0o640)
    write_session(target, session_samples.typical())
    assert loads(target.read_bytes()) == session_samples.typical()
    if platform.SYSTEM != "windows":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_failed_write_keeps_the_old_file_and_removes_its_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "s.netexplorer.json"
    target.write_bytes(b"old")

    def fail(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_stale_temporaries_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "last.netexplorer.json"
    (tmp_path / ".last.netexplorer.json.abc123.tmp").write_bytes(b"{")
    (tmp_path / "other.tmp").write_bytes(b"")
    assert remove_stale_temporaries(target) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.tmp"]


def test_the_written_header_is_the_documented_one() -> None:
    head = document()
    assert head["format"] == FORMAT
    assert head["version"] == VERSION
    assert list(head) == ["format", "version", "kind", "title", "saved", "student", "context",
                          "views", "dropped", "history"]  # fmt: skip
