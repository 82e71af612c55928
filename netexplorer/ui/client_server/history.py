"""The Client/Server view's history entries: server started and stopped, client connected and closed.

Only these milestones (and errors of the listening or client socket) become
entries; data sent and received stays in the logs, which may see thousands
of events a second.
"""

from PySide6.QtCore import QCoreApplication

from netexplorer.core.engine import Event, Kind
from netexplorer.core.results import ExplainedError
from netexplorer.core.session import EntryError, HistoryEntry, Inputs, Table, at, now
from netexplorer.ui.client_server.event_log import EventFormatter, address_text
from netexplorer.ui.entries import entry_error

SERVER, CLIENT = "server", "client"

#: Per side: the event kinds that are milestones, and the action each one ends.
ACTIONS: dict[str, dict[Kind, str]] = {
    SERVER: {Kind.BOUND: "serverStart", Kind.STOPPED: "serverStop", Kind.ERROR: "serverStart"},
    CLIENT: {
        Kind.CONNECTED: "clientConnect",
        Kind.INFO: "clientConnect",
        Kind.CLOSED: "clientDisconnect",
        Kind.ERROR: "clientConnect",
    },
}


def is_milestone(side: str, event: Event) -> bool:
    """Tell whether an engine event goes into the history."""
    if event.kind not in ACTIONS[side] or event.conn != 0:
        return False
    if event.kind is Kind.INFO:  # a UDP client socket ready without connect()
        return event.local is not None
    return not (event.kind is Kind.ERROR and event.call.startswith(("send", "recv")))


def _call(side: str, call: str) -> str:
    """Write the socket calls of an event on the side's socket: ``server.bind(…); server.listen()``."""
    return "; ".join(f"{side}.{part}" for part in call.split("; ")) if call else ""


def event_entry(
    view: str, side: str, event: Event, formatter: EventFormatter, inputs: Inputs
) -> HistoryEntry:
    """Return the history entry of a milestone event."""
    headers = (
        QCoreApplication.translate("ClientServerHistory", "field"),
        QCoreApplication.translate("ClientServerHistory", "value"),
    )
    rows = [(side, formatter.kind_name(event.kind))]
    if event.local is not None:
        rows.append(("getsockname()", address_text(event.local)))
    if event.peer is not None:
        rows.append(("getpeername()", address_text(event.peer)))
    error: EntryError | None = entry_error(event.error) if event.error is not None else None
    if error is not None:
        rows.append((error.name, error.message))
    details = "; ".join(f"{field} = {value}" for field, value in rows[1:])
    outcome = f"{side} {formatter.kind_name(event.kind)}"
    return HistoryEntry(
        time=at(event.time),
        view=view,
        call=_call(side, event.call),
        action=ACTIONS[side][event.kind],
        inputs=inputs,
        outcome=f"{outcome}: {details}" if details else outcome,
        error=error,
        table=Table(headers, tuple(rows)),
    )


def failure_entry(
    view: str, side: str, error: ExplainedError, code: str, inputs: Inputs
) -> HistoryEntry:
    """Return the history entry of a start or connect that failed before any socket call.

    ``code`` is the getaddrinfo call made, as Python writes it ('' when the input
    was refused before it).
    """
    stored = entry_error(error)
    headers = (
        QCoreApplication.translate("ClientServerHistory", "field"),
        QCoreApplication.translate("ClientServerHistory", "value"),
    )
    return HistoryEntry(
        time=now(),
        view=view,
        call=code,
        action="serverStart" if side == "server" else "clientConnect",
        inputs=inputs,
        outcome=f"{side}: {error.name}",
        error=stored,
        table=Table(headers, ((stored.name, stored.message),)),
    )
