"""The main window: one tab per part of the lecture."""

import logging
from importlib import resources

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

import netexplorer
from netexplorer.core.results import AddrInfo
from netexplorer.ui import settings
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.proto_service_tab import ProtoServiceTab
from netexplorer.ui.reverse_tab import ReverseTab
from netexplorer.ui.workers import ResolverPool

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 760)
MAX_DEADLINE_S = 600


def app_icon() -> QIcon:
    """Return the application icon shipped inside the package (empty if missing)."""
    icon = resources.files("netexplorer") / "resources" / "icon.png"
    if not icon.is_file():
        log.warning("application icon missing: %s", icon)
        return QIcon()
    with resources.as_file(icon) as path:
        return QIcon(str(path))


class MainWindow(QMainWindow):
    """The window with the Host, Reverse, Protocol/Service, getaddrinfo and Client/Server tabs."""

    def __init__(self, pool: ResolverPool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("netexplorer — names, addresses and sockets"))
        self.setWindowIcon(app_icon())
        self.pool = pool or ResolverPool(parent=self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.host_tab = HostTab(self.pool)
        self.reverse_tab = ReverseTab(self.pool)
        self.proto_service_tab = ProtoServiceTab(self.pool)
        self.addrinfo_tab = AddrinfoTab(self.pool)
        self.client_server_tab = ClientServerTab(self.pool)
        for page, name, title in (
            (self.host_tab, "hostTab", self.tr("&Host")),
            (self.reverse_tab, "reverseTab", self.tr("&Reverse")),
            (self.proto_service_tab, "protoServiceTab", self.tr("&Protocol/Service")),
            (self.addrinfo_tab, "addrinfoTab", self.tr("&getaddrinfo")),
            (self.client_server_tab, "clientServerTab", self.tr("&Client/Server")),
        ):
            page.setObjectName(name)
            page.setAccessibleName(name)
            self.tabs.addTab(page, title)
        self.setCentralWidget(self.tabs)
        self.host_tab.openInAddrinfo.connect(self.open_in_addrinfo)
        self.addrinfo_tab.bindServerHere.connect(self.bind_server_here)
        self.addrinfo_tab.connectClientHere.connect(self.connect_client_here)
        self._build_menus()

        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        deadline = QAction(self.tr("Lookup &deadline…"), self)
        deadline.triggered.connect(self.ask_deadline)
        settings_menu.addAction(deadline)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About netexplorer"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    @Slot()
    def show_about(self) -> None:
        """Show the version and what the program is for."""
        QMessageBox.about(
            self,
            self.tr("About netexplorer"),
            self.tr(
                "netexplorer {}\n\nShows what Python's socket module really returns when a "
                "computer turns names into addresses and addresses into sockets."
            ).format(netexplorer.__version__),
        )

    @Slot()
    def ask_deadline(self) -> None:
        """Let the user choose how long a lookup may take before it is reported timed out."""
        seconds, accepted = QInputDialog.getInt(
            self,
            self.tr("Lookup deadline"),
            self.tr("Report a lookup as timed out after this many seconds:"),
            settings.lookup_deadline_ms() // 1000,
            1,
            MAX_DEADLINE_S,
        )
        if accepted:
            settings.set_lookup_deadline_ms(seconds * 1000)

    @Slot(str)
    def open_in_addrinfo(self, host: str) -> None:
        """Show the getaddrinfo tab with ``host`` filled in and look it up."""
        self.addrinfo_tab.host_input.setText(host)
        self.tabs.setCurrentWidget(self.addrinfo_tab)
        self.addrinfo_tab.run_lookup()

    @Slot(object)
    def bind_server_here(self, entry: AddrInfo) -> None:
        """Show the Client/Server tab and start its server on a getaddrinfo result."""
        self.tabs.setCurrentWidget(self.client_server_tab)
        self.client_server_tab.bind_here(entry)

    @Slot(object)
    def connect_client_here(self, entry: AddrInfo) -> None:
        """Show the Client/Server tab and connect its client to a getaddrinfo result."""
        self.tabs.setCurrentWidget(self.client_server_tab)
        self.client_server_tab.connect_here(entry)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry, stop waiting for lookups and close every socket."""
        settings.save_window_geometry(self.saveGeometry())
        for tab in (self.host_tab, self.reverse_tab, self.proto_service_tab, self.addrinfo_tab):
            tab.abandon()
        self.client_server_tab.shutdown()
        super().closeEvent(event)
