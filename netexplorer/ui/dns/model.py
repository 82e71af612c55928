"""Table models of the DNS view: the records of an answer, and DNS beside getaddrinfo."""

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from netexplorer.core.dns_compare import ComparedAddress
from netexplorer.core.dns_records import DnsRecord
from netexplorer.ui.models import ModelIndex, TableModel
from netexplorer.ui.text import core_text

#: The role under which the models return the row's object (DnsRecord, ComparedAddress).
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("dns_model", text)


class ObjectsModel(TableModel, Generic[T]):
    """Rows that are plain frozen objects, each column a function of the object.

    ``RECORD_ROLE`` gives the row's object; the first row of each group (as
    ``group`` tells) is shown in bold, so sections stand out.
    """

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], tuple[str, ...]],
        group: Callable[[T], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(headers, parent)
        self._cells = cells
        self._group = group
        self._items: tuple[T, ...] = ()

    def row_total(self) -> int:
        """Return the number of rows."""
        return len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text (also its tooltip), the row's object, or a section's bold font."""
        if not self.in_table(index):
            return None
        item = self._items[index.row()]
        if role == RECORD_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(item)[index.column()]
        if role == Qt.ItemDataRole.FontRole and self._starts_group(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _starts_group(self, row: int) -> bool:
        if self._group is None:
            return False
        return row == 0 or self._group(self._items[row]) != self._group(self._items[row - 1])

    def set_items(self, items: Sequence[T]) -> None:
        """Replace every row at once."""
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def items(self) -> tuple[T, ...]:
        """Return the objects shown, in order (plain data)."""
        return self._items


def record_cells(record: DnsRecord) -> tuple[str, ...]:
    """Return a record's columns: section, owner, TTL, class, type, data."""
    return (
        record.section,
        record.owner,
        str(record.ttl),
        record.rdclass,
        record.rdtype,
        record.data,
    )


def records_model(parent: QObject | None = None) -> ObjectsModel[DnsRecord]:
    """Make the model of an answer's records, one bold first row per section."""
    headers = [_tr("section"), _tr("owner"), _tr("TTL"), _tr("class"), _tr("type"), _tr("data")]
    return ObjectsModel(headers, record_cells, lambda record: record.section, parent)


def comparison_model(parent: QObject | None = None) -> ObjectsModel[ComparedAddress]:
    """Make the model of DNS beside getaddrinfo, one row per address."""
    headers = [
        _tr("address"), _tr("getaddrinfo position"), _tr("where it came from"),
        _tr("DNS record"), _tr("hosts file line"), _tr("family"),
    ]  # fmt: skip
    return ObjectsModel(headers, compared_cells, parent=parent)


def compared_cells(row: ComparedAddress) -> tuple[str, ...]:
    """Return a compared address's columns."""
    record = row.record
    line = row.hosts_line
    verdict = core_text(row.verdict)
    shown = (
        f"{record.owner} {record.ttl} {record.rdclass} {record.rdtype} {record.data}"
        if record
        else ""
    )
    return (
        row.address,
        ", ".join(str(p) for p in row.positions),
        verdict.format(row.verdict_detail) if row.verdict_detail else verdict,
        shown,
        f"{line.line}: {line.text}" if line else "",
        row.family,
    )
