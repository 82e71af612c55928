"""The Reverse view: gethostbyaddr and getnameinfo for an IPv4 or IPv6 address."""

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from netexplorer.core import flags, lookups, parsing
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import HostEx, NameInfo, Outcome
from netexplorer.ui.constant_widgets import FlagGrid
from netexplorer.ui.lookup_step import lookup_step
from netexplorer.ui.models import Row
from netexplorer.ui.requests import RunReverse
from netexplorer.ui.rows import RowsLookupTab, host_ex_rows
from netexplorer.ui.view import Request, StepResult, ViewParts
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool


class ReverseTab(RowsLookupTab):
    """Turns an address back into names with ``gethostbyaddr`` and ``getnameinfo``.

    A host name is taken as Python takes it: ``gethostbyaddr('localhost')``
    looks the name up first, and ``getnameinfo`` refuses it with its own error.
    """

    FUNCTIONS = frozenset({"gethostbyaddr", "getnameinfo"})

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(pool, parent)
        self.address_input = QLineEdit()
        named(self.address_input, "addressInput", self.tr("IPv4 or IPv6 address"))
        self.address_input.setPlaceholderText(self.tr("e.g. 127.0.0.1, ::1 or fe80::1%eth0"))
        self.add_input(self.tr("A&ddress:"), self.address_input)
        self.port_input = QLineEdit()
        named(self.port_input, "portInput", self.tr("Port for getnameinfo"))
        self.port_input.setPlaceholderText(self.tr("optional, e.g. 80 (default 0)"))
        self.add_input(self.tr("&Port (getnameinfo):"), self.port_input)
        self.flag_grid = FlagGrid(flags.NI_FLAGS, len(flags.NI_FLAGS))
        self.form.addRow(self.tr("getnameinfo flags:"), self.flag_grid)
        for box in self.flag_grid.boxes.values():
            self.watch_choice(box)

    def handle(self, request: Request) -> None:
        """Fill in the address of a :class:`RunReverse` request and look it up."""
        if isinstance(request, RunReverse):
            self.address_input.setText(request.address)
            self.port_input.clear()
            self.run_example(request.example)

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan gethostbyaddr and getnameinfo for the address (or host name)."""
        port_text = self.port_input.text().strip()
        port = parsing.parse_port(port_text, python_max=parsing.C_INT_MAX) if port_text else 0
        try:
            address = parsing.parse_address(self.address_input.text())
        except parsing.InvalidInput:
            text = self.address_input.text()
            if not text.strip() or ":" in text or "%" in text:  # an address, mistyped
                raise
            name = parsing.parse_host(text, allow_empty=False, refused_by="gethostbyaddr")
            assert name is not None
            return (
                lookups.gethostbyaddr(name),
                lookups.getnameinfo((name, port), self.flag_grid.symbol()),
            )
        text = f"{address.text}%{address.scope}" if address.scope else address.text
        sockaddr: tuple[str, int] | tuple[str, int, int, int] = (
            (address.text, port)
            if address.version == 4
            else (address.text, port, 0, parsing.scope_id(address))
        )
        return (
            lookups.gethostbyaddr(text),
            lookups.getnameinfo(sockaddr, self.flag_grid.symbol()),
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


def self_test(page: ReverseTab) -> StepResult:
    """Look up ``127.0.0.1`` as a user would."""
    return lookup_step("reverse", page, [(page.address_input, "127.0.0.1")])


VIEW = ViewParts(ReverseTab, self_test)
