"""The getaddrinfo view: every argument and flag, every 5-tuple, each field explained."""

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import addresses, addrinfo_diagnosis, diff
from netexplorer.core.diagnosis import Diagnosis
from netexplorer.core.diff import Snapshot
from netexplorer.core.lookups import AddrinfoQuery, Lookup
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import AddrInfo, Outcome
from netexplorer.ui.addrinfo_args import AddrinfoArgs
from netexplorer.ui.addrinfo_model import ENTRY_ROLE, AddrinfoModel
from netexplorer.ui.compare.changes import ChangesLabel
from netexplorer.ui.compare.panel import ComparePanel
from netexplorer.ui.lookup_step import lookup_step
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.models import ResultsTable
from netexplorer.ui.requests import BindServer, ConnectClient, LookUpHost, RunAddrinfo
from netexplorer.ui.source_label import answers_from, attach
from netexplorer.ui.text import core_text
from netexplorer.ui.view import Request, StepResult, ViewParts
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool

RESULTS_WIDTH, PANEL_WIDTH = 640, 420
REMOVED_HEIGHT = 110


class AddrinfoTab(LookupTab):
    """Runs ``socket.getaddrinfo`` with any combination of arguments and flags.

    Each answer is compared with the previous one (or a pinned one): new rows
    are marked, vanished ones listed under the table, and ``changesLabel`` says
    what changed.  The comparison grid runs the query once per variant.
    "Bind server here" and "Connect client here" ask for the Client/Server view
    through ``navigate``; :class:`LookUpHost` and :class:`RunAddrinfo` requests
    fill the form and run.
    """

    FUNCTIONS = frozenset({"getaddrinfo"})

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        self.addrinfo_model = AddrinfoModel()
        super().__init__(pool, self.addrinfo_model, parent)
        self.addrinfo_model.setParent(self)
        self._previous: Snapshot | None = None
        self._pinned: Snapshot | None = None
        self.args = AddrinfoArgs()
        self.args.submitted.connect(self.run_lookup)
        self.host_input = self.args.host_input
        self.port_input = self.args.port_input
        self.form.addRow(self.args)
        for edit in (self.host_input, self.port_input):
            self.watch.add_text(edit)  # Enter comes through ``submitted``
        for combo in (self.args.family_combo, self.args.type_combo, self.args.proto_combo):
            self.watch_choice(combo)
        for box in self.args.flag_grid.boxes.values():
            self.watch_choice(box)

        self.passive_hint = QLabel(
            self.tr(
                "Host is None: without AI_PASSIVE the addresses are loopback ones, for "
                "connect(); with AI_PASSIVE they are wildcard ones (0.0.0.0, ::), for bind(). "
                "Compare the address kind column."
            )
        )
        named(self.passive_hint, "passiveHint", self.tr("About host None"))
        self.passive_hint.setWordWrap(True)
        self.form.addRow(self.passive_hint)
        self.host_input.textChanged.connect(
            lambda text: self.passive_hint.setVisible(not text.strip())
        )

        self.compare_panel = ComparePanel(pool)
        self.compare_panel.compare_button.clicked.connect(self.compare)
        self.compare_panel.changed.connect(self.refresh)
        self.buttons.row.insertWidget(2, self.compare_panel.compare_button)
        self.buttons.row.insertWidget(3, self.compare_panel.mode_combo)
        self.results_tabs = QTabWidget()
        named(self.results_tabs, "resultsTabs", self.tr("Answer and comparison grid"))
        self.results_tabs.addTab(self._build_answer_page(), self.tr("Answer"))
        self.results_tabs.addTab(self.compare_panel, self.tr("Comparison grid"))
        self.results_tabs.currentChanged.connect(self.refresh)
        self.results_area.insertWidget(0, self.results_tabs)
        self.table.selectionModel().selectionChanged.connect(self._explain_selection)
        self.table.selectionModel().selectionChanged.connect(self._update_shortcuts)
        self.model.modelReset.connect(self._update_shortcuts)
        self.model.modelReset.connect(lambda: self._show_notes(()))
        self._update_shortcuts()
        self.source_label = attach(self)

    def _build_answer_page(self) -> QSplitter:
        """Make the answer page: the table with what changed, and the selected tuple's panel."""
        self.changes_label = ChangesLabel()
        self.pin_check = QCheckBox(self.tr("Pin as &baseline"))
        named(self.pin_check, "pinBaselineCheck", self.tr("Pin the answer on screen as baseline"))
        self.pin_check.setToolTip(
            self.tr("Compare every next answer with the one on screen now, not the previous one.")
        )
        self.pin_check.toggled.connect(self._pin)
        self.removed_model = AddrinfoModel(self, removed=True)
        self.removed_view = ResultsTable()
        named(self.removed_view, "removedView", self.tr("Tuples no longer returned"))
        self.removed_view.setModel(self.removed_model)
        self.removed_view.setMaximumHeight(REMOVED_HEIGHT)
        self.removed_caption = QLabel(self.tr("No longer returned:"))
        self.removed_caption.setBuddy(self.removed_view)
        changes = QHBoxLayout()
        changes.addWidget(self.changes_label, 1)
        changes.addWidget(self.pin_check)
        answer = QWidget()
        layout = QVBoxLayout(answer)
        layout.addLayout(changes)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.removed_caption)
        layout.addWidget(self.removed_view)
        self._show_removed(())
        page = QSplitter(Qt.Orientation.Horizontal)
        page.setChildrenCollapsible(False)
        page.addWidget(answer)
        page.addWidget(self._build_panel())
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 2)
        page.setSizes([RESULTS_WIDTH, PANEL_WIDTH])
        return page

    def _build_panel(self) -> QGroupBox:
        """Make the side panel: the selected tuple's fields, the order note, the shortcuts."""
        self.fields_view = QTextBrowser()
        named(self.fields_view, "fieldsView", self.tr("The selected tuple's fields"))
        self.fields_view.setPlaceholderText(self.tr("Select a row to see what each field means."))
        self.order_note = QLabel(core_text(addresses.ORDER_NOTE))
        named(self.order_note, "orderNote", self.tr("Why this order"))
        self.order_note.setWordWrap(True)
        panel = QGroupBox(self.tr("The selected row, field by field"))
        named(panel, "explainPanel", self.tr("Explanation of the selected row"))
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.fields_view, 1)
        panel_layout.addWidget(self.order_note)
        self.bind_here_button = QPushButton(self.tr("Bind &server here"))
        named(self.bind_here_button, "bindServerHereButton", self.tr("Bind server here"))
        self.bind_here_button.setToolTip(
            self.tr("Start the Client/Server tab's server on this address and port.")
        )
        self.connect_here_button = QPushButton(self.tr("Con&nect client here"))
        named(self.connect_here_button, "connectClientHereButton", self.tr("Connect client here"))
        self.connect_here_button.setToolTip(
            self.tr("Connect the Client/Server tab's client to this address and port.")
        )
        self.bind_here_button.clicked.connect(lambda: self._send_entry(BindServer))
        self.connect_here_button.clicked.connect(lambda: self._send_entry(ConnectClient))
        shortcuts = QHBoxLayout()
        shortcuts.addWidget(self.bind_here_button)
        shortcuts.addWidget(self.connect_here_button)
        shortcuts.addStretch(1)
        panel_layout.addLayout(shortcuts)
        return panel

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan the getaddrinfo call from the arguments form."""
        return (self.args.query().lookup(),)

    def show_outcomes(self, outcomes: tuple[Outcome[Any], ...]) -> None:
        """Show the 5-tuples in getaddrinfo's order, marked against the previous answer.

        A failed call leaves the table empty; a lookup that made no call (bad input,
        timeout) changes nothing in the comparison.
        """
        self.source_label.trace(() if self.showing_stored else answers_from(outcomes))
        query = AddrinfoQuery.from_call(outcomes[0].call) if len(outcomes) == 1 else None
        if query is None:
            self.addrinfo_model.set_entries(())
            self._show_removed(())
            return
        outcome = outcomes[0]
        entries = tuple(outcome.value or ())
        error = outcome.error.name if outcome.error else ""
        snapshot = Snapshot(query, entries, error)
        reference = None if self.showing_stored else self._pinned or self._previous
        found = diff.compare(reference, snapshot) if reference is not None else None
        self.addrinfo_model.set_entries(entries, found.new if found else ())
        self._show_removed(found.removed if found else ())
        self.changes_label.show_changes(found, pinned=self._pinned is not None)
        self._previous = snapshot

    def _show_removed(self, removed: tuple[AddrInfo, ...]) -> None:
        self.removed_model.set_entries(removed)
        self.removed_view.setVisible(bool(removed))
        self.removed_caption.setVisible(bool(removed))
        if removed:
            self.removed_view.resizeColumnsToContents()

    @Slot(bool)
    def _pin(self, pinned: bool) -> None:
        self._pinned = self._previous if pinned else None

    def diagnose(self, outcome: Outcome[Any]) -> Diagnosis | None:
        """Try the neighbouring variants of the failed query."""
        query = AddrinfoQuery.from_call(outcome.call)
        if outcome.error is None or query is None:
            return None
        return addrinfo_diagnosis.for_addrinfo(query, outcome.error)

    @Slot()
    def compare(self) -> None:
        """Look the arguments in the form up, and run the comparison grid for them."""
        self.run_lookup()  # the answer page shows the baseline (or why the input is refused)
        try:
            query = self.args.query()
        except InvalidInput:
            return
        self.results_tabs.setCurrentWidget(self.compare_panel)
        self.compare_panel.compare(query)

    def refresh(self) -> None:
        """Show the code of what is on screen: the answer, or the comparison grid's loop.

        A comparison grid made for other inputs than those on screen is greyed.
        """
        super().refresh()
        try:
            asked: AddrinfoQuery | None = self.args.query()
        except InvalidInput:
            asked = None
        self.compare_panel.follow_inputs(asked)
        if self.results_tabs.currentWidget() is self.compare_panel:
            self.show_code(self.compare_panel.code())

    def handle(self, request: Request) -> None:
        """Fill in the form from a request and look it up."""
        if isinstance(request, LookUpHost):
            self.host_input.setText(request.host)
            self.run_lookup()
        elif isinstance(request, RunAddrinfo):
            with self.filling():
                self.args.fill(request.query)
            self.results_tabs.setCurrentIndex(0)
            self.run_example(request.example)

    def shutdown(self) -> None:
        """Stop waiting for the lookup, the diagnosis, the comparison and the sources."""
        super().shutdown()
        self.compare_panel.abandon()
        self.source_label.shutdown()

    @Slot(QItemSelection, QItemSelection)
    def _explain_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        entry = self.selected_entry()
        self._show_notes(addresses.explain_addrinfo(entry) if entry else ())

    def _show_notes(self, notes: tuple[addresses.FieldNote, ...]) -> None:
        """Show each field's name, value and meaning in the side panel."""
        parts = []
        for note in notes:
            meaning = core_text(note.meaning)
            if note.detail:
                meaning = meaning.format(note.detail)
            parts.append(
                f"<p><b>{escape(note.field)}</b> = <code>{escape(note.value)}</code><br>"
                f"{escape(meaning)}</p>"
            )
        self.fields_view.setHtml("".join(parts))

    @Slot()
    def _update_shortcuts(self) -> None:
        usable = self.selected_entry() is not None
        self.bind_here_button.setEnabled(usable)
        self.connect_here_button.setEnabled(usable)

    def _send_entry(self, request: type[BindServer] | type[ConnectClient]) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.navigate.emit(request(entry))

    def selected_entry(self) -> AddrInfo | None:
        """Return the 5-tuple of the selected row, if any (read from the model)."""
        rows = self.table.selectionModel().selectedRows()
        entry = rows[0].data(ENTRY_ROLE) if rows else None
        return entry if isinstance(entry, AddrInfo) else None


def self_test(page: AddrinfoTab) -> StepResult:
    """Look up ``localhost`` port 80 as a user would."""
    inputs = [(page.host_input, "localhost"), (page.port_input, "80")]
    return lookup_step("getaddrinfo", page, inputs)


VIEW = ViewParts(AddrinfoTab, self_test)
