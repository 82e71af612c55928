"""The sequence diagram view: draws a :class:`~netexplorer.core.conversation.Conversation`.

The conversation (plain data in the core) is fed by the engines; this view
only draws its snapshot, at most once per :data:`DRAW_MS` and only while it
is visible, so a flood of events costs one redraw per period.  Every call is
a text item holding the call as Python writes it; its item data carry the
event's serial number and the lifeline's role, for the logs and for tests.
"""

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from netexplorer.core.conversation import Conversation
from netexplorer.core.diagram import Arrow, ArrowKind, Diagram, Lifeline, Role, Step
from netexplorer.ui.client_server.event_log import address_text
from netexplorer.ui.models import ERROR_COLOR
from netexplorer.ui.widgets import named

#: How often, at most, the diagram is redrawn while the conversation changes.
DRAW_MS = 100
#: Column widths (a call wider than the widest column is elided in the middle).
MIN_COLUMN, MAX_COLUMN = 220, 620
MAX_TEXT = MAX_COLUMN - 48
MARGIN = 12
#: Item data: the event's serial number, the lifeline's id and role, what the item is.
SERIAL, LIFELINE, ROLE, PART = 0, 1, 2, 3

ARROW_COLORS = {
    ArrowKind.CONNECT: QColor(0, 120, 60),
    ArrowKind.DATA: QColor(20, 80, 200),
    ArrowKind.CLOSE: QColor(110, 110, 110),
}
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
        self.row = QFontMetrics(self.code_font).lineSpacing() + 8
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAW_MS)
        self.timer.timeout.connect(self.draw)
        self.drawn_version = -1
        self.selected = 0
        self._calls: dict[int, list[QGraphicsSimpleTextItem]] = {}
        self._highlights: dict[int, list[QGraphicsRectItem]] = {}

    # When to draw ------------------------------------------------------------------------

    def schedule(self) -> None:
        """Draw soon (the conversation changed); many changes within the period make one draw."""
        if not self.timer.isActive():
            self.timer.start()

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
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum() - self.row
        diagram = self.conversation.snapshot()
        self.drawn_version = diagram.version
        scene = self.scene()
        scene.clear()
        self._calls, self._highlights = {}, {}
        _Drawing(self, diagram).draw()
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._highlight()
        if following:
            bar.setValue(bar.maximum())

    # Selection ------------------------------------------------------------------------------

    def select_serial(self, serial: int) -> None:
        """Highlight the calls of one event (a log row was selected) and scroll to them."""
        self.selected = serial
        self._highlight()
        items = self._calls.get(serial)
        if items:
            self.ensureVisible(items[0], MARGIN, MARGIN)

    def _highlight(self) -> None:
        for serial, items in self._highlights.items():
            for item in items:
                item.setVisible(serial == self.selected)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the call under the mouse and tell which event it belongs to."""
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and isinstance(item.data(SERIAL), int) and item.data(SERIAL):
            self.select_serial(int(item.data(SERIAL)))
            self.callClicked.emit(int(item.data(SERIAL)))

    def register(
        self, serial: int, item: QGraphicsSimpleTextItem, highlight: QGraphicsRectItem
    ) -> None:
        """Remember a call's text item and its highlight under its event's serial number."""
        self._calls.setdefault(serial, []).append(item)
        self._highlights.setdefault(serial, []).append(highlight)

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


class _Drawing:
    """Draws one diagram into the view's scene (one object per redraw).

    Each column is as wide as its header and calls need (up to
    :data:`MAX_COLUMN`).  Calls are written to the right of their lifeline,
    so an arrow leaves a call from the end of its text when it goes right,
    and points at the end of the receiving call's text when it comes from
    the right: no arrow crosses a call.
    """

    def __init__(self, view: SequenceView, diagram: Diagram) -> None:
        self.view = view
        self.scene = view.scene()
        self.diagram = diagram
        self.metrics = QFontMetrics(view.code_font)
        self.header_metrics = QFontMetrics(view.header_font)
        self.rows = {step.seq: n for n, step in enumerate(diagram.steps)}
        self.texts = {step.seq: self._text(step) for step in diagram.steps}
        self.roles = {line.id: line.role for line in diagram.lifelines}
        self.xs: dict[int, float] = {}
        self.last: dict[int, int] = {}
        x = MARGIN + 14.0
        for line in diagram.lifelines:
            self.xs[line.id] = x
            x += self._width(line)
        for step in diagram.steps:
            self.last[step.lifeline] = step.seq
        self.ends = {s.seq: self.xs[s.lifeline] + 12 + self._advance(s.seq) for s in diagram.steps}
        self.top = MARGIN + (view.row if diagram.summary.calls else 0)
        self.body = self.top + 4 * self.header_metrics.lineSpacing() + 24

    def _text(self, step: Step) -> tuple[str, str]:
        full = f"{step.text} ✗ {step.error}" if step.error else step.text
        return full, self.metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, MAX_TEXT)

    def _advance(self, seq: int) -> int:
        return self.metrics.horizontalAdvance(self.texts[seq][1])

    def _width(self, line: Lifeline) -> float:
        header = max(
            (
                self.header_metrics.horizontalAdvance(part)
                for part in self.view.header(line).split("\n")
            ),
            default=0,
        )
        calls = max(
            (self._advance(s.seq) for s in self.diagram.steps if s.lifeline == line.id), default=0
        )
        return min(max(header + 36, calls + 48, MIN_COLUMN), MAX_COLUMN)

    def y(self, seq: int) -> float:
        return self.body + self.rows[seq] * self.view.row + self.view.row / 2

    def draw(self) -> None:
        if self.diagram.summary.calls:
            note = self.scene.addSimpleText(self.view.summary(self.diagram), self.view.header_font)
            note.setPos(MARGIN, MARGIN)
            note.setBrush(QBrush(QColor(90, 90, 90)))
        bottom = self.body + max(len(self.diagram.steps), 1) * self.view.row + 8
        for line in self.diagram.lifelines:
            last = self.last.get(line.id)
            end = self.y(last) + self.view.row / 2 if line.ended and last else bottom
            self._lifeline(line, end)
        for step in self.diagram.steps:
            self._step(step)
        for arrow in self.diagram.arrows:
            self._arrow(arrow)

    def _lifeline(self, line: Lifeline, bottom: float) -> None:
        x = self.xs[line.id]
        text = self.scene.addSimpleText(self.view.header(line), self.view.header_font)
        text.setPos(x - 8, self.top + 6)
        text.setData(LIFELINE, line.id)
        text.setData(ROLE, line.role.value)
        text.setData(PART, "header")
        box = text.boundingRect().adjusted(-6, -4, 6, 4).translated(text.pos())
        fill = (
            QColor(245, 245, 245)
            if line.role in (Role.OUTSIDE, Role.MORE)
            else QColor(232, 240, 252)
        )
        frame = self.scene.addRect(box, QPen(QColor(80, 80, 80)), QBrush(fill))
        frame.setZValue(-2)
        pen = QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DashLine)
        self.scene.addLine(x, box.bottom(), x, bottom, pen).setZValue(-3)

    def _step(self, step: Step) -> None:
        x, y = self.xs[step.lifeline], self.y(step.seq)
        color = ERROR_COLOR if step.error else QColor(20, 20, 20)
        mark = self.scene.addRect(QRectF(x - 3, y - 5, 6, 10), QPen(Qt.PenStyle.NoPen))
        mark.setBrush(QBrush(color))
        full, shown = self.texts[step.seq]
        text = self.scene.addSimpleText(shown, self.view.code_font)
        text.setPos(x + 8, y - self.metrics.height() / 2)
        text.setToolTip(full)
        text.setBrush(QBrush(color))
        text.setData(SERIAL, step.serial)
        text.setData(LIFELINE, step.lifeline)
        text.setData(ROLE, self.roles[step.lifeline].value)
        text.setData(PART, "call")
        highlight = self.scene.addRect(
            text.sceneBoundingRect().adjusted(-3, -1, 3, 1),
            QPen(Qt.PenStyle.NoPen),
            QBrush(HIGHLIGHT),
        )
        highlight.setZValue(-1)
        highlight.setVisible(False)
        self.view.register(step.serial, text, highlight)

    def _arrow(self, arrow: Arrow) -> None:
        rightwards = self.xs[arrow.target] > self.xs[arrow.source]
        start_x = self.ends[arrow.source_seq] if rightwards else self.xs[arrow.source] - 4
        end_x = self.xs[arrow.target] - 4 if rightwards else self.ends[arrow.target_seq]
        if self.roles[arrow.source] is Role.OUTSIDE:
            start_x = self.xs[arrow.source]
        if self.roles[arrow.target] is Role.OUTSIDE:
            end_x = self.xs[arrow.target]
        start = QPointF(start_x, self.y(arrow.source_seq))
        end = QPointF(end_x, self.y(arrow.target_seq))
        color = ERROR_COLOR if arrow.dropped else ARROW_COLORS[arrow.kind]
        dashed = arrow.kind is ArrowKind.CLOSE or arrow.dropped
        pen = QPen(color, 1.6, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        self.scene.addLine(start.x(), start.y(), end.x(), end.y(), pen).setZValue(-1.5)
        back = -9 if end.x() >= start.x() else 9
        head = QPolygonF(
            [end, QPointF(end.x() + back, end.y() - 4), QPointF(end.x() + back, end.y() + 4)]
        )
        self.scene.addPolygon(head, QPen(color), QBrush(color)).setZValue(-1.5)
        if arrow.dropped:
            cross = self.scene.addSimpleText("✗", self.view.header_font)
            cross.setBrush(QBrush(color))
            cross.setPos(end.x() + 2 * back, end.y() - 18)
