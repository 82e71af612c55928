"""What the lookup views share: inputs, a Look up button, results, status and code."""

import time
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import codegen
from netexplorer.core.errors import timed_out
from netexplorer.core.lookups import Lookup, run_all
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import Call, ExplainedError, InternalError, Outcome
from netexplorer.core.session import HistoryEntry, Inputs, Table
from netexplorer.ui import lookup_record, settings
from netexplorer.ui.inputs import input_widgets, layout_widgets, read_inputs, write_inputs
from netexplorer.ui.models import ResultsTable, Row, RowsModel
from netexplorer.ui.rows import error_row
from netexplorer.ui.stepping import STEP_TIMEOUT_MS, wait_for
from netexplorer.ui.text import error_text, internal_error_text
from netexplorer.ui.view import StepResult, ViewPage, model_table
from netexplorer.ui.widgets import CodeView, named
from netexplorer.ui.workers import Job, ResolverPool

BUSY_WIDTH = 160

Outcomes = tuple[Outcome[Any], ...]


def _tr(text: str) -> str:
    """Translate a text of this module (one context for every lookup view)."""
    return QCoreApplication.translate("LookupTab", text)


class LookupTab(ViewPage):
    """Base of a lookup view; subclasses add inputs, plan lookups and show outcomes.

    Its own texts name their context ("LookupTab") explicitly: ``self.tr()``
    would look them up under the subclass's name, where lupdate never puts them.

    Signals:
        lookupFinished(): a lookup ended (result, error, timeout, internal error or
            invalid input).
        actionRecorded(HistoryEntry): see :class:`ViewPage`; emitted just before
            ``lookupFinished`` for every lookup that ended (not for an abandoned one).
    """

    lookupFinished = Signal()
    #: The socket functions the view calls; a stored answer of any other is not shown.
    FUNCTIONS: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self, pool: ResolverPool, model: QAbstractTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pool = pool
        self._job: Job[Outcomes] | None = None
        self._calls: tuple[Call, ...] = ()
        #: What the last lookup was started as (``lookup``, or a view's own action).
        self.last_action = "lookup"
        self.last_error: ExplainedError | None = None
        self.internal_error: InternalError | None = None

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.model = model
        self.table = ResultsTable()
        named(self.table, "resultsTable", _tr("Results"))
        self.table.setModel(self.model)
        self.status = QLabel(_tr("Enter a value and press Look up (or Enter)."))
        named(self.status, "statusLabel", _tr("Status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_box = CodeView(
            _tr("Python code that reproduces this lookup:"),
            _tr("The Python code of the last lookup appears here."),
        )
        self.code = self.code_box.editor

        self.results_area = QSplitter(Qt.Orientation.Horizontal)
        self.results_area.setChildrenCollapsible(False)
        self.results_area.addWidget(self.table)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.setChildrenCollapsible(False)
        vertical.addWidget(self.results_area)
        vertical.addWidget(self.code_box)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.status)
        layout.addWidget(vertical, 1)

    def _build_buttons(self) -> QHBoxLayout:
        """Make Look up, Abandon, the busy indicator and the internal-error details button."""
        self.lookup_button = QPushButton(_tr("&Look up"))
        named(self.lookup_button, "lookupButton", _tr("Look up"))
        self.lookup_button.setDefault(True)
        self.lookup_button.clicked.connect(self.run_lookup)
        self.abandon_button = QPushButton(_tr("&Abandon"))
        named(self.abandon_button, "abandonButton", _tr("Abandon the running lookup"))
        self.abandon_button.setToolTip(
            _tr("Stop waiting. The system call cannot be interrupted; its answer is ignored.")
        )
        self.abandon_button.setEnabled(False)
        self.abandon_button.clicked.connect(self.abandon)
        self.busy = QProgressBar()
        named(self.busy, "busyIndicator", _tr("Lookup running"))
        self.busy.setRange(0, 0)  # indeterminate: a resolver call reports no progress
        self.busy.setMaximumWidth(BUSY_WIDTH)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.details_button = QPushButton(_tr("Copy error &details"))
        named(
            self.details_button, "copyErrorDetailsButton", _tr("Copy the internal error's details")
        )
        self.details_button.setToolTip(
            _tr("Copy the traceback of the internal error, to attach to a bug report.")
        )
        self.details_button.clicked.connect(self._copy_details)
        self.details_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.lookup_button)
        buttons.addWidget(self.abandon_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        return buttons

    def add_input(self, label: str, widget: QWidget) -> None:
        """Add a labelled input; Enter in a line edit runs the lookup."""
        self.form.addRow(label, widget)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.run_lookup)

    # What subclasses provide -------------------------------------------------

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Return the lookups for the current input (raise InvalidInput to reject it)."""
        raise NotImplementedError

    def show_outcomes(self, outcomes: Outcomes) -> None:
        """Put the outcomes into the model."""
        raise NotImplementedError

    # The lookup cycle -------------------------------------------------------

    @property
    def running(self) -> bool:
        """Tell whether a lookup is in progress."""
        return self._job is not None

    @Slot()
    def run_lookup(self) -> None:
        """Check the input, then run the lookups on a worker; a new one supersedes the old."""
        self._drop_job()
        self.last_action = self.action()
        try:
            planned = self.plan()
        except InvalidInput as invalid:
            self._calls = ()
            self._finish_with_error(invalid.error)
            return
        self._calls = tuple(lookup.call for lookup in planned)
        self.code.setPlainText(codegen.python_code([lookup.call for lookup in planned]))
        self._job = self.pool.submit(lambda: run_all(planned), settings.lookup_deadline_ms()).then(
            self._on_returned, self._on_errored, self._on_timed_out
        )
        self._set_running(True)
        self.status.setText(_tr("Looking up… (Abandon stops waiting)"))

    @Slot()
    def abandon(self) -> None:
        """Stop waiting for the running lookup."""
        if self._job is None:
            return
        self._drop_job()
        self.status.setText(
            _tr("Abandoned. The system call may still be running; its answer will be ignored.")
        )
        self.lookupFinished.emit()

    def shutdown(self) -> None:
        """Stop waiting for the running lookup (the window is closing)."""
        self.abandon()

    def _drop_job(self) -> None:
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.abandon_button.setEnabled(running)
        self.busy.setVisible(running)

    def _begin_answer(self) -> None:
        """Forget the finished job and the previous lookup's errors."""
        self._job = None
        self._set_running(False)
        self.last_error = None
        self.internal_error = None
        self.details_button.hide()

    @Slot(object)
    def _on_returned(self, outcomes: Outcomes) -> None:
        self._begin_answer()
        self.show_outcomes(outcomes)
        self.table.resizeColumnsToContents()
        errors = [outcome.error for outcome in outcomes if outcome.error is not None]
        self.last_error = errors[0] if errors else None
        self.status.setText(self.summary(outcomes))
        self.status.setProperty("failed", bool(errors))
        self._record(outcomes, self.last_error)
        self.lookupFinished.emit()

    def summary(self, outcomes: Outcomes) -> str:
        """Return the status line of a finished lookup: row count and time, or the error."""
        errors = [outcome.error for outcome in outcomes if outcome.error is not None]
        elapsed = sum(outcome.elapsed_ms for outcome in outcomes)
        summary = _tr("Result rows: {} ({} ms)").format(self.model.rowCount(), f"{elapsed:.1f}")
        return f"{summary}. {error_text(errors[0])}" if errors else summary + "."

    @Slot(object)
    def _on_errored(self, error: InternalError) -> None:
        self._begin_answer()
        self.internal_error = error
        self.show_outcomes(())
        self.status.setText(internal_error_text(error))
        self.status.setProperty("failed", True)
        self.details_button.show()
        self._record((), error)
        self.lookupFinished.emit()

    @Slot(bool)
    def _on_timed_out(self, started: bool) -> None:
        self._begin_answer()
        error = timed_out(settings.lookup_deadline_ms() / 1000, started=started)
        self._finish_with_error(error, clear_code=False)

    def _finish_with_error(self, error: ExplainedError, *, clear_code: bool = True) -> None:
        self.last_error = error
        self.internal_error = None
        self.details_button.hide()
        self.show_outcomes(())
        if clear_code:
            self.code.clear()
        self.status.setText(error_text(error))
        self.status.setProperty("failed", True)
        self._record((), error)
        self.lookupFinished.emit()

    @Slot()
    def _copy_details(self) -> None:
        if self.internal_error is not None:
            QGuiApplication.clipboard().setText(self.internal_error.details)

    # Taking part in the lab session (see ViewPage) ------------------------------

    def _record(self, outcomes: Outcomes, error: ExplainedError | InternalError | None) -> None:
        self.actionRecorded.emit(lookup_record.make_entry(self, self._calls, outcomes, error))

    def action(self) -> str:
        """Return what the lookup about to run is, for its history entry."""
        return "lookup"

    def run_action(self, action: str) -> None:
        """Run a stored entry's action; a lookup view has one: look up."""
        del action
        self.run_lookup()

    def inputs(self) -> Inputs:
        """Return the named inputs of the view's form."""
        return read_inputs(input_widgets(layout_widgets(self.form)))

    def set_inputs(self, inputs: Inputs) -> None:
        """Put stored inputs into the view's form."""
        write_inputs(input_widgets(layout_widgets(self.form)), inputs)

    def replay(self, entry: HistoryEntry) -> bool:
        """Put the entry's inputs back and run its lookup again."""
        self.set_inputs(entry.inputs)
        self.run_action(entry.action)
        return True

    def show_stored(self, entry: HistoryEntry) -> bool:
        """Show a stored answer through ``show_outcomes``; nothing is looked up."""
        return lookup_record.show_stored(self, entry)

    def show_answer(self, outcomes: Outcomes) -> None:
        """Show stored outcomes as if they had just arrived (a running lookup is abandoned)."""
        self._drop_job()
        self._begin_answer()
        self.show_outcomes(outcomes)
        self.table.resizeColumnsToContents()
        errors = [outcome.error for outcome in outcomes if outcome.error is not None]
        self.last_error = errors[0] if errors else None

    def export_table(self) -> Table:
        """Return the results table as shown."""
        return model_table(self.model)


class RowsLookupTab(LookupTab):
    """A lookup view whose results are Call | Field | Value rows, one error row per failed call."""

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        self.rows_model = RowsModel([_tr("Call"), _tr("Field"), _tr("Value")], None)
        super().__init__(pool, self.rows_model, parent)
        self.rows_model.setParent(self)

    def show_outcomes(self, outcomes: Outcomes) -> None:
        """Show each call's value rows, or its error row."""
        rows: list[Row] = []
        for outcome in outcomes:
            rows.extend([error_row(outcome)] if outcome.error else self.value_rows(outcome))
        self.rows_model.set_rows(rows)

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """Turn one successful call into Call | Field | Value rows."""
        raise NotImplementedError


def lookup_step(name: str, tab: LookupTab, inputs: list[tuple[QLineEdit, str]]) -> StepResult:
    """Fill a view's inputs, press its Look up button and wait for the answer."""
    for line_edit, text in inputs:
        line_edit.setText(text)
    start = time.perf_counter()
    tab.lookup_button.click()
    finished = wait_for(tab.lookupFinished, STEP_TIMEOUT_MS) if tab.running else True
    elapsed = (time.perf_counter() - start) * 1000
    rows = tab.model.rowCount()
    ok = finished and tab.last_error is None and tab.internal_error is None and rows > 0
    if tab.internal_error is not None:
        detail = internal_error_text(tab.internal_error)
    elif tab.last_error is not None:
        detail = error_text(tab.last_error)
    else:
        detail = tab.status.text()
    return StepResult(name, ok, round(elapsed, 2), rows, detail)
