"""Helpers for the lookup views' GUI tests: the shared page helpers, and slow fake lookups."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from netexplorer.core import flags
from netexplorer.core.dns_records import DnsAnswer, DnsQuery, DnsRecord, DnsServer
from netexplorer.core.lookups import Lookup
from netexplorer.core.results import AddrInfo, Call, HostEx
from netexplorer.ui.lookup_tab import LookupTab
from tests.pages import LOOKUP_TIMEOUT_MS, child, code, look_up, lookup_view_names, rows, status
from tests.pages import lookup_view as tab

__all__ = ["child", "code", "look_up", "rows", "status", "tab"]

#: How long a GUI test waits for a lookup to finish.
FINISH_MS = LOOKUP_TIMEOUT_MS
#: The lookup views, from the registry.
TAB_NAMES = lookup_view_names()

#: Per tab: the call a slow fake pretends to make, and the value it finally returns.
SLOW: dict[str, tuple[Call, object]] = {
    "hostTab": (Call("gethostbyname", ("slow.example",)), "192.0.2.7"),
    "reverseTab": (
        Call("gethostbyaddr", ("192.0.2.7",)),
        HostEx("slow.example", (), ("192.0.2.7",)),
    ),
    "protoServiceTab": (Call("getprotobyname", ("slow",)), 253),
    "dnsTab": (
        Call("dns.query", ("slow.example.", "A", "127.0.0.1:53")),
        DnsAnswer(
            DnsQuery("slow.example.", "A", DnsServer("127.0.0.1")),
            DnsServer("127.0.0.1"),
            "NOERROR",
            "UDP",
            ("QR", "RD", "RA"),
            (DnsRecord("answer", "slow.example.", 300, "IN", "A", "192.0.2.7"),),
        ),
    ),
    "addrinfoTab": (
        Call("getaddrinfo", ("slow.example", 80, flags.ZERO, flags.ZERO, flags.ZERO, flags.ZERO)),
        (AddrInfo(2, 1, 6, "", ("192.0.2.7", 80)),),
    ),
}


def running(page: LookupTab) -> bool:
    """Tell whether the view has a lookup in progress (read afresh each time)."""
    return page.running


def model(page: QWidget) -> QAbstractItemModel:
    """Return the model of the view's ``resultsTable``."""
    return child(page, QTableView, "resultsTable").model()


def answer(page: QWidget) -> list[tuple[str, ...]]:
    """Return the rows of ``resultsTable`` without their last column (the change marks)."""
    return [row[:-1] for row in rows(page)]


def marks(page: QWidget) -> list[str]:
    """Return the change column of ``resultsTable``: ``new`` or empty, row by row."""
    return [row[-1] for row in rows(page)]


def explanation(page: QWidget) -> str:
    """Return what the error panel says the error means (empty when it is hidden)."""
    panel = child(page, QWidget, "errorPanel")
    return "" if panel.isHidden() else str(child(panel, QLabel, "errorExplanation").text())


def diagnosis(page: QWidget) -> str:
    """Return the error panel's diagnosis (empty when there is none)."""
    panel = child(page, QWidget, "errorPanel")
    label = child(panel, QLabel, "diagnosisLabel")
    return "" if panel.isHidden() or label.isHidden() else str(label.text())


def run_code(text: str) -> list[object]:
    """Run the code view's text as pasted and return what each ``pprint`` printed."""
    printed: list[object] = []
    namespace: dict[str, object] = {}
    source = text.replace("from pprint import pprint", "")
    assert source != text, "the code does not import pprint"
    namespace["pprint"] = printed.append
    try:
        exec(compile(source, "<codeView>", "exec"), namespace)
    except Exception as exc:  # the value a failing call shows
        printed.append(exc)
    return printed


def outcome(fn: Callable[..., object], *args: object) -> object:
    """Return what a call returns, or ``(exception type, args)`` for what it raises."""
    try:
        return fn(*args)
    except Exception as exc:
        return (type(exc), exc.args)


def code_values(text: str) -> list[object]:
    """Like :func:`run_code`, with a raised exception given as ``(type, args)``."""
    return [
        (type(value), value.args) if isinstance(value, Exception) else value
        for value in run_code(text)
    ]


class Gate:
    """Fake slow lookups: each blocks until the test opens the gate (teardown always does)."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.started = threading.Semaphore(0)
        self.calls = 0

    def open(self) -> None:
        self.event.set()

    def lookup(self, tab_name: str) -> Lookup[Any]:
        """Return a lookup that looks like the tab's own but blocks until the gate opens."""
        call, value = SLOW[tab_name]

        def make() -> object:
            self.calls += 1
            self.started.release()
            assert self.event.wait(30), "a test forgot to open the gate"
            return value

        return Lookup(call, make, lambda raw: raw)

    def plan(self, tab_name: str) -> Callable[[], tuple[Lookup[Any], ...]]:
        """Return a replacement for the tab's ``plan()``."""
        return lambda: (self.lookup(tab_name),)


@contextmanager
def gate() -> Iterator[Gate]:
    fake = Gate()
    try:
        yield fake
    finally:
        fake.open()
