"""Small pieces of the lookup views: the pending answer, plain labels, the status summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from netexplorer.core.results import Outcome
from netexplorer.ui.inputs import InputState
from netexplorer.ui.text import error_line
from netexplorer.ui.widgets import named

if TYPE_CHECKING:
    from netexplorer.core import lecture


def _tr(text: str) -> str:
    """Translate a text of the lookup views (their one context)."""
    return QCoreApplication.translate("LookupTab", text)


@dataclass(frozen=True)
class PendingAnswer:
    """What the answer of the lookup in flight will belong to once it is shown."""

    state: InputState = ()
    code: str = ""
    example: lecture.Example | None = None


def plain_label(name: str, accessible: str) -> QLabel:
    """Return a selectable, word-wrapped label that shows its text as plain text."""
    label = QLabel()
    named(label, name, accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def answer_summary(outcomes: tuple[Outcome[Any], ...], rows: int) -> str:
    """Return the status: rows and time, each failed call's error, names looked up in ASCII."""
    failed = [outcome for outcome in outcomes if outcome.error is not None]
    several = len(outcomes) > 1
    lines = [
        f"{o.call.function}: {error_line(o.error)}" if several else error_line(o.error)
        for o in failed
        if o.error is not None
    ]
    if len(failed) < len(outcomes) or not outcomes:
        elapsed = sum(outcome.elapsed_ms for outcome in outcomes)
        lines.insert(0, _tr("Result rows: {} ({} ms).").format(rows, f"{elapsed:.1f}"))
    from netexplorer.core import addresses  # noqa: PLC0415 - only once there is an answer

    for typed, ascii_name in addresses.ascii_lookups(o.call for o in outcomes):
        lines.append(
            _tr("{} was looked up as {}, the ASCII form Python's IDNA encoding gives.").format(
                typed, ascii_name
            )
        )
    return "\n".join(lines)
