"""The examples menu: one action per call of the lecture, each filling the right view and running it.

Examples whose names need the Internet are run in the DNS lab (tests/lab/test_lecture.py);
here every action is checked to reach its view, and the offline ones are run.
"""

import ast
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from netexplorer.core import codegen, lecture
from netexplorer.ui import examples, registry
from netexplorer.ui.client_server import ClientServerTab
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.requests import RunAddrinfo, RunHost, RunProtoService, RunReverse
from tests.unit.ui import fakes

OFFLINE = [
    example
    for example in lecture.EXAMPLES
    if not any(isinstance(a, str) and "." in a and not a[0].isdigit() for a in example.call.args)
]


def menu_actions(window: MainWindow) -> list[QAction]:
    menu = window.findChild(QMenu, "examplesMenu")
    assert isinstance(menu, QMenu)
    return [action for action in menu.actions() if not action.isSeparator()]


def test_one_action_per_call_written_as_python_writes_it(window: MainWindow) -> None:
    texts = [action.text() for action in menu_actions(window)]
    assert texts[:-1] == [codegen.expression(example.call) for example in lecture.EXAMPLES]
    assert "socket.getaddrinfo(None, 'smtp', 0, socket.SOCK_STREAM, 0)" in texts
    assert (
        "socket.getaddrinfo('iana.org', 'www', 0, socket.SOCK_STREAM, 0, "
        "socket.AI_ADDRCONFIG | socket.AI_V4MAPPED)"
    ) in texts
    pair = menu_actions(window)[-1]
    assert pair.text().startswith("Server and client: s.bind() and s.connect()")
    assert examples.pair_text() in pair.toolTip()  # the two calls in full
    functions = {example.call.function for example in lecture.EXAMPLES}
    assert {"gethostname", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"} <= functions


def test_each_example_asks_for_the_view_that_makes_its_call() -> None:
    targets = {RunHost: "hostTab", RunReverse: "reverseTab", RunProtoService: "protoServiceTab",
               RunAddrinfo: "addrinfoTab"}  # fmt: skip
    for example in lecture.EXAMPLES:
        request = examples.request_for(example)
        assert request.target == targets[type(request)]
        if isinstance(request, RunAddrinfo):
            assert codegen.expression(request.query.lookup().call).startswith(
                f"socket.getaddrinfo({codegen.literal(example.call.args[0])}, "
            )


def python_answer(example: lecture.Example) -> Any:
    call = example.call
    if call.function == "getaddrinfo":
        q = lecture.addrinfo_query(call)
        args = (q.host, q.port, q.family.value, q.type.value, q.proto.value, q.flags.value)
        return fakes.outcome(socket.getaddrinfo, *args)
    return fakes.outcome(getattr(socket, call.function), *call.args)


@pytest.mark.parametrize("example", OFFLINE, ids=lambda e: codegen.expression(e.call))
def test_an_offline_example_runs_in_its_view_as_python_runs_it(
    window: MainWindow, qtbot: QtBot, example: lecture.Example
) -> None:
    action = next(a for a in menu_actions(window) if a.text() == codegen.expression(example.call))
    target = examples.request_for(example).target
    page = fakes.tab(window, target)
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        action.trigger()
    assert window.current_view() is page
    printed = fakes.code_values(fakes.code(page))
    wanted = python_answer(example)
    if example.call.function == "gethostname":
        assert printed[0] == wanted
    elif example.call.function == "getaddrinfo":
        assert printed == [wanted]
        if isinstance(wanted, list):
            assert [row[4] for row in fakes.answer(page)] == [repr(info[4]) for info in wanted]
    else:
        assert wanted in printed
        if not isinstance(wanted, tuple) or not isinstance(wanted[0], type):
            assert str(wanted if not isinstance(wanted, tuple) else wanted[0]) in [
                row[2] for row in fakes.answer(page)
            ]
    slide = fakes.child(page, QLabel, "slideLabel")
    if example.slide:
        assert not slide.isHidden()
        assert slide.text().startswith(f"The slide says {example.slide}; this computer")
    else:
        assert slide.isHidden()


def test_icmp_sets_the_slide_beside_this_computer(window: MainWindow, qtbot: QtBot) -> None:
    action = next(a for a in menu_actions(window) if a.text() == "socket.getprotobyname('icmp')")
    page = fakes.tab(window, "protoServiceTab")
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        action.trigger()
    text = fakes.child(page, QLabel, "slideLabel").text()
    assert text == f"The slide says 7; this computer says {socket.getprotobyname('icmp')}."


def smtp_port_free() -> str:
    """Return why this test cannot bind the lecture's port 25 here ('' if it can)."""
    probe = socket.socket()
    try:
        probe.bind(("127.0.0.1", socket.getservbyname("smtp")))
    except OSError as exc:
        return f"cannot bind 127.0.0.1:25 here: {exc}"
    finally:
        probe.close()
    return ""


def test_the_client_server_pair(window: MainWindow, qtbot: QtBot) -> None:
    if reason := smtp_port_free():
        pytest.skip(reason)
    tab = window.view(ClientServerTab)
    pair = menu_actions(window)[-1]
    with qtbot.waitSignal(tab.clientResolved, timeout=fakes.FINISH_MS):
        pair.trigger()
    assert window.current_view() is tab
    infolist = socket.getaddrinfo(None, "smtp", socket.AF_INET, socket.SOCK_STREAM)
    address = fakes.child(tab, QLabel, "serverAddressLabel").text()
    assert address == repr(infolist[0][4])
    qtbot.waitUntil(lambda: fakes.child(tab, QLabel, "clientPeerLabel").text() == address)
    tab.disconnect_client()
    tab.stop_server()


def test_the_menu_imports_no_view() -> None:
    """It reaches the views only through requests that the main window carries out."""
    tree = ast.parse(Path(examples.__file__).read_text(encoding="utf-8"))
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    views = tuple(spec.module for spec in registry.VIEWS)
    assert not [name for name in imported if name.startswith(views)]


def test_the_menu_fits_a_netbook_screen(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "examplesMenu")
    assert menu.sizeHint().width() <= 1024 - 40, menu.sizeHint()
