"""What the server and client panes share: a log, a status line, name resolution and refreshes.

Name resolution before ``bind()`` / ``connect()`` runs on the shared
resolver pool; the socket calls themselves run on the GUI thread, in the
engine.  The engine calls :meth:`EndpointPane.engine_changed` on its first
change since the pane last looked, and the pane shows its state
:data:`REFRESH_MS` later, so a flood of traffic costs one refresh per period.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from netexplorer.core import codegen
from netexplorer.core.engine import Event, Transport
from netexplorer.core.errors import timed_out
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, ExplainedError, InternalError, Outcome
from netexplorer.ui import settings
from netexplorer.ui.client_server.event_log import EventFormatter, EventLog
from netexplorer.ui.client_server.history import is_milestone
from netexplorer.ui.text import error_text, internal_error_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool

#: How soon after the engine's first change a pane shows it (later changes join it).
REFRESH_MS = 50
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = "12345"

#: What a resolution before bind() or connect() ends with: the outcome, the
#: timeout's explanation, or a bug in netexplorer.
Resolution = Outcome[tuple[AddrInfo, ...]] | ExplainedError | InternalError
Resolved = Callable[[Resolution], None]
#: Records an engine event elsewhere (the tab's sequence diagram) and returns its serial number.
Recorder = Callable[[Event], int]


def line_edit(name: str, accessible: str, text: str = "") -> QLineEdit:
    """Return a line edit with its automation name."""
    edit = QLineEdit(text)
    named(edit, name, accessible)
    return edit


def value_label(name: str, accessible: str, *, wrap: bool = False) -> QLabel:
    """Return a selectable label that shows a value, "—" until there is one."""
    label = QLabel("—")
    named(label, name, accessible)
    label.setTextFormat(Qt.TextFormat.PlainText)  # shows typed input and network data
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if not wrap:  # an address or a tuple: ('127.0.0.1', 80) reads left to right in every language
        label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return label


def button(text: str, name: str, accessible: str) -> QPushButton:
    """Return a push button with its automation name."""
    push = QPushButton(text)
    named(push, name, accessible)
    return push


class EndpointPane(QGroupBox):
    """Base of the server and client panes: one socket endpoint, its log and its status.

    Subclasses create ``host_input``, ``port_input``, ``status_label`` and
    ``log``, and implement :meth:`show_state`.  This class's own texts name
    their context ("EndpointPane") explicitly: ``self.tr()`` would look them
    up under the subclass's name, where lupdate never puts them.

    Signals:
        resolved(): the pane's getaddrinfo finished (then it started, connected or failed).
        stateChanged(): the pane's labels and buttons were brought up to date.
        milestone(Event): the socket was bound, connected, closed or failed (for the history).
        failed(ExplainedError, str): starting or connecting failed before any socket call
            (bad input, getaddrinfo's error, a refused exposure), with the getaddrinfo
            call as Python writes it ('' if none was made), for the history.
    """

    resolved = Signal()
    stateChanged = Signal()
    milestone = Signal(object)
    failed = Signal(object, str)

    #: ``server`` or ``client``: which socket the pane drives.
    SIDE = ""

    host_input: QLineEdit
    port_input: QLineEdit
    status_label: QLabel
    log: EventLog

    def __init__(
        self, pool: ResolverPool, formatter: EventFormatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pool = pool
        self.formatter = formatter
        self.transport = Transport.TCP
        #: The name resolution under way, if any, and its call as Python writes it.
        self.job: Job[Outcome[tuple[AddrInfo, ...]]] | None = None
        self.resolving = ""
        self._internal_shown: InternalError | None = None
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.sync)
        #: Where the pane's engine events are recorded besides the log (set by the tab).
        self.recorder: Recorder = lambda event: 0

    def set_transport(self, transport: Transport) -> None:
        """Use ``transport`` for the next start or connect."""
        self.transport = transport

    def lock_endpoint(self, locked: bool) -> None:
        """Keep the host and port as they are while the socket uses them (read-only, selectable).

        What the socket was given and what the inputs (and the script beside) say
        then never differ; stopping or disconnecting makes them editable again.
        """
        for edit in (self.host_input, self.port_input):
            edit.setReadOnly(locked)

    def engine_event(self, event: Event) -> None:
        """Take one engine event (the engine's sink).

        It is recorded in the diagram, collected for the log with its serial
        number, and reported to the history when it is a milestone.
        """
        self.log.add(event, self.recorder(event))
        if is_milestone(self.SIDE, event):
            self.milestone.emit(event)

    def engine_changed(self) -> None:
        """Show the engine's new state soon (the engine calls this once per unseen change)."""
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    @Slot()
    def sync(self) -> None:
        """Bring labels and buttons in line with the engine's state now."""
        self.refresh_timer.stop()
        self.show_state()
        self.stateChanged.emit()

    def show_state(self) -> None:
        """Show the engine's state in the pane's labels and buttons."""

    def show_internal_error(self, error: InternalError | None) -> None:
        """Show, once, a bug the engine reported (it has closed its sockets); the log has its row."""
        if error is None or error is self._internal_shown:
            return
        self._internal_shown = error
        self.status_label.setText(internal_error_text(error))
        self.status_label.setProperty("failed", True)

    def fail(self, error: ExplainedError, call: str = "", code: str = "") -> None:
        """Log an error found by the pane itself, show it as the status and report it.

        ``call`` names the step in the log; ``code`` is the call made, as Python writes it.
        """
        self.log.add_rows([self.formatter.error_row(error, call)])
        self.status_label.setText(error_text(error))
        self.status_label.setProperty("failed", True)
        self.failed.emit(error, code)

    def resolve(self, lookup: Lookup[tuple[AddrInfo, ...]], done: Resolved) -> None:
        """Run ``lookup`` on the resolver pool; ``done`` gets how it ended."""
        on_worker = QCoreApplication.translate("EndpointPane", "on a worker thread")
        self.resolving = codegen.expression(lookup.call)
        self.log.add_rows([self.formatter.call_row(self.resolving, on_worker)])
        deadline_ms = settings.lookup_deadline_ms()
        self.job = self.pool.submit(lookup.run, deadline_ms).then(
            done, done, lambda started: done(timed_out(deadline_ms / 1000, started=started))
        )

    def take_outcome(self, outcome: Resolution) -> tuple[AddrInfo, ...] | None:
        """End the resolution: return the addresses found, or None after showing why not."""
        self.job = None
        if isinstance(outcome, ExplainedError):  # the deadline passed
            self.fail(outcome, "getaddrinfo", self.resolving)
            return None
        if isinstance(outcome, InternalError):
            self.log.add_rows([self.formatter.internal_error_row(outcome)])
            self.status_label.setText(internal_error_text(outcome))
            self.status_label.setProperty("failed", True)
            return None
        if outcome.error is not None:
            self.fail(outcome.error, "getaddrinfo", self.resolving)
            return None
        return tuple(outcome.value or ()) or None

    def abandon(self) -> None:
        """Stop waiting for the resolution under way."""
        if self.job is not None:
            self.pool.abandon(self.job)
            self.job = None

    def fill(self, entry: AddrInfo) -> None:
        """Put a getaddrinfo result's address and port into the pane's inputs."""
        address = str(entry.sockaddr[0])
        scope = entry.sockaddr[3] if len(entry.sockaddr) == 4 else 0
        self.host_input.setText(f"{address}%{scope}" if scope else address)
        self.port_input.setText(str(entry.sockaddr[1]))
