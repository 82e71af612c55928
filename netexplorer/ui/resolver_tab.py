"""The view of this computer's resolver: what it works with, and where each value came from."""

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netexplorer.core import resolver_context
from netexplorer.core.errors import timed_out
from netexplorer.core.resolver_context import ContextRow
from netexplorer.core.results import InternalError
from netexplorer.ui import settings
from netexplorer.ui.models import ResultsTable, Row, RowsModel
from netexplorer.ui.stepping import STEP_TIMEOUT_MS, wait_for
from netexplorer.ui.text import core_text, error_text, internal_error_text
from netexplorer.ui.view import StepResult, ViewPage, ViewParts
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool


def row_cells(row: ContextRow) -> Row:
    """Return a context row as table text: what, value (or why it is missing), source."""
    what = core_text(row.what)
    if row.detail:
        what = what.format(row.detail)
    source = core_text(row.source)
    if row.line:
        source = QCoreApplication.translate("ResolverTab", "{} line {}").format(source, row.line)
    if row.error is not None:
        return Row((what, error_text(row.error), source), error=True)
    value = core_text(row.value) if row.translate_value else row.value
    return Row((what, value, source))


class ResolverTab(ViewPage):
    """Host name, interfaces, DNS servers, hosts file, lookup order and address selection.

    Everything is read on the worker pool when the view is made and on Refresh;
    a part that cannot be read says why and the others still show.

    Signals:
        refreshed(): the context was read again (or why it could not be is shown).
    """

    refreshed = Signal()

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._job: Job[tuple[ContextRow, ...]] | None = None
        self._started = 0.0
        self.context: tuple[ContextRow, ...] = ()
        self.model = RowsModel([self.tr("what"), self.tr("value"), self.tr("source")], self)
        self.table = ResultsTable()
        named(self.table, "contextTable", self.tr("This computer's resolver"))
        self.table.setModel(self.model)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        named(self.refresh_button, "refreshButton", self.tr("Read everything again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        named(self.status, "contextStatusLabel", self.tr("What was read"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(
            self.tr(
                "What the system resolver works with before any name is looked up. Each "
                "value says where it came from: a file and its line, the registry, or a call."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh()

    @property
    def running(self) -> bool:
        """Tell whether the context is being read."""
        return self._job is not None

    def run(self) -> None:
        """Enter reads everything again."""
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read every part again, off the GUI thread."""
        self.shutdown()
        self.status.setText(self.tr("Reading…"))
        self._started = time.perf_counter()
        self._job = self.pool.submit(resolver_context.read, settings.lookup_deadline_ms())
        self._job.then(self._show, self._failed, self._timed_out)

    def shutdown(self) -> None:
        """Stop waiting for the reading."""
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None

    @Slot(object)
    def _show(self, context: tuple[ContextRow, ...]) -> None:
        self._job = None
        self.context = context
        self.model.set_rows([row_cells(row) for row in context])
        self.table.resizeColumnsToContents()
        missing = sum(1 for row in context if row.error is not None)
        elapsed = f"{(time.perf_counter() - self._started) * 1000:.0f}"
        text = self.tr("Read %n value(s) in {} ms.", "", len(context)).format(elapsed)
        if missing:
            text += " " + self.tr("%n part(s) could not be read; the row says why.", "", missing)
        self.status.setText(text)
        self.refreshed.emit()

    @Slot(object)
    def _failed(self, error: InternalError) -> None:
        self._job = None
        self.status.setText(internal_error_text(error))
        self.refreshed.emit()

    @Slot(bool)
    def _timed_out(self, started: bool) -> None:
        self._job = None
        deadline = settings.lookup_deadline_ms() / 1000
        self.status.setText(error_text(timed_out(deadline, started=started)))
        self.refreshed.emit()


def self_test(page: ResolverTab) -> StepResult:
    """Read the context as Refresh does; every part must give a row."""
    start = time.perf_counter()
    page.refresh_button.click()
    finished = wait_for(page.refreshed, STEP_TIMEOUT_MS) if page.running else True
    elapsed = round((time.perf_counter() - start) * 1000, 2)
    rows = page.model.rowCount()
    whats = {row.what for row in page.context}
    ok = finished and rows > 0 and resolver_context.INTERFACE in whats
    return StepResult("resolver", ok, elapsed, rows, page.status.text())


VIEW = ViewParts(ResolverTab, self_test)
