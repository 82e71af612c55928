"""The getaddrinfo results as a table model that holds the 5-tuples themselves."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from netexplorer.core import addresses, flags
from netexplorer.core.results import AddrInfo
from netexplorer.ui import palette
from netexplorer.ui.models import ModelIndex, TableModel
from netexplorer.ui.text import core_text

#: The role under which :meth:`AddrinfoModel.data` returns the row's :class:`AddrInfo`.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The column that marks a row ``new`` (or ``no longer returned``).
CHANGE_COLUMN = 6


class AddrinfoModel(TableModel):
    """One row per 5-tuple in the order getaddrinfo returned them, its address kind and change.

    Family, type and proto are shown by their constant names and the canonname
    and sockaddr as Python prints them; ``ENTRY_ROLE`` gives the tuple itself.
    The change column reads ``new`` for a tuple the previous answer lacked.  A
    model made with ``removed`` holds tuples an answer no longer has: greyed,
    struck through, their change column reading ``no longer returned``.
    """

    def __init__(self, parent: QObject | None = None, *, removed: bool = False) -> None:
        headers = (
            QCoreApplication.translate("AddrinfoModel", "family"),
            QCoreApplication.translate("AddrinfoModel", "type"),
            QCoreApplication.translate("AddrinfoModel", "proto"),
            QCoreApplication.translate("AddrinfoModel", "canonname"),
            QCoreApplication.translate("AddrinfoModel", "sockaddr"),
            QCoreApplication.translate("AddrinfoModel", "address kind"),
            QCoreApplication.translate("AddrinfoModel", "change"),
        )
        super().__init__(headers, parent)
        self._entries: tuple[AddrInfo, ...] = ()
        self._new: tuple[bool, ...] = ()
        self._removed = removed

    def row_total(self) -> int:
        """Return the number of 5-tuples."""
        return len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text (also as its tooltip), its marking, or the row's 5-tuple."""
        if not self.in_table(index):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), index.column())
        return self._marking(index.row(), role)

    def _text(self, row: int, column: int) -> str:
        if column != CHANGE_COLUMN:
            return cell_text(self._entries[row], column)
        if self._removed:
            return self.tr("no longer returned")
        return self.tr("new") if self._new[row] else ""

    def _marking(self, row: int, role: int) -> object:
        """Return the colour or font of a new or removed row (``None``: the table's own)."""
        if self._removed:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(palette.scheme().removed)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
        elif self._new[row]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(palette.scheme().new.text)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(palette.scheme().new.background)
        return None

    def set_entries(self, entries: Sequence[AddrInfo], new: Sequence[bool] = ()) -> None:
        """Replace every row at once; ``new`` marks rows the previous answer lacked."""
        self.beginResetModel()
        self._entries = tuple(entries)
        self._new = tuple(new) if new else (False,) * len(self._entries)
        self.endResetModel()

    def entries(self) -> tuple[AddrInfo, ...]:
        """Return the 5-tuples shown, in order (plain data, for saving or comparing)."""
        return self._entries


def cell_text(entry: AddrInfo, column: int) -> str:
    """Return the text of one of the first six columns of a 5-tuple's row."""
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
