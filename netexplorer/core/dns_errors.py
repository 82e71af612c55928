"""Turning what a DNS query with dnspython raises into explained errors.

dnspython raises its own exceptions (all ``dns.exception.DNSException``) for
timeouts, a missing configuration and malformed names or answers, and the
socket module's ``OSError`` for an unreachable network; both are explained
here, as :func:`netexplorer.core.errors.explain` does for the socket calls.
"""

import dns.exception
import dns.message
import dns.name
import dns.query
import dns.resolver

from netexplorer.core.errors import explain
from netexplorer.core.lookups import CALL_ERRORS
from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

#: What a DNS query can raise: dnspython's exceptions and the socket module's.
DNS_ERRORS: tuple[type[BaseException], ...] = (dns.exception.DNSException, *CALL_ERRORS)

_DNS_TEXT: tuple[tuple[type[BaseException], str, str], ...] = (
    (
        dns.exception.Timeout,
        QT_TRANSLATE_NOOP(CONTEXT, "No DNS server answered in time."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The servers are down or silent, or a firewall drops DNS packets (port 53); "
            "this computer's servers were each asked in turn.",
        ),
    ),
    (
        dns.resolver.NoResolverConfiguration,
        QT_TRANSLATE_NOOP(CONTEXT, "This computer has no DNS server configured."),
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The network settings (resolv.conf, or the adapter settings on Windows) list no "
            "name server; type a server's address to ask it directly.",
        ),
    ),
    (
        dns.name.LabelTooLong,
        QT_TRANSLATE_NOOP(CONTEXT, "A label of the name is longer than 63 bytes."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "Each part between dots has at most 63 bytes once encoded for DNS."
        ),
    ),
    (
        dns.name.NameTooLong,
        QT_TRANSLATE_NOOP(CONTEXT, "The name is longer than 255 bytes."),
        QT_TRANSLATE_NOOP(CONTEXT, "A whole DNS name has at most 255 bytes once encoded."),
    ),
    (
        dns.name.EmptyLabel,
        QT_TRANSLATE_NOOP(CONTEXT, "The name has an empty label."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "Two dots in a row, or a dot at the start, leave a label empty."
        ),
    ),
    (
        dns.name.IDNAException,
        QT_TRANSLATE_NOOP(CONTEXT, "The name cannot be encoded for DNS (IDNA)."),
        QT_TRANSLATE_NOOP(CONTEXT, "It has characters that internationalised names do not allow."),
    ),
    (
        dns.exception.SyntaxError,
        QT_TRANSLATE_NOOP(CONTEXT, "The name is not valid DNS text."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "A backslash must be followed by a character or three decimal digits."
        ),
    ),
    (
        dns.query.BadResponse,
        QT_TRANSLATE_NOOP(CONTEXT, "The answer does not match the question."),
        QT_TRANSLATE_NOOP(CONTEXT, "The server answered a different question; it is broken."),
    ),
    (
        dns.exception.FormError,
        QT_TRANSLATE_NOOP(CONTEXT, "The server's answer is malformed."),
        QT_TRANSLATE_NOOP(CONTEXT, "It is not a DNS message, or a broken one."),
    ),
)

_OTHER = (
    QT_TRANSLATE_NOOP(CONTEXT, "The DNS query failed."),
    QT_TRANSLATE_NOOP(CONTEXT, "See the message from dnspython."),
)


#: Why a server the user named did not answer (one server, nothing asked in turn).
_NAMED_SERVER_SILENT = QT_TRANSLATE_NOOP(
    CONTEXT, "The server is down or silent, or a firewall drops DNS packets (port 53)."
)


def explain_dns(exc: BaseException, *, named_server: bool = False) -> ExplainedError:
    """Explain an exception raised while sending a DNS query.

    ``named_server``: the query went to one server the user named, not to this
    computer's servers in turn.
    """
    if not isinstance(exc, dns.exception.DNSException):
        return explain(exc)
    explanation, cause = next(
        ((text, why) for kind, text, why in _DNS_TEXT if isinstance(exc, kind)), _OTHER
    )
    if named_server and isinstance(exc, dns.exception.Timeout):
        cause = _NAMED_SERVER_SILENT
    return ExplainedError(
        name=type(exc).__name__,
        message=str(exc) or type(exc).__name__,
        explanation=explanation,
        cause=cause,
        exception=type(exc).__name__,
    )
