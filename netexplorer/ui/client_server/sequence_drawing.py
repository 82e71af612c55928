"""Drawing one sequence diagram into a scene, cheaply enough to redraw during a flood.

A call is one text item (the contract: it holds the call as Python writes
it); the marks on the lifelines, the arrows and their heads are a handful
of path items, whatever their number.  Calls are written in a fixed-pitch
font, so their widths and their elision are counted in characters, without
asking the font for every call.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from netexplorer.core.diagram import Arrow, ArrowKind, Diagram, Lifeline, Role, Step
from netexplorer.ui.palette import LIGHT

#: Column widths in characters of the call font (a longer call is elided in the middle).
MIN_COLUMN, MAX_COLUMN = 24, 64
MARGIN = 12
#: Item data: the event's serial number, the lifeline's id and role, what the item is,
#: and a call's whole text.
SERIAL, LIFELINE, ROLE, PART, FULL = 0, 1, 2, 3, 4

ARROW_COLORS = {
    ArrowKind.CONNECT: QColor(0, 120, 60),
    ArrowKind.DATA: QColor(20, 80, 200),
    ArrowKind.CLOSE: QColor(100, 100, 100),
}
TEXT_COLOR = QColor(20, 20, 20)
#: The diagram is white paper in light and dark themes alike (and so is its PNG), so its
#: colours are chosen against white and the light boxes (tests check 4.5:1).
ERROR_COLOR = LIGHT.error


def elide(text: str, limit: int) -> str:
    """Return ``text`` cut in the middle to at most ``limit`` characters."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return f"{text[:head]}…{text[-(limit - 1 - head) :]}"


class Drawing:
    """Draws one diagram (one object per redraw); ``calls`` maps serials to their text items.

    Each column is as wide as its header and calls need.  Calls are written to
    the right of their lifeline, so an arrow leaves a call from the end of its
    text when it goes right, and points at the end of the receiving call's text
    when it comes from the right: no arrow crosses a call.
    """

    def __init__(
        self,
        scene: QGraphicsScene,
        diagram: Diagram,
        headers: dict[int, str],
        fonts: tuple[QFont, QFont],
    ) -> None:
        self.scene, self.diagram, self.headers = scene, diagram, headers
        self.code_font, self.header_font = fonts
        code = QFontMetricsF(self.code_font)
        self.code_metrics = code
        self.char = code.horizontalAdvance("x" * 64) / 64
        self._wide: dict[str, float] = {}  # extra width of non-ASCII characters (→, …)
        self.text_height = code.height()
        self.row = code.lineSpacing() + 8
        self.header_metrics = QFontMetrics(self.header_font)
        self.calls: dict[int, list[QGraphicsSimpleTextItem]] = {}
        self.rows = {step.seq: n for n, step in enumerate(diagram.steps)}
        self.lines = {line.id: line for line in diagram.lifelines}
        self.texts = {step.seq: self._texts(step) for step in diagram.steps}
        self.xs: dict[int, float] = {}
        x = MARGIN + 14.0
        for line in diagram.lifelines:
            self.xs[line.id] = x
            x += self._width(line)
        self.width = x
        self.last = {step.lifeline: step.seq for step in diagram.steps}
        self.top = MARGIN + (self.row if diagram.summary.calls else 0)
        self.body = self.top + 4 * self.header_metrics.lineSpacing() + 24
        self.bottom = self.body + max(len(diagram.steps), 1) * self.row + 8

    def _texts(self, step: Step) -> tuple[str, str]:
        full = f"{step.text} ✗ {step.error}" if step.error else step.text
        return full, elide(full, MAX_COLUMN - 4)

    def _width(self, line: Lifeline) -> float:
        header = max(map(self.header_metrics.horizontalAdvance, self.headers[line.id].split("\n")))
        longest = max(
            (self.advance(s.seq) for s in self.diagram.steps if s.lifeline == line.id),
            default=0.0,
        )
        return max(header + 36, max(longest, MIN_COLUMN * self.char) + 4 * self.char + 16)

    def advance(self, seq: int) -> float:
        """Return the width of a step's text: characters times the pitch, plus wide glyphs."""
        text = self.texts[seq][1]
        width = len(text) * self.char
        if not text.isascii():
            for ch in text:
                if ord(ch) > 127:
                    if ch not in self._wide:
                        self._wide[ch] = self.code_metrics.horizontalAdvance(ch) - self.char
                    width += self._wide[ch]
        return width

    def y(self, seq: int) -> float:
        """Return the middle of a step's row."""
        return self.body + self.rows[seq] * self.row + self.row / 2

    def end(self, seq: int) -> float:
        """Return where a step's text ends."""
        step_line = self.diagram.steps[self.rows[seq]].lifeline
        return self.xs[step_line] + 12 + self.advance(seq)

    def rect(self) -> QRectF:
        """Return the area the drawing covers, with a margin."""
        return QRectF(0, 0, self.width + MARGIN, self.bottom + MARGIN)

    def draw(self, summary: str) -> None:
        """Draw the summary line, the lifelines, the calls and the arrows."""
        if summary:
            note = self.scene.addSimpleText(summary, self.header_font)
            note.setPos(MARGIN, MARGIN)
            note.setBrush(QBrush(QColor(90, 90, 90)))
        for line in self.diagram.lifelines:
            self._lifeline(line)
        marks = {False: QPainterPath(), True: QPainterPath()}
        for step in self.diagram.steps:
            marks[bool(step.error)].addRect(
                QRectF(self.xs[step.lifeline] - 3, self.y(step.seq) - 5, 6, 10)
            )
            self._call(step)
        for error, path in marks.items():
            color = ERROR_COLOR if error else TEXT_COLOR
            self.scene.addPath(path, QPen(Qt.PenStyle.NoPen), QBrush(color))
        self._arrows()

    def _lifeline(self, line: Lifeline) -> None:
        x = self.xs[line.id]
        text = self.scene.addSimpleText(self.headers[line.id], self.header_font)
        text.setPos(x - 8, self.top + 6)
        text.setData(LIFELINE, line.id)
        text.setData(ROLE, line.role.value)
        text.setData(PART, "header")
        box = text.boundingRect().adjusted(-6, -4, 6, 4).translated(text.pos())
        plain = line.role in (Role.OUTSIDE, Role.MORE)
        fill = QColor(245, 245, 245) if plain else QColor(232, 240, 252)
        self.scene.addRect(box, QPen(QColor(80, 80, 80)), QBrush(fill)).setZValue(-2)
        last = self.last.get(line.id)
        bottom = self.y(last) + self.row / 2 if line.ended and last else self.bottom
        pen = QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DashLine)
        self.scene.addLine(x, box.bottom(), x, bottom, pen).setZValue(-3)

    def _call(self, step: Step) -> None:
        full, shown = self.texts[step.seq]
        text = self.scene.addSimpleText(shown, self.code_font)
        text.setPos(self.xs[step.lifeline] + 8, self.y(step.seq) - self.text_height / 2)
        if step.error:
            text.setBrush(QBrush(ERROR_COLOR))
        if shown != full:
            text.setToolTip(full)
        text.setData(SERIAL, step.serial)
        text.setData(LIFELINE, step.lifeline)
        text.setData(ROLE, self.lines[step.lifeline].role.value)
        text.setData(PART, "call")
        text.setData(FULL, full)
        self.calls.setdefault(step.serial, []).append(text)

    def _arrows(self) -> None:
        """Draw every arrow: one path per kind of arrow for the lines, one for their heads."""
        lines: dict[tuple[ArrowKind, bool], QPainterPath] = {}
        heads: dict[tuple[ArrowKind, bool], QPainterPath] = {}
        for arrow in self.diagram.arrows:
            start, end = self._ends(arrow)
            group = (arrow.kind, arrow.dropped)
            path = lines.setdefault(group, QPainterPath())
            path.moveTo(start)
            path.lineTo(end)
            back = -9 if end.x() >= start.x() else 9
            head = QPolygonF(
                [end, QPointF(end.x() + back, end.y() - 4), QPointF(end.x() + back, end.y() + 4)]
            )
            heads.setdefault(group, QPainterPath()).addPolygon(head)
            if arrow.dropped:
                cross = self.scene.addSimpleText("✗", self.header_font)
                cross.setBrush(QBrush(ERROR_COLOR))
                cross.setPos(end.x() + 2 * back, end.y() - 18)
        for (kind, dropped), path in lines.items():
            color = ERROR_COLOR if dropped else ARROW_COLORS[kind]
            dashed = kind is ArrowKind.CLOSE or dropped
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            self.scene.addPath(path, QPen(color, 1.6, style)).setZValue(-1.5)
        for (kind, dropped), path in heads.items():
            color = ERROR_COLOR if dropped else ARROW_COLORS[kind]
            self.scene.addPath(path, QPen(color), QBrush(color)).setZValue(-1.5)

    def _ends(self, arrow: Arrow) -> tuple[QPointF, QPointF]:
        rightwards = self.xs[arrow.target] > self.xs[arrow.source]
        start_x = self.end(arrow.source_seq) + 4 if rightwards else self.xs[arrow.source] - 4
        end_x = self.xs[arrow.target] - 4 if rightwards else self.end(arrow.target_seq) + 4
        if self.lines[arrow.source].role is Role.OUTSIDE:
            start_x = self.xs[arrow.source]
        if self.lines[arrow.target].role is Role.OUTSIDE:
            end_x = self.xs[arrow.target]
        return QPointF(start_x, self.y(arrow.source_seq)), QPointF(end_x, self.y(arrow.target_seq))
