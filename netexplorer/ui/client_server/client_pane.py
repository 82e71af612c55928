"""The client pane: where the client connects, what it sends, its log and its status."""

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from netexplorer.core.engine import (
    Client,
    ClientState,
    Endpoint,
    Transport,
    Watcher,
    connect_lookup,
    parse_endpoint,
)
from netexplorer.core.parsing import InvalidInput
from netexplorer.ui.client_server.event_log import EventFormatter, EventLog, address_text
from netexplorer.ui.client_server.history import CLIENT
from netexplorer.ui.client_server.pane import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    EndpointPane,
    Resolution,
    button,
    line_edit,
    value_label,
)
from netexplorer.ui.text import error_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import ResolverPool

DEFAULT_MESSAGE = "Client: I received your msg"


class ClientPane(EndpointPane):
    """The client side of the tab; it owns the engine's :class:`~netexplorer.core.engine.Client`.

    Labels follow the client's change notification; when a connection ends
    by itself the status shows the client's ``last_error``.

    Signals:
        resolved(), stateChanged(), milestone(): see :class:`EndpointPane`.
    """

    SIDE = CLIENT

    def __init__(
        self,
        pool: ResolverPool,
        watcher: Watcher,
        formatter: EventFormatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(pool, formatter, parent)
        self.setTitle(self.tr("Client"))
        named(self, "clientPane", self.tr("Client"))
        self.log = EventLog("clientLog", self.tr("Client log"), formatter, self)
        self.log.view.hideColumn(2)  # the client has one socket: no connection numbers
        self.client = Client(watcher, self.engine_event, on_change=self.engine_changed)
        #: Whether the engine was last seen with a socket (connecting or connected).
        self._engine_busy = False
        #: The addresses the last connect tried, in order (getaddrinfo's answer).
        self.targets: tuple[tuple[str | int, ...], ...] = ()
        self.fix: tuple[str, int] | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build_inputs(form)
        self._build_exchange(form)
        self.status_label = value_label("clientStatusLabel", self.tr("Client status"), wrap=True)
        self.status_label.setText(self.tr("Not connected."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.log.view, 1)
        layout.addWidget(self.status_label)
        self.set_transport(self.transport)
        self.sync()

    def _build_inputs(self, form: QFormLayout) -> None:
        self.host_input = line_edit("clientHostInput", self.tr("Client host"), DEFAULT_HOST)
        self.host_input.setPlaceholderText(self.tr("host name or address"))
        self.port_input = line_edit("clientPortInput", self.tr("Client port"), DEFAULT_PORT)
        self.port_input.setPlaceholderText(self.tr("number or service name"))
        form.addRow(self.tr("Server host:"), self.host_input)
        form.addRow(self.tr("Server port:"), self.port_input)
        self._build_hint(form)
        self.udp_connect_check = QCheckBox(self.tr("UDP: call connect() first"))
        named(self.udp_connect_check, "clientUdpConnectCheck", self.tr("UDP connect first"))
        self.udp_connect_check.setToolTip(
            self.tr(
                "On UDP, connect() sends nothing: it only sets the default peer for send() and "
                "recv(). Without it the client uses sendto() and recvfrom()."
            )
        )
        form.addRow(self.udp_connect_check)
        self.connect_button = button(self.tr("&Connect"), "clientConnectButton", self.tr("Connect"))
        self.disconnect_button = button(
            self.tr("&Disconnect"), "clientDisconnectButton", self.tr("Disconnect")
        )
        self.connect_button.clicked.connect(self.connect_client)
        self.disconnect_button.clicked.connect(self.disconnect_client)
        self.host_input.returnPressed.connect(self.connect_client)
        self.port_input.returnPressed.connect(self.connect_client)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        form.addRow(buttons)

    def _build_hint(self, form: QFormLayout) -> None:
        self.hint_label = value_label("clientHintLabel", self.tr("Where the server is"), wrap=True)
        self.hint_label.setStyleSheet("color: #8a4b00;")
        self.fix_button = button("", "clientUseServerButton", self.tr("Use the server's address"))
        self.fix_button.clicked.connect(self._use_fix)
        fix = QHBoxLayout()
        fix.addWidget(self.fix_button)
        fix.addStretch(1)
        form.addRow(self.hint_label)
        form.addRow(fix)
        self.show_hint("")

    def show_hint(self, text: str, fix: tuple[str, int] | None = None) -> None:
        """Say why the client may miss this window's server, offering ``fix`` (host, port)."""
        self.fix = fix
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))
        self.fix_button.setVisible(bool(text) and fix is not None)
        if fix is not None:
            host = f"[{fix[0]}]" if ":" in fix[0] else fix[0]
            self.fix_button.setText(self.tr("Use {}:{}").format(host, fix[1]))

    @Slot()
    def _use_fix(self) -> None:
        if self.fix is not None:
            self.point_at(*self.fix)

    def point_at(self, host: str, port: int) -> None:
        """Put a server's host and port into the inputs."""
        self.host_input.setText(host)
        self.port_input.setText(str(port))

    def _build_exchange(self, form: QFormLayout) -> None:
        self.local_label = value_label("clientLocalLabel", self.tr("Client getsockname()"))
        self.peer_label = value_label("clientPeerLabel", self.tr("Client getpeername()"))
        form.addRow(self.tr("getsockname():"), self.local_label)
        form.addRow(self.tr("getpeername():"), self.peer_label)
        self.message_input = line_edit("clientMessageInput", self.tr("Message"), DEFAULT_MESSAGE)
        self.send_button = button(self.tr("&Send"), "clientSendButton", self.tr("Send"))
        self.send_button.clicked.connect(self.send_message)
        self.message_input.returnPressed.connect(self.send_message)
        message = QHBoxLayout()
        message.addWidget(self.message_input, 1)
        message.addWidget(self.send_button)
        form.addRow(message)

    # State ------------------------------------------------------------------------

    def set_transport(self, transport: Transport) -> None:
        """Use ``transport`` for the next connect; "connect() first" applies to UDP only."""
        super().set_transport(transport)
        self.udp_connect_check.setEnabled(transport is Transport.UDP)

    def show_state(self) -> None:
        """Show the client's addresses and state; say why when a connection ended by itself."""
        self.client.changes_seen()
        state = self.client.state
        connecting = self.job is not None or state is ClientState.CONNECTING
        self.connect_button.setEnabled(state is ClientState.IDLE and self.job is None)
        self.disconnect_button.setEnabled(state is not ClientState.IDLE or connecting)
        self.send_button.setEnabled(state is ClientState.CONNECTED)
        self.lock_endpoint(state is not ClientState.IDLE or connecting)
        self._show_addresses()
        self._show_status(connecting)

    def _show_addresses(self) -> None:
        client = self.client
        self.local_label.setText(address_text(client.local) if client.local else "—")
        if client.peer is not None:
            self.peer_label.setText(address_text(client.peer))
        elif client.target is not None:
            self.peer_label.setText(
                self.tr("none: not connected (sendto() goes to {})").format(
                    address_text(client.target)
                )
            )
        else:
            self.peer_label.setText("—")

    def _show_status(self, connecting: bool) -> None:
        client = self.client
        if client.state is ClientState.CONNECTED and client.peer is None:
            self.status_label.setText(
                self.tr(
                    "UDP socket ready, not connected: sendto() and recvfrom(); %n byte(s) received.",
                    "",
                    client.received,
                )
            )
        elif client.state is ClientState.CONNECTED:
            self.status_label.setText(
                self.tr("Connected ({}): %n byte(s) received.", "", client.received).format(
                    client.transport.value
                )
            )
        elif connecting:
            self.status_label.setText(self.tr("Connecting…"))
        busy = client.state is not ClientState.IDLE
        if self._engine_busy and not busy:  # the attempt failed or the connection ended
            error = client.last_error
            self.status_label.setText(
                error_text(error) if error else self.tr("Not connected: the connection ended.")
            )
            self.status_label.setProperty("failed", error is not None)
        self._engine_busy = busy
        self.show_internal_error(client.internal_error)

    # Actions ----------------------------------------------------------------------

    def endpoint(self) -> Endpoint:
        """Return where the client would connect; raise InvalidInput for bad input."""
        return parse_endpoint(self.host_input.text(), self.port_input.text())

    @Slot()
    def connect_client(self) -> None:
        """Resolve the server's address on the worker, then connect."""
        if self.client.state is not ClientState.IDLE or self.job is not None:
            return
        try:
            endpoint = self.endpoint()
        except InvalidInput as invalid:
            self.fail(invalid.error)
            self.resolved.emit()
            return
        self.resolve(connect_lookup(endpoint, self.transport), self._resolved)
        self.status_label.setText(self.tr("Resolving the server's address…"))
        self.status_label.setProperty("failed", False)
        self.sync()

    @Slot(object)
    def _resolved(self, outcome: Resolution) -> None:
        try:
            infos = self.take_outcome(outcome)
            if infos is None:
                return
            self.targets = tuple(info.sockaddr for info in infos)
            self.client.connect(infos, udp_connect=self.udp_connect_check.isChecked())
            error = self.client.last_error  # set when every address failed at once
            if self.client.state is ClientState.IDLE and error is not None:
                self.status_label.setText(error_text(error))
                self.status_label.setProperty("failed", True)
        finally:
            self.sync()
            self.resolved.emit()

    @Slot()
    def disconnect_client(self) -> None:
        """Close the client socket (or stop waiting for its address)."""
        self.abandon()
        self.client.close()
        self.log.flush()
        self._engine_busy = False  # closed on purpose: no failure to report
        self.status_label.setText(self.tr("Not connected."))
        self.status_label.setProperty("failed", False)
        self.sync()

    @Slot()
    def send_message(self) -> None:
        """Send the message box's text (UTF-8) to the server."""
        self.client.send(self.message_input.text().encode())
        self.sync()

    def shutdown(self) -> None:
        """Stop waiting for the address, close the socket and stop the timers."""
        self.abandon()
        self.client.close(quiet=True)
        self.refresh_timer.stop()
        self.log.stop()
