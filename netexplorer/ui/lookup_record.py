"""How a lookup view takes part in the lab session: its history entries and stored answers.

:class:`~netexplorer.ui.lookup_tab.LookupTab` calls these; they read the
view's public parts only (inputs, model, status, code), so every lookup
view, including later ones, records and re-shows its answers the same way.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from netexplorer.core import codegen, values
from netexplorer.core.results import Call, ExplainedError, InternalError, Outcome
from netexplorer.core.session import EntryError, HistoryEntry, now
from netexplorer.ui.entries import entry_error, model_table, stored_note

if TYPE_CHECKING:
    from netexplorer.ui.lookup_tab import LookupTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("LookupRecord", text)


class RecordTexts(QObject):
    """The plural texts of history entries (``self.tr`` is what lupdate reads plurals from)."""

    def rows_in(self, rows: int, elapsed_ms: float) -> str:
        """Return "3 rows in 1.2 ms"."""
        return self.tr("%n row(s) in {} ms", "", rows).format(f"{elapsed_ms:.1f}")

    def with_error(self, summary: str, error: str) -> str:
        """Return "0 rows in 1.1 ms, EAI_NONAME" (with the language's own comma)."""
        return self.tr("{}, {}").format(summary, error)


def call_text(calls: tuple[Call, ...]) -> str:
    """Return the calls as Python writes them, one a line."""
    return "\n".join(codegen.expression(call) for call in calls)


def make_entry(
    tab: "LookupTab",
    calls: tuple[Call, ...],
    outcomes: tuple[Outcome[Any], ...],
    error: ExplainedError | InternalError | None,
) -> HistoryEntry:
    """Return the history entry of a finished lookup (after its answer is on screen)."""
    elapsed = sum(outcome.elapsed_ms for outcome in outcomes) if outcomes else None
    rows = tab.model.rowCount()
    if isinstance(error, InternalError):
        stored: EntryError | None = EntryError("InternalError", error.summary, error.details)
        outcome = "InternalError"
    elif error is not None:
        stored = entry_error(error)
        outcome = error.name
    else:
        stored, outcome = None, ""
    if elapsed is not None:
        texts = RecordTexts()
        summary = texts.rows_in(rows, elapsed)
        outcome = texts.with_error(summary, outcome) if outcome else summary
    return HistoryEntry(
        time=now(),
        view=tab.view_name,
        call=call_text(calls),
        action=tab.last_action,
        inputs=tab.inputs(),
        outcome=outcome,
        elapsed_ms=elapsed,
        error=stored,
        table=model_table(tab.model),
        outcomes=outcomes if values.storable(outcomes) else (),
    )


def show_stored(tab: "LookupTab", entry: HistoryEntry) -> bool:
    """Show a stored entry in its view without running anything; False if it cannot.

    The stored outcomes go through the view's own ``show_outcomes``, so the
    table is the one the lookup showed; only calls the view makes are accepted.
    """
    tab.set_inputs(entry.inputs)
    outcomes = entry.outcomes
    if any(outcome.call.function not in tab.FUNCTIONS for outcome in outcomes):
        return False
    if not outcomes and entry.error is None and not entry.todo:
        return False
    code = codegen.python_code([outcome.call for outcome in outcomes]) if outcomes else ""
    if entry.todo:
        code = f"import socket\n\n{entry.call}\n" if entry.call else ""
    tab.show_answer(outcomes, code, failed=entry.error is not None)
    note = stored_note(entry)
    if entry.todo:
        status = _tr("{}: press Look up to run it.").format(note)
    elif outcomes:
        status = f"{note}: {tab.summary(outcomes)}"
    else:
        assert entry.error is not None
        stored = entry.error
        parts = [f"{stored.name}: {stored.message}", stored.explanation]
        status = f"{note}: " + " — ".join(part for part in parts if part)
    tab.set_answer_status(status)
    return True
