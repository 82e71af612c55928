"""The lookup views whose results are Call | Field | Value rows, and rows they share."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from netexplorer.core.results import HostEx, Outcome
from netexplorer.ui.lookup_tab import LookupTab, Outcomes
from netexplorer.ui.models import Row, RowsModel
from netexplorer.ui.workers import ResolverPool


def _tr(text: str) -> str:
    return QCoreApplication.translate("rows", text)


class RowsLookupTab(LookupTab):
    """A lookup view whose results are Call | Field | Value rows, marked ``new`` against the last.

    A failed call adds no row: its error is in the status line and the error panel.
    """

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        headers = [_tab_tr("Call"), _tab_tr("Field"), _tab_tr("Value"), _tab_tr("change")]
        self.rows_model = RowsModel(headers, None)
        super().__init__(pool, self.rows_model, parent)
        self.rows_model.setParent(self)
        self._previous: tuple[tuple[str, ...], ...] | None = None

    def show_outcomes(self, outcomes: Outcomes) -> None:
        """Show each successful call's value rows; mark those the previous answer lacked."""
        rows: list[Row] = []
        for outcome in outcomes:
            if outcome.error is None:
                rows.extend(self.value_rows(outcome))
        cells = tuple(row.cells for row in rows)
        marks = mark_rows(None if self.showing_stored else self._previous, cells)
        self._previous = cells
        new = _tab_tr("new")
        self.rows_model.set_rows(
            [
                Row((*row.cells, new if is_new else ""), row.tooltip, row.error, is_new)
                for row, is_new in zip(rows, marks, strict=True)
            ]
        )

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """Turn one successful call into Call | Field | Value rows."""
        raise NotImplementedError


def mark_rows(
    previous: tuple[tuple[str, ...], ...] | None, cells: tuple[tuple[str, ...], ...]
) -> tuple[bool, ...]:
    """Mark the rows that are new against the previous answer (none for the first answer)."""
    if previous is None:
        return (False,) * len(cells)
    from netexplorer.core.diff import mark_new  # noqa: PLC0415 - only once there is an answer

    return mark_new(previous, cells)[0]


def _tab_tr(text: str) -> str:
    """Translate a column title under the lookup views' own context."""
    return QCoreApplication.translate("LookupTab", text)


def host_ex_rows(function: str, value: HostEx) -> list[Row]:
    """Return rows for a (name, aliases, addresses) triple, with '(none)' for no aliases.

    ``gethostbyname_ex`` and ``gethostbyaddr`` return this same triple.
    """
    rows = [Row((function, _tr("host name"), value.hostname))]
    rows.extend(Row((function, _tr("alias"), alias)) for alias in value.aliases)
    if not value.aliases:
        rows.append(Row((function, _tr("aliases"), _tr("(none)"))))
    rows.extend(Row((function, _tr("address"), address)) for address in value.addresses)
    return rows
