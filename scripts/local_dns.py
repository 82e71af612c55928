#!/usr/bin/env python3
"""Serve a fixed DNS zone on 127.0.0.1 (UDP and TCP) for a while, then stop by itself.

    python scripts/local_dns.py [--port 5353] [--seconds 120]

The zone holds one record of every type the DNS view offers at
``selftest.netexplorer.test.`` (the CNAME at ``www.``), so that

    NETEXPLORER_SELFTEST_DNS=127.0.0.1:5353 netexplorer --self-test

asks a real server for each type.  Needs dnspython only.  Prints one line
``serving 127.0.0.1:PORT`` once both sockets listen.
"""

import argparse
import socket
import struct
import sys
import threading
import time

import dns.exception
import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rrset
import dns.zone

ZONE = """
$TTL 60
@    SOA   ns hostmaster 1 3600 600 86400 60
@    NS    ns
@    A     192.0.2.1
@    AAAA  2001:db8::1
@    MX    10 mail
@    PTR   host
@    SRV   0 5 5060 sip
@    TXT   "netexplorer self-test"
@    CAA   0 issue "ca.example.net"
www  CNAME @
ns   A     127.0.0.1
"""
POLL_S = 0.2
ORIGIN = "selftest.netexplorer.test."


def answer(zone: dns.zone.Zone, wire: bytes) -> bytes | None:
    """Return the response to one query (None for something that is not one)."""
    try:
        query = dns.message.from_wire(wire)
    except dns.exception.DNSException:
        return None
    response = dns.message.make_response(query)
    response.flags |= dns.flags.AA
    question = query.question[0] if query.question else None
    node = zone.get_node(question.name) if question is not None else None
    if question is None or not question.name.is_subdomain(zone.origin):
        response.set_rcode(dns.rcode.REFUSED)
    elif node is None:
        response.set_rcode(dns.rcode.NXDOMAIN)
    else:
        found = node.get_rdataset(dns.rdataclass.IN, question.rdtype)
        if found is not None:
            rdatas = [rdata.to_generic().to_text() for rdata in found]  # absolute names
            rrset = dns.rrset.from_text_list(
                question.name, found.ttl, "IN", question.rdtype, rdatas
            )
            response.answer.append(rrset)
    return response.to_wire()


def serve_udp(zone: dns.zone.Zone, sock: socket.socket, until: float) -> None:
    """Answer UDP queries until ``until`` (time.monotonic())."""
    sock.settimeout(POLL_S)
    while time.monotonic() < until:
        try:
            wire, peer = sock.recvfrom(65535)
        except TimeoutError:
            continue
        reply = answer(zone, wire)
        if reply is not None:
            sock.sendto(reply, peer)


def serve_tcp(zone: dns.zone.Zone, sock: socket.socket, until: float) -> None:
    """Answer TCP queries (one per connection is enough for dnspython) until ``until``."""
    sock.settimeout(POLL_S)
    while time.monotonic() < until:
        try:
            conn, _ = sock.accept()
        except TimeoutError:
            continue
        with conn:
            conn.settimeout(2)
            try:
                length = struct.unpack("!H", conn.recv(2, socket.MSG_WAITALL))[0]
                reply = answer(zone, conn.recv(length, socket.MSG_WAITALL))
                if reply is not None:
                    conn.sendall(struct.pack("!H", len(reply)) + reply)
            except (OSError, struct.error):
                continue


def main() -> int:
    """Serve the zone on 127.0.0.1:PORT for SECONDS, then exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5353)
    parser.add_argument("--seconds", type=float, default=120)
    args = parser.parse_args()
    zone = dns.zone.from_text(ZONE, origin=ORIGIN, relativize=False)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", args.port))
    port = udp.getsockname()[1]
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tcp.bind(("127.0.0.1", port))
    tcp.listen(16)
    until = time.monotonic() + args.seconds
    print(f"serving 127.0.0.1:{port}", flush=True)
    threads = [
        threading.Thread(target=serve_udp, args=(zone, udp, until)),
        threading.Thread(target=serve_tcp, args=(zone, tcp, until)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    udp.close()
    tcp.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
