"""The examples menu: one action per call of the lecture, which fills the right view and runs it.

The menu never touches a view's widgets: each action hands a request to the
main window, and the view the request names fills itself in.
"""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from netexplorer.core import codegen, lecture
from netexplorer.core.lecture import Example
from netexplorer.ui.i18n import LRI, PDI
from netexplorer.ui.requests import (
    RunAddrinfo,
    RunClientServerPair,
    RunHost,
    RunProtoService,
    RunReverse,
)
from netexplorer.ui.view import Request

#: Where the lecture's client/server pair binds and connects: what
#: ``getaddrinfo(None, 'smtp', AF_INET, SOCK_STREAM)[0][4]`` gives (loopback, port 25).
PAIR_HOST, PAIR_PORT = "127.0.0.1", "smtp"


def _tr(text: str) -> str:
    return QCoreApplication.translate("examples", text)


def request_for(example: Example) -> Request:
    """Return the request that fills the right view with ``example`` and runs it."""
    call, args = example.call, example.call.args
    first = str(args[0]) if args else ""
    if call.function == "gethostname":
        return RunHost("", this_host=True, example=example)
    if call.function in ("gethostbyname", "gethostbyname_ex"):
        return RunHost(first, example=example)
    if call.function == "gethostbyaddr":
        return RunReverse(first, example)
    if call.function == "getprotobyname":
        return RunProtoService(protocol=first, example=example)
    if call.function in ("getservbyname", "getservbyport"):
        proto = str(args[1]) if len(args) > 1 else "any"
        return RunProtoService(service=first, proto=proto, example=example)
    return RunAddrinfo(lecture.addrinfo_query(call), example)


def code_text(code: str) -> str:
    """Return ``code`` as a menu shows it: left to right in a right-to-left menu too.

    Without the isolate an Arabic menu showed "()socket.gethostname".
    """
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"{LRI}{code}{PDI}"
    return code


def pair_text() -> str:
    """Return the pair action's text: the lecture's two getaddrinfo calls, bind and connect."""
    server = codegen.expression(lecture.PAIR.server)
    client = codegen.expression(lecture.PAIR.client)
    return _tr("s.bind({}[0][4]) and s.connect({}[0][4])").format(server, client)


def fill_menu(menu: QMenu, carry_out: Callable[[Request], None]) -> None:
    """Fill the examples menu; each action hands its request to ``carry_out``."""
    previous = ""
    for example in lecture.EXAMPLES:
        request = request_for(example)
        if previous and request.target != previous:  # one group per view
            menu.addSeparator()
        previous = request.target
        action = QAction(code_text(codegen.expression(example.call)), menu)
        if example.slide:
            action.setToolTip(_tr("The slide shows {}").format(example.slide))
        action.triggered.connect(partial(carry_out, request))
        menu.addAction(action)
    menu.addSeparator()
    # The two calls in full would make the menu wider than a netbook's screen:
    # the action names them, its tooltip writes them out.
    pair = QAction(_tr("Server and client: s.bind() and s.connect() to getaddrinfo(…)[0][4]"), menu)
    pair.setToolTip(
        _tr("Start the lecture's server, then connect its client to it:") + "\n" + pair_text()
    )
    pair.triggered.connect(partial(carry_out, RunClientServerPair(PAIR_HOST, PAIR_PORT)))
    menu.addAction(pair)
