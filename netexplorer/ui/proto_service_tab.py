"""The Protocol/Service view: getprotobyname, getservbyname, getservbyport, and the databases."""

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import diagnosis, lookups, netdb, parsing
from netexplorer.core.diagnosis import Diagnosis
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import InternalError, Outcome
from netexplorer.ui.lookup_step import lookup_step
from netexplorer.ui.models import ResultsTable, Row, RowsModel
from netexplorer.ui.requests import RunProtoService
from netexplorer.ui.rows import RowsLookupTab
from netexplorer.ui.text import internal_error_text
from netexplorer.ui.view import Request, StepResult, ViewParts
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool

DB_WIDTH_SAMPLE_ROWS = 50
DB_DEADLINE_MS = 30_000
DB_SEARCH_MAX = 200


class ProtoServiceTab(RowsLookupTab):
    """Protocol numbers and service ports, plus every entry the system's databases hold."""

    FUNCTIONS = frozenset({"getprotobyname", "getservbyname", "getservbyport"})

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(pool, parent)
        self.protocol_input = QLineEdit()
        named(self.protocol_input, "protocolInput", self.tr("Protocol name"))
        self.protocol_input.setPlaceholderText(self.tr("for getprotobyname, e.g. tcp, UDP, icmp"))
        self.add_input(self.tr("&Protocol:"), self.protocol_input)
        self.service_input = QLineEdit()
        named(self.service_input, "serviceInput", self.tr("Service name or port"))
        self.service_input.setPlaceholderText(
            self.tr("a name for getservbyname (www), a number for getservbyport (80)")
        )
        self.add_input(self.tr("&Service or port:"), self.service_input)
        self.proto_combo = QComboBox()
        named(self.proto_combo, "serviceProtoCombo", self.tr("Protocol argument"))
        self.proto_combo.addItems(["any", "tcp", "udp"])
        self.proto_combo.setToolTip(self.tr("The optional second argument: 'any' leaves it out."))
        self.add_input(self.tr("Service p&rotocol:"), self.proto_combo)

        self.db_model = RowsModel(
            [self.tr("Database"), self.tr("Name"), self.tr("Number / port"), self.tr("Protocol"),
             self.tr("Aliases"), self.tr("Comment")],
            self,
        )  # fmt: skip
        self.db_filter = QSortFilterProxyModel(self)
        self.db_filter.setSourceModel(self.db_model)
        self.db_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.db_filter.setFilterKeyColumn(-1)
        self.db_search = QLineEdit()
        named(self.db_search, "databaseSearch", self.tr("Search the databases"))
        self.db_search.setPlaceholderText(self.tr("Search every service and protocol…"))
        self.db_search.setClearButtonEnabled(True)
        # Longer than any entry; Qt cannot build a filter from a pattern of tens of thousands.
        self.db_search.setMaxLength(DB_SEARCH_MAX)
        self.db_search.textChanged.connect(self.db_filter.setFilterFixedString)
        self.db_table = ResultsTable()
        named(self.db_table, "databaseTable", self.tr("Services and protocols databases"))
        self.db_table.setModel(self.db_filter)
        self.db_table.setSortingEnabled(True)
        self.db_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until clicked
        self.db_table.verticalHeader().hide()
        # Column widths from a sample of rows: measuring all of the entries through the
        # delegate took some 60 ms of the GUI thread while the window was first shown.
        self.db_table.horizontalHeader().setResizeContentsPrecision(DB_WIDTH_SAMPLE_ROWS)
        self.db_label = QLabel(self.tr("Reading the databases…"))
        named(self.db_label, "databaseLabel", self.tr("Database files"))
        self.db_label.setWordWrap(True)
        box = QGroupBox(self.tr("What this system knows"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.db_label)
        box_layout.addWidget(self.db_search)
        box_layout.addWidget(self.db_table)
        self.results_area.addWidget(box)
        self.results_area.setStretchFactor(0, 1)
        self.results_area.setStretchFactor(1, 1)
        self.databases: netdb.Databases | None = None
        self._db_job: Job[netdb.Databases] | None = self.pool.submit(
            netdb.load, DB_DEADLINE_MS
        ).then(self._show_databases, self._databases_failed, self._databases_timed_out)

    def plan(self) -> tuple[Lookup[Any], ...]:
        """Plan getprotobyname and/or getservbyname/getservbyport for what was typed."""
        planned: list[Lookup[Any]] = []
        if self.protocol_input.text().strip():
            name = parsing.parse_name(self.protocol_input.text(), "protocol name", "getprotobyname")
            planned.append(lookups.getprotobyname(name))
        service_text = self.service_input.text()
        if service_text.strip():
            proto_text = self.proto_combo.currentText()
            proto = None if proto_text == "any" else proto_text
            # getservbyport checks the range itself: every number goes to Python
            service = parsing.parse_port_or_service(service_text, allow_empty=False, wraps=False)
            if isinstance(service, int):
                planned.append(lookups.getservbyport(service, proto))
            elif isinstance(service, str):
                planned.append(lookups.getservbyname(service, proto))
        if not planned:
            raise parsing.protocol_or_service_required()
        return tuple(planned)

    def handle(self, request: Request) -> None:
        """Fill in the inputs of a :class:`RunProtoService` request and look them up."""
        if not isinstance(request, RunProtoService):
            return
        with self.filling():
            self.protocol_input.setText(request.protocol)
            self.service_input.setText(request.service)
            self.proto_combo.setCurrentIndex(max(0, self.proto_combo.findText(request.proto)))
        self.run_example(request.example)

    def diagnose(self, outcome: Outcome[Any]) -> Diagnosis | None:
        """Try the service for any protocol, or the name in lower case."""
        if outcome.error is None:
            return None
        name = outcome.call.args[0]
        proto = outcome.call.args[1] if len(outcome.call.args) > 1 else None
        if not isinstance(name, str | int):
            return None
        protocol = proto if isinstance(proto, str) else None
        return diagnosis.for_netdb(outcome.call.function, name, protocol, outcome.error)

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """One row per call: the number, port or name it returned."""
        labels = {
            "getprotobyname": self.tr("protocol number"),
            "getservbyname": self.tr("port"),
            "getservbyport": self.tr("service name"),
        }
        function = outcome.call.function
        return [Row((function, labels[function], str(outcome.value)))]

    def shutdown(self) -> None:
        """Stop waiting for the lookup and for the databases."""
        super().shutdown()
        if self._db_job is not None:
            self.pool.abandon(self._db_job)
            self._db_job = None

    @Slot(object)
    def _databases_failed(self, error: InternalError) -> None:
        self._db_job = None
        self.db_label.setText(internal_error_text(error))

    @Slot(bool)
    def _databases_timed_out(self, started: bool) -> None:
        del started  # either way the databases are not there to show
        self._db_job = None
        self.db_label.setText(self.tr("Reading the databases took too long."))

    @Slot(object)
    def _show_databases(self, databases: netdb.Databases) -> None:
        self._db_job = None
        self.databases = databases
        protocols = self.tr("protocols")
        services = self.tr("services")
        rows = [
            Row((protocols, p.name, str(p.number), "", " ".join(p.aliases), p.comment))
            for p in databases.protocols
        ]
        rows.extend(
            Row((services, s.name, str(s.port), s.protocol, " ".join(s.aliases), s.comment))
            for s in databases.services
        )
        self.db_model.set_rows(rows)
        self.db_table.resizeColumnsToContents()
        text = self.tr("{} services from {}; {} protocols from {}.").format(
            len(databases.services),
            databases.services_path,
            len(databases.protocols),
            databases.protocols_path,
        )
        if databases.missing:
            text += " " + self.tr("Not readable: {}.").format(", ".join(databases.missing))
        self.db_label.setText(text)


def self_test(page: ProtoServiceTab) -> StepResult:
    """Look up protocol ``tcp`` and port ``80`` as a user would."""
    inputs = [(page.protocol_input, "tcp"), (page.service_input, "80")]
    return lookup_step("protocol-service", page, inputs)


VIEW = ViewParts(ProtoServiceTab, self_test)
