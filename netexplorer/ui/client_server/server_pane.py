"""The server pane: where the server binds, its connections, its log and its status."""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core.engine import (
    ConnectionInfo,
    Endpoint,
    Server,
    ServerOptions,
    Transport,
    Watcher,
    bind_lookup,
    binds_every_interface,
    is_wildcard,
    parse_endpoint,
)
from netexplorer.core.errors import input_error
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import ExplainedError
from netexplorer.ui.client_server.connections import ConnectionsModel
from netexplorer.ui.client_server.event_log import EventFormatter, EventLog, address_text
from netexplorer.ui.client_server.history import SERVER
from netexplorer.ui.client_server.pane import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    EndpointPane,
    Resolution,
    button,
    line_edit,
    value_label,
)
from netexplorer.ui.models import ERROR_COLOR, ResultsTable
from netexplorer.ui.text import error_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool

DEFAULT_GREETING = "Server: Hello"


class ServerPane(EndpointPane):
    """The server side of the tab; it owns the engine's :class:`~netexplorer.core.engine.Server`.

    The connections table follows the server's change notification, not
    the log.

    Signals:
        resolved(), stateChanged(), milestone(): see :class:`EndpointPane`.
    """

    SIDE = SERVER

    def __init__(
        self,
        pool: ResolverPool,
        watcher: Watcher,
        formatter: EventFormatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(pool, formatter, parent)
        self.setTitle(self.tr("Server"))
        named(self, "serverPane", self.tr("Server"))
        self.log = EventLog("serverLog", self.tr("Server log"), formatter, self)
        self.server = Server(watcher, self.engine_event, on_change=self.engine_changed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build_bind_inputs(form)
        self._build_controls(form)
        self._build_options(form)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        parts.addWidget(self._build_connections())
        parts.addWidget(self.log.view)
        parts.setStretchFactor(0, 2)
        parts.setStretchFactor(1, 3)
        self.status_label = value_label("serverStatusLabel", self.tr("Server status"), wrap=True)
        self.status_label.setText(self.tr("Stopped."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(parts, 1)
        layout.addWidget(self.status_label)
        self._options_changed()
        self.sync()

    # Building -------------------------------------------------------------------

    def _build_bind_inputs(self, form: QFormLayout) -> None:
        self.host_input = line_edit("serverHostInput", self.tr("Server host"), DEFAULT_HOST)
        self.host_input.setPlaceholderText(self.tr("empty: every interface (None)"))
        self.port_input = line_edit("serverPortInput", self.tr("Server port"), DEFAULT_PORT)
        self.port_input.setPlaceholderText(self.tr("number or service name; 0: any free port"))
        self.port_input.setToolTip(
            self.tr("A number (12345), a service name (smtp) or 0 to let the system choose.")
        )
        form.addRow(self.tr("&Bind host:"), self.host_input)
        form.addRow(self.tr("Port:"), self.port_input)
        self.all_interfaces_check = QCheckBox(self.tr("Allow binding to every interface"))
        named(
            self.all_interfaces_check, "serverAllInterfacesCheck", self.tr("Allow every interface")
        )
        self.all_interfaces_check.setToolTip(
            self.tr(
                "Needed for an empty host, 0.0.0.0 or ::, which accept connections from other computers."
            )
        )
        form.addRow(self.all_interfaces_check)
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
        self.host_input.textChanged.connect(self._update_warning)
        self.all_interfaces_check.toggled.connect(self._update_warning)

    def _build_controls(self, form: QFormLayout) -> None:
        self.start_button = button(self.tr("&Start"), "serverStartButton", self.tr("Start server"))
        self.stop_button = button(self.tr("St&op"), "serverStopButton", self.tr("Stop server"))
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.host_input.returnPressed.connect(self.start)
        self.port_input.returnPressed.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.address_label = value_label("serverAddressLabel", self.tr("Listening address"))
        self.coordinates_label = value_label(
            "serverCoordinatesLabel", self.tr("The five socket coordinates")
        )
        form.addRow(self.tr("getsockname():"), self.address_label)
        form.addRow(self.tr("Coordinates:"), self.coordinates_label)

    def _build_options(self, form: QFormLayout) -> None:
        self.greeting_check = QCheckBox(self.tr("Greet on accept:"))
        named(self.greeting_check, "serverGreetingCheck", self.tr("Send a greeting"))
        self.greeting_check.setChecked(True)
        self.greeting_input = line_edit(
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

    def _build_connections(self) -> QWidget:
        self.connections_model = ConnectionsModel(self)
        self.connections_view = ResultsTable()
        named(self.connections_view, "connectionsTable", self.tr("Connections"))
        self.connections_view.setModel(self.connections_model)
        self.connections_view.verticalHeader().hide()
        metrics = self.connections_view.fontMetrics()
        for column, sample in enumerate(
            ("0000", "forgotten", "('127.0.0.1', 65535)", "('127.0.0.1', 65535)",
             "received", "00000000")
        ):  # fmt: skip
            self.connections_view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 20)
        self.connections_view.selectionModel().selectionChanged.connect(lambda *_: self.sync())
        self.reply_input = line_edit("serverReplyInput", self.tr("Reply"))
        self.reply_input.setPlaceholderText(self.tr("a reply to the selected connection"))
        self.reply_button = button(
            self.tr("Send &reply"), "serverReplyButton", self.tr("Send reply")
        )
        self.close_connection_button = button(
            self.tr("C&lose connection"), "serverCloseConnectionButton", self.tr("Close connection")
        )
        self.reply_button.clicked.connect(self.send_reply)
        self.reply_input.returnPressed.connect(self.send_reply)
        self.close_connection_button.clicked.connect(self.close_selected)
        reply = QHBoxLayout()
        reply.addWidget(self.reply_input, 1)
        reply.addWidget(self.reply_button)
        reply.addWidget(self.close_connection_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.connections_view, 1)
        layout.addLayout(reply)
        return box

    # State ------------------------------------------------------------------------

    def _options_changed(self) -> None:
        greeting = self.greeting_input.text().encode() if self.greeting_check.isChecked() else None
        options = ServerOptions(greeting=greeting or None, echo=self.echo_check.isChecked())
        self.server.set_options(greeting=options.greeting, echo=options.echo)
        self.greeting_input.setEnabled(self.greeting_check.isChecked())

    @Slot()
    def _update_warning(self) -> None:
        try:
            wildcard = binds_every_interface(parse_endpoint(self.host_input.text(), "0"))
        except InvalidInput:
            wildcard = False
        listening = self.server.listening
        exposed = listening is not None and is_wildcard(listening.address)
        self.exposure_warning.setVisible(wildcard or exposed)

    def show_state(self) -> None:
        """Show the listening socket, the connections that changed and the server's status."""
        listening = self.server.listening
        running = listening is not None
        resolving = self.job is not None
        self.start_button.setEnabled(not running and not resolving)
        self.stop_button.setEnabled(running or resolving)
        self.address_label.setText(address_text(listening.sockaddr) if listening else "—")
        self.coordinates_label.setText(self.formatter.coordinates(listening) if listening else "—")
        self.connections_model.update(self.server.take_changed())
        selected = self.selected_connection()
        self.reply_button.setEnabled(selected is not None)
        self.close_connection_button.setEnabled(selected is not None)
        if running and self.server.transport is Transport.UDP:
            self.status_label.setText(
                self.tr("Bound (UDP, no listen()) — %n peer(s) seen.", "", self.server.open_count)
            )
        elif running:
            self.status_label.setText(
                self.tr("Listening (TCP) — %n open connection(s).", "", self.server.open_count)
            )
        if running:
            self.status_label.setProperty("failed", False)
        self._update_warning()

    def selected_connection(self) -> ConnectionInfo | None:
        """Return the connection selected in the table, if any."""
        rows = self.connections_view.selectionModel().selectedRows()
        return self.connections_model.info(rows[0].row()) if rows else None

    # Actions ----------------------------------------------------------------------

    def endpoint(self) -> Endpoint:
        """Return where the server would bind; raise InvalidInput for bad input."""
        endpoint = parse_endpoint(self.host_input.text(), self.port_input.text())
        if binds_every_interface(endpoint) and not self.all_interfaces_check.isChecked():
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

    @Slot()
    def start(self) -> None:
        """Resolve the bind address on the worker, then bind and listen."""
        if self.server.running or self.job is not None:
            return
        try:
            endpoint = self.endpoint()
        except InvalidInput as invalid:
            self.fail(invalid.error)
            self.resolved.emit()
            return
        self.resolve(bind_lookup(endpoint, self.transport), self._resolved)
        self.status_label.setText(self.tr("Resolving the address to bind…"))
        self.sync()

    @Slot(object)
    def _resolved(self, outcome: Resolution) -> None:
        try:
            infos = self.take_outcome(outcome)
            if infos is None:
                return
            info = infos[0]
            if is_wildcard(str(info.sockaddr[0])) and not self.all_interfaces_check.isChecked():
                self.fail(self._exposure_error())
                return
            note = self.tr(
                "getaddrinfo() returned %n result(s); binding the first, "
                "info = infolist[0], as the lecture does",
                "",
                len(infos),
            )
            self.log.add_rows([self.formatter.call_row("", note)])
            if self.server.start(info):
                self.connections_model.clear()
                self.server.take_changed()
            else:
                error = self.server.last_error
                assert error is not None  # start() keeps every failure
                self.status_label.setText(error_text(error))
                self.status_label.setProperty("failed", True)
            self.log.flush()
        finally:
            self.sync()
            self.resolved.emit()

    @Slot()
    def stop(self) -> None:
        """Close the listening socket and every connection now."""
        self.abandon()
        self.server.stop()
        self.log.flush()
        self.status_label.setText(self.tr("Stopped."))
        self.status_label.setProperty("failed", False)
        self.sync()

    @Slot()
    def send_reply(self) -> None:
        """Send the reply box's text to the selected connection."""
        selected = self.selected_connection()
        if selected is not None:
            self.server.send(selected.conn, self.reply_input.text().encode())

    @Slot()
    def close_selected(self) -> None:
        """Close the selected connection (for UDP: forget the peer)."""
        selected = self.selected_connection()
        if selected is not None:
            self.server.close_connection(selected.conn)

    def shutdown(self) -> None:
        """Stop waiting for the address, close every socket and stop the timers."""
        self.abandon()
        self.server.stop()
        self.refresh_timer.stop()
        self.log.stop()
