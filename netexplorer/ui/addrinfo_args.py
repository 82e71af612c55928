"""The getaddrinfo arguments as a form: host, port, family, type, proto and flags."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from netexplorer.core import flags, parsing
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.ui.constant_widgets import FlagGrid, combo_symbol, constant_combo
from netexplorer.ui.widgets import named

FLAG_COLUMNS = 4


class AddrinfoArgs(QWidget):
    """Inputs for every argument of ``socket.getaddrinfo``, yielding a validated query.

    Signals:
        submitted(): Enter was pressed in the host or port input.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host_input = QLineEdit()
        named(self.host_input, "hostInput", self.tr("Host"))
        self.host_input.setPlaceholderText(self.tr("empty means None (this computer)"))
        self.port_input = QLineEdit()
        named(self.port_input, "portInput", self.tr("Port or service"))
        self.port_input.setPlaceholderText(self.tr("a number or a service name; empty means None"))
        for line in (self.host_input, self.port_input):
            line.returnPressed.connect(self.submitted)

        any_value = self.tr("0: any; let the system choose.")
        self.family_combo = constant_combo("familyCombo", self.tr("Address family"), flags.FAMILIES)
        self.type_combo = constant_combo(
            "typeCombo", self.tr("Socket type"), flags.SOCKET_TYPES, any_value
        )
        tcp_udp = tuple(c for c in flags.PROTOCOLS if c.name in ("IPPROTO_TCP", "IPPROTO_UDP"))
        self.proto_combo = constant_combo("protoCombo", self.tr("Protocol"), tcp_udp, any_value)
        combos = QHBoxLayout()
        for label, combo in (
            (self.tr("fa&mily"), self.family_combo),
            (self.tr("&type"), self.type_combo),
            (self.tr("&proto"), self.proto_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            combos.addWidget(caption)
            combos.addWidget(combo)
        combos.addStretch(1)
        self.flag_grid = FlagGrid(flags.AI_FLAGS, FLAG_COLUMNS)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Host:"), self.host_input)
        form.addRow(self.tr("P&ort:"), self.port_input)
        form.addRow(self.tr("Arguments:"), combos)
        form.addRow(self.tr("flags:"), self.flag_grid)

    def fill(self, query: AddrinfoQuery) -> None:
        """Set every input to ``query``'s arguments, matching combo items by value (0 is AF_UNSPEC)."""
        self.host_input.setText("" if query.host is None else query.host)
        self.port_input.setText("" if query.port is None else str(query.port))
        for combo, value in (
            (self.family_combo, query.family),
            (self.type_combo, query.type),
            (self.proto_combo, query.proto),
        ):
            index = combo.findData(value.value)
            if index >= 0:
                combo.setCurrentIndex(index)
        for name, box in self.flag_grid.boxes.items():
            box.setChecked(name in query.flags.names)

    def query(self) -> AddrinfoQuery:
        """Return the arguments as typed and chosen (raise InvalidInput to reject them)."""
        return AddrinfoQuery(
            host=parsing.parse_host(self.host_input.text(), allow_empty=True),
            port=parsing.parse_port_or_service(self.port_input.text(), allow_empty=True),
            family=combo_symbol(self.family_combo),
            type=combo_symbol(self.type_combo),
            proto=combo_symbol(self.proto_combo),
            flags=self.flag_grid.symbol(),
        )
