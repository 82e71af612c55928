"""Capture the README's screenshots: each view of the registry after a typical use.

Run under a real display, e.g. ``PYTHONPATH=. xvfb-run -a .venv/bin/python docs/screenshots.py``.
"""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.i18n import install_translators
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.proto_service_tab import ProtoServiceTab
from netexplorer.ui.reverse_tab import ReverseTab
from netexplorer.ui.view import ViewPage

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(ms: int = 300) -> None:
    """Let the event loop run for ``ms`` so results and layouts land."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def capture(window: MainWindow, page: ViewPage, name: str) -> None:
    """Show the view (running its lookup, if it is a lookup view) and save a PNG of the window."""
    window.tabs.setCurrentWidget(page)
    if isinstance(page, LookupTab):
        page.run_lookup()
        settle()
        if page.table.model().rowCount():
            page.table.selectRow(0)
    settle(100)
    window.grab().save(str(OUT / f"{name}.png"))


def prepare_host(page: HostTab) -> None:
    """Look up localhost."""
    page.host_input.setText("localhost")


def prepare_reverse(page: ReverseTab) -> None:
    """Look up 127.0.0.1 port 80."""
    page.address_input.setText("127.0.0.1")
    page.port_input.setText("80")


def prepare_proto_service(page: ProtoServiceTab) -> None:
    """Look up icmp and www."""
    page.protocol_input.setText("icmp")
    page.service_input.setText("www")


def prepare_addrinfo(page: AddrinfoTab) -> None:
    """Look up None, www with AI_PASSIVE."""
    page.port_input.setText("www")
    page.args.flag_grid.boxes["AI_PASSIVE"].setChecked(True)


def prepare_client_server(page: ClientServerTab) -> None:
    """Start the server, connect the client and send the lecture's reply."""
    page.server_pane.port_input.setText("0")
    page.start_server()
    settle()
    port = page.server_pane.address_label.text().rsplit(",", 1)[-1].strip(" )")
    page.client_pane.port_input.setText(port)
    page.connect_client()
    settle()
    page.send_message()
    settle(400)


def capture_history(window: MainWindow) -> None:
    """Show the first history entry again (as a click on it does) and save the window."""
    window.sessions.model.flush()
    window.sessions.dock.view.selectRow(0)
    settle(200)
    window.grab().save(str(OUT / "history.png"))


#: Per view name: the screenshot's file name and what to do before taking it.
#: A view not listed here is captured as it opens, under its object name.
SHOTS: dict[str, tuple[str, Callable[[Any], None]]] = {
    "hostTab": ("host", prepare_host),
    "reverseTab": ("reverse", prepare_reverse),
    "protoServiceTab": ("protocol-service", prepare_proto_service),
    "addrinfoTab": ("getaddrinfo", prepare_addrinfo),
    "clientServerTab": ("client-server", prepare_client_server),
}


def main() -> int:
    """Capture every view of the registry."""
    app = QApplication(sys.argv)
    app.setOrganizationName("netexplorer-screenshots")
    install_translators(app)
    window = MainWindow()
    window.resize(1100, 760)
    window.show()
    settle()
    for spec, page in window.views:
        name, prepare = SHOTS.get(spec.name, (spec.name, lambda page: None))
        prepare(page)
        capture(window, page, name)
    capture_history(window)
    window.sessions.forget_this_session()  # not the user's last session
    window.close()
    window.pool.shutdown(2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
