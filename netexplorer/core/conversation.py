"""The sequence diagram's data, fed by the engine's events of both panes in the order they happened.

Each event becomes one or more steps (calls as Python writes them) on the
lifeline of the socket that made them.  A message between two sockets of
this window is an arrow from the sender's call to the receiver's call that
read it (:mod:`netexplorer.core.flows` matches the bytes); a peer outside the
window has an "outside" lifeline.  Bounded like the logs: at most
``max_steps`` calls are kept, older ones are counted by name in the
:class:`~netexplorer.core.diagram.Summary`, and the lifelines are bounded by
:class:`~netexplorer.core.lifelines.Lifelines`.
"""

import collections
import itertools

from netexplorer.core import flags, sockaddrs
from netexplorer.core.diagram import (
    Arrow,
    ArrowKind,
    Diagram,
    Role,
    Side,
    Step,
    Summary,
    call_name,
    returned,
)
from netexplorer.core.engine import Event, Kind, Sockaddr
from netexplorer.core.engine.streams import PEER_CLOSED
from netexplorer.core.flows import DroppedDatagram, Flows, SourceFor
from netexplorer.core.lan import route_source
from netexplorer.core.lifelines import Lifelines

MAX_STEPS = 160
MAX_LIFELINES = 8
#: Call names counted one by one in the summary; rarer ones share "…".
SUMMARY_NAMES = 16


class Conversation:
    """The calls both panes' engines made, kept as a bounded sequence diagram.

    :meth:`add` takes one event (from either side) and returns its serial
    number; the logs keep it with the event's row, so that a call and its row
    find each other.
    """

    def __init__(
        self,
        *,
        max_steps: int = MAX_STEPS,
        max_lifelines: int = MAX_LIFELINES,
        source_for: SourceFor = route_source,
    ) -> None:
        self.version = 0
        self._serials = itertools.count(1)
        self._seqs = itertools.count(1)
        self._steps: collections.deque[Step] = collections.deque(maxlen=max(max_steps, 1))
        self._arrows: collections.deque[Arrow] = collections.deque(maxlen=2 * max(max_steps, 1))
        self._forgotten: collections.Counter[str] = collections.Counter()
        self.flows: Flows[ArrowKind] = Flows(source_for)
        self.lines = Lifelines(max_lifelines, self._line_forgotten)
        self._listener = 0
        self._client = 0
        self._conns: dict[int, int] = {}

    def snapshot(self) -> Diagram:
        """Return the diagram now, as plain frozen data."""
        lines = self.lines.ordered()
        shown = {line.id for line in lines}
        steps = tuple(step for step in self._steps if step.lifeline in shown)
        seqs = {step.seq for step in steps}
        arrows = tuple(
            arrow
            for arrow in self._arrows
            if arrow.source_seq in seqs and arrow.target_seq in seqs
            if arrow.source in shown and arrow.target in shown
        )
        hidden = collections.Counter(self._forgotten)
        hidden.update(call_name(s.text) for s in self._steps if s.lifeline not in shown)
        summary = Summary(sum(hidden.values()), tuple(hidden.most_common()))
        return Diagram(lines, steps, arrows, summary, self.version)

    def take_drops(self) -> tuple[DroppedDatagram, ...]:
        """Return the datagrams a connect()ed UDP socket of this window dropped since last asked."""
        return self.flows.take_drops()

    def add(self, side: Side, event: Event) -> int:
        """Record one event of ``side``'s engine; return its serial number."""
        serial = next(self._serials)
        self.version += 1
        if side is Side.SERVER:
            self._server_event(serial, event)
        else:
            self._client_event(serial, event)
        self.lines.pinned = {self._listener, self._client}
        return serial

    # The server's events -----------------------------------------------------------------

    def _server_event(self, serial: int, event: Event) -> None:
        kind = event.kind
        if kind is Kind.BOUND:
            self._bound(serial, event)
        elif kind in (Kind.ACCEPTED, Kind.REJECTED):
            self._accepted(serial, event)
        elif kind is Kind.STOPPED:
            self._call(Side.SERVER, serial, self._listener, "close()")
            self.lines.end(self._listener)
        elif kind is Kind.CLOSED and self._udp_server():
            self._conns.pop(event.conn, None)  # UDP forgets a peer: no socket closes
        else:
            self._common(Side.SERVER, serial, self._server_line(event), event)
            if kind is Kind.CLOSED:
                self._conns.pop(event.conn, None)

    def _server_line(self, event: Event) -> int:
        """Return the lifeline of the server's socket an event happened on."""
        if event.conn and not self._udp_server():  # UDP peers share the server's socket
            line = self._conns.get(event.conn)
            if line is None or line not in self.lines:
                line = self._conns[event.conn] = self.lines.more()
            return line
        if not self._listener and event.kind is Kind.ERROR and event.call:
            self._listener = self.lines.new(Role.LISTENER, pinned=True)  # socket()/bind() failed
        return self._listener

    def _udp_server(self) -> bool:
        kept = self.lines.get(self._listener)
        return kept is not None and kept.line.type == "SOCK_DGRAM"

    def _bound(self, serial: int, event: Event) -> None:
        self.lines.end(self._listener)
        self._conns.clear()
        self._listener = self.lines.new(Role.LISTENER, pinned=True)
        c = event.coordinates
        if c is not None:
            self.lines.update(
                self._listener, family=c.family, type=c.type, proto=c.proto, local=c.sockaddr
            )
            socket_call = f"socket({c.family}, {c.type}, {c.proto})"
            self._call(Side.SERVER, serial, self._listener, socket_call)
        for part in event.call.split("; "):
            self._call(Side.SERVER, serial, self._listener, part)

    def _accepted(self, serial: int, event: Event) -> None:
        """Add the listening socket's steps, the connection's lifeline and the handshake's arrow."""
        peer = event.peer or ()
        parts = event.call.split("; ")
        texts = [f"{p} → (conn, {peer!r})" if p == "accept()" and peer else p for p in parts]
        seqs = [self._call(Side.SERVER, serial, self._listener, text) for text in texts]
        seq = seqs[0]
        listener = self.lines.get(self._listener)
        if event.kind is Kind.ACCEPTED and listener is not None:
            known = listener.line
            self._conns[event.conn] = self.lines.new(
                Role.CONNECTION, conn=event.conn, family=known.family, type=known.type,
                proto=known.proto, local=event.local, peer=event.peer,
            )  # fmt: skip
        if not peer:
            return
        client = self.lines.get(self._client)
        if client is not None and client.line.local is not None:
            if sockaddrs.key(client.line.local) == sockaddrs.key(peer):
                self._arrow(
                    ArrowKind.CONNECT, self._client, client.connect_seq, self._listener, seq
                )
                return
        elif client is not None and not client.line.ended:  # connect() has not finished yet
            self.flows.expect_handshake(sockaddrs.key(peer), (self._listener, seq))
            return
        self._arrow(ArrowKind.CONNECT, self.lines.outside(peer), seq, self._listener, seq)

    # The client's events -----------------------------------------------------------------

    def _client_event(self, serial: int, event: Event) -> None:
        kind = event.kind
        if kind is Kind.ATTEMPT:
            family, type_, proto = event.args[2:5] if len(event.args) >= 5 else ("", "", "")
            proto = flags.proto_name(int(proto)) if proto.isdigit() else proto
            self._new_client(serial, f"socket({family}, {type_}, {proto})", event.call)
            self.lines.update(self._client, family=family, type=type_, proto=proto)
        elif kind is Kind.CONNECTED:
            self._connected(serial, event)
        elif kind is Kind.INFO and event.call.startswith("socket("):
            self._new_client(serial, event.call)
            self.lines.update(self._client, local=event.local, type="SOCK_DGRAM")
        else:
            self._common(Side.CLIENT, serial, self._client, event)

    def _new_client(self, serial: int, *calls: str) -> None:
        self._client = self.lines.new(Role.CLIENT, pinned=True)
        seqs = [self._call(Side.CLIENT, serial, self._client, call) for call in calls]
        kept = self.lines.get(self._client)
        if kept is not None:
            kept.connect_seq = seqs[-1]

    def _connected(self, serial: int, event: Event) -> None:
        c = event.coordinates
        udp = c is not None and c.type == "SOCK_DGRAM"
        if udp or not self._client:  # UDP connect() comes without an attempt
            socket_call = f"socket({c.family}, {c.type}, {c.proto})" if c else ""
            self._new_client(serial, socket_call, event.call)
        if c is not None:
            self.lines.update(self._client, family=c.family, type=c.type, proto=c.proto)
        self.lines.update(self._client, local=event.local, peer=event.peer, udp_connected=udp)
        line, accept_seq = self.flows.handshake(sockaddrs.key(event.local or ()))
        kept = self.lines.get(self._client)
        if accept_seq and kept is not None:
            self._arrow(ArrowKind.CONNECT, self._client, kept.connect_seq, line, accept_seq)

    # Data, closing, errors: either side ------------------------------------------------------

    def _common(self, side: Side, serial: int, line_id: int, event: Event) -> None:
        """Add the steps of data, closing, errors and information on ``line_id``."""
        kind = event.kind
        if kind is Kind.RECEIVED:
            self._received(side, serial, line_id, event)
        elif kind is Kind.SENT:
            self._sent(side, serial, line_id, event)
        elif kind is Kind.CLOSED:
            self._closed(side, serial, line_id, event)
        elif kind is Kind.ERROR and event.call and event.error is not None:
            self._call(side, serial, line_id, event.call, error=event.error.name)
            if event.call.startswith("connect(") and side is Side.CLIENT:
                self.lines.end(line_id)
        elif kind is Kind.INFO and event.call:
            self._call(side, serial, line_id, event.call)

    def _received(self, side: Side, serial: int, line_id: int, event: Event) -> None:
        kept = self.lines.get(line_id)
        if kept is None:
            return
        payload = event.payload
        what = returned(payload) if payload is not None else "…"
        datagram = event.call.startswith("recvfrom")
        text = f"{event.call} → ({what}, {event.peer!r})" if datagram else f"{event.call} → {what}"
        if not datagram:
            kept.recv_call = event.call
        seq = self._call(side, serial, line_id, text)
        source = event.peer if datagram else kept.line.peer
        self._deliver(line_id, seq, source, payload.size if payload else 0, datagram=datagram)

    def _sent(self, side: Side, serial: int, line_id: int, event: Event) -> None:
        kept = self.lines.get(line_id)
        if kept is None:
            return
        if event.local is not None and kept.line.role is Role.CLIENT:
            self.lines.update(line_id, local=event.local)  # UDP: the port chosen at sendto()
        seq = self._call(side, serial, line_id, event.call)
        target = event.peer or kept.line.peer
        if target is not None:
            size = event.payload.size if event.payload else 0
            self._post(line_id, seq, target, size, ArrowKind.DATA)

    def _closed(self, side: Side, serial: int, line_id: int, event: Event) -> None:
        kept = self.lines.get(line_id)
        if kept is None:
            return
        peer = kept.line.peer
        if event.note == PEER_CLOSED:  # the FIN arrived: recv() returned b''
            seq = self._call(side, serial, line_id, f"{kept.recv_call} → b''")
            self._deliver(line_id, seq, peer, 0, datagram=False, fin=True)
        seq = self._call(side, serial, line_id, "close()")
        if event.note != PEER_CLOSED and peer is not None and kept.line.type == "SOCK_STREAM":
            self._post(line_id, seq, peer, 0, ArrowKind.CLOSE)
        self.lines.end(line_id)

    # Messages -----------------------------------------------------------------------------------

    def _post(self, line_id: int, seq: int, target: Sockaddr, size: int, kind: ArrowKind) -> None:
        """Queue a message for a receiver in this window, or draw it to an outside lifeline."""
        sender = self.lines.lines[line_id].line
        receiver = self.lines.socket_at(target, exclude=line_id, other_end=sender.local)
        client = self.lines.get(self._client)
        waiting = client is not None and client.line.local is None and not client.line.ended
        if receiver is None and not waiting:
            self._arrow(kind, line_id, seq, self.lines.outside(target), seq)
            return
        if receiver is not None and sender.type == "SOCK_DGRAM":
            peer = self.lines.lines[receiver].line
            if peer.udp_connected and self.flows.udp_drop(sender.local, peer.peer, target):
                self._arrow(kind, line_id, seq, receiver, seq, dropped=True)
                return
        fin = kind is ArrowKind.CLOSE
        self.flows.post(line_id, sockaddrs.key(target), seq, size, kind, fin=fin)

    def _deliver(
        self,
        line_id: int,
        seq: int,
        source: Sockaddr | None,
        size: int,
        *,
        datagram: bool,
        fin: bool = False,
    ) -> None:
        """Draw arrows to a receive from the sends it read, or from an outside lifeline."""
        local = self.lines.lines[line_id].line.local
        if source is None or local is None:
            return
        sender = self.lines.socket_at(source, exclude=line_id, other_end=local)
        if sender is None:
            kind = ArrowKind.CLOSE if fin else ArrowKind.DATA
            self._arrow(kind, self.lines.outside(source), seq, line_id, seq)
            return
        for kind, source_seq in self.flows.take(sender, local, size, datagram=datagram, fin=fin):
            self._arrow(kind, sender, source_seq, line_id, seq)

    # Bookkeeping -------------------------------------------------------------------------------

    def _call(self, side: Side, serial: int, line_id: int, text: str, error: str = "") -> int:
        """Add a step; return its seq (0 when there is no lifeline or no call)."""
        kept = self.lines.get(line_id)
        if kept is None or not text:
            return 0
        seq = next(self._seqs)
        if len(self._steps) == self._steps.maxlen:
            self._count_forgotten(call_name(self._steps[0].text))
        self._steps.append(Step(seq, serial, side, line_id, text, error))
        kept.last = seq
        return seq

    def _count_forgotten(self, name: str) -> None:
        if name in self._forgotten or len(self._forgotten) < SUMMARY_NAMES:
            self._forgotten[name] += 1
        else:
            self._forgotten["…"] += 1

    def _line_forgotten(self, line_id: int) -> None:
        self.flows.forget(line_id)
        self._conns = {conn: line for conn, line in self._conns.items() if line != line_id}

    def _arrow(
        self,
        kind: ArrowKind,
        source: int,
        source_seq: int,
        target: int,
        target_seq: int,
        *,
        dropped: bool = False,
    ) -> None:
        if source_seq and target_seq and source and target:
            self._arrows.append(Arrow(kind, source, source_seq, target, target_seq, dropped))
