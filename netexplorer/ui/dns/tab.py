"""The DNS records view: ask a DNS server with dnspython and see every section of its answer."""

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from netexplorer.core import dns_code, parsing
from netexplorer.core.dns_input import parse_query_name, parse_server
from netexplorer.core.dns_records import RCODE_TEXT, RECORD_TYPES, DnsAnswer, DnsQuery
from netexplorer.core.dns_wire import dns_lookup
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import Outcome
from netexplorer.ui import settings
from netexplorer.ui.dns.compare_panel import ComparePanel
from netexplorer.ui.dns.model import records_model
from netexplorer.ui.dns.selftest_step import self_test
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.text import core_text, error_line
from netexplorer.ui.view import ViewParts
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool

RESULTS_WIDTH, PANEL_WIDTH = 620, 460


class DnsTab(LookupTab):
    """Sends one DNS question with dnspython and shows the answer, authority and additional records.

    An address typed as the name is asked as its reverse name; "Compare with
    getaddrinfo" runs the system resolver on the same name beside DNS.
    """

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        self.records = records_model()
        super().__init__(pool, self.records, parent)
        self.records.setParent(self)
        self.query: DnsQuery | None = None
        self._planned: tuple[Lookup[Any], ...] = ()
        self.name_input = QLineEdit()
        named(self.name_input, "nameInput", self.tr("Name or address"))
        self.name_input.setPlaceholderText(
            self.tr("a name (example.com) or an address, asked as its reverse name")
        )
        self.name_input.textChanged.connect(self._reverse_for_addresses)
        self.add_input(self.tr("&Name:"), self.name_input)
        self.type_combo = QComboBox()
        named(self.type_combo, "recordTypeCombo", self.tr("Record type"))
        self.type_combo.addItems(list(RECORD_TYPES))
        self.add_input(self.tr("&Record type:"), self.type_combo)
        self.server_input = QLineEdit()
        named(self.server_input, "serverInput", self.tr("DNS server"))
        self.server_input.setPlaceholderText(
            self.tr("empty: this computer's DNS servers; or an address, optionally :port")
        )
        self.add_input(self.tr("&Server:"), self.server_input)
        self.form.addRow(self._build_options())

        self.compare = ComparePanel(pool)
        self.compare.compareButton.clicked.connect(lambda: self.compare.run(self.name_input.text()))
        self.results_area.addWidget(self.compare)
        self.results_area.setStretchFactor(0, 3)
        self.results_area.setStretchFactor(1, 2)
        self.results_area.setSizes([RESULTS_WIDTH, PANEL_WIDTH])

    def _build_options(self) -> QWidget:
        self.tcp_check = QCheckBox(self.tr("Ask &over TCP"))
        named(self.tcp_check, "tcpCheck", self.tr("Ask over TCP"))
        self.tcp_check.setToolTip(
            self.tr(
                "Without it the question goes over UDP, and over TCP if the answer is truncated."
            )
        )
        self.recursion_check = QCheckBox(self.tr("Recursion &desired (RD)"))
        named(self.recursion_check, "recursionCheck", self.tr("Recursion desired"))
        self.recursion_check.setChecked(True)
        self.recursion_check.setToolTip(
            self.tr("Ask the server to find the answer itself if it does not hold the zone.")
        )
        options = QWidget()
        row = QHBoxLayout(options)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tcp_check)
        row.addWidget(self.recursion_check)
        row.addStretch(1)
        return options

    @Slot(str)
    def _reverse_for_addresses(self, text: str) -> None:
        """Switch to PTR when an address is typed: it is asked as its reverse name."""
        if self.type_combo.currentText() in ("A", "AAAA") and parsing.is_numeric_address(text):
            self.type_combo.setCurrentText("PTR")

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan one DNS query from the form (the deadline bounds dnspython's timeout too)."""
        qname, reverse_of = parse_query_name(self.name_input.text())
        self.query = DnsQuery(
            qname,
            self.type_combo.currentText(),
            parse_server(self.server_input.text()),
            tcp=self.tcp_check.isChecked(),
            recursion=self.recursion_check.isChecked(),
            timeout=settings.lookup_deadline_ms() / 1000,
            reverse_of=reverse_of,
        )
        self._planned = (dns_lookup(self.query),)
        return self._planned

    def python_code(self, planned: tuple[Lookup[Any], ...]) -> str:
        """Return the dnspython code that asks the same question.

        Lookups this view did not plan itself get the generic code of their calls.
        """
        if self.query is None or planned is not self._planned:
            return super().python_code(planned)
        return dns_code.python_code(self.query)

    def show_outcomes(self, outcomes: tuple[Outcome[Any], ...]) -> None:
        """Show the answer's records in section order; an error leaves the table empty."""
        answer = self.answer(outcomes)
        self.records.set_items(answer.records if answer else ())

    @staticmethod
    def answer(outcomes: tuple[Outcome[Any], ...]) -> DnsAnswer | None:
        """Return the DNS answer among the outcomes, if the query got one."""
        value = outcomes[0].value if outcomes else None
        return value if isinstance(value, DnsAnswer) else None

    def summary(self, outcomes: tuple[Outcome[Any], ...]) -> str:
        """Return the rcode, the server, transport, flags and time, and the CNAME chain."""
        answer = self.answer(outcomes)
        if answer is None:
            error = outcomes[0].error if outcomes else None
            return error_line(error) if error else ""  # the error panel explains it
        if answer.nodata:
            rcode = self.tr("NOERROR, no records of this type")
        else:
            meaning = core_text(RCODE_TEXT.get(answer.rcode, ""))
            rcode = f"{answer.rcode} ({meaning})" if meaning else answer.rcode
        transport = answer.transport
        if answer.retried_over_tcp:
            transport = self.tr("TCP (the UDP answer was truncated, so it was asked again)")
        parts = [
            rcode,
            self.tr("server {}").format(answer.server),
            transport,
            self.tr("flags {}").format(" ".join(answer.flags) or "-"),
            self.tr("{} ms").format(f"{outcomes[0].elapsed_ms:.1f}"),
        ]
        text = " — ".join(parts[:2]) + ", " + ", ".join(parts[2:]) + "."
        if answer.unanswered:
            text += " " + self.tr("No answer from {}.").format(", ".join(answer.unanswered))
        chain = answer.chain()
        if len(chain) > 1:
            finals = ", ".join(address for address, _ in answer.addresses())
            steps = " → ".join((*chain, finals) if finals else chain)
            text += " " + self.tr("CNAME chain: {}").format(steps)
        return text

    def shutdown(self) -> None:
        """Stop waiting for the query and the comparison."""
        super().shutdown()
        self.compare.shutdown()


VIEW = ViewParts(DnsTab, self_test)
