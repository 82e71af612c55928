"""The server pane: where the server binds, its connections, its log and its status."""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
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
    exposure,
    parse_endpoint,
    refusals,
)
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import AddrInfo
from netexplorer.ui import settings
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
from netexplorer.ui.models import ResultsTable
from netexplorer.ui.palette import ErrorLabel
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
        #: The address the latest start tried to bind (getaddrinfo's first answer).
        self.tried: tuple[str | int, ...] | None = None
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
        self.hint_label = value_label("serverHintLabel", self.tr("What to do"), wrap=True)
        self.hint_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(parts, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.hint_label)
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
        self.all_interfaces_check = QCheckBox(self.tr("Allow binding beyond loopback"))
        named(
            self.all_interfaces_check, "serverAllInterfacesCheck", self.tr("Allow beyond loopback")
        )
        self.all_interfaces_check.setToolTip(
            self.tr(
                "Needed for every address but loopback (127.0.0.1, ::1): an empty host, 0.0.0.0, "
                "::, this computer's network address, or a name for one. Other computers can "
                "then connect."
            )
        )
        form.addRow(self.all_interfaces_check)
        #: The interfaces a refused start would have exposed (None: no refusal to show).
        self.refused_interfaces: tuple[str, ...] | None = None
        self.exposure_warning = ErrorLabel()
        named(self.exposure_warning, "serverExposureWarning", self.tr("Warning"))
        self.exposure_warning.setTextFormat(Qt.TextFormat.PlainText)  # names interfaces
        self.exposure_warning.setWordWrap(True)
        form.addRow(self.exposure_warning)
        self.host_input.textChanged.connect(self._host_changed)

    def _build_controls(self, form: QFormLayout) -> None:
        self.start_button = button(self.tr("Sta&rt"), "serverStartButton", self.tr("Start server"))
        self.stop_button = button(self.tr("S&top"), "serverStopButton", self.tr("Stop server"))
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
        self.reply_check = QCheckBox(self.tr("Reply to each datagram:"))
        named(self.reply_check, "serverReplyEachCheck", self.tr("Reply to each datagram"))
        self.reply_check.setChecked(True)
        self.reply_check.setToolTip(
            self.tr("UDP has no accept() to greet on: answer every datagram with this text.")
        )
        self.echo_check = QCheckBox(self.tr("Echo &what clients send"))
        named(self.echo_check, "serverEchoCheck", self.tr("Echo"))
        greet = QHBoxLayout()
        greet.addWidget(self.greeting_check)
        greet.addWidget(self.reply_check)
        greet.addWidget(self.greeting_input, 1)
        greet.addWidget(self.echo_check)
        form.addRow(greet)
        for signal in (
            self.greeting_check.toggled,
            self.reply_check.toggled,
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
            self.tr("Send repl&y"), "serverReplyButton", self.tr("Send reply")
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

    def set_transport(self, transport: Transport) -> None:
        """Use ``transport`` for the next start: TCP greets on accept, UDP replies to datagrams."""
        super().set_transport(transport)
        udp = transport is Transport.UDP
        self.greeting_check.setVisible(not udp)
        self.reply_check.setVisible(udp)
        self._options_changed()

    def _options_changed(self) -> None:
        text = self.greeting_input.text().encode() or None
        udp = self.transport is Transport.UDP
        greet = not udp and self.greeting_check.isChecked()
        reply = udp and self.reply_check.isChecked()
        options = ServerOptions(
            greeting=text if greet else None,
            reply=text if reply else None,
            echo=self.echo_check.isChecked(),
        )
        self.server.set_options(greeting=options.greeting, reply=options.reply, echo=options.echo)
        self.greeting_input.setEnabled(greet or reply)

    def show_hint(self, text: str) -> None:
        """Show what to do about the server's last failure (empty: hide the hint)."""
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    @Slot()
    def _host_changed(self) -> None:
        self.refused_interfaces = None  # the warning was about the address typed before
        self._update_warning()

    def _update_warning(self) -> None:
        """Name what the running server exposes, or what a refused start would have."""
        exposed, refused = self.server.exposed_on, self.refused_interfaces
        if exposed is not None:
            text = self.tr(
                "⚠ Beyond loopback: other computers can connect to this server through {}."
            ).format(self._interfaces_text(exposed))
        elif refused is not None:
            text = self.tr(
                "⚠ Not started: that address would let other computers connect through {}."
            ).format(self._interfaces_text(refused))
        else:
            text = ""
        self.exposure_warning.setText(text)
        self.exposure_warning.setVisible(bool(text))

    def _interfaces_text(self, interfaces: tuple[str, ...]) -> str:
        return refusals.interface_list(interfaces) or self.tr(
            "whichever interface has (or gets) that address"
        )

    def show_state(self) -> None:
        """Show the listening socket, the connections that changed and the server's status."""
        listening = self.server.listening
        running = listening is not None
        resolving = self.job is not None
        self.start_button.setEnabled(not running and not resolving)
        self.stop_button.setEnabled(running or resolving)
        self.lock_endpoint(running or resolving)
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
        self.show_internal_error(self.server.internal_error)
        self._update_warning()

    def selected_connection(self) -> ConnectionInfo | None:
        """Return the connection selected in the table, if any."""
        rows = self.connections_view.selectionModel().selectedRows()
        return self.connections_model.info(rows[0].row()) if rows else None

    # Actions ----------------------------------------------------------------------

    def endpoint(self) -> Endpoint:
        """Return where the server would bind; raise InvalidInput for bad input.

        Whether it may bind there is decided from getaddrinfo's answer.
        """
        return parse_endpoint(self.host_input.text(), self.port_input.text())

    def _refuse_exposure(self, infos: tuple[AddrInfo, ...]) -> bool:
        """Refuse to start beyond loopback without the opt-in; True if refused.

        Every result counts (mapped IPv4 judged as IPv4), not only the one bound.
        """
        exposed = [info for info in infos if exposure.beyond_loopback(info.sockaddr)]
        if not exposed or self.all_interfaces_check.isChecked():
            return False
        names = (name for info in exposed for name in exposure.exposed_interfaces(info.sockaddr))
        self.refused_interfaces = tuple(dict.fromkeys(names))
        error = refusals.exposure_refused(exposed[0].sockaddr, self.refused_interfaces, bound=False)
        self.fail(error, "bind", self.resolving)
        return True

    @Slot()
    def start(self) -> None:
        """Resolve the bind address on the worker, then bind and listen."""
        if self.server.running or self.job is not None:
            return
        self.refused_interfaces = None
        try:
            endpoint = self.endpoint()
        except InvalidInput as invalid:
            self.fail(invalid.error)
            self.resolved.emit()
            return
        self.show_hint("")
        self.resolve(bind_lookup(endpoint, self.transport), self._resolved)
        self.status_label.setText(self.tr("Resolving the address to bind…"))
        self.sync()

    @Slot(object)
    def _resolved(self, outcome: Resolution) -> None:
        try:
            infos = self.take_outcome(outcome)
            if infos is None or self._refuse_exposure(infos):
                return
            info = infos[0]
            self.tried = info.sockaddr
            note = self.tr(
                "getaddrinfo() returned %n result(s); binding the first, "
                "info = infolist[0], as the lecture does",
                "",
                len(infos),
            )
            self.log.add_rows([self.formatter.call_row("", note)])
            self.server.set_options(
                idle_timeout_s=settings.idle_timeout_s(),
                exposed_idle_timeout_s=settings.exposed_idle_timeout_s(),
            )
            if self.server.start(info, beyond_loopback=self.all_interfaces_check.isChecked()):
                self.connections_model.clear()
                self.server.take_changed()
            elif self.server.last_error is not None:  # else a bug, shown by sync()
                self.status_label.setText(error_text(self.server.last_error))
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
