"""DNS beside getaddrinfo: the panel that runs the system resolver on the DNS view's name."""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from netexplorer.core import codegen, parsing
from netexplorer.core.dns_compare import Comparison, addrinfo_lookup, compare
from netexplorer.core.errors import timed_out
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import InternalError
from netexplorer.ui import settings
from netexplorer.ui.dns.model import comparison_model
from netexplorer.ui.models import ResultsTable
from netexplorer.ui.source_label import report_text
from netexplorer.ui.text import error_text, internal_error_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool


class ComparePanel(QGroupBox):
    """Runs ``socket.getaddrinfo(name, None)`` and shows, address by address, where each came from.

    Every address getaddrinfo returned is matched with the DNS record or
    hosts-file line it came from; DNS addresses getaddrinfo left out follow,
    with the reason (``AI_ADDRCONFIG``, or the hosts file answering first).
    """

    def __init__(self, pool: ResolverPool) -> None:
        super().__init__(self.tr("Beside getaddrinfo"))
        self.pool = pool
        self._job: Job[Comparison] | None = None
        self.comparison: Comparison | None = None
        self.compareButton = QPushButton(self.tr("Compare &with getaddrinfo"))
        named(self.compareButton, "compareAddrinfoButton", self.tr("Compare with getaddrinfo"))
        self.compareButton.setToolTip(
            self.tr("Run socket.getaddrinfo(name, None) and see which DNS record each address is.")
        )
        self.addrconfig_check = QCheckBox("AI_ADDRCONFIG")
        named(self.addrconfig_check, "addrconfigCheck", self.tr("with AI_ADDRCONFIG"))
        self.addrconfig_check.setToolTip(
            self.tr(
                "Pass flags=socket.AI_ADDRCONFIG: only families this computer has an address of."
            )
        )
        self.model = comparison_model(self)
        self.table = ResultsTable()
        named(self.table, "comparisonTable", self.tr("DNS beside getaddrinfo"))
        self.table.setModel(self.model)
        self.label = QLabel(self.tr("Which addresses does the system resolver return, and why?"))
        named(self.label, "comparisonLabel", self.tr("Comparison summary"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compareButton)
        buttons.addWidget(self.addrconfig_check)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)

    @property
    def running(self) -> bool:
        """Tell whether a comparison is in progress."""
        return self._job is not None

    def run(self, text: str) -> None:
        """Compare getaddrinfo with DNS for the name typed (a new run supersedes the old)."""
        self.shutdown()
        try:
            name = parsing.parse_host(text, allow_empty=False)
        except InvalidInput as invalid:
            self._finish(error_text(invalid.error))
            return
        assert name is not None
        addrconfig = self.addrconfig_check.isChecked()
        call = codegen.expression(addrinfo_lookup(name, addrconfig).call)
        self.label.setText(self.tr("Running {} and asking DNS…").format(call))
        self._job = self.pool.submit(
            lambda: compare(name, addrconfig), settings.lookup_deadline_ms()
        ).then(self._show, self._failed, self._timed_out)

    def shutdown(self) -> None:
        """Stop waiting for the running comparison."""
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None

    @Slot(object)
    def _show(self, comparison: Comparison) -> None:
        self._job = None
        self.comparison = comparison
        self.model.set_items(comparison.rows)
        self.table.resizeColumnsToContents()
        call = codegen.expression(addrinfo_lookup(comparison.name, comparison.addrconfig).call)
        if comparison.error is not None:
            result = error_text(comparison.error)
        else:
            result = self.tr("%n 5-tuple(s)", "", len(comparison.entries))
        self.label.setText(f"{call}: {result}. {report_text(comparison.report)}")

    @Slot(object)
    def _failed(self, error: InternalError) -> None:
        self._finish(internal_error_text(error))

    @Slot(bool)
    def _timed_out(self, started: bool) -> None:
        self._finish(error_text(timed_out(settings.lookup_deadline_ms() / 1000, started=started)))

    def _finish(self, text: str) -> None:
        self._job = None
        self.comparison = None
        self.model.set_items(())
        self.label.setText(text)
