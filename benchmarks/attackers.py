"""Hostile peers for ``benchmarks/hostile_server.py``: each attacks a server on 127.0.0.1 only.

Run as ``python benchmarks/attackers.py SCENARIO PORT``: the attacker
attacks, prints ``holding`` when it has done its worst (its sockets still
open), waits for a line on stdin (the server has been stopped), closes
everything and prints one JSON object with what it saw.  Every attack is
bounded in sockets, datagrams and time.
"""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

HOST = "127.0.0.1"
GREETING = b"Server: Hello"
FULL = b"server full: 100 connections\n"
#: Descriptors an attacker may need (1,000 sockets and some slack).
DESCRIPTORS = 1_200
SETTLE_S = 30.0


def raise_descriptor_limit(needed: int = DESCRIPTORS) -> str:
    """Raise the soft RLIMIT_NOFILE to ``needed`` (or the hard limit); say what was done."""
    try:
        import resource
    except ImportError:  # Windows: no such limit on sockets
        return "no RLIMIT_NOFILE on this system"
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        return f"soft RLIMIT_NOFILE raised from {soft} to {wanted}"
    return f"soft RLIMIT_NOFILE {soft} already enough"


class Connections:
    """TCP connections opened at once, each classified by what the server sent it."""

    def __init__(self, count: int, *, rcvbuf: int = 0, sndbuf: int = 0) -> None:
        self.selector = selectors.DefaultSelector()
        self.socks: list[socket.socket] = []
        self.got: dict[socket.socket, bytearray] = {}
        self.ended: set[socket.socket] = set()
        self.errors = 0
        for _ in range(count):
            s = socket.socket()
            if rcvbuf:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
            if sndbuf:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, sndbuf)
            s.setblocking(False)
            self.socks.append(s)
            self.got[s] = bytearray()

    def connect(self, port: int) -> None:
        """Start every connection at once."""
        for s in self.socks:
            s.connect_ex((HOST, port))
            self.selector.register(s, selectors.EVENT_READ)

    def read(self, timeout: float) -> None:
        """Read what arrived (up to 64 KiB a socket); note ends and resets."""
        for key, _ in self.selector.select(timeout):
            s = key.fileobj
            assert isinstance(s, socket.socket)
            try:
                data = s.recv(65536)
            except BlockingIOError:
                continue
            except OSError:
                self.errors += 1
                data = b""
            if not data:
                self.ended.add(s)
                self.selector.unregister(s)
            elif len(self.got[s]) < 256:  # what matters is how it starts
                self.got[s] += data

    def settle(self, done: Callable[[], bool], limit_s: float = SETTLE_S) -> None:
        """Read until ``done()`` or ``limit_s`` passes."""
        deadline = time.monotonic() + limit_s
        while not done() and time.monotonic() < deadline:
            self.read(0.05)

    def kept(self) -> list[socket.socket]:
        """Return the connections the server keeps (greeted, not ended)."""
        return [s for s in self.socks if s not in self.ended and self.got[s].startswith(GREETING)]

    def counts(self) -> dict[str, int]:
        """Say how the server treated the connections."""
        told = sum(1 for s in self.socks if bytes(self.got[s]) == FULL and s in self.ended)
        return {
            "connections": len(self.socks),
            "kept_and_greeted": len(self.kept()),
            "told_server_full_then_closed": told,
            "closed_without_a_word": sum(1 for s in self.ended if not self.got[s]),
            "resets": self.errors,
        }

    def close(self) -> None:
        """Close every socket."""
        for s in self.socks:
            s.close()
        self.selector.close()


def thousand_connections(port: int) -> tuple[dict[str, Any], Callable[[], None]]:
    """1,000 connections at once: 100 are kept, 900 told the server is full."""
    conns = Connections(1_000)
    conns.connect(port)
    conns.settle(lambda: len(conns.kept()) + len(conns.ended) >= len(conns.socks))
    return conns.counts(), conns.close


def slowloris(
    port: int, count: int = 300, seconds: int = 10
) -> tuple[dict[str, Any], Callable[[], None]]:
    """300 connections, each sending one byte a second, for ``seconds``."""
    conns = Connections(count)
    conns.connect(port)
    sent = 0
    for _ in range(seconds):
        tick = time.monotonic() + 1.0
        for s in conns.socks:
            if s not in conns.ended:
                with contextlib.suppress(OSError):
                    sent += s.send(b"x")
        while time.monotonic() < tick:
            conns.read(max(0.0, tick - time.monotonic()))
    figures = conns.counts()
    figures["bytes_sent"] = sent
    return figures, conns.close


def non_readers(
    port: int, count: int = 100, seconds: float = 8.0
) -> tuple[dict[str, Any], Callable[[], None]]:
    """100 echo clients that send as fast as they can and never read."""
    conns = Connections(count, rcvbuf=4096, sndbuf=65536)
    for s in conns.socks:
        s.connect_ex((HOST, port))
    chunk = b"n" * 65536
    sent = 0
    start = last_progress = time.monotonic()
    while time.monotonic() - start < seconds and time.monotonic() - last_progress < 2.0:
        _, writable, _ = select_writable(conns.socks, 0.05)
        for s in writable:
            try:
                sent += s.send(chunk)
                last_progress = time.monotonic()
            except (BlockingIOError, OSError):
                continue
    return {"connections": count, "bytes_sent_unread": sent,
            "seconds": round(time.monotonic() - start, 1)}, conns.close  # fmt: skip


def select_writable(
    socks: list[socket.socket], timeout: float
) -> tuple[list[Any], list[Any], list[Any]]:
    """Return which of ``socks`` can be written to now (a selector: no FD_SETSIZE limit)."""
    with selectors.DefaultSelector() as selector:
        for s in socks:
            selector.register(s, selectors.EVENT_WRITE)
        ready = [key.fileobj for key, _ in selector.select(timeout)]
    return [], ready, []


def udp_flood(
    port: int, ports: int = 500, datagrams: int = 20_000, round_s: float = 0.1
) -> tuple[dict[str, Any], Callable[[], None]]:
    """20,000 datagrams from 500 ports, round robin, one round of 500 every ``round_s``.

    Unpaced, nearly all would overflow the server's receive buffer in the
    kernel and the server would hardly see the flood; at 5,000 a second it sees most.
    """
    socks = []
    for _ in range(ports):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind((HOST, 0))
        s.setblocking(False)
        socks.append(s)
    sent = replies = 0
    for n in range(datagrams):
        s = socks[n % ports]
        while True:
            try:
                s.sendto(b"flood %06d" % n, (HOST, port))
                sent += 1
                break
            except BlockingIOError:
                time.sleep(0.001)
        if n % ports == ports - 1:
            replies += drain(socks)
            time.sleep(round_s)
    time.sleep(1.0)
    replies += drain(socks)

    def close() -> None:
        for s in socks:
            s.close()

    return {"ports": ports, "datagrams_sent": sent, "replies_received": replies}, close


def drain(socks: list[socket.socket]) -> int:
    """Read every datagram waiting on ``socks``; return how many."""
    count = 0
    for s in socks:
        with contextlib.suppress(BlockingIOError, ConnectionRefusedError):
            while s.recv(2048):
                count += 1
    return count


SCENARIOS = {
    "connections": thousand_connections,
    "slowloris": slowloris,
    "nonreaders": non_readers,
    "udpflood": udp_flood,
}


def main(argv: list[str]) -> int:
    """Attack, say ``holding``, wait for a line on stdin, close, print the figures."""
    scenario, port = argv[0], int(argv[1])
    limit = raise_descriptor_limit()
    figures, close = SCENARIOS[scenario](port)
    print("holding", flush=True)
    sys.stdin.readline()
    close()
    print(json.dumps({"scenario": scenario, "descriptors": limit, **figures}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
