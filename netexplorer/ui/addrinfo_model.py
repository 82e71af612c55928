"""The getaddrinfo results as a table model that holds the 5-tuples themselves."""

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from netexplorer.core import addresses, flags
from netexplorer.core.results import AddrInfo
from netexplorer.ui.models import ModelIndex
from netexplorer.ui.text import core_text

#: The role under which :meth:`AddrinfoModel.data` returns the row's :class:`AddrInfo`.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class AddrinfoModel(QAbstractTableModel):
    """One row per 5-tuple in the order getaddrinfo returned them, plus the address kind.

    Family, type and proto are shown by their constant names and the canonname
    and sockaddr as Python prints them; ``ENTRY_ROLE`` gives the tuple itself.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[AddrInfo, ...] = ()
        self._headers = (
            self.tr("family"), self.tr("type"), self.tr("proto"), self.tr("canonname"),
            self.tr("sockaddr"), self.tr("address kind"),
        )  # fmt: skip

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of 5-tuples (0 below the root, as for any table)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text (also as its tooltip) or the row's 5-tuple."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(entry, index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return column titles and 1-based positions in getaddrinfo's answer."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < len(self._entries) else None

    def set_entries(self, entries: Sequence[AddrInfo]) -> None:
        """Replace every row at once."""
        self.beginResetModel()
        self._entries = tuple(entries)
        self.endResetModel()

    def entries(self) -> tuple[AddrInfo, ...]:
        """Return the 5-tuples shown, in order (plain data, for saving or comparing)."""
        return self._entries


def cell_text(entry: AddrInfo, column: int) -> str:
    """Return the text of one column of a 5-tuple's row."""
    if column == 0:
        return flags.family_name(entry.family)
    if column == 1:
        return flags.type_name(entry.type)
    if column == 2:
        return flags.proto_name(entry.proto)
    if column == 3:
        return repr(entry.canonname)
    if column == 4:
        return repr(entry.sockaddr)
    return core_text(addresses.address_kind(str(entry.sockaddr[0])))
