"""The panes' logs: engine events collected as they happen and shown in bounded batches.

The engine may report thousands of events a second.  :class:`EventLog`
only queues them (keeping the newest :data:`ROWS_PER_FLUSH`) and a 50 ms
timer turns a batch into rows, so a flood can neither freeze the window nor
grow memory without bound.  :class:`EventFormatter` writes the rows in the
user's language.
"""

import collections
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHeaderView

from netexplorer.core.engine import SHOW_LIMIT, Coordinates, Event, Kind, Payload
from netexplorer.core.results import ExplainedError, InternalError
from netexplorer.ui.models import ResultsTable, Row, RowsModel
from netexplorer.ui.text import core_text, error_text, internal_error_text
from netexplorer.ui.widgets import named

#: Rows kept in each log; older ones are dropped.
LOG_LIMIT = 10_000
#: How often collected events are shown.
FLUSH_MS = 50
#: The most events turned into rows per batch (the newest are kept), so that
#: showing a batch never holds the event loop for long.
ROWS_PER_FLUSH = 400


def address_text(sockaddr: Sequence[Any] | None) -> str:
    """Write a socket address as Python prints it."""
    return repr(tuple(sockaddr)) if sockaddr is not None else ""


def _stamp(moment: float) -> str:
    """Return a wall-clock time with milliseconds."""
    return time.strftime("%H:%M:%S", time.localtime(moment)) + f".{int(moment * 1000) % 1000:03d}"


def _now() -> str:
    return _stamp(time.time())


class EventFormatter(QObject):
    """Turns engine events into log rows, in the user's language."""

    def headers(self) -> list[str]:
        """Return the log's column titles."""
        return [
            self.tr("time"),
            self.tr("event"),
            self.tr("#"),
            self.tr("call"),
            self.tr("details"),
        ]

    def event_name(self, event: Event) -> str:
        """Return what the log calls an event: its kind, or for UDP "datagram from" / "to"."""
        if event.kind is Kind.RECEIVED and event.call.startswith("recvfrom"):
            return self.tr("datagram from")
        if event.kind is Kind.SENT and event.call.startswith("sendto"):
            return self.tr("datagram to")
        return self.kind_name(event.kind)

    def kind_name(self, kind: Kind) -> str:
        """Return the translated name of an event kind."""
        names = {
            Kind.BOUND: self.tr("bound"),
            Kind.ATTEMPT: self.tr("attempt"),
            Kind.CONNECTED: self.tr("connected"),
            Kind.ACCEPTED: self.tr("accepted"),
            Kind.REJECTED: self.tr("rejected"),
            Kind.RECEIVED: self.tr("received"),
            Kind.SENT: self.tr("sent"),
            Kind.CLOSED: self.tr("closed"),
            Kind.STOPPED: self.tr("stopped"),
            Kind.ERROR: self.tr("error"),
            Kind.INFO: self.tr("info"),
        }
        return names[kind]

    def payload(self, payload: Payload) -> str:
        """Return data as shown in the log, with its size."""
        size = self.tr("%n byte(s)", "", payload.size)
        if payload.truncated:
            return self.tr("{}… ({}, the first {} shown)").format(payload.shown, size, SHOW_LIMIT)
        return f"{payload.shown} ({size})"

    def coordinates(self, c: Coordinates) -> str:
        """Return the five socket coordinates on two lines."""
        template = self.tr("family {} · type {} · proto {}\naddress {} · port {}")
        return template.format(c.family, c.type, c.proto, repr(c.address), c.port)

    def _addresses(self, event: Event) -> list[str]:
        """Return what an event says about addresses and data."""
        if event.kind in (Kind.BOUND, Kind.CONNECTED, Kind.ACCEPTED) or (
            event.kind is Kind.INFO and event.local is not None
        ):
            parts: list[str] = []
            if event.peer is not None and event.kind is not Kind.INFO:
                parts.append(self.tr("getpeername() = {}").format(address_text(event.peer)))
            if event.local is not None:
                parts.append(self.tr("getsockname() = {}").format(address_text(event.local)))
            return parts
        if event.payload is not None and event.call.startswith("recvfrom"):
            shown = self.payload(event.payload)
            return [self.tr("{} from {}").format(shown, address_text(event.peer))]
        if event.payload is not None and event.call.startswith("sendto"):
            shown = self.payload(event.payload)
            return [self.tr("{} to {}").format(shown, address_text(event.peer))]
        if event.payload is not None:  # recv() and send() on a connection name no address
            return [self.payload(event.payload)]
        if event.kind in (Kind.REJECTED, Kind.CLOSED) and event.peer is not None:
            return [address_text(event.peer)]
        return []

    def details(self, event: Event) -> str:
        """Return the last column of an event's row."""
        parts = self._addresses(event)
        if event.coordinates is not None and event.kind is Kind.BOUND:
            parts.append(self.coordinates(event.coordinates))
        if event.note:
            note = core_text(event.note)
            parts.append(note.format(*event.args) if event.args else note)
        if event.error is not None:
            parts.append(error_text(event.error))
        if event.internal is not None:
            parts.append(internal_error_text(event.internal))
        return " — ".join(parts)

    def row(self, event: Event, key: int = 0) -> Row:
        """Return the log row of one event; ``key`` finds its calls in the sequence diagram."""
        details = self.details(event)
        conn = str(event.conn) if event.conn else ""
        tooltip = f"{event.call}\n{details}" if event.call else details
        return Row(
            (_stamp(event.time), self.event_name(event), conn, event.call, details),
            tooltip=event.internal.details if event.internal else tooltip,
            error=event.kind is Kind.ERROR,
            key=key,
        )

    def dropped_row(self, count: int) -> Row:
        """Return the row that says events were too many to show."""
        text = self.tr(
            "%n event(s) not shown: more arrived within {} ms than the log keeps", "", count
        ).format(FLUSH_MS)
        return Row((_now(), self.tr("info"), "", "", text), tooltip=text)

    def error_row(self, error: ExplainedError, call: str = "") -> Row:
        """Return the row of an error found by a pane itself."""
        text = error_text(error)
        return Row((_now(), self.tr("error"), "", call, text), tooltip=text, error=True)

    def internal_error_row(self, error: InternalError) -> Row:
        """Return the log row of a bug in netexplorer; its tooltip holds the traceback."""
        text = internal_error_text(error)
        return Row((_now(), self.tr("error"), "", "", text), tooltip=error.details, error=True)

    def call_row(self, call: str, note: str) -> Row:
        """Return the row of a call a pane makes (getaddrinfo)."""
        return Row((_now(), self.tr("resolve"), "", call, note), tooltip=f"{call}\n{note}".strip())

    def info_row(self, text: str) -> Row:
        """Return a row that tells something the window noticed."""
        return Row((_now(), self.tr("info"), "", "", text), tooltip=text)


def _log_view(name: str, accessible: str, model: RowsModel) -> ResultsTable:
    view = ResultsTable()
    named(view, name, accessible)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the tooltip holds the whole call
    metrics = view.fontMetrics()
    for column, sample in enumerate(("00:00:00.000", "datagram from", "000", "recvfrom(65536)")):
        view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    return view


class EventLog(QObject):
    """Collects engine events and shows them in a bounded log view, in batches.

    ``model`` holds the rows and ``view`` (named ``name`` for automation)
    shows them; ``events`` counts every event added and ``dropped_total``
    those never shown.
    """

    def __init__(
        self, name: str, accessible: str, formatter: EventFormatter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.model = RowsModel(formatter.headers(), self, limit=LOG_LIMIT)
        self.view = _log_view(name, accessible, self.model)
        self.pending: collections.deque[tuple[Event, int]] = collections.deque(
            maxlen=ROWS_PER_FLUSH
        )
        self.dropped = 0
        self.dropped_total = 0
        self.events = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FLUSH_MS)
        self.timer.timeout.connect(self.flush)

    def add(self, event: Event, key: int = 0) -> None:
        """Collect one event (called by the engine, possibly thousands of times a second).

        ``key`` is kept with its row (the event's serial number in the sequence diagram).
        """
        if len(self.pending) == ROWS_PER_FLUSH:
            self.dropped += 1
            self.dropped_total += 1
        self.pending.append((event, key))
        self.events += 1
        if not self.timer.isActive():
            self.timer.start()

    def add_rows(self, rows: Sequence[Row]) -> None:
        """Show rows made by a pane itself (input errors, getaddrinfo calls)."""
        self._append(list(rows))

    @Slot()
    def flush(self) -> None:
        """Show every collected event now."""
        rows: list[Row] = []
        events = list(self.pending)
        self.pending.clear()
        if self.dropped:  # the notice takes the place of one more event, keeping the bound
            rows.append(self.formatter.dropped_row(self.dropped + 1))
            events = events[1:]
            self.dropped = 0
            self.dropped_total += 1
        rows.extend(self.formatter.row(event, key) for event, key in events)
        self._append(rows)

    def _append(self, rows: list[Row]) -> None:
        if not rows:
            return
        bar = self.view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.model.append_rows(rows)
        if at_end:
            self.view.scrollToBottom()

    def stop(self) -> None:
        """Stop the batch timer (pending events are discarded)."""
        self.timer.stop()
        self.pending.clear()
