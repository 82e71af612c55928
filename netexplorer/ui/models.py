"""Table models and the copyable table view used by every tab."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from netexplorer.ui import palette
from netexplorer.ui.widgets import text_action

ModelIndex = QModelIndex | QPersistentModelIndex


#: The role under which a row's ``key`` is found (the object it shows, by number).
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Row:
    """One table row: the cells as text, an optional tooltip, whether it shows an error.

    ``new`` marks a row the previous answer did not have (drawn in the new colour).
    ``key`` (0: none) names what the row shows, e.g. an event's serial number,
    so another view can find the row; ``data()`` returns it for :data:`KEY_ROLE`.
    """

    cells: tuple[str, ...]
    tooltip: str = ""
    error: bool = False
    new: bool = False
    key: int = 0


class TableModel(QAbstractTableModel):
    """A flat table under fixed column titles: what every table model of the views shares.

    Subclasses say how many rows there are (:meth:`row_total`) and give ``data()``.
    """

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)

    def row_total(self) -> int:
        """Return the number of rows."""
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of rows (0 below the root, as for any table)."""
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def in_table(self, index: ModelIndex) -> bool:
        """Tell whether ``index`` names a cell of the table."""
        return (
            index.isValid()
            and 0 <= index.row() < self.row_total()
            and 0 <= index.column() < len(self._headers)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return column titles and 1-based row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < self.row_total() else None


class RowsModel(TableModel):
    """A table of text rows, swapped whole for results or appended (bounded) for logs."""

    def __init__(
        self, headers: Sequence[str], parent: QObject | None = None, limit: int = 0
    ) -> None:
        super().__init__(headers, parent)
        self._rows: list[Row] = []
        self._limit = limit

    def row_total(self) -> int:
        """Return the number of rows."""
        return len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text, tooltip or error colour."""
        if not self.in_table(index):
            return None
        row = self._rows[index.row()]
        if not 0 <= index.column() < len(row.cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.error:
            return QBrush(palette.scheme().error)
        if row.new and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.scheme().new.text)
        if row.new and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(palette.scheme().new.background)
        if role == KEY_ROLE:
            return row.key
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row at once."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        """Append rows, dropping the oldest beyond the limit (0: no limit)."""
        if not rows:
            return
        if self._limit:
            rows = rows[-self._limit :]
            overflow = len(self._rows) + len(rows) - self._limit
            if overflow > 0:
                self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
                del self._rows[:overflow]
                self.endRemoveRows()
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row(self, number: int) -> Row:
        """Return row ``number``."""
        return self._rows[number]

    def rows(self) -> tuple[Row, ...]:
        """Return every row (plain data, for saving or comparing)."""
        return tuple(self._rows)

    def find_key(self, key: int) -> int:
        """Return the number of the newest row whose ``key`` is ``key`` (-1: none)."""
        for number in range(len(self._rows) - 1, -1, -1):
            if self._rows[number].key == key:
                return number
        return -1


def selection_as_text(view: QTableView, *, headers: bool = False) -> str:
    """Return the selected cells as tab-separated lines (all rows if none is selected).

    ``headers`` puts the column titles first.
    """
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if indexes:
        rows = sorted({index.row() for index in indexes})
        columns = sorted({index.column() for index in indexes})
    else:
        rows = list(range(model.rowCount()))
        columns = list(range(model.columnCount()))
    lines = [
        "\t".join(str(model.index(row, column).data() or "") for column in columns) for row in rows
    ]
    if headers:
        titles = (model.headerData(c, Qt.Orientation.Horizontal) or "" for c in columns)
        lines.insert(0, "\t".join(str(title) for title in titles))
    return "\n".join(lines)


class LeftToRightDelegate(QStyledItemDelegate):
    """Draws cells left to right even in a right-to-left layout, greyed while stale.

    Results are addresses, tuples and code (``::1``, ``('::1', 80, 0, 0)``); in
    an Arabic layout the bidi algorithm would otherwise show ``::1`` as ``1::``.
    """

    stale = False

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Force left-to-right text for the cell; grey it while the answer is stale."""
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
        if self.stale:
            grey = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            option.palette.setColor(QPalette.ColorRole.Text, grey)
            option.backgroundBrush = QBrush()


class ResultsTable(QTableView):
    """A read-only table whose selection Ctrl+C (or the context menu) copies as text.

    ``copy_headers`` puts the column titles on the first copied line.
    """

    def __init__(self, parent: QWidget | None = None, *, copy_headers: bool = False) -> None:
        super().__init__(parent)
        self._copy_headers = copy_headers
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self._delegate = LeftToRightDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setProperty("stale", False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setTabKeyNavigation(False)  # Tab leaves the table, Ctrl+Tab switches views
        copy = text_action(self, self.tr("&Copy rows"))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def changeEvent(self, event: QEvent) -> None:
        """Keep rows as tall as the text when the font changes (zoom)."""
        if event.type() == QEvent.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        super().changeEvent(event)

    def copy_selection(self) -> None:
        """Put the selected rows on the clipboard as tab-separated text."""
        QGuiApplication.clipboard().setText(selection_as_text(self, headers=self._copy_headers))

    def set_stale(self, stale: bool) -> None:
        """Grey every cell (the inputs no longer match this answer) or draw them normally.

        The table's ``stale`` property tells tests and style sheets which it is.
        """
        if stale != self._delegate.stale:
            self._delegate.stale = stale
            self.setProperty("stale", stale)
            self.viewport().update()

    @property
    def stale(self) -> bool:
        """Tell whether the table is drawn as stale."""
        return self._delegate.stale
