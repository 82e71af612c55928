"""What the four lookup tabs share: inputs, a Look up button, results, status and code."""

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from netexplorer.core.results import ExplainedError, Outcome
from netexplorer.ui import settings
from netexplorer.ui.models import ResultsTable, Row, RowsModel
from netexplorer.ui.text import error_text
from netexplorer.ui.workers import Job, ResolverPool

CODE_LINES = 7
BUSY_WIDTH = 160


def named(widget: QWidget, name: str, accessible: str = "") -> None:
    """Give a widget its automation name (ui-contract.md) and an accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)


class LookupTab(QWidget):
    """Base of a lookup tab; subclasses add inputs and turn outcomes into rows.

    Its own texts name their context ("LookupTab") explicitly: ``self.tr()``
    would look them up under the subclass's name, where lupdate never puts them.

    Signals:
        lookupFinished(): a lookup ended (result, error, timeout or invalid input).
    """

    lookupFinished = Signal()

    def __init__(
        self, pool: ResolverPool, headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pool = pool
        self._job: Job | None = None
        self._started = 0.0
        self.last_outcomes: tuple[Outcome[Any], ...] = ()
        self.last_error: ExplainedError | None = None

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.lookup_button = QPushButton(QCoreApplication.translate("LookupTab", "&Look up"))
        named(
            self.lookup_button, "lookupButton", QCoreApplication.translate("LookupTab", "Look up")
        )
        self.lookup_button.setDefault(True)
        self.lookup_button.clicked.connect(self.run_lookup)
        self.abandon_button = QPushButton(QCoreApplication.translate("LookupTab", "&Abandon"))
        named(
            self.abandon_button,
            "abandonButton",
            QCoreApplication.translate("LookupTab", "Abandon the running lookup"),
        )
        self.abandon_button.setToolTip(
            QCoreApplication.translate(
                "LookupTab",
                "Stop waiting. The system call cannot be interrupted; its answer is ignored.",
            )
        )
        self.abandon_button.setEnabled(False)
        self.abandon_button.clicked.connect(self.abandon)
        self.busy = QProgressBar()
        named(self.busy, "busyIndicator", QCoreApplication.translate("LookupTab", "Lookup running"))
        self.busy.setRange(0, 0)  # indeterminate: a resolver call reports no progress
        self.busy.setMaximumWidth(BUSY_WIDTH)
        self.busy.setTextVisible(False)
        self.busy.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.lookup_button)
        buttons.addWidget(self.abandon_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)

        self.model = RowsModel(headers, self)
        self.table = ResultsTable()
        named(self.table, "resultsTable", QCoreApplication.translate("LookupTab", "Results"))
        self.table.setModel(self.model)

        self.status = QLabel(
            QCoreApplication.translate("LookupTab", "Enter a value and press Look up (or Enter).")
        )
        named(self.status, "statusLabel", QCoreApplication.translate("LookupTab", "Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.code = QPlainTextEdit()
        named(self.code, "codeView", QCoreApplication.translate("LookupTab", "Python code"))
        self.code.setReadOnly(True)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setPlaceholderText(
            QCoreApplication.translate(
                "LookupTab", "The Python code of the last lookup appears here."
            )
        )
        copy_code = QPushButton(QCoreApplication.translate("LookupTab", "&Copy code"))
        named(copy_code, "copyCodeButton", QCoreApplication.translate("LookupTab", "Copy code"))
        copy_code.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.code.toPlainText())
        )

        code_box = QWidget()
        code_layout = QVBoxLayout(code_box)
        code_layout.setContentsMargins(0, 0, 0, 0)
        code_header = QHBoxLayout()
        code_header.addWidget(
            QLabel(
                QCoreApplication.translate("LookupTab", "Python code that reproduces this lookup:")
            )
        )
        code_header.addStretch(1)
        code_header.addWidget(copy_code)
        code_layout.addLayout(code_header)
        code_layout.addWidget(self.code)

        self.results_area = QSplitter(Qt.Orientation.Horizontal)
        self.results_area.setChildrenCollapsible(False)
        self.results_area.addWidget(self.table)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.setChildrenCollapsible(False)
        self.vertical.addWidget(self.results_area)
        self.vertical.addWidget(code_box)
        self.vertical.setStretchFactor(0, 3)
        self.vertical.setStretchFactor(1, 1)
        self.code.setMinimumHeight(self.code.fontMetrics().lineSpacing() * CODE_LINES)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.vertical, 1)

    def add_input(self, label: str, widget: QWidget) -> None:
        """Add a labelled input; Enter in a line edit runs the lookup."""
        self.form.addRow(label, widget)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.run_lookup)

    # What subclasses provide -------------------------------------------------

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Return the lookups for the current input (raise InvalidInput to reject it)."""
        raise NotImplementedError

    def rows_for(self, outcomes: tuple[Outcome[Any], ...]) -> list[Row]:
        """Turn the outcomes into table rows: an error row per failed call."""
        rows: list[Row] = []
        for outcome in outcomes:
            rows.extend([error_row(outcome)] if outcome.error else self.value_rows(outcome))
        return rows

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """Turn one successful call into Call | Field | Value rows."""
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
        try:
            planned = self.plan()
        except InvalidInput as invalid:
            self._finish_with_error(invalid.error)
            return
        self.code.setPlainText(codegen.python_code([lookup.call for lookup in planned]))
        self._started = time.perf_counter()
        self._job = self.pool.submit(lambda: run_all(planned), settings.lookup_deadline_ms())
        self._job.returned.connect(self._on_returned)
        self._job.timedOut.connect(self._on_timed_out)
        self._set_running(True)
        self.status.setText(
            QCoreApplication.translate("LookupTab", "Looking up… (Abandon stops waiting)")
        )

    @Slot()
    def abandon(self) -> None:
        """Stop waiting for the running lookup."""
        if self._job is None:
            return
        self._drop_job()
        self.status.setText(
            QCoreApplication.translate(
                "LookupTab",
                "Abandoned. The system call may still be running; its answer will be ignored.",
            )
        )
        self.lookupFinished.emit()

    def _drop_job(self) -> None:
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.abandon_button.setEnabled(running)
        self.busy.setVisible(running)

    @Slot(object)
    def _on_returned(self, outcomes: object) -> None:
        self._job = None
        self._set_running(False)
        if not isinstance(outcomes, tuple):  # a bug in a call, reported not hidden
            self.status.setText(
                QCoreApplication.translate("LookupTab", "Internal error: {}").format(outcomes)
            )
            self.lookupFinished.emit()
            return
        self.last_outcomes = outcomes
        rows = self.rows_for(outcomes)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        errors = [outcome.error for outcome in outcomes if outcome.error is not None]
        self.last_error = errors[0] if errors else None
        elapsed = sum(outcome.elapsed_ms for outcome in outcomes)
        summary = QCoreApplication.translate("LookupTab", "Result rows: {} ({} ms)").format(
            len(rows), f"{elapsed:.1f}"
        )
        if errors:
            self.status.setText(f"{summary}. {error_text(errors[0])}")
        else:
            self.status.setText(summary + ".")
        self.status.setProperty("failed", bool(errors))
        self.lookupFinished.emit()

    @Slot()
    def _on_timed_out(self) -> None:
        started = self._job.started if self._job is not None else True
        self._job = None
        self._set_running(False)
        error = timed_out(settings.lookup_deadline_ms() / 1000, started=started)
        self._finish_with_error(error, clear_code=False)

    def _finish_with_error(self, error: ExplainedError, *, clear_code: bool = True) -> None:
        self.last_outcomes = ()
        self.last_error = error
        self.model.set_rows([])
        if clear_code:
            self.code.clear()
        self.status.setText(error_text(error))
        self.status.setProperty("failed", True)
        self.lookupFinished.emit()


def error_row(outcome: Outcome[Any]) -> Row:
    """Return the row that shows a failed call in a Call | Field | Value table."""
    assert outcome.error is not None
    error = outcome.error
    return Row(
        (outcome.call.function, error.name, error_text(error)),
        tooltip=error_text(error),
        error=True,
    )
