"""The Client/Server tab: a live TCP or UDP server and client on Python's socket module.

The engine (:mod:`netexplorer.core.engine`) does the socket calls on the GUI
thread, woken by ``QSocketNotifier``; it never blocks.  Name resolution
before ``bind()`` / ``connect()`` runs on the shared resolver pool.  Events
are collected as they happen and shown in batches by a 50 ms timer, and the
logs and the connections table are bounded, so a flood of traffic can
neither freeze the window nor grow memory without bound.
"""

import collections
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import codegen, engine
from netexplorer.core.engine import (
    Client,
    ClientState,
    ConnectionInfo,
    Endpoint,
    Event,
    Kind,
    Server,
    Transport,
)
from netexplorer.core.errors import input_error, timed_out
from netexplorer.core.lookups import Lookup
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import AddrInfo, ExplainedError, InternalError, Outcome
from netexplorer.core.text import QT_TRANSLATE_NOOP
from netexplorer.ui import settings
from netexplorer.ui.models import ERROR_COLOR, ResultsTable, Row, RowsModel
from netexplorer.ui.requests import BindServer, ConnectClient, RunClientServerPair
from netexplorer.ui.socket_watcher import QtSocketWatcher
from netexplorer.ui.stepping import STEP_TIMEOUT_MS, wait_until
from netexplorer.ui.text import core_text, error_text, internal_error_text
from netexplorer.ui.view import Request, StepResult, ViewPage, ViewSpec
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool

#: What a resolution before bind() or connect() ends with: the outcome, the
#: timeout's explanation, or a bug in netexplorer.
Resolution = Outcome[tuple[AddrInfo, ...]] | ExplainedError | InternalError

#: Rows kept in each log; older ones are dropped.
LOG_LIMIT = 10_000
#: Rows kept in the connections table (closed connections go first).
CONNECTIONS_LIMIT = 1_000
#: How often collected events are shown.
FLUSH_MS = 50
#: The most events turned into rows per batch (the newest are kept), so that
#: showing a batch never holds the event loop for long.
ROWS_PER_FLUSH = 1_000
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = "12345"
DEFAULT_GREETING = "Server: Hello"

ModelIndex = QModelIndex | QPersistentModelIndex


def _addr(sockaddr: Sequence[Any] | None) -> str:
    """Write a socket address as Python prints it."""
    return repr(tuple(sockaddr)) if sockaddr is not None else ""


class ConnectionsModel(QAbstractTableModel):
    """One row per accepted connection (or UDP peer), updated in place by its number."""

    def __init__(self, parent: QObject | None = None, limit: int = CONNECTIONS_LIMIT) -> None:
        super().__init__(parent)
        self._rows: list[ConnectionInfo] = []
        self._index: dict[int, int] = {}
        self._limit = limit
        self._headers = (
            self.tr("#"),
            self.tr("state"),
            self.tr("getpeername()"),
            self.tr("getsockname()"),
            self.tr("received"),
            self.tr("sent"),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of rows (0 below the root)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def _cell(self, info: ConnectionInfo, column: int) -> str:
        if info.transport is Transport.UDP:  # UDP has no connection: a peer is only "seen"
            state = self.tr("seen") if info.open else self.tr("forgotten")
        else:
            state = self.tr("open") if info.open else self.tr("closed")
        values = (
            str(info.conn),
            state,
            _addr(info.peer),
            _addr(info.local),
            str(info.received),
            str(info.sent),
        )
        return values[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a cell's text; closed connections are greyed out."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(info, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in (4, 5):
                return self.tr("%n byte(s)", "", int(self._cell(info, index.column())))
            return self._cell(info, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not info.open:
            return QBrush(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 4, 5):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return the column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def update(self, infos: Sequence[ConnectionInfo]) -> None:
        """Add new connections and refresh known ones."""
        for info in infos:
            row = self._index.get(info.conn)
            if row is not None:
                self._rows[row] = info
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
                continue
            self._make_room()
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first)
            self._rows.append(info)
            self._index[info.conn] = first
            self.endInsertRows()

    def _make_room(self) -> None:
        if len(self._rows) < self._limit:
            return
        victim = next((n for n, info in enumerate(self._rows) if not info.open), 0)
        self.beginRemoveRows(QModelIndex(), victim, victim)
        del self._rows[victim]
        self.endRemoveRows()
        self._index = {info.conn: n for n, info in enumerate(self._rows)}

    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self._rows.clear()
        self._index.clear()
        self.endResetModel()

    def info(self, row: int) -> ConnectionInfo | None:
        """Return the connection shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def infos(self) -> tuple[ConnectionInfo, ...]:
        """Return every row (plain data)."""
        return tuple(self._rows)


class EventLog(QObject):
    """Collects engine events and shows them in a bounded log, in batches.

    Signals:
        flushed(): a batch was shown (the tab then refreshes its labels).
    """

    flushed = Signal()

    def __init__(self, model: RowsModel, view: ResultsTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view
        self.pending: collections.deque[Event] = collections.deque(maxlen=ROWS_PER_FLUSH)
        self.dropped = 0
        self.dropped_total = 0
        self.events = 0
        #: The first error since :meth:`mark` (what a status line should show).
        self.first_error: ExplainedError | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FLUSH_MS)
        self.timer.timeout.connect(self.flush)
        self.formatter: EventFormatter | None = None

    def add(self, event: Event) -> None:
        """Collect one event (called by the engine, possibly thousands of times a second)."""
        if event.error is not None and self.first_error is None:
            self.first_error = event.error
        if len(self.pending) == ROWS_PER_FLUSH:
            self.dropped += 1
            self.dropped_total += 1
        self.pending.append(event)
        self.events += 1
        if not self.timer.isActive():
            self.timer.start()

    def mark(self) -> None:
        """Start looking for a new first error."""
        self.first_error = None

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Show rows made by the tab itself (input errors, getaddrinfo calls)."""
        self._append(list(rows))

    @Slot()
    def flush(self) -> None:
        """Show every collected event now."""
        assert self.formatter is not None
        rows: list[Row] = []
        events = list(self.pending)
        self.pending.clear()
        if self.dropped:  # the notice takes the place of one more event, keeping the bound
            rows.append(self.formatter.dropped_row(self.dropped + 1))
            events = events[1:]
            self.dropped = 0
            self.dropped_total += 1
        rows.extend(self.formatter.row(event) for event in events)
        self._append(rows)
        self.flushed.emit()

    def _append(self, rows: list[Row]) -> None:
        if not rows:
            return
        bar = self.view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.model.append_rows(rows)
        if at_end:
            self.view.scrollToBottom()

    def stop(self) -> None:
        """Stop the batch timer (pending events are discarded)."""
        self.timer.stop()
        self.pending.clear()


class EventFormatter(QObject):
    """Turns engine events into log rows, in the user's language."""

    def kind_name(self, kind: Kind) -> str:
        """Return the translated name of an event kind."""
        names = {
            Kind.BOUND: self.tr("bound"),
            Kind.ATTEMPT: self.tr("attempt"),
            Kind.CONNECTED: self.tr("connected"),
            Kind.ACCEPTED: self.tr("accepted"),
            Kind.REJECTED: self.tr("rejected"),
            Kind.RECEIVED: self.tr("received"),
            Kind.SENT: self.tr("sent"),
            Kind.CLOSED: self.tr("closed"),
            Kind.STOPPED: self.tr("stopped"),
            Kind.ERROR: self.tr("error"),
            Kind.INFO: self.tr("info"),
        }
        return names[kind]

    def payload(self, payload: engine.Payload) -> str:
        """Return data as shown in the log, with its size."""
        size = self.tr("%n byte(s)", "", payload.size)
        if payload.truncated:
            return self.tr("{}… ({}, the first {} shown)").format(
                payload.shown, size, engine.SHOW_LIMIT
            )
        return f"{payload.shown} ({size})"

    def details(self, event: Event) -> str:
        """Return the last column of an event's row."""
        parts: list[str] = []
        if event.kind in (Kind.BOUND, Kind.CONNECTED, Kind.ACCEPTED) or (
            event.kind is Kind.INFO and event.local is not None
        ):
            if event.peer is not None and event.kind is not Kind.INFO:
                parts.append(self.tr("getpeername() = {}").format(_addr(event.peer)))
            if event.local is not None:
                parts.append(self.tr("getsockname() = {}").format(_addr(event.local)))
        elif event.payload is not None and event.call.startswith("recvfrom"):
            parts.append(
                self.tr("{} from {}").format(self.payload(event.payload), _addr(event.peer))
            )
        elif event.payload is not None and event.call.startswith("sendto"):
            parts.append(self.tr("{} to {}").format(self.payload(event.payload), _addr(event.peer)))
        elif event.payload is not None:  # recv() and send() on a connection name no address
            parts.append(self.payload(event.payload))
        elif event.kind in (Kind.REJECTED, Kind.CLOSED) and event.peer is not None:
            parts.append(_addr(event.peer))
        if event.coordinates is not None and event.kind is Kind.BOUND:
            parts.append(coordinates_text(event.coordinates))
        if event.note:
            note = core_text(event.note)
            parts.append(note.format(*event.args) if event.args else note)
        if event.error is not None:
            parts.append(error_text(event.error))
        return " — ".join(parts)

    def row(self, event: Event) -> Row:
        """Return the log row of one event."""
        stamp = _stamp(event.time)
        details = self.details(event)
        return Row(
            (
                stamp,
                self.kind_name(event.kind),
                str(event.conn) if event.conn else "",
                event.call,
                details,
            ),
            tooltip=f"{event.call}\n{details}" if event.call else details,
            error=event.kind is Kind.ERROR,
        )

    def dropped_row(self, count: int) -> Row:
        """Return the row that says events were too many to show."""
        text = self.tr(
            "%n event(s) not shown: more arrived within {} ms than the log keeps", "", count
        ).format(FLUSH_MS)
        return Row((_now(), self.tr("info"), "", "", text), tooltip=text)

    def error_row(self, error: ExplainedError, call: str = "") -> Row:
        """Return the row of an error found by the tab itself."""
        text = error_text(error)
        return Row((_now(), self.tr("error"), "", call, text), tooltip=text, error=True)

    def internal_error_row(self, error: InternalError) -> Row:
        """Return the log row of a bug in netexplorer; its tooltip holds the traceback."""
        text = internal_error_text(error)
        return Row((_now(), self.tr("error"), "", "", text), tooltip=error.details, error=True)

    def call_row(self, call: str, note: str) -> Row:
        """Return the row of a call the tab makes (getaddrinfo)."""
        return Row((_now(), self.tr("resolve"), "", call, note), tooltip=note)


def _stamp(moment: float) -> str:
    """Return a wall-clock time with milliseconds."""
    return time.strftime("%H:%M:%S", time.localtime(moment)) + f".{int(moment * 1000) % 1000:03d}"


def _now() -> str:
    return _stamp(time.time())


def coordinates_text(c: engine.Coordinates) -> str:
    """Return the five socket coordinates on one line."""
    template = QCoreApplication.translate(
        "ClientServerTab", "family {} · type {} · proto {}\naddress {} · port {}"
    )
    return template.format(c.family, c.type, c.proto, repr(c.address), c.port)


def _log_view(name: str, accessible: str, model: RowsModel) -> ResultsTable:
    view = ResultsTable()
    named(view, name, accessible)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    metrics = view.fontMetrics()
    for column, sample in enumerate(("00:00:00.000", "connected", "000", "recvfrom(65536)")):
        view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    return view


class ClientServerTab(ViewPage):
    """A server pane and a client pane sharing one transport choice.

    Signals:
        serverResolved(): the server's getaddrinfo finished (then it started or failed).
        clientResolved(): the client's getaddrinfo finished (then it connects or failed).
    """

    serverResolved = Signal()
    clientResolved = Signal()

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.watcher = QtSocketWatcher(self)
        self.formatter = EventFormatter(self)
        self._server_job: Job[Outcome[tuple[AddrInfo, ...]]] | None = None
        self._client_job: Job[Outcome[tuple[AddrInfo, ...]]] | None = None
        self._client_busy = False

        self.transport_combo = QComboBox()
        named(self.transport_combo, "transportCombo", self.tr("Transport"))
        self.transport_combo.addItem("TCP", Transport.TCP.value)
        self.transport_combo.addItem("UDP", Transport.UDP.value)
        self.transport_combo.setItemData(
            0, self.tr("SOCK_STREAM: a connection, a byte stream"), Qt.ItemDataRole.ToolTipRole
        )
        self.transport_combo.setItemData(
            1, self.tr("SOCK_DGRAM: separate datagrams, no connection"), Qt.ItemDataRole.ToolTipRole
        )
        top = QHBoxLayout()
        transport_label = QLabel(self.tr("&Transport:"))
        transport_label.setBuddy(self.transport_combo)
        top.addWidget(transport_label)
        top.addWidget(self.transport_combo)
        self.transport_hint = QLabel()
        self.transport_hint.setWordWrap(True)
        top.addWidget(self.transport_hint, 1)
        self.transport_combo.currentIndexChanged.connect(self._transport_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_server())
        splitter.addWidget(self._build_client())
        splitter.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.server = Server(self.watcher, self.server_log.add, self._server_options())
        self.client = Client(self.watcher, self.client_log.add)
        self._transport_changed()
        self._sync()

    # Building -------------------------------------------------------------------

    def _line(self, name: str, accessible: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        named(edit, name, accessible)
        return edit

    def _value_label(self, name: str, accessible: str, *, wrap: bool = False) -> QLabel:
        label = QLabel("—")
        named(label, name, accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(wrap)
        return label

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        named(button, name, accessible)
        return button

    def _build_server(self) -> QGroupBox:
        box = QGroupBox(self.tr("Server"))
        named(box, "serverPane", self.tr("Server"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.server_host = self._line("serverHostInput", self.tr("Server host"), DEFAULT_HOST)
        self.server_host.setPlaceholderText(self.tr("empty: every interface (None)"))
        self.server_port = self._line("serverPortInput", self.tr("Server port"), DEFAULT_PORT)
        self.server_port.setPlaceholderText(self.tr("number or service name; 0: any free port"))
        self.server_port.setToolTip(
            self.tr("A number (12345), a service name (smtp) or 0 to let the system choose.")
        )
        form.addRow(self.tr("&Bind host:"), self.server_host)
        form.addRow(self.tr("Port:"), self.server_port)
        self.all_interfaces = QCheckBox(self.tr("Allow binding to every interface"))
        named(self.all_interfaces, "serverAllInterfacesCheck", self.tr("Allow every interface"))
        self.all_interfaces.setToolTip(
            self.tr(
                "Needed for an empty host, 0.0.0.0 or ::, which accept connections from other computers."
            )
        )
        form.addRow(self.all_interfaces)
        self.exposure_warning = QLabel(
            self.tr(
                "⚠ Every interface: other computers on the lab network can connect to this "
                "server while it runs."
            )
        )
        named(self.exposure_warning, "serverExposureWarning", self.tr("Warning"))
        self.exposure_warning.setWordWrap(True)
        self.exposure_warning.setStyleSheet(f"color: {ERROR_COLOR.name()}; font-weight: bold;")
        form.addRow(self.exposure_warning)

        self.server_start = self._button(
            self.tr("&Start"), "serverStartButton", self.tr("Start server")
        )
        self.server_stop = self._button(
            self.tr("St&op"), "serverStopButton", self.tr("Stop server")
        )
        self.server_start.clicked.connect(self.start_server)
        self.server_stop.clicked.connect(self.stop_server)
        self.server_host.returnPressed.connect(self.start_server)
        self.server_port.returnPressed.connect(self.start_server)
        buttons = QHBoxLayout()
        buttons.addWidget(self.server_start)
        buttons.addWidget(self.server_stop)
        buttons.addStretch(1)
        form.addRow(buttons)

        self.server_address = self._value_label("serverAddressLabel", self.tr("Listening address"))
        self.server_coordinates = self._value_label(
            "serverCoordinatesLabel", self.tr("The five socket coordinates")
        )
        form.addRow(self.tr("getsockname():"), self.server_address)
        form.addRow(self.tr("Coordinates:"), self.server_coordinates)

        self.greeting_check = QCheckBox(self.tr("Greet on accept:"))
        named(self.greeting_check, "serverGreetingCheck", self.tr("Send a greeting"))
        self.greeting_check.setChecked(True)
        self.greeting_input = self._line(
            "serverGreetingInput", self.tr("Greeting"), DEFAULT_GREETING
        )
        self.echo_check = QCheckBox(self.tr("&Echo what clients send"))
        named(self.echo_check, "serverEchoCheck", self.tr("Echo"))
        greet = QHBoxLayout()
        greet.addWidget(self.greeting_check)
        greet.addWidget(self.greeting_input, 1)
        greet.addWidget(self.echo_check)
        form.addRow(greet)
        for signal in (
            self.greeting_check.toggled,
            self.greeting_input.textChanged,
            self.echo_check.toggled,
        ):
            signal.connect(self._options_changed)

        self.connections_model = ConnectionsModel(self)
        self.connections = ResultsTable()
        named(self.connections, "connectionsTable", self.tr("Connections"))
        self.connections.setModel(self.connections_model)
        self.connections.verticalHeader().hide()
        metrics = self.connections.fontMetrics()
        for column, sample in enumerate(
            ("0000", "forgotten", "('127.0.0.1', 65535)", "('127.0.0.1', 65535)",
             "received", "00000000")
        ):  # fmt: skip
            self.connections.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
        self.connections.selectionModel().selectionChanged.connect(lambda *_: self._sync())

        self.reply_input = self._line("serverReplyInput", self.tr("Reply"))
        self.reply_input.setPlaceholderText(self.tr("a reply to the selected connection"))
        self.reply_button = self._button(
            self.tr("Send &reply"), "serverReplyButton", self.tr("Send reply")
        )
        self.close_connection_button = self._button(
            self.tr("C&lose connection"), "serverCloseConnectionButton", self.tr("Close connection")
        )
        self.reply_button.clicked.connect(self.send_reply)
        self.reply_input.returnPressed.connect(self.send_reply)
        self.close_connection_button.clicked.connect(self.close_selected)
        reply = QHBoxLayout()
        reply.addWidget(self.reply_input, 1)
        reply.addWidget(self.reply_button)
        reply.addWidget(self.close_connection_button)

        self.server_log_model = RowsModel(self._log_headers(), self, limit=LOG_LIMIT)
        self.server_log_view = _log_view("serverLog", self.tr("Server log"), self.server_log_model)
        self.server_log = EventLog(self.server_log_model, self.server_log_view, self)
        self.server_log.formatter = self.formatter
        self.server_log.flushed.connect(self._sync)

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.connections, 1)
        table_layout.addLayout(reply)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        parts.addWidget(table_box)
        parts.addWidget(self.server_log_view)
        parts.setStretchFactor(0, 2)
        parts.setStretchFactor(1, 3)

        self.server_status = self._value_label(
            "serverStatusLabel", self.tr("Server status"), wrap=True
        )
        self.server_status.setText(self.tr("Stopped."))
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(parts, 1)
        layout.addWidget(self.server_status)
        self.server_host.textChanged.connect(self._update_warning)
        self.all_interfaces.toggled.connect(self._update_warning)
        self._update_warning()
        return box

    def _build_client(self) -> QGroupBox:
        box = QGroupBox(self.tr("Client"))
        named(box, "clientPane", self.tr("Client"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.client_host = self._line("clientHostInput", self.tr("Client host"), DEFAULT_HOST)
        self.client_host.setPlaceholderText(self.tr("host name or address"))
        self.client_port = self._line("clientPortInput", self.tr("Client port"), DEFAULT_PORT)
        self.client_port.setPlaceholderText(self.tr("number or service name"))
        form.addRow(self.tr("Server host:"), self.client_host)
        form.addRow(self.tr("Server port:"), self.client_port)
        self.udp_connect = QCheckBox(self.tr("UDP: call connect() first"))
        named(self.udp_connect, "clientUdpConnectCheck", self.tr("UDP connect first"))
        self.udp_connect.setToolTip(
            self.tr(
                "On UDP, connect() sends nothing: it only sets the default peer for send() and "
                "recv(). Without it the client uses sendto() and recvfrom()."
            )
        )
        form.addRow(self.udp_connect)
        self.client_connect = self._button(
            self.tr("Co&nnect"), "clientConnectButton", self.tr("Connect")
        )
        self.client_disconnect = self._button(
            self.tr("&Disconnect"), "clientDisconnectButton", self.tr("Disconnect")
        )
        self.client_connect.clicked.connect(self.connect_client)
        self.client_disconnect.clicked.connect(self.disconnect_client)
        self.client_host.returnPressed.connect(self.connect_client)
        self.client_port.returnPressed.connect(self.connect_client)
        buttons = QHBoxLayout()
        buttons.addWidget(self.client_connect)
        buttons.addWidget(self.client_disconnect)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.client_local = self._value_label("clientLocalLabel", self.tr("Client getsockname()"))
        self.client_peer = self._value_label("clientPeerLabel", self.tr("Client getpeername()"))
        form.addRow(self.tr("getsockname():"), self.client_local)
        form.addRow(self.tr("getpeername():"), self.client_peer)

        self.message_input = self._line("clientMessageInput", self.tr("Message"))
        self.message_input.setText("Client: I received your msg")
        self.send_button = self._button(self.tr("S&end"), "clientSendButton", self.tr("Send"))
        self.send_button.clicked.connect(self.send_message)
        self.message_input.returnPressed.connect(self.send_message)
        message = QHBoxLayout()
        message.addWidget(self.message_input, 1)
        message.addWidget(self.send_button)
        form.addRow(message)

        self.client_log_model = RowsModel(self._log_headers(), self, limit=LOG_LIMIT)
        self.client_log_view = _log_view("clientLog", self.tr("Client log"), self.client_log_model)
        self.client_log_view.hideColumn(2)  # the client has one socket: no connection numbers
        self.client_log = EventLog(self.client_log_model, self.client_log_view, self)
        self.client_log.formatter = self.formatter
        self.client_log.flushed.connect(self._sync)
        self.client_status = self._value_label(
            "clientStatusLabel", self.tr("Client status"), wrap=True
        )
        self.client_status.setText(self.tr("Not connected."))
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.client_log_view, 1)
        layout.addWidget(self.client_status)
        return box

    def _log_headers(self) -> list[str]:
        return [
            self.tr("time"),
            self.tr("event"),
            self.tr("#"),
            self.tr("call"),
            self.tr("details"),
        ]

    # State ------------------------------------------------------------------------

    @property
    def transport(self) -> Transport:
        """Return the transport chosen in the combo."""
        return Transport(str(self.transport_combo.currentData()))

    @Slot()
    def _transport_changed(self) -> None:
        udp = self.transport is Transport.UDP
        self.udp_connect.setEnabled(udp)
        self.transport_hint.setText(
            self.tr("UDP: the server sees peers with recvfrom() and answers with sendto().")
            if udp
            else self.tr("TCP: the server listen()s and accept()s; each client gets a connection.")
        )

    def _server_options(self) -> engine.ServerOptions:
        greeting = self.greeting_input.text().encode() if self.greeting_check.isChecked() else None
        return engine.ServerOptions(greeting=greeting or None, echo=self.echo_check.isChecked())

    @Slot()
    def _options_changed(self) -> None:
        options = self._server_options()
        self.server.set_options(greeting=options.greeting, echo=options.echo)
        self.greeting_input.setEnabled(self.greeting_check.isChecked())

    @Slot()
    def _update_warning(self) -> None:
        try:
            wildcard = engine.binds_every_interface(
                engine.parse_endpoint(self.server_host.text(), "0")
            )
        except InvalidInput:
            wildcard = False
        listening = self.server.listening if hasattr(self, "server") else None
        exposed = listening is not None and engine.is_wildcard(listening.address)
        self.exposure_warning.setVisible(wildcard or exposed)

    @Slot()
    def _sync(self) -> None:
        """Bring labels and buttons in line with the engine's state."""
        listening = self.server.listening
        running = listening is not None
        resolving = self._server_job is not None
        self.server_start.setEnabled(not running and not resolving)
        self.server_stop.setEnabled(running or resolving)
        self.server_address.setText(_addr(listening.sockaddr) if listening else "—")
        self.server_coordinates.setText(coordinates_text(listening) if listening else "—")
        self.connections_model.update(self.server.take_changed())
        selected = self.selected_connection()
        self.reply_button.setEnabled(selected is not None)
        self.close_connection_button.setEnabled(selected is not None)
        if running and self.server.transport is Transport.UDP:
            self.server_status.setText(
                self.tr("Bound (UDP, no listen()) — %n peer(s) seen.", "", self.server.open_count)
            )
        elif running:
            self.server_status.setText(
                self.tr("Listening (TCP) — %n open connection(s).", "", self.server.open_count)
            )
        if running:
            self.server_status.setProperty("failed", False)
        self._update_warning()

        state = self.client.state
        connecting = self._client_job is not None or state is ClientState.CONNECTING
        self.client_connect.setEnabled(state is ClientState.IDLE and self._client_job is None)
        self.client_disconnect.setEnabled(state is not ClientState.IDLE or connecting)
        self.send_button.setEnabled(state is ClientState.CONNECTED)
        self.client_local.setText(_addr(self.client.local) if self.client.local else "—")
        if self.client.peer is not None:
            self.client_peer.setText(_addr(self.client.peer))
        elif self.client.target is not None:
            self.client_peer.setText(
                self.tr("none: not connected (sendto() goes to {})").format(
                    _addr(self.client.target)
                )
            )
        else:
            self.client_peer.setText("—")
        if state is ClientState.CONNECTED and self.client.peer is None:
            self.client_status.setText(
                self.tr(
                    "UDP socket ready, not connected: sendto() and recvfrom(); %n byte(s) received.",
                    "",
                    self.client.received,
                )
            )
        elif state is ClientState.CONNECTED:
            self.client_status.setText(
                self.tr("Connected ({}): %n byte(s) received.", "", self.client.received).format(
                    self.client.transport.value
                )
            )
        elif connecting:
            self.client_status.setText(self.tr("Connecting…"))
        busy = state is not ClientState.IDLE or connecting
        if self._client_busy and not busy:  # the attempt failed or the connection ended
            error = self.client_log.first_error
            self.client_status.setText(
                error_text(error) if error else self.tr("Not connected: the connection ended.")
            )
            self.client_status.setProperty("failed", error is not None)
        self._client_busy = busy
        idle = not running and state is ClientState.IDLE
        self.transport_combo.setEnabled(idle)
        self.transport_combo.setToolTip(
            "" if idle else self.tr("Stop the server and disconnect the client to change it.")
        )

    def selected_connection(self) -> ConnectionInfo | None:
        """Return the connection selected in the table, if any."""
        rows = self.connections.selectionModel().selectedRows()
        return self.connections_model.info(rows[0].row()) if rows else None

    # Server -------------------------------------------------------------------------

    def server_endpoint(self) -> Endpoint:
        """Return where the server would bind; raise InvalidInput for bad input."""
        endpoint = engine.parse_endpoint(self.server_host.text(), self.server_port.text())
        if engine.binds_every_interface(endpoint) and not self.all_interfaces.isChecked():
            raise InvalidInput(self._exposure_error())
        return endpoint

    def _exposure_error(self) -> ExplainedError:
        return input_error(
            self.tr("Binding to every interface was not allowed."),
            self.tr(
                "An empty host, 0.0.0.0 or :: lets other computers on the network connect. "
                "Tick 'Allow binding to every interface' if that is what you want, or bind "
                "to 127.0.0.1 or ::1."
            ),
        )

    def _fail(self, log: EventLog, status: QLabel, error: ExplainedError, call: str = "") -> None:
        log.add_rows([self.formatter.error_row(error, call)])
        log.first_error = log.first_error or error
        status.setText(error_text(error))
        status.setProperty("failed", True)

    @Slot()
    def start_server(self) -> None:
        """Resolve the bind address on the worker, then bind and listen."""
        if self.server.running or self._server_job is not None:
            return
        try:
            endpoint = self.server_endpoint()
        except InvalidInput as invalid:
            self._fail(self.server_log, self.server_status, invalid.error)
            self.serverResolved.emit()
            return
        lookup = engine.bind_lookup(endpoint, self.transport)
        self._server_job = self._resolve(lookup, self.server_log, self._server_resolved)
        self.server_status.setText(self.tr("Resolving the address to bind…"))
        self._sync()

    def _resolve(
        self,
        lookup: Lookup[tuple[AddrInfo, ...]],
        log: EventLog,
        done: Callable[[Resolution], None],
    ) -> Job[Outcome[tuple[AddrInfo, ...]]]:
        log.add_rows(
            [
                self.formatter.call_row(
                    codegen.expression(lookup.call), self.tr("on a worker thread")
                )
            ]
        )
        deadline_ms = settings.lookup_deadline_ms()
        return self.pool.submit(lookup.run, deadline_ms).then(
            done, done, lambda started: done(timed_out(deadline_ms / 1000, started=started))
        )

    @Slot(object)
    def _server_resolved(self, outcome: Resolution) -> None:
        self._server_job = None
        try:
            infos = self._resolved_infos(outcome, self.server_log, self.server_status)
            if infos is None:
                return
            info = infos[0]
            if engine.is_wildcard(str(info.sockaddr[0])) and not self.all_interfaces.isChecked():
                self._fail(self.server_log, self.server_status, self._exposure_error())
                return
            self.server_log.add_rows(
                [
                    self.formatter.call_row(
                        "",
                        self.tr(
                            "getaddrinfo() returned %n result(s); binding the first, "
                            "info = infolist[0], as the lecture does",
                            "",
                            len(infos),
                        ),
                    )
                ]
            )
            self._options_changed()
            if not self.server.start(info):
                self.server_log.flush()
                error = next(
                    (row for row in reversed(self.server_log_model.rows()) if row.error), None
                )
                self.server_status.setText(error.cells[-1] if error else self.tr("Failed."))
                self.server_status.setProperty("failed", True)
            else:
                self.connections_model.clear()
                self.server.take_changed()
                self.server_log.flush()
        finally:
            self._sync()
            self.serverResolved.emit()

    def _resolved_infos(
        self, outcome: Resolution, log: EventLog, status: QLabel
    ) -> tuple[AddrInfo, ...] | None:
        if isinstance(outcome, ExplainedError):
            self._fail(log, status, outcome, "getaddrinfo")
            return None
        if isinstance(outcome, InternalError):
            status.setText(internal_error_text(outcome))
            status.setProperty("failed", True)
            log.add_rows([self.formatter.internal_error_row(outcome)])
            return None
        if outcome.error is not None:
            self._fail(log, status, outcome.error, "getaddrinfo")
            return None
        infos = tuple(outcome.value or ())
        if not infos:
            return None
        return infos

    @Slot()
    def stop_server(self) -> None:
        """Close the listening socket and every connection now."""
        if self._server_job is not None:
            self.pool.abandon(self._server_job)
            self._server_job = None
        self.server.stop()
        self.server_log.flush()
        self.server_status.setText(self.tr("Stopped."))
        self.server_status.setProperty("failed", False)
        self._sync()

    @Slot()
    def send_reply(self) -> None:
        """Send the reply box's text to the selected connection."""
        selected = self.selected_connection()
        if selected is None:
            return
        self.server.send(selected.conn, self.reply_input.text().encode())

    @Slot()
    def close_selected(self) -> None:
        """Close the selected connection (for UDP: forget the peer)."""
        selected = self.selected_connection()
        if selected is not None:
            self.server.close_connection(selected.conn)

    # Client -----------------------------------------------------------------------

    def client_endpoint(self) -> Endpoint:
        """Return where the client would connect; raise InvalidInput for bad input."""
        return engine.parse_endpoint(self.client_host.text(), self.client_port.text())

    @Slot()
    def connect_client(self) -> None:
        """Resolve the server's address on the worker, then connect."""
        if self.client.state is not ClientState.IDLE or self._client_job is not None:
            return
        try:
            endpoint = self.client_endpoint()
        except InvalidInput as invalid:
            self._fail(self.client_log, self.client_status, invalid.error)
            self.clientResolved.emit()
            return
        lookup = engine.connect_lookup(endpoint, self.transport)
        self.client_log.mark()
        self._client_job = self._resolve(lookup, self.client_log, self._client_resolved)
        self.client_status.setText(self.tr("Resolving the server's address…"))
        self.client_status.setProperty("failed", False)
        self._sync()

    @Slot(object)
    def _client_resolved(self, outcome: Resolution) -> None:
        self._client_job = None
        try:
            infos = self._resolved_infos(outcome, self.client_log, self.client_status)
            if infos is None:
                return
            self.client.connect(infos, udp_connect=self.udp_connect.isChecked())
            if self.client.state is ClientState.IDLE:
                self.client_status.setText(self.tr("Not connected: see the log."))
                self.client_status.setProperty("failed", True)
        finally:
            self._sync()
            self.clientResolved.emit()

    @Slot()
    def disconnect_client(self) -> None:
        """Close the client socket (or stop waiting for its address)."""
        if self._client_job is not None:
            self.pool.abandon(self._client_job)
            self._client_job = None
        self.client.close()
        self.client_log.flush()
        self._client_busy = False  # closed on purpose: no failure to report
        self.client_status.setText(self.tr("Not connected."))
        self.client_status.setProperty("failed", False)
        self._sync()

    @Slot()
    def send_message(self) -> None:
        """Send the message box's text (UTF-8) to the server."""
        self.client.send(self.message_input.text().encode())

    # From the getaddrinfo view -----------------------------------------------------------

    def handle(self, request: Request) -> None:
        """Bind the server to, or connect the client to, a getaddrinfo 5-tuple."""
        if isinstance(request, BindServer):
            self.bind_here(request.entry)
        elif isinstance(request, ConnectClient):
            self.connect_here(request.entry)
        elif isinstance(request, RunClientServerPair):
            self.run_pair(request.host, request.port)

    def run_pair(self, host: str, port: str) -> None:
        """Start a TCP server on ``host``/``port``, then connect the client once it listens."""
        self.disconnect_client()
        self.stop_server()
        self.transport_combo.setCurrentIndex(self.transport_combo.findData(Transport.TCP.value))
        for line, text in ((self.server_host, host), (self.server_port, port)):
            line.setText(text)
        for line, text in ((self.client_host, host), (self.client_port, port)):
            line.setText(text)
        once = Qt.ConnectionType.SingleShotConnection
        self.serverResolved.connect(lambda: self.server.running and self.connect_client(), once)
        self.start_server()

    def _fill(self, entry: AddrInfo, host: QLineEdit, port: QLineEdit) -> None:
        address = str(entry.sockaddr[0])
        scope = entry.sockaddr[3] if len(entry.sockaddr) == 4 else 0
        host.setText(f"{address}%{scope}" if scope else address)
        port.setText(str(entry.sockaddr[1]))
        if entry.type in (Transport.TCP.socktype, Transport.UDP.socktype):
            wanted = Transport.TCP if entry.type == Transport.TCP.socktype else Transport.UDP
            if self.transport_combo.isEnabled():
                self.transport_combo.setCurrentIndex(self.transport_combo.findData(wanted.value))

    def bind_here(self, entry: AddrInfo) -> None:
        """Start the server on a getaddrinfo result."""
        self.stop_server()
        self._fill(entry, self.server_host, self.server_port)
        self.start_server()

    def connect_here(self, entry: AddrInfo) -> None:
        """Connect the client to a getaddrinfo result."""
        self.disconnect_client()
        self._fill(entry, self.client_host, self.client_port)
        self.connect_client()

    # Ending ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Close every socket, stop timers and drop pending resolutions (window closing)."""
        for job in (self._server_job, self._client_job):
            if job is not None:
                self.pool.abandon(job)
        self._server_job = self._client_job = None
        self.client.close(quiet=True)
        self.server.stop()
        self.server_log.stop()
        self.client_log.stop()
        self.watcher.close()


def self_test(tab: ClientServerTab) -> StepResult:
    """Start the TCP server on 127.0.0.1 port 0, connect the client, exchange one message each way.

    Everything goes through the view's buttons, the resolver pool and the socket engine.
    """
    start = time.perf_counter()
    tab.transport_combo.setCurrentIndex(0)
    tab.server_host.setText("127.0.0.1")
    tab.server_port.setText("0")
    tab.greeting_check.setChecked(True)
    tab.server_start.click()
    problem = ""
    if not wait_until(lambda: tab.server.running or tab.server_start.isEnabled(), STEP_TIMEOUT_MS):
        problem = "the server did not start in time"
    elif tab.server.listening is None:
        problem = "the server did not start: " + tab.server_status.text()
    else:
        tab.client_host.setText("127.0.0.1")
        tab.client_port.setText(str(tab.server.listening.port))
        tab.client_connect.click()
        greeting = len(tab.greeting_input.text().encode())
        message = tab.message_input.text().encode()
        if not wait_until(
            lambda: tab.client.received >= greeting and tab.send_button.isEnabled(),
            STEP_TIMEOUT_MS,
        ):
            problem = "no greeting reached the client: " + tab.client_status.text()
        else:
            tab.send_button.click()
            if not wait_until(
                lambda: any(c.received >= len(message) for c in tab.server.connections()),
                STEP_TIMEOUT_MS,
            ):
                problem = "the client's message did not reach the server"
    endpoints = f"{tab.client_local.text()} to {tab.client_peer.text()}"
    detail = problem or f"{endpoints}: greeting and reply delivered"
    rows = len(tab.server.connections())
    tab.disconnect_client()
    tab.stop_server()
    elapsed = (time.perf_counter() - start) * 1000
    return StepResult("client-server", not problem, round(elapsed, 2), rows, detail)


VIEW = ViewSpec(
    "clientServerTab",
    QT_TRANSLATE_NOOP("MainWindow", "&Client/Server"),
    ClientServerTab,
    self_test,
)
