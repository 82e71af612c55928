"""What the lookup views share: inputs, a Look up button, results, status, errors and code.

The answer on screen always belongs to known inputs.  Changing a combo box or
a checkbox looks up again at once (when the text inputs are those of the last
lookup); typing only marks the answer stale — greyed table, a status that
says so, a comment in the code — until Enter or Look up.

What only an action needs (code generation, the lecture's notes, input
checks, the history's records) is imported by the first action, not before
the window's first paint.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core.lookups import Lookup, run_all
from netexplorer.core.results import Call, ExplainedError, InternalError, Outcome
from netexplorer.ui import settings
from netexplorer.ui.error_panel import ErrorPanel
from netexplorer.ui.inputs import InputState, InputWatch
from netexplorer.ui.lookup_buttons import LookupButtons
from netexplorer.ui.lookup_parts import PendingAnswer, answer_summary, plain_label
from netexplorer.ui.models import ResultsTable
from netexplorer.ui.text import error_line, internal_error_text, show_text
from netexplorer.ui.view import ViewPage
from netexplorer.ui.view_inputs import input_widgets, layout_widgets, read_inputs, write_inputs
from netexplorer.ui.widgets import CodeView, named
from netexplorer.ui.workers import Job, ResolverPool

if TYPE_CHECKING:
    from netexplorer.core.diagnosis import Diagnosis
    from netexplorer.core.lecture import Example
    from netexplorer.core.session import HistoryEntry, Inputs, Table

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
        #: True while a stored answer is shown: nothing is asked again, nothing marked new.
        self.showing_stored = False
        #: What the last lookup was started as (``lookup``, or a view's own action).
        self.last_action = "lookup"
        self.last_error: ExplainedError | None = None
        self.internal_error: InternalError | None = None
        self.watch = InputWatch(self)
        self.watch.textChanged.connect(self.refresh)
        self.watch.choiceChanged.connect(self._choice_changed)
        self._filling = False
        self._asked_texts: InputState | None = None  # the texts of the last lookup made
        self._shown_state: InputState | None = None  # the inputs of the answer on screen
        self._answer_status = _tr("Enter a value and press Look up (or Enter).")
        self._answer_code = ""
        self._running_text = ""
        self._next_example: Example | None = None
        self._pending = PendingAnswer()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.model = model
        self.table = ResultsTable()
        named(self.table, "resultsTable", _tr("Results"))
        self.table.setModel(self.model)
        self.status = plain_label("statusLabel", _tr("Status"))
        self.error_panel = ErrorPanel(pool)
        self.slide_label = plain_label("slideLabel", _tr("The lecture's answer"))
        self.slide_label.hide()
        self.code_box = CodeView(
            _tr("Python code that reproduces the answer on screen:"),
            _tr("The Python code of the answer on screen appears here."),
        )
        self.code = self.code_box.editor
        self.buttons = LookupButtons()
        self.buttons.lookup.clicked.connect(self.run_lookup)
        self.buttons.abandon.clicked.connect(self.abandon)
        self.buttons.details.clicked.connect(self._copy_details)
        self.lookup_button = self.buttons.lookup
        self.abandon_button = self.buttons.abandon
        self.details_button = self.buttons.details
        self._build_layout()
        self.status.setText(self._answer_status)

    def _build_layout(self) -> None:
        self.results_area = QSplitter(Qt.Orientation.Horizontal)
        self.results_area.setChildrenCollapsible(False)
        self.results_area.addWidget(self.table)
        status_row = QHBoxLayout()  # mirrored by Qt in a right-to-left layout
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.error_panel, 2)
        self._below_status = QVBoxLayout()
        self._below_status.addWidget(self.slide_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.buttons.row)
        layout.addLayout(status_row)
        layout.addLayout(self._below_status)
        layout.addWidget(self.results_area, 1)
        layout.addWidget(self.code_box)  # as tall as its code: the results get the rest

    def changeEvent(self, event: QEvent) -> None:
        """Fit the answer's columns to its text again when the font changes (zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.model.rowCount():
            self.table.resizeColumnsToContents()

    def add_below_status(self, widget: QWidget) -> None:
        """Show ``widget`` under the status line (where an answer's source is told)."""
        self._below_status.insertWidget(0, widget)

    def add_input(self, label: str, widget: QWidget) -> None:
        """Add a labelled input; Enter in a line edit runs the lookup."""
        self.form.addRow(label, widget)
        if isinstance(widget, QLineEdit):
            self.watch_text(widget)
        elif isinstance(widget, QComboBox | QCheckBox):
            self.watch.add_choice(widget)

    def watch_text(self, edit: QLineEdit) -> None:
        """Treat ``edit`` as a text input: typing marks the answer stale, Enter looks up."""
        self.watch.add_text(edit)
        edit.returnPressed.connect(self.run_lookup)

    def watch_choice(self, widget: QComboBox | QCheckBox) -> None:
        """Treat ``widget`` as a choice: changing it looks up again at once."""
        self.watch.add_choice(widget)

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Change inputs from code without each change starting a lookup."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    # What subclasses provide -------------------------------------------------

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Return the lookups for the current input (raise InvalidInput to reject it)."""
        raise NotImplementedError

    def show_outcomes(self, outcomes: Outcomes) -> None:
        """Put the outcomes into the model (an empty tuple: no answer to show)."""
        raise NotImplementedError

    def python_code(self, planned: tuple[Lookup[Any], ...]) -> str:
        """Return the code that reproduces the planned lookups (socket calls by default)."""
        from netexplorer.core import codegen  # noqa: PLC0415 - see the module's description

        return codegen.python_code([lookup.call for lookup in planned])

    def diagnose(self, outcome: Outcome[Any]) -> Diagnosis | None:
        """Plan the diagnosis of a failed call (``None``: the explanation is all there is)."""
        del outcome
        return None

    # The lookup cycle -------------------------------------------------------

    @property
    def running(self) -> bool:
        """Tell whether a lookup is in progress."""
        return self._job is not None

    @property
    def stale(self) -> bool:
        """Tell whether the answer on screen was made with other inputs than the current ones."""
        return self._shown_state is not None and self.watch.state() != self._shown_state

    def run_example(self, example: Example | None) -> None:
        """Look up what the inputs hold now, for one of the lecture's calls."""
        self._next_example = example
        self.run_lookup()

    @Slot()
    def run_lookup(self) -> None:
        """Check the input, then run the lookups on a worker; a new one supersedes the old."""
        # see the module's description
        from netexplorer.core import codegen  # noqa: PLC0415
        from netexplorer.core.parsing import InvalidInput  # noqa: PLC0415

        self._drop_job()
        example, self._next_example = self._next_example, None
        self.last_action = self.action()
        self._asked_texts = self.watch.texts()
        state = self.watch.state()
        try:
            planned = self.plan()
        except InvalidInput as invalid:
            self._calls = ()
            self._pending = PendingAnswer(state)
            self._finish_with_error(invalid.error)
            return
        calls = [lookup.call for lookup in planned]
        self._calls = tuple(calls)
        self._pending = PendingAnswer(state, self.python_code(planned), example)
        deadline = settings.lookup_deadline_ms()
        self._job = self.pool.submit(lambda: run_all(planned), deadline).then(
            self._on_returned, self._on_errored, self._on_timed_out
        )
        self.buttons.set_running(True)
        expressions = "; ".join(codegen.expression(call) for call in calls)
        self._running_text = _tr("Looking up {}… (Abandon stops waiting)").format(expressions)
        self.refresh()

    @Slot()
    def abandon(self) -> None:
        """Stop waiting for the running lookup."""
        if self._job is None:
            return
        self._drop_job()
        self._answer_status = _tr(
            "Abandoned. The system call may still be running; its answer will be ignored."
        )
        self.refresh()
        self.lookupFinished.emit()

    def run(self) -> None:
        """Enter in an input, combo or checkbox looks up."""
        self.run_lookup()

    def stop(self) -> None:
        """Esc abandons the running lookup."""
        self.abandon()

    def shutdown(self) -> None:
        """Stop waiting for the running lookup and diagnosis (the window is closing)."""
        self.abandon()
        self.error_panel.abandon()

    def _drop_job(self) -> None:
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None
        self.buttons.set_running(False)

    @Slot()
    def _choice_changed(self) -> None:
        if not self._filling and self._asked_texts == self.watch.texts():
            self.run_lookup()
        else:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the status and code of the answer on screen, marked stale where it is.

        Subclasses that show more than the answer extend it.
        """
        stale = self.stale
        self.table.set_stale(stale)
        self.error_panel.setEnabled(not stale)
        self.slide_label.setEnabled(not stale)
        if self.running:
            self.status.setText(self._running_text)
        elif stale:
            self.status.setText(_tr("Inputs changed — press Enter to look up."))
        else:
            self.status.setText(self._answer_status)
        code = self._answer_code
        if stale and code:
            note = _tr("The inputs have changed since this answer: press Enter to look up.")
            code = f"# {note}\n{code}"
        self.show_code(code)

    def show_code(self, code: str) -> None:
        """Put ``code`` in the code view (left alone when it is already there)."""
        if code != self.code.toPlainText():
            self.code.setPlainText(code)

    def _begin_answer(self) -> None:
        """Forget the finished job; the answer about to be shown is the pending lookup's."""
        self._job = None
        self.buttons.set_running(False)
        self.last_error = None
        self.internal_error = None
        self.details_button.hide()
        self.slide_label.hide()
        self.error_panel.clear()
        self._shown_state, self._answer_code = self._pending.state, self._pending.code

    @Slot(object)
    def _on_returned(self, outcomes: Outcomes) -> None:
        example = self._pending.example
        self._begin_answer()
        self.show_outcomes(outcomes)
        self.table.resizeColumnsToContents()
        failed = [outcome for outcome in outcomes if outcome.error is not None]
        self.last_error = failed[0].error if failed else None
        self._answer_status = self.summary(outcomes)
        self.status.setProperty("failed", bool(failed))
        if failed and failed[0].error is not None:
            self.error_panel.show_error(failed[0].error, self.diagnose(failed[0]))
        from netexplorer.core import lecture  # noqa: PLC0415 - see the module's description

        note = lecture.slide_note(example, outcomes) if example else None
        if note is not None:
            self.slide_label.setText(show_text(note))
            self.slide_label.show()
        self.refresh()
        self._record(outcomes, self.last_error)
        self.lookupFinished.emit()

    def summary(self, outcomes: Outcomes) -> str:
        """Return the status: rows and time, each failed call's error, names looked up in ASCII."""
        return answer_summary(outcomes, self.model.rowCount())

    @Slot(object)
    def _on_errored(self, error: InternalError) -> None:
        self._begin_answer()
        self.internal_error = error
        self.show_outcomes(())
        self._answer_status = internal_error_text(error)
        self.status.setProperty("failed", True)
        self.details_button.show()
        self.refresh()
        self._record((), error)
        self.lookupFinished.emit()

    @Slot(bool)
    def _on_timed_out(self, started: bool) -> None:
        from netexplorer.core.errors import timed_out  # noqa: PLC0415 - see the module's description

        self._finish_with_error(timed_out(settings.lookup_deadline_ms() / 1000, started=started))

    def _finish_with_error(self, error: ExplainedError) -> None:
        """Show an error that no call returned (invalid input, timeout): no rows."""
        self._begin_answer()
        self.last_error = error
        self.show_outcomes(())
        self._answer_status = error_line(error)
        self.status.setProperty("failed", True)
        self.error_panel.show_error(error, None)
        self.refresh()
        self._record((), error)
        self.lookupFinished.emit()

    @Slot()
    def _copy_details(self) -> None:
        if self.internal_error is not None:
            QGuiApplication.clipboard().setText(self.internal_error.details)

    # Taking part in the lab session (see ViewPage) ------------------------------

    def _record(self, outcomes: Outcomes, error: ExplainedError | InternalError | None) -> None:
        from netexplorer.ui import lookup_record  # noqa: PLC0415 - see the module's description

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
        """Put stored inputs into the view's form (no lookup starts)."""
        with self.filling():
            write_inputs(input_widgets(layout_widgets(self.form)), inputs)

    def replay(self, entry: HistoryEntry) -> bool:
        """Put the entry's inputs back and run its lookup again."""
        self.set_inputs(entry.inputs)
        self.run_action(entry.action)
        return True

    def show_stored(self, entry: HistoryEntry) -> bool:
        """Show a stored answer through ``show_outcomes``; nothing is looked up."""
        from netexplorer.ui import lookup_record  # noqa: PLC0415 - see the module's description

        return lookup_record.show_stored(self, entry)

    def show_answer(self, outcomes: Outcomes, code: str, *, failed: bool) -> None:
        """Show stored outcomes as the answer for the inputs on screen (a lookup is abandoned)."""
        self._drop_job()
        self._pending = PendingAnswer(self.watch.state(), code)
        self._begin_answer()
        self.showing_stored = True
        try:
            self.show_outcomes(outcomes)
        finally:
            self.showing_stored = False
        self.table.resizeColumnsToContents()
        errors = [outcome.error for outcome in outcomes if outcome.error is not None]
        self.last_error = errors[0] if errors else None
        self.status.setProperty("failed", failed)
        self.refresh()

    def set_answer_status(self, text: str) -> None:
        """Say ``text`` about the answer on screen (a stored answer's origin, for one)."""
        self._answer_status = text
        self.refresh()

    def export_table(self) -> Table:
        """Return the results table as shown."""
        from netexplorer.ui.entries import model_table  # noqa: PLC0415 - see the module's description

        return model_table(self.model)
