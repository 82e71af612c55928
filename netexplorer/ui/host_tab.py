"""The Host view: gethostbyname beside gethostbyname_ex, and this computer's name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from netexplorer.core import lookups
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import HostEx, Outcome
from netexplorer.ui.models import Row
from netexplorer.ui.rows import RowsLookupTab, host_ex_rows
from netexplorer.ui.source_label import answers_from, attach
from netexplorer.ui.view import Request, StepResult, ViewParts
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool

if TYPE_CHECKING:
    from netexplorer.core.diagnosis import Diagnosis
    from netexplorer.core.lecture import Example


class HostTab(RowsLookupTab):
    """Looks a host name up with ``gethostbyname`` and ``gethostbyname_ex`` together.

    An empty host is passed on as ``''``, as Python takes it (``gethostbyname('')``
    is ``'0.0.0.0'`` on Linux).  "Open in getaddrinfo" asks for the getaddrinfo
    view through ``navigate``; a :class:`RunHost` request fills the host and runs.
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
        self.watch_text(self.host_input)

        ipv6 = self.tr("yes") if lookups.has_ipv6() else self.tr("no")
        self.ipv6_label = QLabel(
            self.tr(
                "socket.has_ipv6 = {}. gethostbyname and gethostbyname_ex return IPv4 "
                "addresses only; for IPv6 use getaddrinfo."
            ).format(ipv6)
        )
        named(self.ipv6_label, "hasIpv6Label", self.tr("IPv6 support"))
        self.ipv6_label.setWordWrap(True)
        to_addrinfo = QPushButton(self.tr("&Open in getaddrinfo"))
        named(to_addrinfo, "openInAddrinfoButton", self.tr("Open this host on the getaddrinfo tab"))
        to_addrinfo.clicked.connect(self._open_in_addrinfo)
        note = QHBoxLayout()
        note.setContentsMargins(0, 0, 0, 0)
        note.addWidget(self.ipv6_label, 1)
        note.addWidget(to_addrinfo)
        note_row = QWidget()
        note_row.setLayout(note)
        self.form.addRow(note_row)
        self._with_hostname = False
        self.source_label = attach(self)

    @Slot()
    def _open_in_addrinfo(self) -> None:
        from netexplorer.ui.requests import LookUpHost  # noqa: PLC0415 - on the first click

        self.navigate.emit(LookUpHost(self.host_input.text()))

    @Slot()
    def look_up_this_host(self) -> None:
        """Fill in ``socket.gethostname()`` and look it up."""
        self._look_up_this_host(None)

    def _look_up_this_host(self, example: Example | None) -> None:
        outcome = lookups.gethostname().run()  # a local system call, not a resolver query
        if outcome.value is not None:
            self.host_input.setText(outcome.value)
        self._with_hostname = True
        try:
            self.run_example(example)
        finally:
            self._with_hostname = False

    def handle(self, request: Request) -> None:
        """Fill in the host of a :class:`RunHost` request (or this host's name) and look it up."""
        from netexplorer.ui.requests import RunHost  # noqa: PLC0415 - loaded by the request

        if not isinstance(request, RunHost):
            return
        if request.this_host:
            self._look_up_this_host(request.example)
            return
        self.host_input.setText(request.host)
        self.run_example(request.example)

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
        """Plan gethostbyname and gethostbyname_ex for the host (empty: ``''``, as Python takes it)."""
        from netexplorer.core import parsing  # noqa: PLC0415 - on the first lookup

        text = self.host_input.text()
        host = parsing.parse_host(text, allow_empty=True, refused_by="gethostbyname") or ""
        planned: tuple[Lookup[Any], ...] = (
            lookups.gethostbyname(host),
            lookups.gethostbyname_ex(host),
        )
        return (lookups.gethostname(), *planned) if self._with_hostname else planned

    def show_outcomes(self, outcomes: tuple[Outcome[Any], ...]) -> None:
        """Show the rows, then find where the answer came from (hosts file or DNS)."""
        super().show_outcomes(outcomes)
        self.source_label.trace(() if self.showing_stored else answers_from(outcomes))

    def shutdown(self) -> None:
        """Stop waiting for the lookup and for its sources."""
        super().shutdown()
        self.source_label.shutdown()

    def diagnose(self, outcome: Outcome[Any]) -> Diagnosis | None:
        """Try getaddrinfo for a host name gethostbyname could not find."""
        if outcome.error is None or outcome.call.function == "gethostname":
            return None
        from netexplorer.core import diagnosis  # noqa: PLC0415 - on the first error

        return diagnosis.for_host(str(outcome.call.args[0]), outcome.error)

    def value_rows(self, outcome: Outcome[Any]) -> list[Row]:
        """One row per returned value, so the two calls' answers sit side by side."""
        function = outcome.call.function
        if isinstance(outcome.value, HostEx):
            return host_ex_rows(function, outcome.value)
        field = self.tr("host name") if function == "gethostname" else self.tr("IPv4 address")
        return [Row((function, field, str(outcome.value)))]


def self_test(page: HostTab) -> StepResult:
    """Look up ``localhost`` as a user would."""
    from netexplorer.ui.lookup_step import lookup_step  # noqa: PLC0415 - the self-test's alone

    return lookup_step("host", page, [(page.host_input, "localhost")])


VIEW = ViewParts(HostTab, self_test)
