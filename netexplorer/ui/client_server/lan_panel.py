"""The "Let classmates connect" panel: addresses a neighbour can read from the next seat.

It shows this computer's non-loopback addresses with the server's port in a
large font, and what may still stand in the way (the bind host, a firewall).
"""

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from netexplorer.core import lan, platform, sockaddrs
from netexplorer.core.engine import exposure, is_wildcard, parse_endpoint
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.results import InternalError
from netexplorer.ui.client_server.server_pane import ServerPane
from netexplorer.ui.text import internal_error_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool

#: How much larger than the window's font the addresses are.
ADDRESS_SCALE = 2.0
#: How long looking up this computer's addresses may take.
LOOKUP_DEADLINE_MS = 5000


class LanPanel(QGroupBox):
    """The computer's non-loopback addresses with the server's port, for a neighbour to type.

    The addresses are looked up on the resolver pool (``getaddrinfo`` of this
    computer's name may ask DNS) when the panel is first shown.  It follows
    the server pane: the port it binds (or its port input), and whether its
    bind host takes in every interface.
    """

    def __init__(
        self, pool: ResolverPool, server: ServerPane, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.server = server
        self.setTitle(self.tr("Let classmates connect"))
        named(self, "serverLanPanel", self.tr("Let classmates connect"))
        self.pool = pool
        self.job: Job[lan.LanAddresses] | None = None
        self.found: lan.LanAddresses | None = None
        self.port = ""
        self.every_interface = False
        self.addresses = QLabel(self.tr("Looking up this computer's addresses…"))
        named(self.addresses, "serverLanAddresses", self.tr("This computer's addresses"))
        self.addresses.setTextFormat(Qt.TextFormat.PlainText)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * ADDRESS_SCALE)
        font.setBold(True)
        self.addresses.setFont(font)
        self.note = QLabel()
        named(self.note, "serverLanNote", self.tr("What classmates need"))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.addresses)
        layout.addWidget(self.note)
        layout.addStretch(1)
        for edit in (server.host_input, server.port_input):
            edit.textChanged.connect(self.follow)
        server.stateChanged.connect(self.follow)
        self._show()

    @Slot()
    def follow(self) -> None:
        """Show the server pane's port and whether its bind host lets classmates in."""
        listening = self.server.server.listening
        port = str(listening.port) if listening else self.server.port_input.text().strip()
        if listening is not None:  # judged from the address really bound
            every = exposure.beyond_loopback(listening.sockaddr)
        else:
            try:
                host = parse_endpoint(self.server.host_input.text(), "0").host
            except InvalidInput:
                host = ""
            every = host is None or (bool(host) and is_wildcard(host))
        self.show_port(port, every_interface=every)

    def show_port(self, port: str, *, every_interface: bool) -> None:
        """Show the addresses with ``port``, and whether the bind host lets classmates in."""
        self.port = port
        self.every_interface = every_interface
        if self.found is None and self.job is None and not self.isHidden():
            self.look_up()
        self._show()

    def look_up(self) -> None:
        """Find this computer's addresses on the resolver pool."""
        self.job = self.pool.submit(lan.lan_addresses, LOOKUP_DEADLINE_MS).then(
            self._found, self._failed, lambda started: self._failed(None)
        )

    def _found(self, found: lan.LanAddresses) -> None:
        self.job, self.found = None, found
        self._show()

    def _failed(self, error: InternalError | None) -> None:
        self.job = None
        self.addresses.setText(
            internal_error_text(error)
            if error is not None
            else self.tr("This computer's addresses were not found in time.")
        )

    def _show(self) -> None:
        if self.found is None:
            return
        port = self.port or "?"
        lines = [
            sockaddrs.host_port(address, int(port))
            if port.isdigit()
            else self.tr("{} port {}").format(address, port)
            for address in self.found.addresses
        ]
        self.addresses.setText(
            "\n".join(lines) or self.tr("This computer has no address other than loopback.")
        )
        notes = [
            self.tr(
                "Classmates type one of these addresses and the port into their client "
                "(this computer's name is {})."
            ).format(self.found.hostname or "?"),
        ]
        if not self.every_interface:
            notes.append(
                self.tr(
                    "The bind host must be empty, 0.0.0.0 or :: (every interface): a server "
                    "bound to 127.0.0.1 only hears this computer."
                )
            )
        if platform.firewall_asks_about_servers():
            notes.append(
                self.tr(
                    "Windows Defender Firewall asks the first time a program serves: allow it "
                    "on private networks, or classmates' connections time out."
                )
            )
        self.note.setText(" ".join(notes))

    def shutdown(self) -> None:
        """Stop waiting for the lookup."""
        if self.job is not None:
            self.pool.abandon(self.job)
            self.job = None
