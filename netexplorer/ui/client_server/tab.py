"""The Client/Server view: a server pane and a client pane sharing one transport choice.

Below them, the conversation they have: the sequence diagram of every socket
call (:mod:`.sequence_panel`) and the two panes as Python scripts
(:mod:`.scripts_view`); :mod:`.hints` explains where the panes miss each other.
"""

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import sockaddrs
from netexplorer.core.conversation import Conversation
from netexplorer.core.diagram import Side
from netexplorer.core.engine import Client, ClientState, Event, Server, Transport
from netexplorer.core.results import AddrInfo, ExplainedError
from netexplorer.core.session import HistoryEntry, Inputs, Table
from netexplorer.ui.client_server.client_pane import ClientPane
from netexplorer.ui.client_server.event_log import EventFormatter, EventLog
from netexplorer.ui.client_server.hints import Hints
from netexplorer.ui.client_server.history import event_entry, failure_entry
from netexplorer.ui.client_server.lan_panel import LanPanel
from netexplorer.ui.client_server.scripts_view import ScriptsView
from netexplorer.ui.client_server.sequence_panel import SequencePanel
from netexplorer.ui.client_server.server_pane import ServerPane
from netexplorer.ui.entries import model_table, stored_note
from netexplorer.ui.models import KEY_ROLE
from netexplorer.ui.requests import BindServer, ConnectClient, RunClientServerPair
from netexplorer.ui.socket_watcher import QtSocketWatcher
from netexplorer.ui.view import Request, ViewPage
from netexplorer.ui.view_inputs import input_widgets, read_inputs, write_inputs
from netexplorer.ui.widgets import named, scrolling
from netexplorer.ui.workers import ResolverPool


class ClientServerTab(ViewPage):
    """A live TCP or UDP server and client on Python's socket module, side by side.

    The engine's socket calls run on the GUI thread, woken by
    ``QSocketNotifier`` (:class:`QtSocketWatcher`); the transport can change
    only while the server is stopped and the client idle.

    Signals:
        serverResolved(): the server's getaddrinfo finished (then it started or failed).
        clientResolved(): the client's getaddrinfo finished (then it connects or failed).
    """

    serverResolved = Signal()
    clientResolved = Signal()

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watcher = QtSocketWatcher(self)
        self.formatter = EventFormatter(self)
        self.conversation = Conversation()
        self.server_pane = ServerPane(pool, self.watcher, self.formatter)
        self.client_pane = ClientPane(pool, self.watcher, self.formatter)
        self.server_pane.recorder = lambda event: self._record(Side.SERVER, event)
        self.client_pane.recorder = lambda event: self._record(Side.CLIENT, event)
        self.server_pane.resolved.connect(self.serverResolved)
        self.client_pane.resolved.connect(self.clientResolved)
        self.server_pane.resolved.connect(self._server_resolved)
        self.server_pane.stateChanged.connect(self._lock_transport)
        self.client_pane.stateChanged.connect(self._lock_transport)
        self.sequence = SequencePanel(self.conversation)
        self.scripts = ScriptsView(self.server_pane, self.client_pane)
        self.hints = Hints(pool, self.server_pane, self.client_pane, self.conversation, self)
        self.lan_panel = LanPanel(pool, self.server_pane)
        #: "Bind server here" also points the client at the server, once it runs.
        self._point_client = False
        self._connect_logs_and_diagram()
        for pane in (self.server_pane, self.client_pane):
            pane.milestone.connect(lambda event, side=pane.SIDE: self._record_history(side, event))
            pane.failed.connect(
                lambda error, code, side=pane.SIDE: self._record_failure(side, error, code)
            )

        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.setChildrenCollapsible(False)
        panes.addWidget(scrolling(self.server_pane))  # a 600-pixel screen scrolls each pane
        panes.addWidget(scrolling(self.client_pane))
        panes.setSizes([600, 500])
        self.below = QTabWidget()
        self.below.setDocumentMode(True)
        self.below.addTab(self.sequence, self.tr("Se&quence diagram"))
        self.below.addTab(self.scripts, self.tr("Pyt&hon scripts"))
        self.below.addTab(self.lan_panel, self.tr("Let classmates connect"))
        self.server_pane.all_interfaces_check.toggled.connect(self._show_lan_panel)
        self._show_lan_panel(False)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        parts.addWidget(panes)
        parts.addWidget(self.below)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        parts.setSizes([700, 300])  # the panes first; the diagram takes what is left
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_transport())
        layout.addWidget(parts, 1)
        self._transport_changed()
        self._lock_transport()

    @Slot(bool)
    def _show_lan_panel(self, shown: bool) -> None:
        """Show the "Let classmates connect" page while every interface is allowed."""
        self.below.setTabVisible(self.below.indexOf(self.lan_panel), shown)
        if shown:
            self.below.setCurrentWidget(self.lan_panel)
            self.lan_panel.follow()
        elif self.below.currentWidget() is self.lan_panel:
            self.below.setCurrentWidget(self.sequence)

    def _connect_logs_and_diagram(self) -> None:
        """Let a call clicked in the diagram select its log row, and a selected row its call."""
        self.sequence.view.callClicked.connect(self._select_row)
        for log in (self.server_pane.log, self.client_pane.log):
            log.view.selectionModel().selectionChanged.connect(
                lambda selected, _, log=log: self._row_selected(log, selected)
            )
        self.sequence.view.timer.timeout.connect(self._show_drops)

    def _record(self, side: Side, event: Event) -> int:
        """Add an engine event to the diagram (drawn on its timer); return its serial number."""
        serial = self.conversation.add(side, event)
        self.sequence.view.schedule()
        return serial

    @Slot(int)
    def _select_row(self, serial: int) -> None:
        for log in (self.server_pane.log, self.client_pane.log):
            log.flush()
            row = log.model.find_key(serial)
            if row >= 0:
                log.view.selectRow(row)
                log.view.scrollTo(log.model.index(row, 0))
                return

    def _row_selected(self, log: EventLog, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        key = indexes[0].data(KEY_ROLE) if indexes else 0
        if key:
            self.sequence.view.select_serial(int(key))

    @Slot()
    def _show_drops(self) -> None:
        for text in self.hints.dropped_text():
            self.client_pane.log.add_rows([self.formatter.info_row(text)])
            self.client_pane.show_hint(text)

    def _build_transport(self) -> QHBoxLayout:
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
        self.transport_combo.currentIndexChanged.connect(self._transport_changed)
        top = QHBoxLayout()
        transport_label = QLabel(self.tr("Tra&nsport:"))
        transport_label.setBuddy(self.transport_combo)
        top.addWidget(transport_label)
        top.addWidget(self.transport_combo)
        self.transport_hint = QLabel()
        self.transport_hint.setWordWrap(True)
        top.addWidget(self.transport_hint, 1)
        return top

    @property
    def server(self) -> Server:
        """Return the server engine."""
        return self.server_pane.server

    @property
    def client(self) -> Client:
        """Return the client engine."""
        return self.client_pane.client

    @property
    def transport(self) -> Transport:
        """Return the transport chosen in the combo."""
        return Transport(str(self.transport_combo.currentData()))

    @Slot()
    def _transport_changed(self) -> None:
        transport = self.transport
        self.server_pane.set_transport(transport)
        self.client_pane.set_transport(transport)
        self.transport_hint.setText(
            self.tr("UDP: the server sees peers with recvfrom() and answers with sendto().")
            if transport is Transport.UDP
            else self.tr("TCP: the server listen()s and accept()s; each client gets a connection.")
        )
        self.scripts.refresh()
        self.hints.schedule()

    @Slot()
    def _lock_transport(self) -> None:
        idle = not self.server.running and self.client.state is ClientState.IDLE
        self.transport_combo.setEnabled(idle)
        self.transport_combo.setToolTip(
            "" if idle else self.tr("Stop the server and disconnect the client to change it.")
        )

    # What the window, the self-test and the getaddrinfo tab call ------------------------

    @Slot()
    def start_server(self) -> None:
        """Resolve the bind address on the worker, then bind and listen."""
        self.server_pane.start()

    @Slot()
    def stop_server(self) -> None:
        """Close the listening socket and every connection now."""
        self.server_pane.stop()

    @Slot()
    def connect_client(self) -> None:
        """Resolve the server's address on the worker, then connect."""
        self.client_pane.connect_client()

    @Slot()
    def disconnect_client(self) -> None:
        """Close the client socket (or stop waiting for its address)."""
        self.client_pane.disconnect_client()

    @Slot()
    def send_message(self) -> None:
        """Send the client's message box's text (UTF-8) to the server."""
        self.client_pane.send_message()

    def _choose_transport(self, entry: AddrInfo) -> None:
        """Switch to a getaddrinfo result's socket type, where it is TCP or UDP and allowed."""
        for transport in Transport:
            if entry.type == transport.socktype and self.transport_combo.isEnabled():
                self.transport_combo.setCurrentIndex(self.transport_combo.findData(transport.value))

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
        for pane in (self.server_pane, self.client_pane):
            pane.host_input.setText(host)
            pane.port_input.setText(port)
        once = Qt.ConnectionType.SingleShotConnection
        self.serverResolved.connect(lambda: self.server.running and self.connect_client(), once)
        self.start_server()

    def bind_here(self, entry: AddrInfo) -> None:
        """Start the server on a getaddrinfo result, and point the client at it once it runs."""
        self.stop_server()
        self.server_pane.fill(entry)
        self._choose_transport(entry)
        self._point_client = True
        self.start_server()

    @Slot()
    def _server_resolved(self) -> None:
        listening = self.server.listening
        if self._point_client and listening is not None:
            self.client_pane.point_at(*sockaddrs.connectable(listening.sockaddr))
        self._point_client = False

    def connect_here(self, entry: AddrInfo) -> None:
        """Connect the client to a getaddrinfo result, warning if no server of ours is there."""
        self.disconnect_client()
        self.client_pane.fill(entry)
        self._choose_transport(entry)
        self.hints.timer.stop()  # this warning, not the one the inputs' change would bring
        self.hints.connect_here(entry.sockaddr)
        self.connect_client()

    def shutdown(self) -> None:
        """Close every socket, stop timers and drop pending resolutions (window closing)."""
        self.hints.shutdown()
        self.lan_panel.shutdown()
        self.sequence.view.timer.stop()
        self.client_pane.shutdown()
        self.server_pane.shutdown()
        self.watcher.close()

    # Taking part in the lab session (see ViewPage) ----------------------------------------

    def _record_history(self, side: str, event: Event) -> None:
        entry = event_entry(self.view_name, side, event, self.formatter, self.inputs())
        self.actionRecorded.emit(entry)

    def _record_failure(self, side: str, error: ExplainedError, code: str) -> None:
        self.actionRecorded.emit(failure_entry(self.view_name, side, error, code, self.inputs()))

    def inputs(self) -> Inputs:
        """Return every named input of both panes and the transport."""
        return read_inputs(input_widgets([self]))

    def set_inputs(self, inputs: Inputs) -> None:
        """Put stored inputs back (the transport only while it may change)."""
        write_inputs(input_widgets([self]), inputs)

    def replay(self, entry: HistoryEntry) -> bool:
        """Start or stop the server, or connect or close the client, with the stored inputs."""
        actions = {
            "serverStart": (self.stop_server, self.start_server),
            "serverStop": (self.stop_server,),
            "clientConnect": (self.disconnect_client, self.connect_client),
            "clientDisconnect": (self.disconnect_client,),
        }
        if entry.action not in actions:
            return False
        self.set_inputs(entry.inputs)
        for step in actions[entry.action]:
            step()
        return True

    def show_stored(self, entry: HistoryEntry) -> bool:
        """Put the stored inputs back and show the stored event in its pane's status line.

        Sockets are live things: nothing is started, stopped or connected.
        """
        self.set_inputs(entry.inputs)
        pane = self.client_pane if entry.action.startswith("client") else self.server_pane
        text = f"{stored_note(entry)}: {entry.outcome}" if entry.outcome else stored_note(entry)
        pane.status_label.setText(text)
        pane.status_label.setProperty("failed", entry.error is not None)
        return True

    def export_table(self) -> Table:
        """Return the connections table as shown."""
        return model_table(self.server_pane.connections_model)
