"""Table rows that several lookup views show the same way."""

from typing import Any

from PySide6.QtCore import QCoreApplication

from netexplorer.core.results import HostEx, Outcome
from netexplorer.ui.models import Row
from netexplorer.ui.text import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("rows", text)


def error_row(outcome: Outcome[Any]) -> Row:
    """Return the row that shows a failed call in a Call | Field | Value table."""
    if outcome.error is None:
        raise ValueError("error_row needs a failed outcome")
    error = outcome.error
    return Row(
        (outcome.call.function, error.name, error_text(error)),
        tooltip=error_text(error),
        error=True,
    )


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
