"""The generated scripts: the lecture's shape, the pane's getaddrinfo call, valid Python."""

import ast

import pytest

from netexplorer.core import scripts
from netexplorer.core.engine import Endpoint, Transport


def lines(script: str) -> list[str]:
    ast.parse(script)  # valid Python
    return script.splitlines()


def test_tcp_server_script_is_the_lecture_s() -> None:
    text = scripts.server_script(scripts.ServerScript(Endpoint("127.0.0.1", 12345), Transport.TCP))
    assert lines(text) == [
        "import socket",
        "",
        "infolist = socket.getaddrinfo('127.0.0.1', 12345, 0, socket.SOCK_STREAM, 0, "
        "socket.AI_PASSIVE)",
        "info = infolist[0]",
        "print(info[0:3])",
        "s = socket.socket(*info[0:3])",
        "s.bind(info[4])",
        "s.listen()",
        "print(s.getsockname())",
        "conn, add = s.accept()",
        "print(add)",
        "conn.send('Server: Hello'.encode())",
        "msg = conn.recv(1024).decode()",
        "print(msg)",
        "conn.close()",
        "s.close()",
    ]


def test_tcp_client_script_is_the_lecture_s() -> None:
    settings = scripts.ClientScript(Endpoint(None, "smtp"), Transport.TCP, "Client: hi", answers=1)
    text = lines(scripts.client_script(settings))
    assert text[2] == "infolist = socket.getaddrinfo(None, 'smtp', 0, socket.SOCK_STREAM, 0, 0)"
    assert text[6:] == [
        "s.settimeout(10)  # give up if no answer comes",
        "s.connect(info[4])",
        "print(s.getsockname(), s.getpeername())",
        "msg = s.recv(1024).decode()",
        "print(msg)",
        "s.send('Client: hi'.encode())",
        "print(s.recv(1024).decode())",  # the echo
        "s.close()",
    ]


@pytest.mark.parametrize("connect", [False, True])
def test_udp_scripts_use_sendto_and_recvfrom(connect: bool) -> None:
    server = scripts.ServerScript(Endpoint("::1", 5000), Transport.UDP, "ok", echo=True)
    text = lines(scripts.server_script(server))
    assert "s.listen()" not in text
    assert text[-5:] == [
        "data, add = s.recvfrom(65536)",
        "print(data.decode(), add)",
        "s.sendto('ok'.encode(), add)",
        "s.sendto(data, add)",
        "s.close()",
    ]
    client = scripts.ClientScript(
        Endpoint("::1", 5000), Transport.UDP, 'it\'s "quoted"\n', answers=2, udp_connect=connect
    )
    text = lines(scripts.client_script(client))
    sending = "s.send('it\\'s \"quoted\"\\n'.encode())"
    if connect:
        assert sending in text
    else:
        assert "s.sendto('it\\'s \"quoted\"\\n'.encode(), info[4])" in text
    assert text.count("data, add = s.recvfrom(65536)") == 2


def test_a_dual_stack_wildcard_server_script_accepts_ipv4_too() -> None:
    text = scripts.server_script(scripts.ServerScript(Endpoint("::", 80), Transport.TCP))
    assert "s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)  # IPv4 too" in lines(text)
