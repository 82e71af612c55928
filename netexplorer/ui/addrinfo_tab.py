"""The getaddrinfo view: every argument and flag, every 5-tuple, each field explained."""

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import addresses
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, Outcome
from netexplorer.core.text import QT_TRANSLATE_NOOP
from netexplorer.ui.addrinfo_args import AddrinfoArgs
from netexplorer.ui.addrinfo_model import ENTRY_ROLE, AddrinfoModel
from netexplorer.ui.lookup_tab import LookupTab, lookup_step
from netexplorer.ui.requests import BindServer, ConnectClient, LookUpHost
from netexplorer.ui.text import core_text
from netexplorer.ui.view import Request, StepResult, ViewSpec
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool

RESULTS_WIDTH, PANEL_WIDTH = 640, 420


class AddrinfoTab(LookupTab):
    """Runs ``socket.getaddrinfo`` with any combination of arguments and flags.

    "Bind server here" and "Connect client here" ask for the Client/Server view
    through ``navigate``; a :class:`LookUpHost` request fills the host and runs.
    """

    FUNCTIONS = frozenset({"getaddrinfo"})

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        self.addrinfo_model = AddrinfoModel()
        super().__init__(pool, self.addrinfo_model, parent)
        self.addrinfo_model.setParent(self)
        self.args = AddrinfoArgs()
        self.args.submitted.connect(self.run_lookup)
        self.host_input = self.args.host_input
        self.port_input = self.args.port_input
        self.form.addRow(self.args)

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

        self.results_area.addWidget(self._build_panel())
        self.results_area.setStretchFactor(0, 3)
        self.results_area.setStretchFactor(1, 2)
        self.results_area.setSizes([RESULTS_WIDTH, PANEL_WIDTH])
        self.table.selectionModel().selectionChanged.connect(self._explain_selection)
        self.table.selectionModel().selectionChanged.connect(self._update_shortcuts)
        self.model.modelReset.connect(self._update_shortcuts)
        self.model.modelReset.connect(lambda: self._show_notes(()))
        self._update_shortcuts()

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
        self.bind_here_button = QPushButton(self.tr("&Bind server here"))
        named(self.bind_here_button, "bindServerHereButton", self.tr("Bind server here"))
        self.bind_here_button.setToolTip(
            self.tr("Start the Client/Server tab's server on this address and port.")
        )
        self.connect_here_button = QPushButton(self.tr("Connect &client here"))
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
        """Show the 5-tuples in getaddrinfo's order; a failed call leaves the table empty."""
        value = outcomes[0].value if outcomes else None
        self.addrinfo_model.set_entries(value or ())

    def handle(self, request: Request) -> None:
        """Fill in the host of a :class:`LookUpHost` request and look it up."""
        if isinstance(request, LookUpHost):
            self.host_input.setText(request.host)
            self.run_lookup()

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


VIEW = ViewSpec(
    "addrinfoTab", QT_TRANSLATE_NOOP("MainWindow", "&getaddrinfo"), AddrinfoTab, self_test
)
