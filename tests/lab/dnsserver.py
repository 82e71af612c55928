"""A small authoritative DNS server whose behaviour tests can script.

It serves the zones of :mod:`tests.lab.zone` over UDP and TCP from one
selector-loop thread. Tests change how it answers while it runs, for every
name or for one name (and its subdomains)::

    server.set_behaviour(Behaviour.SILENT)                      # everything
    server.set_behaviour(Behaviour.DELAY, name="one.lab.test", delay=0.5)
    server.reset()

Delayed answers are scheduled on the loop, so one slow name never holds up
another. Every query received is recorded in :attr:`LabDNSServer.queries`.
"""

from __future__ import annotations

import contextlib
import enum
import heapq
import itertools
import logging
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import dns.flags
import dns.message
import dns.name
import dns.node
import dns.opcode
import dns.rcode
import dns.rdataclass
import dns.rdataset
import dns.rdatatype
import dns.rrset
import dns.zone

from tests.lab import zone as lab_zone
from tests.lab.zone import ZONES, ZoneText

log = logging.getLogger(__name__)


class Behaviour(enum.Enum):
    """How the server treats a query."""

    ANSWER = "answer"
    """Answer from the zone (NXDOMAIN for names that do not exist)."""
    DELAY = "delay"
    """Answer from the zone after a delay."""
    SILENT = "silent"
    """Never answer."""
    SERVFAIL = "servfail"
    """Answer SERVFAIL."""
    NXDOMAIN = "nxdomain"
    """Answer NXDOMAIN even for names that exist."""
    TRUNCATE = "truncate"
    """Over UDP, an empty answer with the TC bit set; over TCP, the real answer."""


@dataclass(frozen=True)
class Rule:
    """A behaviour and its delay in seconds (used by ``DELAY`` only)."""

    behaviour: Behaviour
    delay: float = 0.0


@dataclass(frozen=True)
class Query:
    """One query as the server received it."""

    name: str
    rdtype: str
    transport: str
    """``"udp"`` or ``"tcp"``."""
    received: float
    """``time.monotonic()`` at arrival."""


def builtin_rules() -> dict[str, Rule]:
    """The per-name rules a fresh (or reset) server starts with."""
    return {
        lab_zone.SLOW: Rule(Behaviour.DELAY, lab_zone.SLOW_DELAY),
        lab_zone.SILENT: Rule(Behaviour.SILENT),
        lab_zone.SERVFAIL: Rule(Behaviour.SERVFAIL),
        lab_zone.TRUNCATED: Rule(Behaviour.TRUNCATE),
    }


def _name(text: str) -> dns.name.Name:
    """Return ``text`` as an absolute, lower-cased DNS name."""
    return dns.name.from_text(text.rstrip(".") + ".").canonicalize()


class LabDNSServer:
    """An authoritative DNS server on one address, UDP and TCP, port 53 by default.

    Thread-safe: the ``set_behaviour`` / ``reset`` / ``queries`` API may be
    used from any thread while the loop thread serves.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 53,
        zones: Iterable[ZoneText] = ZONES,
    ) -> None:
        self._zones = [dns.zone.from_text(z.text, origin=z.origin, relativize=False) for z in zones]
        self._address = (host, port)
        self._lock = threading.Lock()
        self._default = Rule(Behaviour.ANSWER)
        self._rules: dict[dns.name.Name, Rule] = {}
        self._reset_rules()
        self._queries: list[Query] = []
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._udp: socket.socket | None = None
        self._tcp: socket.socket | None = None
        self._conns: dict[socket.socket, bytearray] = {}
        self._thread: threading.Thread | None = None
        self._stopping = False

    # ----------------------------------------------------------------- control
    @property
    def address(self) -> tuple[str, int]:
        """The (host, port) the server listens on (the real port once started)."""
        return self._address

    def start(self) -> LabDNSServer:
        """Bind UDP and TCP sockets and start serving on a daemon thread."""
        host, wanted = self._address
        udp, tcp = self._bind_pair(host, wanted)
        port = udp.getsockname()[1]
        for s in (udp, tcp, self._wake_r):
            s.setblocking(False)
        self._udp, self._tcp, self._address = udp, tcp, (host, port)
        self._selector.register(udp, selectors.EVENT_READ, self._on_udp)
        self._selector.register(tcp, selectors.EVENT_READ, self._on_accept)
        self._selector.register(self._wake_r, selectors.EVENT_READ, self._on_wake)
        self._thread = threading.Thread(target=self._loop, name="lab-dns", daemon=True)
        self._thread.start()
        log.info("lab DNS server on %s:%d", host, port)
        return self

    def stop(self) -> None:
        """Stop the loop, close every socket and drop pending delayed answers."""
        if self._thread is None:
            return
        self._stopping = True
        self._wake()
        self._thread.join(5)
        self._thread = None
        for s in [*self._conns, self._udp, self._tcp, self._wake_r, self._wake_w]:
            if s is not None:
                s.close()
        self._conns.clear()
        self._selector.close()

    @staticmethod
    def _bind_pair(host: str, wanted: int) -> tuple[socket.socket, socket.socket]:
        """Bind a UDP and a TCP socket on one port; with port 0, retry while TCP's is taken."""
        for _ in range(20 if wanted == 0 else 1):
            udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            udp.bind((host, wanted))
            tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                tcp.bind((host, udp.getsockname()[1]))
            except OSError:  # the UDP port the system chose is in use for TCP: choose again
                udp.close()
                tcp.close()
                if wanted:
                    raise
                continue
            tcp.listen(64)
            return udp, tcp
        raise OSError(f"no port free for both UDP and TCP on {host}")

    def __enter__(self) -> LabDNSServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_behaviour(
        self, behaviour: Behaviour, name: str | None = None, delay: float = 0.0
    ) -> None:
        """Apply ``behaviour`` to ``name`` and its subdomains, or to every name."""
        rule = Rule(behaviour, delay)
        with self._lock:
            if name is None:
                self._default = rule
            else:
                self._rules[_name(name)] = rule

    def reset(self) -> None:
        """Go back to the built-in rules and forget recorded queries."""
        with self._lock:
            self._reset_rules()
            self._queries.clear()

    def _reset_rules(self) -> None:
        self._default = Rule(Behaviour.ANSWER)
        self._rules = {_name(n): r for n, r in builtin_rules().items()}

    @property
    def queries(self) -> list[Query]:
        """A copy of the queries received since start or the last reset."""
        with self._lock:
            return list(self._queries)

    def rule_for(self, qname: dns.name.Name) -> Rule:
        """Return the rule for ``qname``: the most specific per-name rule, or the default."""
        with self._lock:
            name = qname.canonicalize()
            while True:
                if name in self._rules:
                    return self._rules[name]
                if name == dns.name.root:
                    return self._default
                name = name.parent()

    # ------------------------------------------------------------------ answers
    def answer(self, query: dns.message.Message, rule: Rule) -> dns.message.Message:
        """Build the response to ``query`` under ``rule`` (never ``SILENT``)."""
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        response.flags &= ~dns.flags.RA
        if query.opcode() != dns.opcode.QUERY or len(query.question) != 1:
            response.set_rcode(dns.rcode.NOTIMP)
            return response
        if rule.behaviour is Behaviour.SERVFAIL:
            response.flags &= ~dns.flags.AA
            response.set_rcode(dns.rcode.SERVFAIL)
            return response
        question = query.question[0]
        if rule.behaviour is Behaviour.NXDOMAIN:
            response.set_rcode(dns.rcode.NXDOMAIN)
            return response
        self._resolve(response, question.name, question.rdtype)
        return response

    def _zone_for(self, qname: dns.name.Name) -> dns.zone.Zone | None:
        best: dns.zone.Zone | None = None
        for zone in self._zones:
            origin = zone.origin
            assert origin is not None
            if qname.is_subdomain(origin) and (
                best is None or len(origin) > len(best.origin or dns.name.root)
            ):
                best = zone
        return best

    def _node(self, zone: dns.zone.Zone, qname: dns.name.Name) -> dns.node.Node | None:
        node = zone.get_node(qname)
        if node is not None:
            return node
        # Wildcard: *.<closest existing ancestor> (enough for the lab's data).
        parent = qname.parent()
        while parent.is_subdomain(zone.origin or dns.name.root):
            wild = dns.name.Name(("*", *parent.labels))
            node = zone.get_node(wild)
            if node is not None:
                return node
            if zone.get_node(parent) is not None or parent == zone.origin:
                return None
            parent = parent.parent()
        return None

    def _resolve(
        self, response: dns.message.Message, qname: dns.name.Name, rdtype: dns.rdatatype.RdataType
    ) -> None:
        """Fill ``response`` with the answer, following CNAMEs inside our zones."""
        seen: set[dns.name.Name] = set()
        name = qname.canonicalize()
        while True:
            zone = self._zone_for(name)
            if zone is None:
                if name == qname.canonicalize():
                    response.set_rcode(dns.rcode.REFUSED)
                    response.flags &= ~dns.flags.AA
                return
            node = self._node(zone, name)
            if node is None:
                response.set_rcode(dns.rcode.NXDOMAIN)
                self._add_soa(response, zone)
                return
            cname = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.CNAME)
            if cname is not None and rdtype != dns.rdatatype.CNAME:
                response.answer.append(dns.rrset.from_rdata_list(name, cname.ttl, list(cname)))
                target = next(iter(cname)).target.canonicalize()
                if target in seen:
                    return
                seen.add(name)
                name = target
                continue
            rdataset = node.get_rdataset(dns.rdataclass.IN, rdtype)
            if rdataset is None:
                self._add_soa(response, zone)  # NOERROR, no data
                return
            response.answer.append(dns.rrset.from_rdata_list(name, rdataset.ttl, list(rdataset)))
            self._add_glue(response, rdataset)
            return

    def _add_glue(self, response: dns.message.Message, rdataset: dns.rdataset.Rdataset) -> None:
        """Put the addresses of MX, NS and SRV targets in our zones in the additional section."""
        if rdataset.rdtype not in (dns.rdatatype.MX, dns.rdatatype.NS, dns.rdatatype.SRV):
            return
        targets = [
            getattr(rdata, "exchange", None) or getattr(rdata, "target", None) for rdata in rdataset
        ]
        for target in targets:
            zone = self._zone_for(target) if target is not None else None
            if zone is None or target is None:
                continue
            for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
                found = zone.get_rdataset(target, rdtype)
                if found is not None:
                    glue = dns.rrset.from_rdata_list(target, found.ttl, list(found))
                    response.additional.append(glue)

    @staticmethod
    def _add_soa(response: dns.message.Message, zone: dns.zone.Zone) -> None:
        origin = zone.origin
        assert origin is not None
        soa = zone.get_rdataset(origin, dns.rdatatype.SOA)
        if soa is not None:
            response.authority.append(dns.rrset.from_rdata_list(origin, soa.ttl, list(soa)))

    def _handle(self, wire: bytes, transport: str, reply: Callable[[bytes], None]) -> None:
        try:
            query = dns.message.from_wire(wire)
        except Exception:
            log.debug("undecodable %s message dropped", transport)
            return
        if not query.question:
            return
        question = query.question[0]
        with self._lock:
            self._queries.append(
                Query(
                    question.name.to_text(omit_final_dot=True).lower(),
                    dns.rdatatype.to_text(question.rdtype),
                    transport,
                    time.monotonic(),
                )
            )
        rule = self.rule_for(question.name)
        if rule.behaviour is Behaviour.SILENT:
            return
        if rule.behaviour is Behaviour.TRUNCATE and transport == "udp":
            response = dns.message.make_response(query)
            response.flags |= dns.flags.AA | dns.flags.TC
            reply(response.to_wire())
            return
        # Zone order on the wire, not dnspython's shuffle: tests compare orders.
        wire_out = self.answer(query, rule).to_wire(want_shuffle=False)
        if rule.behaviour is Behaviour.DELAY and rule.delay > 0:
            self._schedule(rule.delay, lambda: reply(wire_out))
        else:
            reply(wire_out)

    # --------------------------------------------------------------------- loop
    def _schedule(self, delay: float, callback: Callable[[], None]) -> None:
        heapq.heappush(self._timers, (time.monotonic() + delay, next(self._seq), callback))

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def _on_wake(self, sock: socket.socket) -> None:
        with contextlib.suppress(BlockingIOError):
            sock.recv(4096)

    def _loop(self) -> None:
        while not self._stopping:
            timeout = None
            if self._timers:
                timeout = max(0.0, self._timers[0][0] - time.monotonic())
            for key, _ in self._selector.select(timeout):
                key.data(key.fileobj)
            now = time.monotonic()
            while self._timers and self._timers[0][0] <= now:
                _, _, callback = heapq.heappop(self._timers)
                callback()
        self._timers.clear()

    def _on_udp(self, sock: socket.socket) -> None:
        try:
            wire, peer = sock.recvfrom(65535)
        except (BlockingIOError, InterruptedError):
            return

        def reply(data: bytes) -> None:
            if len(data) > 512 and not self._stopping:
                # Plain DNS over UDP carries 512 bytes; glibc retries over TCP.
                msg = dns.message.from_wire(data)
                msg.answer.clear()
                msg.authority.clear()
                msg.additional.clear()
                msg.flags |= dns.flags.TC
                data = msg.to_wire(want_shuffle=False)
            try:
                sock.sendto(data, peer)
            except OSError as exc:
                log.debug("UDP reply to %s failed: %s", peer, exc)

        self._handle(wire, "udp", reply)

    def _on_accept(self, sock: socket.socket) -> None:
        try:
            conn, _ = sock.accept()
        except (BlockingIOError, InterruptedError):
            return
        conn.setblocking(False)
        self._conns[conn] = bytearray()
        self._selector.register(conn, selectors.EVENT_READ, self._on_tcp)

    def _close(self, conn: socket.socket) -> None:
        if conn in self._conns:
            del self._conns[conn]
            self._selector.unregister(conn)
            conn.close()

    def _on_tcp(self, conn: socket.socket) -> None:
        try:
            data = conn.recv(65535)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._close(conn)
            return
        buf = self._conns[conn]
        buf += data
        while len(buf) >= 2:
            (length,) = struct.unpack("!H", buf[:2])
            if len(buf) < 2 + length:
                break
            wire = bytes(buf[2 : 2 + length])
            del buf[: 2 + length]

            def reply(out: bytes, conn: socket.socket = conn) -> None:
                if conn not in self._conns:
                    return
                try:
                    conn.setblocking(True)
                    conn.settimeout(2)
                    conn.sendall(struct.pack("!H", len(out)) + out)
                    conn.setblocking(False)
                except OSError:
                    self._close(conn)

            self._handle(wire, "tcp", reply)
