"""The getaddrinfo tab: every argument and flag, every 5-tuple, each field explained."""

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import addresses, flags, lookups, parsing
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, Outcome, Symbol
from netexplorer.ui.lookup_tab import LookupTab, error_row, named
from netexplorer.ui.models import Row
from netexplorer.ui.text import core_text
from netexplorer.ui.workers import ResolverPool

FLAG_COLUMNS = 4
RESULTS_WIDTH, PANEL_WIDTH = 640, 420


def _combo(
    name: str, accessible: str, constants: tuple[flags.Constant, ...], zero_tip: str = ""
) -> QComboBox:
    """Make a combo whose item texts are constant names (and "0" first with ``zero_tip``)."""
    combo = QComboBox()
    named(combo, name, accessible)
    if zero_tip:
        combo.addItem("0", 0)
        combo.setItemData(0, zero_tip, Qt.ItemDataRole.ToolTipRole)
    for constant in constants:
        combo.addItem(constant.name, constant.value)
        combo.setItemData(
            combo.count() - 1, core_text(constant.explanation), Qt.ItemDataRole.ToolTipRole
        )
    return combo


class AddrinfoTab(LookupTab):
    """Runs ``socket.getaddrinfo`` with any combination of arguments and flags.

    Signals:
        bindServerHere(object): the selected 5-tuple (AddrInfo), to bind the server to.
        connectClientHere(object): the selected 5-tuple (AddrInfo), to connect the client to.
    """

    bindServerHere = Signal(object)
    connectClientHere = Signal(object)

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(
            pool,
            [self.tr("family"), self.tr("type"), self.tr("proto"), self.tr("canonname"),
             self.tr("sockaddr"), self.tr("address kind")],
            parent,
        )  # fmt: skip
        self.host_input = QLineEdit()
        named(self.host_input, "hostInput", self.tr("Host"))
        self.host_input.setPlaceholderText(self.tr("empty means None (this computer)"))
        self.add_input(self.tr("&Host:"), self.host_input)
        self.port_input = QLineEdit()
        named(self.port_input, "portInput", self.tr("Port or service"))
        self.port_input.setPlaceholderText(self.tr("a number or a service name; empty means None"))
        self.add_input(self.tr("&Port:"), self.port_input)

        any_value = self.tr("0: any; let the system choose.")
        self.family_combo = _combo("familyCombo", self.tr("Address family"), flags.FAMILIES)
        self.type_combo = _combo("typeCombo", self.tr("Socket type"), flags.SOCKET_TYPES, any_value)
        tcp_udp = tuple(c for c in flags.PROTOCOLS if c.name in ("IPPROTO_TCP", "IPPROTO_UDP"))
        self.proto_combo = _combo("protoCombo", self.tr("Protocol"), tcp_udp, any_value)
        combos = QHBoxLayout()
        for label, combo in (
            (self.tr("&family"), self.family_combo),
            (self.tr("&type"), self.type_combo),
            (self.tr("pr&oto"), self.proto_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            combos.addWidget(caption)
            combos.addWidget(combo)
        combos.addStretch(1)
        self.form.addRow(self.tr("Arguments:"), combos)

        self.flag_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for number, constant in enumerate(flags.AI_FLAGS):
            box = QCheckBox(constant.name)
            named(box, constant.name)
            box.setToolTip(core_text(constant.explanation))
            grid.addWidget(box, number // FLAG_COLUMNS, number % FLAG_COLUMNS)
            self.flag_boxes[constant.name] = box
        self.form.addRow(self.tr("flags:"), grid)

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

        self.fields_view = QTextBrowser()
        named(self.fields_view, "fieldsView", self.tr("The selected tuple's fields"))
        self.fields_view.setPlaceholderText(self.tr("Select a row to see what each field means."))
        self.field_notes: tuple[addresses.FieldNote, ...] = ()
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
        self.bind_here_button.clicked.connect(lambda: self._send_entry(self.bindServerHere))
        self.connect_here_button.clicked.connect(lambda: self._send_entry(self.connectClientHere))
        shortcuts = QHBoxLayout()
        shortcuts.addWidget(self.bind_here_button)
        shortcuts.addWidget(self.connect_here_button)
        shortcuts.addStretch(1)
        panel_layout.addLayout(shortcuts)
        self.results_area.addWidget(panel)
        self.results_area.setStretchFactor(0, 3)
        self.results_area.setStretchFactor(1, 2)
        self.results_area.setSizes([RESULTS_WIDTH, PANEL_WIDTH])
        self.table.selectionModel().selectionChanged.connect(self._explain_selection)
        self.entries: tuple[AddrInfo, ...] = ()
        self.table.selectionModel().selectionChanged.connect(self._update_shortcuts)
        self.model.modelReset.connect(self._update_shortcuts)
        self._update_shortcuts()

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan the getaddrinfo call from the inputs, combos and checkboxes."""
        host = parsing.parse_host(self.host_input.text(), allow_empty=True)
        port = parsing.parse_port_or_service(self.port_input.text(), allow_empty=True)
        chosen = [name for name, box in self.flag_boxes.items() if box.isChecked()]
        return (
            lookups.getaddrinfo(
                host,
                port,
                _symbol(self.family_combo),
                _symbol(self.type_combo),
                _symbol(self.proto_combo),
                flags.symbol(*chosen),
            ),
        )

    def rows_for(self, outcomes: tuple[Outcome[Any], ...]) -> list[Row]:
        """One row per 5-tuple, in the order getaddrinfo returned them."""
        self.entries = ()
        self._show_notes(())
        outcome = outcomes[0]
        if outcome.error is not None:
            return [error_row(outcome)]
        self.entries = tuple(outcome.value or ())
        return [
            Row(
                (
                    flags.family_name(entry.family),
                    flags.type_name(entry.type),
                    flags.proto_name(entry.proto),
                    repr(entry.canonname),
                    repr(entry.sockaddr),
                    core_text(addresses.address_kind(str(entry.sockaddr[0]))),
                )
            )
            for entry in self.entries
        ]

    @Slot(QItemSelection, QItemSelection)
    def _explain_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        entry = self.selected_entry()
        self._show_notes(addresses.explain_addrinfo(entry) if entry else ())

    def _show_notes(self, notes: tuple[addresses.FieldNote, ...]) -> None:
        """Show each field's name, value and meaning in the side panel."""
        self.field_notes = notes
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

    def _send_entry(self, signal: Any) -> None:
        entry = self.selected_entry()
        if entry is not None:
            signal.emit(entry)

    def selected_entry(self) -> AddrInfo | None:
        """Return the 5-tuple of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.entries):
            return self.entries[rows[0].row()]
        return None


def _symbol(combo: QComboBox) -> Symbol:
    """Return the combo's constant as an argument (``0`` stays a plain zero)."""
    name = combo.currentText()
    return flags.ZERO if name == "0" else flags.symbol(name)
