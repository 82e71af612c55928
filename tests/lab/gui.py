"""Helpers for lab GUI tests: the shared page helpers, and what socket says beside what a view shows."""

from __future__ import annotations

import socket
from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from netexplorer.ui.lookup_tab import LookupTab
from tests.pages import LOOKUP_TIMEOUT_MS, child, line, look_up, rows, status, view
from tests.pages import lookup_view as tab

__all__ = ["LOOKUP_TIMEOUT_MS", "child", "line", "look_up", "rows", "status", "tab", "view"]

FIELDS = frozenset({"host name", "alias", "aliases", "address", "IPv4 address", "host", "service"})
"""The Field column's words on the Host and Reverse tabs (anything else is an error name)."""

_EAI = {
    getattr(socket, name): name
    for name in sorted(dir(socket), reverse=True)
    if name.startswith("EAI_") and isinstance(getattr(socket, name), int)
}
_PROTO = {0: "0", socket.IPPROTO_TCP: "IPPROTO_TCP", socket.IPPROTO_UDP: "IPPROTO_UDP"}


def set_addrinfo_inputs(
    page: QWidget,
    host: str,
    port: str,
    family: str = "AF_UNSPEC",
    socktype: str = "0",
    proto: str = "0",
    flags: Sequence[str] = (),
) -> None:
    """Fill the getaddrinfo tab's inputs, combos and flag boxes (no choice looks up by itself)."""
    assert isinstance(page, LookupTab)
    with page.filling():
        line(page, "hostInput").setText(host)
        line(page, "portInput").setText(port)
        for name, text in (("familyCombo", family), ("typeCombo", socktype), ("protoCombo", proto)):
            combo = child(page, QComboBox, name)
            index = combo.findText(text)
            assert index >= 0, f"{name} has no item {text}"
            combo.setCurrentIndex(index)
        for box in page.findChildren(QCheckBox):
            if box.objectName().startswith("AI_"):
                box.setChecked(box.objectName() in flags)


def error_name(exc: OSError) -> str:
    """Return the symbolic name the app should show for ``exc``."""
    if isinstance(exc, socket.gaierror):
        return _EAI.get(exc.errno, f"EAI_{exc.errno}")
    if isinstance(exc, socket.herror):
        return "herror"
    return type(exc).__name__


def addrinfo_expected(
    host: str | None, port: str | int | None, family: int, socktype: int, proto: int, flags: int
) -> list[tuple[str, ...]] | str:
    """Return what ``socket.getaddrinfo`` gives, as table text, or its error's name."""
    try:
        infos = socket.getaddrinfo(host, port, family, socktype, proto, flags)
    except OSError as exc:
        return error_name(exc)
    return [
        (
            socket.AddressFamily(fam).name,
            socket.SocketKind(kind).name if kind else "0",
            _PROTO.get(prot, str(prot)),
            repr(canon),
            repr(sockaddr),
        )
        for fam, kind, prot, canon, sockaddr in infos
    ]


def addrinfo_shown(page: QWidget) -> list[tuple[str, ...]] | str:
    """Return the getaddrinfo tab's rows (first five columns) or the error's name.

    A failed call leaves the table empty (the contract); the error is the tab's.
    """
    assert isinstance(page, LookupTab)
    shown = rows(page)
    if page.last_error is not None:
        assert shown == [], shown
        assert page.last_error.name in status(page)
        return page.last_error.name
    return [row[:5] for row in shown]


def host_ex_expected(call: str, arg: str) -> list[tuple[str, str]] | str:
    """Return (field, value) rows for gethostbyname_ex/gethostbyaddr, or the error's name."""
    fn = getattr(socket, call)
    try:
        name, aliases, addresses = fn(arg)
    except OSError as exc:
        return error_name(exc)
    out = [("host name", name)]
    out += [("alias", a) for a in aliases] or [("aliases", "(none)")]
    out += [("address", a) for a in addresses]
    return out


def shown_for(page: QWidget, call: str) -> list[tuple[str, str]] | str:
    """Return the (field, value) rows the tab shows for ``call``, or the error's name.

    A failed call has no rows: its line in the status reads "call: NAME: message".
    """
    mine = [row for row in rows(page) if row[0] == call]
    if mine:
        return [(row[1], row[2]) for row in mine]
    lines = [line for line in status(page).splitlines() if line.startswith(f"{call}: ")]
    assert lines, f"no rows and no error for {call}: {rows(page)} / {status(page)}"
    return lines[0].split(": ")[1]
