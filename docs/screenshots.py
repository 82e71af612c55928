"""Capture the README's screenshots: each view of the registry after a typical use.

Run under a real display, e.g. ``PYTHONPATH=. xvfb-run -a .venv/bin/python docs/screenshots.py``;
inside the DNS lab (``scripts/lab-shell -- xvfb-run -a …``) the DNS view shows the lab's answers.

Options take the classroom's screens: ``--size 1024x600`` (the window's size in
screen pixels), ``--scale 1.5`` (``QT_SCALE_FACTOR``), ``--theme dark``,
``--lang ar`` and ``--only hostTab,addrinfoTab``; the file names then end in
``-1024x600``, ``-150pct``, ``-dark``, ``-ar``.  Settings go to a temporary
folder, so nothing is remembered from or for the real profile.
"""

import argparse
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.client_server.sequence_panel import png_bytes
from netexplorer.ui.dns import DnsTab
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.i18n import install_translators
from netexplorer.ui.lookup_tab import LookupTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.proto_service_tab import ProtoServiceTab
from netexplorer.ui.resolver_tab import ResolverTab
from netexplorer.ui.reverse_tab import ReverseTab
from netexplorer.ui.view import ViewPage

OUT = Path(__file__).resolve().parent / "screenshots"
#: What the file names of this run end with ('' for the README's own screenshots).
SUFFIX = ""
LARGE = (1280, 900)


def settle(ms: int = 300) -> None:
    """Let the event loop run for ``ms`` so results and layouts land."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def capture(window: MainWindow, page: ViewPage, name: str, suffix: str = "") -> None:
    """Show the view (running its lookup, if it is a lookup view) and save a PNG of the window."""
    window.show_view(page)
    if isinstance(page, LookupTab):
        page.run_lookup()
        settle()
        if page.table.model().rowCount():
            page.table.selectRow(0)
    settle(100)
    window.grab().save(str(OUT / f"{name}{suffix}.png"))


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


def capture_grid(window: MainWindow, page: AddrinfoTab) -> None:
    """Compare None, 80, SOCK_STREAM with each flag toggled and save the grid."""
    window.show_view(page)
    with page.filling():
        page.host_input.setText("")
        page.port_input.setText("80")
        page.args.type_combo.setCurrentText("SOCK_STREAM")
        for box in page.args.flag_grid.boxes.values():
            box.setChecked(False)
    page.compare()
    settle(600)
    window.grab().save(str(OUT / "compare-grid.png"))


def capture_diagnosis(window: MainWindow, page: AddrinfoTab) -> None:
    """Ask for an IPv4-only host with AF_INET6 and save the diagnosed error."""
    try:
        socket.getaddrinfo("localhost", 80, socket.AF_INET6)
    except socket.gaierror:
        host = "localhost"  # IPv4 only here, as on many lab computers
    else:
        host = "127.0.0.1"
    window.show_view(page)
    page.results_tabs.setCurrentIndex(0)
    with page.filling():
        page.host_input.setText(host)
        page.args.type_combo.setCurrentText("0")
        page.args.family_combo.setCurrentText("AF_INET6")
    page.run_lookup()
    settle(600)
    window.grab().save(str(OUT / "diagnosis.png"))


def prepare_client_server(page: ClientServerTab) -> None:
    """Have the lecture's conversation, then save the sequence diagram as the window saves it.

    The server pane listens on 127.0.0.1 (port 0: any free one), the client pane
    connects, receives the greeting, sends the lecture's reply and closes; the
    diagram, shown under the panes, is also saved alone (sequence-diagram.png) by the
    README's own run (no size, scale, theme or language given).
    """
    page.server_pane.port_input.setText("0")
    page.start_server()
    settle()
    listening = page.server.listening
    assert listening is not None, page.server_pane.status_label.text()
    page.client_pane.port_input.setText(str(listening.port))
    page.connect_client()
    settle()
    page.send_message()
    settle()
    page.disconnect_client()
    settle(400)
    page.below.setCurrentWidget(page.sequence)
    page.sequence.view.draw_now()
    if not SUFFIX:
        (OUT / "sequence-diagram.png").write_bytes(png_bytes(page.sequence.view.scene()))


def prepare_dns(page: DnsTab) -> None:
    """Ask the server of NETEXPLORER_SCREENSHOT_DNS (default: the DNS lab's) for alias.lab.test.

    Run it inside the lab (``scripts/lab-shell -- …``) so the answer is a CNAME
    chain, and compare with getaddrinfo beside it.
    """
    page.server_input.setText(os.environ.get("NETEXPLORER_SCREENSHOT_DNS", "127.0.0.1"))
    page.name_input.setText("alias.lab.test")
    page.compare.run(page.name_input.text())
    settle(500)


def prepare_resolver(page: ResolverTab) -> None:
    """Read this computer's resolver again."""
    page.refresh()
    settle(500)


def capture_history(window: MainWindow) -> None:
    """Show the first history entry again (as a click on it does) and save the window."""
    window.sessions.model.flush()
    window.sessions.panel.view.selectRow(0)
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
    "dnsTab": ("dns-records", prepare_dns),
    "resolverTab": ("resolver", prepare_resolver),
}


def parse(argv: list[str]) -> argparse.Namespace:
    """Read the options (see the module's docstring)."""
    parser = argparse.ArgumentParser(description="Capture netexplorer's screenshots.")
    parser.add_argument("--size", default="", help="window size WxH in screen pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--lang", default="en", help="interface language (en, ar)")
    parser.add_argument("--only", default="", help="comma-separated view names")
    return parser.parse_args(argv)


def suffix_of(options: argparse.Namespace) -> str:
    """Return what the file names end with for these options ('' for the README's own)."""
    parts = [options.size] if options.size else []
    parts += [f"{round(options.scale * 100)}pct"] if options.scale != 1 else []
    parts += [options.theme] if options.theme != "light" else []
    parts += [options.lang] if options.lang != "en" else []
    return "".join(f"-{part}" for part in parts)


def main(argv: list[str]) -> int:
    """Capture every view of the registry (or those of ``--only``)."""
    options = parse(argv)
    if options.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(options.scale)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("netexplorer-screenshots")
    install_translators(app, options.lang)
    window = MainWindow()
    window.theme.choice = options.theme
    window.theme.apply()
    if options.size:
        width, height = (int(part) for part in options.size.split("x"))
        window.resize(round(width / options.scale), round(height / options.scale))
    else:
        window.resize(1100, 760)
    window.show()
    settle()
    only = [name for name in options.only.split(",") if name]
    global SUFFIX  # noqa: PLW0603 - one run, one set of file names
    suffix = SUFFIX = suffix_of(options)
    for spec, page in window.views:
        if only and spec.name not in only:
            continue
        name, prepare = SHOTS.get(spec.name, (spec.name, lambda page: None))
        prepare(page)
        capture(window, page, name, suffix)
    window.sessions.forget_this_session()  # not the user's last session
    if not suffix:
        capture_history(window)
        addrinfo = window.view(AddrinfoTab)
        window.resize(*LARGE)  # the grid and the diagnosis need more room than one answer
        settle()
        capture_grid(window, addrinfo)
        capture_diagnosis(window, addrinfo)
    window.close()
    if not window.pool.shutdown(2000):
        os._exit(0)  # a lookup of a silent DNS server is still blocked; its thread cannot end
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
