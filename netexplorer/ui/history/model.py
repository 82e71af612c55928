"""The history as a table model: one row per action, bounded, filled in batches.

Entries may arrive in bursts (a flood of client/server milestones, or a view
that replays many calls): :meth:`HistoryModel.add` only queues them, and one
insertion per turn of the event loop shows the batch, so the window stays
responsive.  The oldest entries beyond the limit are dropped and counted.
"""

import collections
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush

from netexplorer.core.session import HistoryEntry, clock
from netexplorer.ui import palette
from netexplorer.ui.history.columns import CALL, ENTRY_ROLE, TIME, VIEW
from netexplorer.ui.models import ModelIndex


class HistoryModel(QAbstractTableModel):
    """Every finished action (and exercise step to do), oldest first.

    ``titles`` maps view names to the titles shown in the View column.  An
    entry that arrives while ``active`` (an exercise step to do) is set, and is
    of the same view and action, fills that step in instead of adding a row.

    Signals:
        changed(): rows were added, filled in, dropped or replaced.
    """

    changed = Signal()

    def __init__(self, titles: dict[str, str], limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.limit = limit
        self.dropped = 0
        self.active: HistoryEntry | None = None
        self._entries: list[HistoryEntry] = []
        self._pending: collections.deque[HistoryEntry] = collections.deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self._headers = (self.tr("time"), self.tr("view"), self.tr("call"), self.tr("outcome"))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of entries (0 below the root, as for any table)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text, its tooltip, the error colour, or the entry itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (entry.call, self._outcome(entry)) if part)
        if role == Qt.ItemDataRole.ForegroundRole and entry.error is not None:
            return QBrush(palette.scheme().error)
        # A step to do says so in its outcome ("to do"), in the window's own font: an
        # italic font of its own would not follow the zoom, and lacks Arabic letters.
        return None

    def _outcome(self, entry: HistoryEntry) -> str:
        return self.tr("to do") if entry.todo else entry.outcome

    def _text(self, entry: HistoryEntry, column: int) -> str:
        if column == TIME:
            return "" if entry.todo else clock(entry.time)
        if column == VIEW:
            return self.titles.get(entry.view, entry.view)
        if column == CALL:
            return "; ".join(entry.call.splitlines())
        return self._outcome(entry)

    # Changing the history -----------------------------------------------------------

    @Slot(object)
    def add(self, entry: HistoryEntry) -> None:
        """Queue an entry; it is shown at the next turn of the event loop."""
        self._pending.append(entry)
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Show every queued entry now (the first of the active step's kind fills it in)."""
        self._timer.stop()
        batch = list(self._pending)
        self._pending.clear()
        for number, entry in enumerate(batch):
            if self._fill_active(entry):
                del batch[number]
                break
        if batch:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._entries.extend(batch)
            self.endInsertRows()
            self._trim()
            self.changed.emit()

    def _fill_active(self, entry: HistoryEntry) -> bool:
        """Put ``entry`` in the place of the active step if it is of that step's view."""
        active = self.active
        if active is None or (active.view, active.action) != (entry.view, entry.action):
            return False
        row = next((n for n, e in enumerate(self._entries) if e is active), None)
        if row is None:
            return False
        self.active = None
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        self.changed.emit()
        return True

    def _trim(self) -> None:
        overflow = len(self._entries) - self.limit
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._entries[:overflow]
            self.endRemoveRows()
            self.dropped += overflow

    def set_limit(self, limit: int) -> None:
        """Keep at most ``limit`` entries from now on (older ones are dropped now)."""
        self.limit = limit
        self._trim()
        self.changed.emit()

    def replace(self, entries: Sequence[HistoryEntry], dropped: int) -> None:
        """Show another history (an opened session or exercise)."""
        self._timer.stop()
        self._pending.clear()
        self.beginResetModel()
        self._entries = list(entries)
        self.dropped = dropped
        self.active = None
        self.endResetModel()
        self._trim()
        self.changed.emit()

    def entries(self) -> tuple[HistoryEntry, ...]:
        """Return every entry, oldest first, queued ones included."""
        self.flush()
        return tuple(self._entries)

    def entry(self, row: int) -> HistoryEntry:
        """Return the entry of a row."""
        return self._entries[row]

    def todo_count(self) -> int:
        """Return how many exercise steps are still to do."""
        return sum(1 for entry in self._entries if entry.todo)
