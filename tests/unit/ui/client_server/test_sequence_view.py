"""The sequence diagram: the lecture's conversation drawn, the logs in step, saved as PNG and SVG."""

import socket
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from netexplorer.core import conversation
from netexplorer.core.diagram import Side
from netexplorer.core.engine import Event, Kind, Payload
from netexplorer.ui.client_server.sequence_drawing import FULL, LIFELINE, PART, ROLE, SERIAL
from netexplorer.ui.models import KEY_ROLE
from tests.unit.ui.client_server.helpers import WAIT, Pane, start_server


def calls(pane: Pane) -> list[tuple[str, str, int]]:
    """Return the diagram's calls as (text, lifeline role, lifeline id), top to bottom."""
    view = pane.sequenceView
    view.draw_now()
    items = [
        item
        for item in view.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.data(PART) == "call"
    ]
    items.sort(key=lambda item: item.scenePos().y())
    return [
        (str(item.data(FULL)), str(item.data(ROLE)), int(item.data(LIFELINE))) for item in items
    ]


def first(found: list[tuple[str, str, int]], start: str, role: str) -> int:
    """Return the row of the first call that starts with ``start`` on a lifeline of ``role``."""
    rows = [n for n, (text, on, _) in enumerate(found) if text.startswith(start) and on == role]
    assert rows, f"no {start}… on the {role} lifeline in {found}"
    return rows[0]


def lecture_exchange(qtbot: QtBot, pane: Pane, transport: str = "TCP") -> tuple[object, ...]:
    """The client pane talks to the server pane, as the lecture's two scripts do."""
    pane.transportCombo.setCurrentText(transport)
    address = start_server(qtbot, pane)
    pane.clientPortInput.setText(str(address[1]))
    pane.clientMessageInput.setText("Client: I received your msg")
    with qtbot.waitSignal(pane.tab.clientResolved, timeout=WAIT):
        pane.clientConnectButton.click()
    if transport == "TCP":
        qtbot.waitUntil(lambda: pane.tab.client.received == 13, timeout=WAIT)
    qtbot.waitUntil(pane.clientSendButton.isEnabled, timeout=WAIT)
    pane.clientSendButton.click()
    qtbot.waitUntil(lambda: any(c.received for c in pane.tab.server.connections()), timeout=WAIT)
    if transport == "UDP":
        qtbot.waitUntil(lambda: pane.tab.client.received == 13, timeout=WAIT)
    return address


def test_the_lecture_s_tcp_calls_on_their_lifelines_in_time_order(qtbot: QtBot, pane: Pane) -> None:
    lecture_exchange(qtbot, pane)
    pane.clientDisconnectButton.click()
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 0, timeout=WAIT)
    found = calls(pane)
    order = [
        first(found, "bind(", "listener"),
        first(found, "listen(", "listener"),
        first(found, "connect(", "client"),
        first(found, "accept(", "listener"),
        first(found, "send(b'Server: Hello')", "connection"),
        first(found, "recv(65536) → b'Server: Hello'", "client"),
        first(found, "send(b'Client: I received your msg')", "client"),
        first(found, "recv(65536) → b'Client: I received your msg'", "connection"),
        first(found, "close(", "client"),
        first(found, "recv(65536) → b''", "connection"),  # the FIN
    ]
    assert order == sorted(order)
    headers = {
        str(item.data(ROLE)): item.text()
        for item in pane.sequenceView.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.data(PART) == "header"
    }
    assert set(headers) == {"listener", "connection", "client"}
    client_name = repr(pane.tab.conversation.snapshot().lifelines[2].local)
    assert "AF_INET · SOCK_STREAM · IPPROTO_TCP" in headers["client"]
    assert f"getsockname() {client_name}" in headers["client"]
    assert f"getpeername() {client_name}" in headers["connection"]
    assert len(pane.tab.conversation.snapshot().arrows) == 4  # connect, two messages, FIN


def test_udp_sendto_and_recvfrom_on_their_lifelines(qtbot: QtBot, pane: Pane) -> None:
    lecture_exchange(qtbot, pane, "UDP")
    found = calls(pane)
    order = [
        first(found, "bind(", "listener"),
        first(found, "sendto(b'Client: I received your msg'", "client"),
        first(found, "recvfrom(65536) → (b'Client: I received your msg'", "listener"),
        first(found, "sendto(b'Server: Hello'", "listener"),
        first(found, "recvfrom(65536) → (b'Server: Hello'", "client"),
    ]
    assert order == sorted(order)
    assert not [text for text, _, _ in found if text.startswith(("listen(", "accept("))]


def test_an_outside_client_gets_an_outside_lifeline(
    qtbot: QtBot, pane: Pane, sockets: list[socket.socket]
) -> None:
    address = start_server(qtbot, pane)
    outside = socket.create_connection(address)
    sockets.append(outside)
    qtbot.waitUntil(lambda: pane.tab.server.open_count == 1, timeout=WAIT)
    outside.sendall(b"hello from nc")
    qtbot.waitUntil(lambda: any(c.received for c in pane.tab.server.connections()), timeout=WAIT)
    roles = [line.role.value for line in pane.tab.conversation.snapshot().lifelines]
    assert roles == ["listener", "connection", "outside"]
    first(calls(pane), "recv(65536) → b'hello from nc'", "connection")


def test_a_call_and_its_log_row_find_each_other(qtbot: QtBot, pane: Pane) -> None:
    lecture_exchange(qtbot, pane)
    view = pane.sequenceView
    view.draw_now()
    sent = next(
        item
        for item in view.scene().items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.data(FULL) == "send(b'Server: Hello')"
    )
    point = view.mapFromScene(sent.sceneBoundingRect().center())
    with qtbot.waitSignal(view.callClicked, timeout=WAIT) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [sent.data(SERIAL)]
    rows = pane.serverLog.selectionModel().selectedRows()
    assert [row.data(KEY_ROLE) for row in rows] == [sent.data(SERIAL)]
    assert rows[0].siblingAtColumn(3).data() == "send(b'Server: Hello')"
    # and back: selecting the client's recv row highlights its call
    model = pane.clientLog.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "received")
    pane.clientLog.selectRow(row)
    assert view.selected == model.index(row, 0).data(KEY_ROLE)


def test_log_cells_elide_in_the_middle_and_tooltips_hold_the_whole_call(
    qtbot: QtBot, pane: Pane
) -> None:
    lecture_exchange(qtbot, pane)
    pane.tab.server_pane.log.flush()
    assert pane.serverLog.textElideMode() == Qt.TextElideMode.ElideMiddle
    model = pane.serverLog.model()
    sent = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "sent")
    tooltip = model.index(sent, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "send(b'Server: Hello')\n'Server: Hello' (13 byte(s))"


@pytest.mark.parametrize("kind", ["PNG", "SVG"])
def test_the_diagram_saves_as_png_and_svg(
    qtbot: QtBot, pane: Pane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    lecture_exchange(qtbot, pane)
    target = tmp_path / "report"
    asked: list[str] = []

    def ask(*args: object) -> tuple[str, str]:
        asked.append(str(args[-1]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    getattr(pane, f"sequenceSave{kind.title()}Button").click()
    saved = target.with_suffix("." + kind.lower())
    data = saved.read_bytes()
    assert kind.lower() in asked[0].lower()
    if kind == "PNG":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    else:
        text = data.decode()
        assert "<svg" in text
        assert "listen()" in text  # text stays text
    assert pane.sequenceSavedLabel.text() == f"Saved {saved}"


def test_saving_where_it_cannot_is_explained(
    qtbot: QtBot, pane: Pane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no such folder" / "diagram.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    pane.sequenceSavePngButton.click()
    assert pane.sequenceSavedLabel.text().startswith("Could not save diagram.png:")
    assert not missing.exists()


def test_a_flood_is_drawn_bounded_and_in_batches(pane: Pane) -> None:
    view = pane.sequenceView
    chat = pane.tab.conversation
    payload = Payload("'x'", 1, True, False)
    bound = Event(time.time(), Kind.BOUND, call="bind(('127.0.0.1', 9)); listen()")
    chat.add(Side.SERVER, bound)
    for conn in range(1, 301):
        peer = ("127.0.0.1", 20000 + conn)
        accepted = Event(0, Kind.ACCEPTED, conn, "accept()", local=("127.0.0.1", 9), peer=peer)
        chat.add(Side.SERVER, accepted)
        for _ in range(20):
            received = Event(0, Kind.RECEIVED, conn, "recv(65536)", payload=payload)
            chat.add(Side.SERVER, received)
            view.schedule()
    assert view.drawn_version != chat.version  # nothing drawn per event: one batch later
    view.draw_now()
    texts = [i for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert len(texts) <= conversation.MAX_STEPS + conversation.MAX_LIFELINES + 1
    (summary,) = [i.text() for i in texts if i.data(PART) is None]
    hidden = chat.snapshot().summary.calls
    assert hidden > 5000
    assert summary.startswith(f"{hidden} earlier call(s) not drawn: recv ×")
