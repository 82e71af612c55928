"""The sequence diagram's data, fed by the real engine on loopback (and by a flood of events)."""

import socket
import time
from collections.abc import Callable, Iterator

import pytest

from netexplorer.core import conversation as conv
from netexplorer.core.diagram import ArrowKind, Diagram, Role, Side
from netexplorer.core.engine import Event, Kind, Payload
from netexplorer.core.engine.streams import PEER_CLOSED
from tests import socket_oracle
from tests.unit.core.engine.harness import Harness, tcp_info, udp_info


class Talk(Harness):
    """The engine's harness whose two sides also feed one conversation."""

    def __init__(self) -> None:
        super().__init__()
        self.conversation = conv.Conversation()
        self.server.sink = self._tee(Side.SERVER, self.server_events)
        self.client.sink = self._tee(Side.CLIENT, self.client_events)

    def _tee(self, side: Side, events: list[Event]) -> Callable[[Event], None]:
        def sink(event: Event) -> None:
            events.append(event)
            self.conversation.add(side, event)

        return sink


@pytest.fixture
def talk() -> Iterator[Talk]:
    harness = Talk()
    yield harness
    harness.client.close(quiet=True)
    harness.server.stop()
    harness.loop.close()


def texts(diagram: Diagram, role: Role) -> list[str]:
    """Return the calls on the (first) lifeline of ``role``, in time order."""
    line = next(line for line in diagram.lifelines if line.role is role)
    return [step.text for step in diagram.steps if step.lifeline == line.id]


def arrows(diagram: Diagram) -> list[tuple[ArrowKind, str, str]]:
    """Return each arrow as (kind, sender's call, receiver's call)."""
    by_seq = {step.seq: step.text for step in diagram.steps}
    return [(a.kind, by_seq[a.source_seq], by_seq[a.target_seq]) for a in diagram.arrows]


def lecture_exchange(talk: Talk, host: str = "127.0.0.1") -> Diagram:
    """The lecture's conversation: bind, listen, connect, accept, greeting, reply, close."""
    assert talk.server.start(tcp_info(host))
    talk.client.connect([tcp_info(host, talk.server.listening.port)])
    talk.wait(lambda: talk.client.received == len(b"Server: Hello"))
    talk.client.send(b"Client: I received your msg")
    talk.wait(lambda: any(c.received for c in talk.server.connections()))
    talk.client.close()
    talk.wait(lambda: talk.server.open_count == 0)
    return talk.conversation.snapshot()


def test_the_lecture_tcp_exchange_on_three_lifelines(talk: Talk) -> None:
    diagram = lecture_exchange(talk)
    roles = [line.role for line in diagram.lifelines]
    assert roles == [Role.LISTENER, Role.CONNECTION, Role.CLIENT]
    port = talk.server_events[0].local[1]  # type: ignore[index]
    assert texts(diagram, Role.LISTENER)[:4] == [
        "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)",
        "bind(('127.0.0.1', 0))",
        "listen()",
        f"accept() → (conn, {talk.server.connections() or talk.server_events[3].peer!r})",
    ]
    assert texts(diagram, Role.CLIENT) == [
        "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)",
        f"connect(('127.0.0.1', {port}))",
        "recv(65536) → b'Server: Hello'",
        "send(b'Client: I received your msg')",
        "close()",
    ]
    assert texts(diagram, Role.CONNECTION) == [
        "send(b'Server: Hello')",
        "recv(65536) → b'Client: I received your msg'",
        "recv(65536) → b''",
        "close()",
    ]
    assert arrows(diagram) == [
        (ArrowKind.CONNECT, f"connect(('127.0.0.1', {port}))", texts(diagram, Role.LISTENER)[3]),
        (ArrowKind.DATA, "send(b'Server: Hello')", "recv(65536) → b'Server: Hello'"),
        (
            ArrowKind.DATA,
            "send(b'Client: I received your msg')",
            "recv(65536) → b'Client: I received your msg'",
        ),
        (ArrowKind.CLOSE, "close()", "recv(65536) → b''"),
    ]
    client = next(line for line in diagram.lifelines if line.role is Role.CLIENT)
    connection = next(line for line in diagram.lifelines if line.role is Role.CONNECTION)
    assert (client.local, client.peer) == (connection.peer, connection.local)
    assert (client.family, client.type, client.proto) == ("AF_INET", "SOCK_STREAM", "IPPROTO_TCP")
    assert client.ended
    assert connection.ended
    seqs = [step.seq for step in diagram.steps]
    assert seqs == sorted(seqs)


@pytest.mark.skipif(not socket_oracle.ipv6_loopback_works(), reason="no IPv6 loopback here")
def test_the_lecture_exchange_over_ipv6(talk: Talk) -> None:
    diagram = lecture_exchange(talk, "::1")
    assert [line.family for line in diagram.lifelines] == ["AF_INET6"] * 3
    assert len(diagram.arrows) == 4


def test_udp_sendto_and_recvfrom_are_arrows_in_order(talk: Talk) -> None:
    assert talk.server.start(udp_info())
    address = talk.server.listening.sockaddr
    talk.client.connect([udp_info(port=address[1])])
    talk.client.send(b"hello over UDP")
    talk.wait(lambda: talk.client.received == len(b"Server: Hello"))
    diagram = talk.conversation.snapshot()
    assert [line.role for line in diagram.lifelines] == [Role.LISTENER, Role.CLIENT]
    client_port = talk.client.local[1]  # type: ignore[index]
    peer = ("127.0.0.1", client_port)
    assert texts(diagram, Role.LISTENER) == [
        "socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP)",
        "bind(('127.0.0.1', 0))",
        f"recvfrom(65536) → (b'hello over UDP', {peer!r})",
        f"sendto(b'Server: Hello', {peer!r})",
    ]
    assert texts(diagram, Role.CLIENT) == [
        "socket(AF_INET, SOCK_DGRAM)",
        f"sendto(b'hello over UDP', {address!r})",
        f"recvfrom(65536) → (b'Server: Hello', {address!r})",
    ]
    assert [
        (kind, send.split("(")[0], recv.split("(")[0]) for kind, send, recv in arrows(diagram)
    ] == [
        (ArrowKind.DATA, "sendto", "recvfrom"),
        (ArrowKind.DATA, "sendto", "recvfrom"),
    ]


def test_an_outside_peer_has_its_own_lifeline(talk: Talk) -> None:
    assert talk.server.start(tcp_info())
    with socket.create_connection(talk.server.listening.sockaddr[:2]) as outside:
        talk.wait(lambda: Kind.SENT in talk.kinds(talk.server_events))
        assert outside.recv(100) == b"Server: Hello"  # unread data would make close() a reset
        outside.sendall(b"from nc")
        talk.wait(lambda: any(c.received for c in talk.server.connections()))
        name = outside.getsockname()
    talk.wait(lambda: talk.server.open_count == 0)
    diagram = talk.conversation.snapshot()
    roles = [line.role for line in diagram.lifelines]
    assert roles == [Role.LISTENER, Role.CONNECTION, Role.OUTSIDE]
    assert diagram.lifelines[2].local == name
    kinds = [(a.kind, a.source == diagram.lifelines[2].id) for a in diagram.arrows]
    assert kinds == [
        (ArrowKind.CONNECT, True),  # its connect(), seen as accept()
        (ArrowKind.DATA, False),  # the greeting goes out
        (ArrowKind.DATA, True),  # its message comes in
        (ArrowKind.CLOSE, True),  # its close(), seen as recv() == b''
    ]


def test_a_dropped_datagram_of_a_connected_udp_socket_is_noticed() -> None:
    """A server bound to 0.0.0.0 answers from the address the route picks, not the one dialled."""
    chat = conv.Conversation(source_for=lambda destination, family: "127.0.0.1")
    server_at, client_at = ("0.0.0.0", 4000), ("127.0.0.1", 5000)
    dialled = ("127.0.0.2", 4000)
    chat.add(Side.SERVER, Event(0, Kind.BOUND, call=f"bind({server_at!r})", local=server_at))
    chat.lines.update(chat.snapshot().lifelines[0].id, type="SOCK_DGRAM", local=server_at)
    chat.add(
        Side.CLIENT,
        Event(0, Kind.CONNECTED, call=f"connect({dialled!r})", local=client_at, peer=dialled),
    )
    chat.lines.update(chat.snapshot().lifelines[1].id, type="SOCK_DGRAM", udp_connected=True)
    payload = Payload("'hi'", 2, True, False)
    chat.add(Side.CLIENT, Event(0, Kind.SENT, call="send(b'hi')", peer=dialled, payload=payload))
    chat.add(
        Side.SERVER, Event(0, Kind.RECEIVED, 1, "recvfrom(65536)", peer=client_at, payload=payload)
    )
    chat.add(
        Side.SERVER,
        Event(0, Kind.SENT, 1, f"sendto(b'hi', {client_at!r})", peer=client_at, payload=payload),
    )
    (drop,) = chat.take_drops()
    assert (drop.destination, drop.source, drop.expected) == (
        client_at,
        ("127.0.0.1", 4000),
        dialled,
    )
    assert [a.dropped for a in chat.snapshot().arrows][-1]
    assert chat.take_drops() == ()


def test_a_flood_keeps_the_diagram_bounded() -> None:
    chat = conv.Conversation()
    payload = Payload("'x'", 1, True, False)
    chat.add(
        Side.SERVER,
        Event(0, Kind.BOUND, call="bind(('127.0.0.1', 80)); listen()", local=("127.0.0.1", 80)),
    )
    events = 0
    for conn in range(1, 2001):
        peer = ("127.0.0.1", 10000 + conn)
        chat.add(
            Side.SERVER,
            Event(0, Kind.ACCEPTED, conn, "accept()", local=("127.0.0.1", 80), peer=peer),
        )
        for _ in range(5):
            chat.add(Side.SERVER, Event(0, Kind.RECEIVED, conn, "recv(65536)", payload=payload))
            chat.add(Side.SERVER, Event(0, Kind.SENT, conn, "send(b'x')", payload=payload))
        if conn % 3:
            chat.add(Side.SERVER, Event(0, Kind.CLOSED, conn, "close()", note=PEER_CLOSED))
        events += 12
    diagram = chat.snapshot()
    assert len(diagram.steps) <= conv.MAX_STEPS
    assert len(diagram.lifelines) <= conv.MAX_LIFELINES
    assert diagram.summary.calls + len(diagram.steps) >= events
    assert dict(diagram.summary.by_name)["send"] > 5000
    assert len(chat._conns) <= 700  # only the connections still open
    assert sum(len(q) for q in chat.flows._queues.values()) <= 8 * 256


def test_summary_and_serials() -> None:
    chat = conv.Conversation(max_steps=10)
    serials = [
        chat.add(Side.CLIENT, Event(time.time(), Kind.INFO, call="socket(AF_INET, SOCK_DGRAM)"))
        for _ in range(3)
    ]
    assert serials == [1, 2, 3]
    for n in range(20):
        chat.add(Side.CLIENT, Event(0, Kind.SENT, call=f"sendto(b'{n}', ('127.0.0.1', 9))"))
    diagram = chat.snapshot()
    assert len(diagram.steps) == 10
    assert diagram.summary.calls == 13
    assert dict(diagram.summary.by_name) == {"sendto": 10, "socket": 3}
