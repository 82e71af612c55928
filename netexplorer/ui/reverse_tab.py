"""The Reverse tab: gethostbyaddr and getnameinfo for an IPv4 or IPv6 address."""

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from netexplorer.core import flags, lookups, parsing
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import HostEx, NameInfo, Outcome
from netexplorer.ui.host_tab import host_ex_rows
from netexplorer.ui.lookup_tab import LookupTab, named
from netexplorer.ui.models import Row
from netexplorer.ui.text import core_text
from netexplorer.ui.workers import ResolverPool


class ReverseTab(LookupTab):
    """Turns an address back into names with ``gethostbyaddr`` and ``getnameinfo``."""

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(pool, [self.tr("Call"), self.tr("Field"), self.tr("Value")], parent)
        self.address_input = QLineEdit()
        named(self.address_input, "addressInput", self.tr("IPv4 or IPv6 address"))
        self.address_input.setPlaceholderText(self.tr("e.g. 127.0.0.1, ::1 or fe80::1%eth0"))
        self.add_input(self.tr("&Address:"), self.address_input)
        self.port_input = QLineEdit()
        named(self.port_input, "portInput", self.tr("Port for getnameinfo"))
        self.port_input.setPlaceholderText(self.tr("optional, e.g. 80 (default 0)"))
        self.add_input(self.tr("&Port (getnameinfo):"), self.port_input)
        self.flag_boxes: dict[str, QCheckBox] = {}
        boxes = QHBoxLayout()
        for constant in flags.NI_FLAGS:
            box = QCheckBox(constant.name)
            named(box, constant.name)
            box.setToolTip(core_text(constant.explanation))
            boxes.addWidget(box)
            self.flag_boxes[constant.name] = box
        boxes.addStretch(1)
        self.form.addRow(self.tr("getnameinfo flags:"), boxes)

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan gethostbyaddr and getnameinfo for the address."""
        address = parsing.parse_address(self.address_input.text())
        port_text = self.port_input.text().strip()
        port = parsing.parse_port(port_text) if port_text else 0
        text = f"{address.text}%{address.scope}" if address.scope else address.text
        sockaddr: tuple[str, int] | tuple[str, int, int, int] = (
            (address.text, port)
            if address.version == 4
            else (address.text, port, 0, parsing.scope_id(address))
        )
        chosen = [name for name, box in self.flag_boxes.items() if box.isChecked()]
        return (
            lookups.gethostbyaddr(text),
            lookups.getnameinfo(sockaddr, flags.symbol(*chosen)),
        )

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """Rows for the name, aliases and addresses, or getnameinfo's host and service."""
        function = outcome.call.function
        if isinstance(outcome.value, HostEx):
            return host_ex_rows(function, outcome.value)
        assert isinstance(outcome.value, NameInfo)
        return [
            Row((function, self.tr("host"), outcome.value.host)),
            Row((function, self.tr("service"), outcome.value.service)),
        ]
