"""The lab report of a session, as HTML or PDF (by the file's suffix).

The report holds a title, the student's name, the date, the machine's
context, then for each history entry its call as code, its result table,
its timing and any error with its explanation.  Everything that came from a
user or the network is escaped.  The PDF is the same HTML laid out by
``QTextDocument`` and printed through ``QPdfWriter`` (no extra dependency).
In a right-to-left language the text runs right to left; calls and result
tables stay left to right, as they do in the window.
"""

import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from netexplorer.core.session import HistoryEntry, Session, Table, clock
from netexplorer.core.session_write import write_atomic
from netexplorer.ui import registry

SUFFIXES = (".html", ".htm", ".pdf")
PDF_RESOLUTION = 300
MARGIN_MM = 15

STYLE = """
body { font-family: sans-serif; }
table { border-collapse: collapse; margin: 4px 0; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; font-size: 8pt; }
pre { background: #f4f4f4; padding: 4px; white-space: pre-wrap; }
.error { color: #b00020; }
.muted { color: #555; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


class ReportTexts(QObject):
    """The report's plural texts (``self.tr`` is what lupdate reads plurals from)."""

    def entries(self, count: int) -> str:
        """Return "3 entries"."""
        return self.tr("%n action(s)", "", count)

    def dropped(self, count: int) -> str:
        """Return "5 older entries not kept"."""
        return self.tr("%n older action(s) not kept", "", count)


def view_titles() -> dict[str, str]:
    """Return each registered view's translated title without its mnemonic."""
    return {
        spec.name: QCoreApplication.translate("MainWindow", spec.title).replace("&", "")
        for spec in registry.VIEWS
    }


def _table(table: Table) -> str:
    if not table.rows:
        return ""
    head = "".join(f"<th>{escape(cell)}</th>" for cell in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return (
        '<table dir="ltr" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _entry(number: int, entry: HistoryEntry, titles: dict[str, str]) -> str:
    view = titles.get(entry.view, entry.view)
    when = _tr("to do") if entry.todo else clock(entry.time)
    parts = [f"<h3>{number}. {escape(view)} · {escape(when)}</h3>"]
    if entry.call:
        parts.append(f'<pre dir="ltr">{escape(entry.call)}</pre>')
    facts = [entry.outcome] if entry.outcome else []
    elapsed = f"{entry.elapsed_ms:.1f}" if entry.elapsed_ms is not None else ""
    if elapsed and f"{elapsed} ms" not in entry.outcome:
        facts.append(_tr("time: {} ms").format(elapsed))
    if facts:
        parts.append(f"<p>{escape(' · '.join(facts))}</p>")
    parts.append(_table(entry.table))
    if entry.error is not None:
        error = entry.error
        text = f"{error.name}: {error.message}" if error.message else error.name
        parts.append(f'<p class="error"><b>{escape(text)}</b><br>{escape(error.explanation)}</p>')
    return "\n".join(part for part in parts if part)


def _context(session: Session) -> str:
    context = session.context
    rows = (
        ("netexplorer", context.netexplorer),
        (_tr("Operating system"), context.os),
        ("Python", context.python),
        ("Qt", context.qt),
        (_tr("Host name"), context.host),
        (_tr("Resolver"), context.resolver),
    )
    return _table(Table((_tr("What"), _tr("Value")), tuple(rows)))


def report_html(session: Session, direction: Qt.LayoutDirection, language: str) -> str:
    """Return the whole report as an HTML document."""
    dir_attr = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
    title = session.title or _tr("netexplorer lab report")
    facts = [
        (_tr("Student"), session.student or _tr("(not given)")),
        (_tr("Date"), datetime.date.today().isoformat()),
        (_tr("Session saved"), session.saved or _tr("(not saved)")),
    ]
    lines = "<br>".join(f"<b>{escape(name)}:</b> {escape(value)}" for name, value in facts)
    titles = view_titles()
    texts = ReportTexts()
    count = texts.entries(len(session.history))
    if session.dropped:
        count += " · " + texts.dropped(session.dropped)
    entries = "\n".join(
        _entry(number, entry, titles) for number, entry in enumerate(session.history, 1)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}" dir="{dir_attr}">\n<head>'
        f'<meta charset="utf-8"><title>{escape(title)}</title><style>{STYLE}</style></head>\n'
        f'<body dir="{dir_attr}">\n<h1>{escape(title)}</h1>\n<p>{lines}</p>\n'
        f"<h2>{escape(_tr('Machine'))}</h2>\n{_context(session)}\n"
        f"<h2>{escape(_tr('History'))}</h2>\n"
        f'<p class="muted">{escape(count)}</p>\n{entries}\n</body>\n</html>\n'
    )


def pdf_bytes(html: str, title: str, direction: Qt.LayoutDirection) -> bytes:
    """Lay the HTML out on landscape A4 pages and return the PDF."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("netexplorer")
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # landscape: a getaddrinfo table has seven columns, too many for a portrait page's width
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    option = document.defaultTextOption()
    option.setTextDirection(direction)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def write_report(session: Session, path: Path) -> None:
    """Write the report to ``path`` (``.html`` or ``.pdf``) atomically.

    Raises ValueError for another suffix and OSError when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"no report format for {suffix!r}")
    direction = QGuiApplication.layoutDirection()
    html = report_html(session, direction, QLocale().name())
    if suffix == ".pdf":
        title = session.title or _tr("netexplorer lab report")
        write_atomic(path, pdf_bytes(html, title, direction))
    else:
        write_atomic(path, html.encode())
