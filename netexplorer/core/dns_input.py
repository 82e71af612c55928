"""Checking the DNS view's name and server inputs before any query is sent."""

import dns.exception
import dns.name
import dns.reversename

from netexplorer.core import parsing
from netexplorer.core.dns_errors import explain_dns
from netexplorer.core.dns_records import DNS_PORT, DnsServer
from netexplorer.core.errors import input_error
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP


def parse_query_name(text: str) -> tuple[str, str]:
    """Return ``(absolute name to ask, address it is the reverse name of, or '')``.

    An IPv4 or IPv6 address becomes its reverse name (``in-addr.arpa`` /
    ``ip6.arpa``); a name is checked as the Host view checks it, then by
    dnspython itself (IDNA encoding, escapes, 63-byte labels).
    """
    host = parsing.parse_host(text, allow_empty=False)
    assert host is not None
    if parsing.is_numeric_address(host):
        address = parsing.parse_address(host)
        return dns.reversename.from_address(address.text).to_text(), address.text
    try:
        name = dns.name.from_text(host)
    except dns.exception.DNSException as exc:
        error = explain_dns(exc)
        raise InvalidInput(
            input_error(
                QT_TRANSLATE_NOOP(CONTEXT, "{} is not a valid DNS name: {}"),
                error.explanation,
                host[:40],
                error.message,
            )
        ) from None
    return name.to_text(), ""


def _not_an_address(text: str) -> InvalidInput:
    return InvalidInput(
        input_error(
            QT_TRANSLATE_NOOP(CONTEXT, "The server {} is not an IP address."),
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "Give the DNS server by its address, e.g. 127.0.0.1, 192.0.2.53:5353 or "
                "[::1]:53; a name would itself need a DNS server to be found.",
            ),
            text[:40],
        )
    )


def parse_server(text: str) -> DnsServer | None:
    """Parse ``address``, ``address:port`` or ``[IPv6]:port``; empty gives None (configured)."""
    value = text.strip()
    if not value:
        return None
    host, port_text = value, ""
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        if rest and not rest.startswith(":"):
            raise _not_an_address(value)
        port_text = rest[1:]
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
    if not parsing.is_numeric_address(host):
        raise _not_an_address(value)
    address = parsing.parse_address(host)
    port = parsing.parse_port(port_text) if port_text or value.endswith(":") else DNS_PORT
    if port == 0:
        raise InvalidInput(
            input_error(
                QT_TRANSLATE_NOOP(CONTEXT, "Port 0 cannot be a server's port."),
                QT_TRANSLATE_NOOP(CONTEXT, "DNS servers listen on port 53 unless told otherwise."),
            )
        )
    return DnsServer(address.text, port)
