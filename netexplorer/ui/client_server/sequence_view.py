"""The sequence diagram view: draws a :class:`~netexplorer.core.conversation.Conversation`.

The conversation (plain data in the core) is fed by the engines; this view
only draws its snapshot (:mod:`.sequence_drawing`) on a timer, only while it
is visible, and never more often than every :data:`DRAW_MS` nor than
:data:`DRAW_SHARE` of the time allows, so a flood of events costs a bounded
share of the event loop.  Every call is a text item holding the call as
Python writes it; its item data carry the event's serial number and the
lifeline's role, for the logs and for tests.
"""

import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QMouseEvent,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from netexplorer.core.conversation import Conversation
from netexplorer.core.diagram import Diagram, Lifeline, Role
from netexplorer.ui.client_server.event_log import address_text
from netexplorer.ui.client_server.sequence_drawing import MARGIN, SERIAL, Drawing
from netexplorer.ui.widgets import named

#: The shortest time between two redraws while the conversation changes.
DRAW_MS = 100
#: The most of the event loop's time redrawing may take: after a redraw of
#: ``t`` ms the next waits at least ``t / DRAW_SHARE`` ms.
DRAW_SHARE = 0.2
HIGHLIGHT = QColor(255, 220, 120)


class SequenceView(QGraphicsView):
    """One lifeline per socket, every call down the page in time order, arrows between them.

    Signals:
        callClicked(int): a call was clicked; the serial number of its event.
    """

    callClicked = Signal(int)

    def __init__(self, conversation: Conversation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "sequenceView", self.tr("Sequence diagram"))
        self.conversation = conversation
        self.setScene(QGraphicsScene(self))
        self.scene().setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.header_font = QFont(self.font())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAW_MS)
        self.timer.timeout.connect(self.draw)
        self.drawn_version = -1
        self.selected = 0
        self.draw_ms = 0.0
        self._calls: dict[int, list[QGraphicsSimpleTextItem]] = {}
        self._highlights: list[QGraphicsItem] = []

    # When to draw ------------------------------------------------------------------------

    def schedule(self) -> None:
        """Draw soon (the conversation changed); many changes within the period make one draw."""
        if not self.timer.isActive():
            self.timer.start(max(DRAW_MS, int(self.draw_ms / DRAW_SHARE)))

    def showEvent(self, event: QShowEvent) -> None:
        """Draw what happened while the view was hidden."""
        super().showEvent(event)
        self.schedule()

    @Slot()
    def draw(self) -> None:
        """Redraw from the conversation's snapshot if it changed (only while visible)."""
        if self.conversation.version == self.drawn_version or not self.isVisible():
            return
        self.draw_now()

    def draw_now(self) -> None:
        """Redraw from the conversation's snapshot now, visible or not."""
        began = time.perf_counter()
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 2 * MARGIN
        diagram = self.conversation.snapshot()
        self.drawn_version = diagram.version
        scene = self.scene()
        scene.clear()
        self._highlights = []
        headers = {line.id: self.header(line) for line in diagram.lifelines}
        drawing = Drawing(scene, diagram, headers, (self.code_font, self.header_font))
        drawing.draw(self.summary(diagram) if diagram.summary.calls else "")
        self._calls = drawing.calls
        scene.setSceneRect(drawing.rect())
        self._highlight()
        if following:
            bar.setValue(bar.maximum())
        self.draw_ms = (time.perf_counter() - began) * 1000

    # Selection ------------------------------------------------------------------------------

    def select_serial(self, serial: int) -> None:
        """Highlight the calls of one event (a log row was selected) and scroll to them."""
        self.selected = serial
        self._highlight()
        items = self._calls.get(serial)
        if items:
            self.ensureVisible(items[0], MARGIN, MARGIN)

    def _highlight(self) -> None:
        """Put a highlight behind the selected event's calls (made only when needed)."""
        for item in self._highlights:
            self.scene().removeItem(item)
        self._highlights = []
        for text in self._calls.get(self.selected, []):
            box = text.sceneBoundingRect().adjusted(-3, -1, 3, 1)
            highlight = self.scene().addRect(box, QPen(Qt.PenStyle.NoPen), QBrush(HIGHLIGHT))
            highlight.setZValue(-1)
            self._highlights.append(highlight)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the call under the mouse and tell which event it belongs to."""
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and isinstance(item.data(SERIAL), int) and item.data(SERIAL):
            self.select_serial(int(item.data(SERIAL)))
            self.callClicked.emit(int(item.data(SERIAL)))

    # Texts --------------------------------------------------------------------------------

    def title(self, line: Lifeline) -> str:
        """Return a lifeline's title."""
        if line.role is Role.LISTENER:
            if line.type == "SOCK_DGRAM":
                return self.tr("server socket (UDP)")
            return self.tr("listening socket")
        if line.role is Role.CONNECTION:
            return self.tr("connection {}, from accept()").format(line.conn)
        if line.role is Role.CLIENT:
            return self.tr("client socket")
        if line.role is Role.OUTSIDE:
            return self.tr("outside this window")
        return self.tr("%n more socket(s), drawn together", "", line.sockets)

    def header(self, line: Lifeline) -> str:
        """Return a lifeline's title and its five coordinates, one per line."""
        if line.role is Role.MORE:
            return self.title(line)
        if line.role is Role.OUTSIDE:
            return "\n".join(
                (self.title(line), self.tr("a peer at {}").format(address_text(line.local)))
            )
        coordinates = " · ".join(part or "?" for part in (line.family, line.type, line.proto))
        local = address_text(line.local) if line.local else "—"
        peer = address_text(line.peer) if line.peer else "—"
        return "\n".join(
            (
                self.title(line) + (self.tr(" — closed") if line.ended else ""),
                coordinates,
                self.tr("getsockname() {}").format(local),
                self.tr("getpeername() {}").format(peer),
            )
        )

    def summary(self, diagram: Diagram) -> str:
        """Return the line that counts the calls not drawn."""
        counts = ", ".join(f"{name} ×{count}" for name, count in diagram.summary.by_name[:6])
        return self.tr("%n earlier call(s) not drawn: {}", "", diagram.summary.calls).format(counts)
