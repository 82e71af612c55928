"""The comparison grid as a table model: the 5-tuples, then one column per variant."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from netexplorer.core.grid import Grid
from netexplorer.ui import palette
from netexplorer.ui.addrinfo_model import cell_text
from netexplorer.ui.models import ModelIndex
from netexplorer.ui.text import core_text, show_text

#: The first columns: the five fields of a 5-tuple, as in the results table.
FIELDS = 5
ERROR_ROW = "error"


class CompareModel(QAbstractTableModel):
    """One row per distinct 5-tuple (then an ``error`` row if a variant failed).

    Each variant's column holds the tuple's 1-based position in that variant's
    answer, empty where it is absent.  Cells that differ from the baseline
    column are coloured and bold.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None
        self._fields = (
            self.tr("family"), self.tr("type"), self.tr("proto"), self.tr("canonname"),
            self.tr("sockaddr"),
        )  # fmt: skip

    def set_grid(self, grid: Grid | None) -> None:
        """Show ``grid`` (as far as its answers have come in)."""
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def _tuples(self) -> int:
        return len(self.grid.rows) if self.grid is not None else 0

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of tuples, plus one for the error row when a variant failed."""
        if parent.isValid() or self.grid is None:
            return 0
        return self._tuples() + (1 if self.grid.has_errors else 0)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the five fields plus one column per variant."""
        if parent.isValid() or self.grid is None:
            return 0
        return FIELDS + len(self.grid.variants)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text, tooltip, alignment or highlighting."""
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(grid, row, column)
        if column < FIELDS:
            return None
        variant = column - FIELDS
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(grid, row, variant)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if not grid.differs(row, variant):
            return None
        colours = palette.scheme().changed
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(colours.text)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, grid: Grid, row: int, column: int) -> str:
        if row >= self._tuples():
            if column < FIELDS:
                return ERROR_ROW if column == 0 else ""
            return core_text(grid.error(column - FIELDS))
        if column < FIELDS:
            return cell_text(grid.rows[row], column)
        position = grid.cell(row, column - FIELDS)
        return "" if position is None else str(position)

    def _tooltip(self, grid: Grid, row: int, variant: int) -> str:
        header = grid.variants[variant].header()
        if grid.answers[variant] is None:
            return self.tr("{}: still waiting for its answer").format(header)
        if row >= self._tuples():
            return self.tr("{}: how the call failed").format(header)
        position = grid.cell(row, variant)
        if position is None:
            return self.tr("{}: this tuple is not in the answer").format(header)
        return self.tr("{}: position {} in the answer").format(header, position)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return field names, variants as Python writes them, and row numbers."""
        grid = self.grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            visible = role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._tuples()
            return str(section + 1) if visible else None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIELDS:
                return self._fields[section]
            return grid.variants[section - FIELDS].header()
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIELDS:
            return column_note(grid, section - FIELDS)
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareModel", text)


def column_note(grid: Grid, column: int) -> str:
    """Return what to say under a variant's column ('' when there is nothing to say)."""
    if column == grid.baseline:
        return _tr("the baseline: every other column is compared with this one")
    note = grid.note(column)
    if note is None:
        return ""
    reason = show_text(note.reason) if note.reason else ""
    if note.same:
        if reason:
            return _tr("same as baseline: {}").format(reason)
        return _tr("same as baseline")
    return reason
