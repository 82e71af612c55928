"""What the history dock shows: search, the table of every action, Run again, what was dropped.

The session's commands make it right after the window's first paint and put
it into the dock, which was in place for that paint.  Its texts are the
dock's (``HistoryDock`` context), as they always were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netexplorer.ui.history.columns import CALL, ENTRY_ROLE, OUTCOME, TIME, VIEW
from netexplorer.ui.models import ResultsTable
from netexplorer.ui.widgets import named

if TYPE_CHECKING:
    from netexplorer.core.session import HistoryEntry
    from netexplorer.ui.history.model import HistoryModel

SEARCH_MAX = 200


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("HistoryDock", text, "", count)


class HistoryPanel(QWidget):
    """Lists every action; choosing a row shows that answer again in its view.

    Signals:
        entryChosen(HistoryEntry): the user chose a row (by mouse or keyboard).
        runAgain(HistoryEntry): the user asked to run the chosen row's action again.
    """

    entryChosen = Signal(object)
    runAgain = Signal(object)

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit()
        named(self.search, "historySearch", _tr("Search the history"))
        self.search.setPlaceholderText(_tr("Search calls, views and outcomes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(self._show_summary)

        self.view = ResultsTable()
        named(self.view, "historyView", _tr("History of every action"))
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        for column, sample in ((TIME, "00:00:00"), (VIEW, "Protocol/Service")):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        # the call is what a student reads first: it takes the room, the outcome a fixed share
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CALL, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(OUTCOME, metrics.horizontalAdvance("x" * 45))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.clicked.connect(self._clicked)

        self.run_again_button = QPushButton(_tr("Run again"))
        named(self.run_again_button, "historyRunAgainButton", _tr("Run the chosen action again"))
        self.run_again_button.setToolTip(
            _tr("Run the chosen row's call again with its inputs; the view shows what changed.")
        )
        self.run_again_button.clicked.connect(self._run_again)
        self.summary = QLabel()
        named(self.summary, "historySummaryLabel", _tr("History summary"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.run_again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

        model.changed.connect(self._show_summary)
        model.rowsInserted.connect(self._follow_new_rows)
        self._show_summary()
        self._update_buttons()

    def chosen(self) -> HistoryEntry | None:
        """Return the entry of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows()
        # the model's ENTRY_ROLE holds each row's HistoryEntry
        return cast("HistoryEntry | None", rows[0].data(ENTRY_ROLE) if rows else None)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self._update_buttons()
        entry = self.chosen()
        # A mouse press is answered by _clicked, once the button is released.
        if entry is not None and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.entryChosen.emit(entry)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        entry = cast("HistoryEntry | None", index.data(ENTRY_ROLE))
        if entry is not None:
            self.entryChosen.emit(entry)

    @Slot()
    def _run_again(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.runAgain.emit(entry)

    def _update_buttons(self) -> None:
        self.run_again_button.setEnabled(self.chosen() is not None)

    @Slot()
    def _follow_new_rows(self) -> None:
        """Keep the newest row in sight while the user is at the end of the list."""
        bar = self.view.verticalScrollBar()
        if bar.value() >= bar.maximum() - 2:
            self.view.scrollToBottom()

    @Slot()
    def _show_summary(self) -> None:
        total = self.model.rowCount()
        parts = [_tr("%n action(s)", total)]
        if self.search.text():
            parts.append(_tr("%n match(es)", self.proxy.rowCount()))
        todo = self.model.todo_count()
        if todo:
            parts.append(_tr("%n step(s) to do", todo))
        if self.model.dropped:
            parts.append(
                _tr("%n older action(s) not kept (the history keeps {})", self.model.dropped)
                .format(self.model.limit)
            )  # fmt: skip
        self.summary.setText(" · ".join(parts))
