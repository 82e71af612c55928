"""Capture the README's screenshots: each tab after a typical lookup.

Run under a real display, e.g. ``PYTHONPATH=. xvfb-run -a .venv/bin/python docs/screenshots.py``.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from netexplorer.ui.i18n import install_translators
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(ms: int = 300) -> None:
    """Let the event loop run for ``ms`` so results and layouts land."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def capture(window: MainWindow, tab: LookupTab, name: str) -> None:
    """Run the tab's lookup, show it and save a PNG of the window."""
    window.tabs.setCurrentWidget(tab)
    tab.run_lookup()
    settle()
    if tab.table.model().rowCount():
        tab.table.selectRow(0)
    settle(100)
    window.grab().save(str(OUT / f"{name}.png"))


def capture_client_server(window: MainWindow) -> None:
    """Start the server, connect the client, send the lecture's reply and save a PNG."""
    tab = window.client_server_tab
    window.tabs.setCurrentWidget(tab)
    tab.server_pane.port_input.setText("0")
    tab.start_server()
    settle()
    port = tab.server_pane.address_label.text().rsplit(",", 1)[-1].strip(" )")
    tab.client_pane.port_input.setText(port)
    tab.connect_client()
    settle()
    tab.send_message()
    settle(400)
    window.grab().save(str(OUT / "client-server.png"))
    tab.shutdown()


def main() -> int:
    """Capture every lookup tab."""
    app = QApplication(sys.argv)
    app.setOrganizationName("netexplorer-screenshots")
    install_translators(app)
    window = MainWindow()
    window.resize(1100, 760)
    window.show()
    settle()
    window.host_tab.host_input.setText("localhost")
    capture(window, window.host_tab, "host")
    window.reverse_tab.address_input.setText("127.0.0.1")
    window.reverse_tab.port_input.setText("80")
    capture(window, window.reverse_tab, "reverse")
    window.proto_service_tab.protocol_input.setText("icmp")
    window.proto_service_tab.service_input.setText("www")
    capture(window, window.proto_service_tab, "protocol-service")
    window.addrinfo_tab.port_input.setText("www")
    window.addrinfo_tab.flag_boxes["AI_PASSIVE"].setChecked(True)
    capture(window, window.addrinfo_tab, "getaddrinfo")
    capture_client_server(window)
    window.close()
    window.pool.shutdown(2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
