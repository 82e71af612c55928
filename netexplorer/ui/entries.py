"""A view's actions as the history keeps them: tables, errors and the mark of a stored answer.

Views use these when they record an action or show a stored one; the main
window's first paint needs none of it.
"""

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt

from netexplorer.core.results import ExplainedError
from netexplorer.core.session import EntryError, HistoryEntry, Table, clock
from netexplorer.ui.text import core_text, error_message


def stored_note(entry: HistoryEntry) -> str:
    """Return the mark of an answer shown from the history: "From history, 10:42:07"."""
    if entry.todo:
        return QCoreApplication.translate("ViewPage", "Exercise step to do")
    return QCoreApplication.translate("ViewPage", "From history, {}").format(clock(entry.time))


def model_table(model: QAbstractItemModel) -> Table:
    """Return a table model's headers and display texts as a plain :class:`Table`."""
    display = Qt.ItemDataRole.DisplayRole
    columns = range(model.columnCount())
    headers = tuple(
        str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns
    )
    rows = tuple(
        tuple(str(model.data(model.index(r, c), display) or "") for c in columns)
        for r in range(model.rowCount())
    )
    return Table(headers, rows)


def entry_error(error: ExplainedError) -> EntryError:
    """Return an error as the history keeps it: name, message and explanation as shown."""
    explanation = " ".join(
        part for part in (core_text(error.explanation), core_text(error.cause)) if part
    )
    return EntryError(error.name, error_message(error), explanation)
