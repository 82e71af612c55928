"""A table exported as CSV, JSON or Markdown, chosen by the file's suffix.

CSV is written for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
the encoding right), every cell quoted, CRLF line ends; a cell that a
spreadsheet would run as a formula starts with an apostrophe.
"""

import csv
import io
import json
import re
from pathlib import Path

from netexplorer.core.session import Table

#: The suffixes :func:`export` understands, and the format each means.
FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}

#: What spreadsheets start a formula with (a number like -2 is not one).
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _safe_cell(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) and not _NUMBER.match(cell) else cell


def to_csv(table: Table) -> bytes:
    """Return the table as CSV for Excel and LibreOffice."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([_safe_cell(cell) for cell in table.headers])
    writer.writerows([_safe_cell(cell) for cell in row] for row in table.rows)
    return out.getvalue().encode("utf-8-sig")


def to_json(table: Table) -> bytes:
    """Return the table as JSON: ``{"columns": [...], "rows": [[...], ...]}``."""
    data = {"columns": list(table.headers), "rows": [list(row) for row in table.rows]}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _markdown_cell(cell: str) -> str:
    text = cell.replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.splitlines()) or " "


def to_markdown(table: Table) -> bytes:
    """Return the table as a Markdown (GitHub) table; bars and line breaks are escaped."""
    width = max([len(table.headers), *(len(row) for row in table.rows)], default=0)
    headers = [*table.headers, *[""] * (width - len(table.headers))]
    lines = [
        "| " + " | ".join(_markdown_cell(cell) for cell in headers) + " |",
        "|" + "---|" * width,
    ]
    for row in table.rows:
        cells = [*row, *[""] * (width - len(row))]
        lines.append("| " + " | ".join(_markdown_cell(cell) for cell in cells) + " |")
    return ("\n".join(lines) + "\n").encode()


def format_of(path: Path) -> str | None:
    """Return ``csv``, ``json`` or ``markdown`` for the path's suffix, None for others."""
    return FORMATS.get(path.suffix.lower())


def export(table: Table, path: Path) -> bytes:
    """Return the bytes of ``table`` in the format of ``path``'s suffix (ValueError if none)."""
    kind = format_of(path)
    if kind == "csv":
        return to_csv(table)
    if kind == "json":
        return to_json(table)
    if kind == "markdown":
        return to_markdown(table)
    raise ValueError(f"no export format for {path.suffix!r}")
