"""The comparison grid page of the getaddrinfo view and the controls that run it."""

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import codegen
from netexplorer.core.grid import Grid
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.variants import Mode, variants_for
from netexplorer.ui import settings
from netexplorer.ui.compare.model import CompareModel, column_note
from netexplorer.ui.compare.runner import CompareRun
from netexplorer.ui.compare.variant_list import VariantList
from netexplorer.ui.models import ResultsTable
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool


class ComparePanel(QWidget):
    """Runs the current query once per variant and shows where each answer put each tuple.

    ``compare_button`` and ``mode_combo`` are meant for the view's button row.

    Signals:
        started(): a comparison began.
        changed(): the grid on screen changed (a column filled in).
        finished(): every column answered, or the comparison was abandoned.
    """

    started = Signal()
    changed = Signal()
    finished = Signal()

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.run: CompareRun | None = None
        self._fitted = False  # whether the columns fit some tuples already
        self.compare_button = QPushButton(self.tr("Compare var&iants"))
        named(self.compare_button, "compareButton", self.tr("Compare variants"))
        self.compare_button.setToolTip(
            self.tr("Run the query once per variant and show the answers side by side.")
        )
        self.mode_combo = QComboBox()
        named(self.mode_combo, "compareModeCombo", self.tr("What to compare"))
        self.mode_combo.addItem(self.tr("each flag toggled"), Mode.FLAGS.value)
        self.mode_combo.addItem(self.tr("family × type"), Mode.FAMILY_TYPE.value)
        self.progress = QProgressBar()
        named(self.progress, "compareProgress", self.tr("Variants answered"))
        self.progress.setFormat(self.tr("%v of %m variants answered"))
        self.progress.setValue(0)
        self.abandon_button = QPushButton(self.tr("Abandon the comparison"))
        named(self.abandon_button, "abandonCompareButton", self.tr("Abandon the comparison"))
        self.abandon_button.setEnabled(False)
        self.abandon_button.clicked.connect(self.abandon)
        self.model = CompareModel(self)
        self.table = ResultsTable(copy_headers=True)
        named(self.table, "compareTable", self.tr("Comparison grid"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(ResultsTable.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.notes = QLabel(self.tr("Press Compare variants to fill the grid."))
        named(self.notes, "compareNotes", self.tr("Notes on the columns"))
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stale_label = QLabel()
        named(self.stale_label, "compareStaleLabel", self.tr("Whose query the grid answers"))
        self.stale_label.setWordWrap(True)
        self.stale_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stale_label.hide()
        self.variant_list = VariantList()
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.abandon_button)
        notes = QScrollArea()
        notes.setWidget(self.notes)
        notes.setWidgetResizable(True)
        notes.setFrameShape(QFrame.Shape.NoFrame)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.setChildrenCollapsible(False)
        below.addWidget(notes)
        variants = QScrollArea()  # scrolls on a small screen instead of growing the window
        variants.setWidget(self.variant_list)
        variants.setWidgetResizable(True)
        variants.setFrameShape(QFrame.Shape.NoFrame)
        below.addWidget(variants)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stale_label)
        layout.addWidget(splitter, 1)

    @property
    def mode(self) -> Mode:
        """Return what the comparison varies."""
        return Mode(self.mode_combo.currentData())

    @property
    def running(self) -> bool:
        """Tell whether some variant is still running."""
        return self.run is not None and self.run.running

    @property
    def grid(self) -> Grid | None:
        """Return the grid on screen (``None`` before the first comparison)."""
        return self.model.grid

    def code(self) -> str:
        """Return the loop that reproduces the grid on screen ('' before the first)."""
        grid = self.model.grid
        return codegen.grid_code(grid.query, grid.variants) if grid is not None else ""

    def follow_inputs(self, query: AddrinfoQuery | None) -> None:
        """Grey the grid and name its query when the inputs on screen ask something else.

        ``query`` is what the inputs ask now (None: they are not a valid query).
        """
        grid = self.model.grid
        stale = grid is not None and grid.query != query
        self.table.set_stale(stale)
        self.stale_label.setVisible(stale)
        if grid is not None and stale:
            call = codegen.expression(grid.query.lookup().call)
            self.stale_label.setText(
                self.tr(
                    "This grid answers {}; the inputs on screen ask something else. "
                    "Press Compare variants to run the grid for them."
                ).format(call)
            )

    def compare(self, query: AddrinfoQuery) -> None:
        """Run ``query`` once per variant of the current mode; a new comparison supersedes."""
        superseded, self.run = self.run, None
        if superseded is not None:  # its signals go nowhere any more
            superseded.changed.disconnect(self._show)
            superseded.finished.disconnect(self._finished)
            superseded.abandon()
            superseded.deleteLater()
        found, baseline = variants_for(self.mode, query, self.variant_list.entries)
        self.run = CompareRun(self.pool, Grid.start(query, found, baseline), self._deadline(), self)
        self.run.changed.connect(self._show)
        self.run.finished.connect(self._finished)
        self.progress.setRange(0, len(found))
        self._fitted = False
        self.abandon_button.setEnabled(True)
        self._show()
        self.started.emit()
        self.run.start()

    @staticmethod
    def _deadline() -> int:
        return settings.lookup_deadline_ms()

    @Slot()
    def abandon(self) -> None:
        """Stop waiting for the variants still running (their late answers are ignored)."""
        if self.run is not None:
            self.run.abandon()

    @Slot()
    def _show(self) -> None:
        if self.run is None:
            return
        grid = self.run.grid
        self.model.set_grid(grid)
        # Measuring every cell takes a while: fit the columns to the first tuples, then to all.
        if grid.complete or (grid.rows and not self._fitted):
            self._fitted = bool(grid.rows)
            self.table.resizeColumnsToContents()
        self.progress.setValue(grid.finished)
        notes = [
            f"{variant.header()} — {note}"
            for column, variant in enumerate(grid.variants)
            if (note := column_note(grid, column))
        ]
        self.notes.setText("\n".join(notes))
        self.changed.emit()

    @Slot()
    def _finished(self) -> None:
        self.abandon_button.setEnabled(False)
        if self.run is not None and not self.run.grid.complete:
            waiting = len(self.run.grid.variants) - self.run.grid.finished
            abandoned = self.tr("Abandoned: %n variant(s) never answered.", "", waiting)
            self.notes.setText("\n".join(filter(None, [self.notes.text(), abandoned])))
        self.finished.emit()

    @Slot()
    def _mode_changed(self) -> None:
        self.variant_list.setVisible(self.mode is Mode.FLAGS)
