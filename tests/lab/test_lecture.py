"""Every call of the lecture, from the examples menu, gives in its view what Python gives.

The lab has no Internet: the lecture's names (cern.ch, google.com, iana.org…) get
REFUSED, which glibc reports as EAI_AGAIN — as an offline lab computer would see.
"""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QLabel, QMenu

from netexplorer.core import codegen, lecture
from netexplorer.ui import examples
from tests.lab import gui

pytestmark = pytest.mark.lab


def trigger(qtbot, window, example: lecture.Example):
    menu = window.findChild(QMenu, "examplesMenu")
    text = codegen.expression(example.call)
    action = next(a for a in menu.actions() if a.text() == text)
    page = gui.tab(window, examples.request_for(example).target)
    with qtbot.waitSignal(page.lookupFinished, timeout=gui.LOOKUP_TIMEOUT_MS):
        action.trigger()
    assert window.current_view() is page
    return page


def netdb_expected(function: str, *args: object) -> list[str] | str:
    """The value a services or protocols database call returns, or its error's name."""
    try:
        return [str(getattr(socket, function)(*args))]
    except OSError:
        return "OSError"


@pytest.mark.parametrize("example", lecture.EXAMPLES, ids=lambda e: codegen.expression(e.call))
def test_every_example_gives_what_python_gives(qtbot, window, lab, example):
    page = trigger(qtbot, window, example)
    call = example.call
    if call.function == "getaddrinfo":
        q = lecture.addrinfo_query(call)
        wanted = gui.addrinfo_expected(
            q.host, q.port, q.family.value, q.type.value, q.proto.value, q.flags.value
        )
        assert gui.addrinfo_shown(page) == wanted
    elif call.function == "gethostname":
        assert gui.shown_for(page, "gethostname") == [("host name", socket.gethostname())]
    elif call.function in ("gethostbyname_ex", "gethostbyaddr"):
        assert gui.shown_for(page, call.function) == gui.host_ex_expected(
            call.function, str(call.args[0])
        )
    elif call.function == "gethostbyname":
        try:
            wanted_rows: list[tuple[str, str]] | str = [
                ("IPv4 address", socket.gethostbyname(str(call.args[0])))
            ]
        except OSError as exc:
            wanted_rows = gui.error_name(exc)
        assert gui.shown_for(page, "gethostbyname") == wanted_rows
    else:
        shown = gui.shown_for(page, call.function)
        values = shown if isinstance(shown, str) else [value for _, value in shown]
        assert values == netdb_expected(call.function, *call.args)
    slide = gui.child(page, QLabel, "slideLabel")
    assert slide.isVisible() == bool(example.slide)


def test_offline_the_slide_stands_beside_the_reason(qtbot, window, lab):
    google = next(e for e in lecture.EXAMPLES if e.call.args[:1] == ("google.com",))
    page = trigger(qtbot, window, google)
    slide = gui.child(page, QLabel, "slideLabel").text()
    assert slide == "The slide says 216.58.212.110; this computer cannot find out: EAI_AGAIN."
    qtbot.waitUntil(lambda: "no usable answer" in gui.child(page, QLabel, "diagnosisLabel").text())
