"""The lecture's server and client scripts, written from the Client/Server panes' settings.

Like the lecture's, the server script serves one client: it sends the
greeting, prints what it receives and exits; the client script sends the
pane's message and prints what it receives.  The getaddrinfo call is the
very call the pane makes (:func:`~netexplorer.core.engine.bind_lookup`,
:func:`~netexplorer.core.engine.connect_lookup`), and ``info = infolist[0]``
follows as in the lecture.  Run as pasted, each script talks to the other
pane.
"""

from dataclasses import dataclass

from netexplorer.core import codegen
from netexplorer.core.engine import Endpoint, Transport, bind_lookup, connect_lookup, is_wildcard

#: How long the client script waits for an answer before giving up (a classroom
#: server that never answers should not leave a script hanging forever).
CLIENT_TIMEOUT_S = 10
RECV_SIZE = 1024
DATAGRAM_SIZE = 65536


@dataclass(frozen=True)
class ServerScript:
    """What the server pane would do: where it binds, its transport, greeting, reply and echo."""

    endpoint: Endpoint
    transport: Transport
    greeting: str | None = "Server: Hello"
    echo: bool = False


@dataclass(frozen=True)
class ClientScript:
    """What the client pane would do, and what it may expect back from this window's server.

    ``answers`` is how many messages the server sends back to a TCP client
    after its message (echo), or to a UDP datagram (reply and echo).
    """

    endpoint: Endpoint
    transport: Transport
    message: str
    greeted: bool = True
    answers: int = 0
    udp_connect: bool = False


def _encoded(text: str) -> str:
    """Write text sent as bytes the lecture's way: ``"Server: Hello".encode()``."""
    return f"{text!r}.encode()"


def _head(call: str) -> list[str]:
    return [
        "import socket",
        "",
        f"infolist = {call}",
        "info = infolist[0]",
        "print(info[0:3])",
        "s = socket.socket(*info[0:3])",
    ]


def server_script(settings: ServerScript) -> str:
    """Return the server script: bind, (listen, accept,) greet or answer, print, exit."""
    call = codegen.expression(bind_lookup(settings.endpoint, settings.transport).call)
    lines = _head(call)
    host = settings.endpoint.host
    if host is not None and ":" in host and is_wildcard(host):
        lines.append("s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)  # IPv4 too")
    lines.append("s.bind(info[4])")
    if settings.transport is Transport.TCP:
        lines += ["s.listen()", "print(s.getsockname())", "conn, add = s.accept()", "print(add)"]
        if settings.greeting:
            lines.append(f"conn.send({_encoded(settings.greeting)})")
        lines += ["msg = conn.recv(1024).decode()", "print(msg)"]
        if settings.echo:
            lines.append("conn.send(msg.encode())")
        lines += ["conn.close()", "s.close()"]
    else:
        lines += [
            "print(s.getsockname())",
            f"data, add = s.recvfrom({DATAGRAM_SIZE})",
            "print(data.decode(), add)",
        ]
        if settings.greeting:
            lines.append(f"s.sendto({_encoded(settings.greeting)}, add)")
        if settings.echo:
            lines.append("s.sendto(data, add)")
        lines.append("s.close()")
    return "\n".join(lines) + "\n"


def client_script(settings: ClientScript) -> str:
    """Return the client script: connect (or not, for UDP), send the message, print the answers."""
    call = codegen.expression(connect_lookup(settings.endpoint, settings.transport).call)
    lines = _head(call)
    lines.append(f"s.settimeout({CLIENT_TIMEOUT_S})  # give up if no answer comes")
    message = _encoded(settings.message)
    if settings.transport is Transport.TCP:
        lines += ["s.connect(info[4])", "print(s.getsockname(), s.getpeername())"]
        if settings.greeted:
            lines += [f"msg = s.recv({RECV_SIZE}).decode()", "print(msg)"]
        lines.append(f"s.send({message})")
        lines += [f"print(s.recv({RECV_SIZE}).decode())"] * settings.answers
    else:
        if settings.udp_connect:
            lines += [
                "s.connect(info[4])  # sends nothing: only sets the peer",
                f"s.send({message})",
            ]
        else:
            lines.append(f"s.sendto({message}, info[4])")
        lines.append("print(s.getsockname())")
        for _ in range(settings.answers):
            lines += [f"data, add = s.recvfrom({DATAGRAM_SIZE})", "print(data.decode(), add)"]
    lines.append("s.close()")
    return "\n".join(lines) + "\n"
