"""The server's connections table: one row per accepted TCP connection or UDP peer."""

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from netexplorer.core.engine import ConnectionInfo, Transport
from netexplorer.ui import palette
from netexplorer.ui.client_server.event_log import address_text

#: Rows kept in the connections table (closed connections go first).
CONNECTIONS_LIMIT = 1_000

ModelIndex = QModelIndex | QPersistentModelIndex


class ConnectionsModel(QAbstractTableModel):
    """One row per accepted connection (or UDP peer), updated in place by its number."""

    def __init__(self, parent: QObject | None = None, limit: int = CONNECTIONS_LIMIT) -> None:
        super().__init__(parent)
        self._rows: list[ConnectionInfo] = []
        self._index: dict[int, int] = {}
        self._limit = limit
        self._headers = (
            self.tr("#"),
            self.tr("state"),
            self.tr("getpeername()"),
            self.tr("getsockname()"),
            self.tr("received"),
            self.tr("sent"),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of rows (0 below the root)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def _cell(self, info: ConnectionInfo, column: int) -> str:
        if info.transport is Transport.UDP:  # UDP has no connection: a peer is only "seen"
            state = self.tr("seen") if info.open else self.tr("forgotten")
        else:
            state = self.tr("open") if info.open else self.tr("closed")
        values = (
            str(info.conn),
            state,
            address_text(info.peer),
            address_text(info.local),
            str(info.received),
            str(info.sent),
        )
        return values[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text; closed connections are greyed out."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(info, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in (4, 5):
                return self.tr("%n byte(s)", "", int(self._cell(info, index.column())))
            return self._cell(info, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not info.open:
            return QBrush(palette.scheme().removed)  # the state column also says so
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4, 5):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return the column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def update(self, infos: Sequence[ConnectionInfo]) -> None:
        """Add new connections and refresh known ones."""
        for info in infos:
            row = self._index.get(info.conn)
            if row is not None:
                self._rows[row] = info
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
                continue
            self._make_room()
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first)
            self._rows.append(info)
            self._index[info.conn] = first
            self.endInsertRows()

    def _make_room(self) -> None:
        if len(self._rows) < self._limit:
            return
        victim = next((n for n, info in enumerate(self._rows) if not info.open), 0)
        self.beginRemoveRows(QModelIndex(), victim, victim)
        del self._rows[victim]
        self.endRemoveRows()
        self._index = {info.conn: n for n, info in enumerate(self._rows)}

    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self._rows.clear()
        self._index.clear()
        self.endResetModel()

    def info(self, row: int) -> ConnectionInfo | None:
        """Return the connection shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def infos(self) -> tuple[ConnectionInfo, ...]:
        """Return every row (plain data)."""
        return tuple(self._rows)
