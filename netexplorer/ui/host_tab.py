"""The Host view: gethostbyname beside gethostbyname_ex, and this computer's name."""

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from netexplorer.core import lookups, parsing
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import HostEx, Outcome
from netexplorer.core.text import QT_TRANSLATE_NOOP
from netexplorer.ui.lookup_tab import RowsLookupTab, lookup_step
from netexplorer.ui.models import Row
from netexplorer.ui.requests import LookUpHost
from netexplorer.ui.rows import host_ex_rows
from netexplorer.ui.view import StepResult, ViewSpec
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool


class HostTab(RowsLookupTab):
    """Looks a host name up with ``gethostbyname`` and ``gethostbyname_ex`` together.

    "Open in getaddrinfo" asks for the getaddrinfo view through ``navigate``.
    """

    FUNCTIONS = frozenset({"gethostname", "gethostbyname", "gethostbyname_ex"})

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(pool, parent)
        self.host_input = QLineEdit()
        named(self.host_input, "hostInput", self.tr("Host name or address"))
        self.host_input.setPlaceholderText(self.tr("e.g. localhost, 127.0.0.1 or example.com"))
        self.this_host_button = QPushButton(self.tr("&This host"))
        named(self.this_host_button, "thisHostButton", self.tr("This host"))
        self.this_host_button.setToolTip(
            self.tr("Fill in socket.gethostname() — this computer's name — and look it up.")
        )
        self.this_host_button.clicked.connect(self.look_up_this_host)
        row = QHBoxLayout()
        row.addWidget(self.host_input, 1)
        row.addWidget(self.this_host_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_input(self.tr("&Host:"), holder)
        self.host_input.returnPressed.connect(self.run_lookup)

        ipv6 = self.tr("yes") if lookups.has_ipv6() else self.tr("no")
        self.ipv6_label = QLabel(
            self.tr(
                "socket.has_ipv6 = {}. gethostbyname and gethostbyname_ex return IPv4 "
                "addresses only; for IPv6 use getaddrinfo."
            ).format(ipv6)
        )
        named(self.ipv6_label, "hasIpv6Label", self.tr("IPv6 support"))
        self.ipv6_label.setWordWrap(True)
        to_addrinfo = QPushButton(self.tr("Open in &getaddrinfo"))
        named(to_addrinfo, "openInAddrinfoButton", self.tr("Open this host on the getaddrinfo tab"))
        to_addrinfo.clicked.connect(lambda: self.navigate.emit(LookUpHost(self.host_input.text())))
        note = QHBoxLayout()
        note.addWidget(self.ipv6_label, 1)
        note.addWidget(to_addrinfo)
        self.form.addRow(note)
        self._with_hostname = False

    @Slot()
    def look_up_this_host(self) -> None:
        """Fill in ``socket.gethostname()`` and look it up."""
        outcome = lookups.gethostname().run()  # a local system call, not a resolver query
        if outcome.value is not None:
            self.host_input.setText(outcome.value)
        self._with_hostname = True
        try:
            self.run_lookup()
        finally:
            self._with_hostname = False

    def action(self) -> str:
        """Name a lookup "This host" started ``thisHost``, so running it again asks gethostname()."""
        return "thisHost" if self._with_hostname else "lookup"

    def run_action(self, action: str) -> None:
        """Run a stored lookup again: ``thisHost`` presses This host."""
        if action == "thisHost":
            self.look_up_this_host()
        else:
            self.run_lookup()

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan gethostbyname and gethostbyname_ex for the host."""
        host = parsing.parse_host(self.host_input.text(), allow_empty=False)
        assert host is not None
        planned: tuple[Lookup[Any], ...] = (
            lookups.gethostbyname(host),
            lookups.gethostbyname_ex(host),
        )
        return (lookups.gethostname(), *planned) if self._with_hostname else planned

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """One row per returned value, so the two calls' answers sit side by side."""
        function = outcome.call.function
        if isinstance(outcome.value, HostEx):
            return host_ex_rows(function, outcome.value)
        field = self.tr("host name") if function == "gethostname" else self.tr("IPv4 address")
        return [Row((function, field, str(outcome.value)))]


def self_test(page: HostTab) -> StepResult:
    """Look up ``localhost`` as a user would."""
    return lookup_step("host", page, [(page.host_input, "localhost")])


VIEW = ViewSpec("hostTab", QT_TRANSLATE_NOOP("MainWindow", "&Host"), HostTab, self_test)
