"""Exported tables: CSV for spreadsheets, JSON and Markdown, chosen by suffix."""

import csv
import io
import json
from pathlib import Path

import pytest

from netexplorer.core import machine, platform
from netexplorer.core.export import export, format_of, to_csv, to_json, to_markdown
from netexplorer.core.session import Table

TABLE = Table(
    ("Call", "Field", "Value"),
    (
        ("gethostbyname_ex", "alias", 'say "hi", then | go'),
        ("getaddrinfo", "sockaddr", "('::1', 80, 0, 0)"),
        ("note", '=HYPERLINK("x")', "-2"),
        ("名前", "multi\nline", "@sum"),
    ),
)


def test_csv_is_utf8_with_bom_every_cell_quoted_and_crlf() -> None:
    data = to_csv(TABLE)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode()
    assert text.startswith('"Call","Field","Value"\r\n')
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1] == ["gethostbyname_ex", "alias", 'say "hi", then | go']
    assert rows[2][2] == "('::1', 80, 0, 0)"
    assert rows[4][1] == "multi\nline"


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_defused() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(TABLE)[3:].decode(), newline="")))
    assert rows[3] == ["note", '\'=HYPERLINK("x")', "-2"]  # a number stays a number
    assert rows[4][2] == "'@sum"


def test_json_keeps_columns_and_rows() -> None:
    data = json.loads(to_json(TABLE))
    assert data["columns"] == list(TABLE.headers)
    assert data["rows"] == [list(row) for row in TABLE.rows]


def test_markdown_escapes_bars_and_line_breaks() -> None:
    lines = to_markdown(TABLE).decode().splitlines()
    assert lines[0] == "| Call | Field | Value |"
    assert lines[1] == "|---|---|---|"
    assert lines[2] == '| gethostbyname_ex | alias | say "hi", then \\| go |'
    assert lines[5] == "| 名前 | multi line | @sum |"
    assert len(lines) == 2 + len(TABLE.rows)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.csv", "csv"), ("a.CSV", "csv"), ("a.json", "json"), ("a.md", "markdown"),
     ("a.markdown", "markdown"), ("a.txt", None), ("a", None)],
)  # fmt: skip
def test_the_suffix_chooses_the_format(name: str, kind: str | None) -> None:
    assert format_of(Path(name)) == kind
    if kind is None:
        with pytest.raises(ValueError, match="no export format"):
            export(TABLE, Path(name))
    else:
        assert export(TABLE, Path(name))


def test_the_machine_context_names_this_machine() -> None:
    context = machine.context("6.0")
    assert context.qt == "6.0"
    assert context.python
    assert context.os
    assert context.host


def test_the_resolver_summary_per_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    conf = tmp_path / "resolv.conf"
    conf.write_text("# comment\nnameserver 192.0.2.53\nsearch lab.example\noptions ndots:1\n")
    monkeypatch.setattr(platform, "resolver_file", lambda: conf)
    assert machine.resolver_summary() == (
        f"{conf}: nameserver 192.0.2.53; search lab.example; options ndots:1"
    )
    monkeypatch.setattr(platform, "resolver_file", lambda: tmp_path / "missing")
    assert "No such file" in machine.resolver_summary()
    monkeypatch.undo()
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    assert platform.resolver_file() is None
    assert "ipconfig /all" in machine.resolver_summary()
