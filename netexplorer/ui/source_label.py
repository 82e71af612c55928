"""Where each answer came from: the line under a lookup view's status.

For every name a view looked up, :class:`SourceLabel` says whether the hosts
file answered (its path, line number and text) or DNS did (which server,
which record types), or that the name was numeric.  It finds out on the
worker pool, by reading the hosts file as the resolver does and asking DNS
(:func:`netexplorer.core.source_trace.trace_all`), and says so when the system
resolver returned addresses neither source gave.  The core modules behind it
(the hosts file, DNS, dnspython) are imported when the first answer is
traced, not before the window's first paint.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from netexplorer.core.results import AddrInfo, HostEx, InternalError, Outcome
from netexplorer.ui import settings
from netexplorer.ui.text import core_text, error_text, internal_error_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool

if TYPE_CHECKING:
    from netexplorer.core.dns_records import DnsAnswer
    from netexplorer.core.sources import SourceReport, SystemAnswer
    from netexplorer.ui.lookup_tab import LookupTab

#: The calls whose first argument is a name the system resolver looks up.
NAME_CALLS = ("gethostbyname", "gethostbyname_ex", "getaddrinfo")


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("SourceLabel", text, "", count)


def _addresses(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, HostEx):
        return value.addresses
    if isinstance(value, tuple):
        return tuple(str(e.sockaddr[0]) for e in value if isinstance(e, AddrInfo))
    return ()


def _trace_all(answers: "tuple[SystemAnswer, ...]") -> "tuple[SourceReport, ...]":
    """Trace the answers (on a worker); dnspython is imported there, not at start-up."""
    from netexplorer.core.source_trace import trace_all  # noqa: PLC0415

    return trace_all(answers)


def answers_from(outcomes: tuple[Outcome[Any], ...]) -> "tuple[SystemAnswer, ...]":
    """Return, per name looked up, what the system resolver returned for it."""
    from netexplorer.core.sources import SystemAnswer  # noqa: PLC0415

    answers = []
    for outcome in outcomes:
        call = outcome.call
        if call.function not in NAME_CALLS or not call.args or not isinstance(call.args[0], str):
            continue
        numeric_only = call.function == "getaddrinfo" and "AI_NUMERICHOST" in getattr(
            call.args[-1], "names", ()
        )
        answers.append(SystemAnswer(call.args[0], _addresses(outcome.value), numeric_only))
    return tuple(answers)


def _dns_text(answers: "tuple[DnsAnswer, ...]") -> str:
    from netexplorer.core.dns_records import RCODE_TEXT  # noqa: PLC0415

    servers = ", ".join(dict.fromkeys(str(answer.server) for answer in answers))
    found = [
        f"{answer.query.rdtype} ({len(answer.addresses())})"
        for answer in answers
        if answer.addresses()
    ]
    if found:
        asked = {answer.query.qname for answer in answers if answer.addresses()}
        text = _tr("DNS — server {} answered {}").format(servers, ", ".join(found))
        return text + " " + _tr("for {}").format(", ".join(sorted(asked)))
    rcode = answers[0].rcode if answers else ""
    meaning = core_text(RCODE_TEXT.get(rcode, ""))
    return _tr("DNS — server {} answered {} ({}), no A or AAAA records").format(
        servers, rcode, meaning
    )


def report_text(report: "SourceReport") -> str:
    """Return one sentence saying where the answer for one name came from."""
    if report.kind == "empty":
        text = _tr(
            "'' (an empty name): no name is looked up. Python's gethostbyname gives the "
            "wildcard address 0.0.0.0 (INADDR_ANY) for it; what the other calls do with an "
            "empty name is the C library's choice"
        )
    elif report.kind == "numeric":
        text = _tr("{}: numeric: no lookup").format(report.name)
    elif report.kind == "numeric-only":
        text = _tr("{}: AI_NUMERICHOST: no lookup, only a numeric address is accepted").format(
            report.name
        )
    elif report.kind == "hosts":
        lines = "; ".join(
            _tr("line {}: {}").format(line.line, line.text) for line in report.hosts_lines
        )
        text = _tr("{}: hosts file {} {}").format(report.name, report.hosts_path, lines)
    elif report.dns.error is not None:
        text = _tr("{}: not in the hosts file {}; DNS could not be asked: {}").format(
            report.name, report.hosts_path, error_text(report.dns.error)
        )
    else:
        text = f"{report.name}: {_dns_text(report.dns.answers)}"
    if report.unexplained:
        text += ". " + _tr(
            "But the system resolver also returned {}, which neither the hosts file nor DNS "
            "gave: another source of the lookup order (hosts: {}) answered, such as an NSS "
            "module like myhostname or mDNS"
        ).format(", ".join(report.unexplained), report.order)
    return text if text.endswith(".") else text + "."


class SourceLabel(QLabel):
    """Says where each answer of the last lookup came from (hosts file, DNS or numeric).

    Signals:
        traced(): the sources of the last lookup are shown (or why they could not be found).
    """

    traced = Signal()

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._job: Job[tuple[SourceReport, ...]] | None = None
        self.reports: tuple[SourceReport, ...] = ()
        named(self, "sourceLabel", _tr("Where the answer came from"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    @property
    def running(self) -> bool:
        """Tell whether the sources are being looked for."""
        return self._job is not None

    def trace(self, answers: "tuple[SystemAnswer, ...]") -> None:
        """Find, off the GUI thread, where each answer came from (supersedes a running trace)."""
        self.shutdown()
        self.reports = ()
        self.setVisible(bool(answers))  # no name looked up (a None host): nothing to say
        if not answers:
            self.clear()
            return
        self.setText(_tr("Finding where the answer came from…"))
        self._job = self.pool.submit(lambda: _trace_all(answers), settings.lookup_deadline_ms())
        self._job.then(self._show, self._failed, self._timed_out)

    def shutdown(self) -> None:
        """Stop waiting for a running trace."""
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None

    @Slot(object)
    def _show(self, reports: "tuple[SourceReport, ...]") -> None:
        self._job = None
        self.reports = reports
        self.setText(" ".join(report_text(report) for report in reports))
        self.traced.emit()

    @Slot(object)
    def _failed(self, error: InternalError) -> None:
        self._job = None
        self.setText(internal_error_text(error))
        self.traced.emit()

    @Slot(bool)
    def _timed_out(self, started: bool) -> None:
        from netexplorer.core.errors import timed_out  # noqa: PLC0415 - on the first timeout

        self._job = None
        deadline = settings.lookup_deadline_ms() / 1000
        self.setText(error_text(timed_out(deadline, started=started)))
        self.traced.emit()


def attach(tab: "LookupTab") -> SourceLabel:
    """Put a source label under a lookup view's status line and return it."""
    label = SourceLabel(tab.pool)
    tab.add_below_status(label)
    return label
