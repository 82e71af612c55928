"""The lab's DNS data: one zone of our own plus its reverse zones.

Every address comes from a documentation range (192.0.2.0/24, 2001:db8::/32)
or from 127.0.0.0/8. Inside the lab namespace the addresses listed in
:data:`LOCAL_ADDRESSES` are put on ``lo``, so a connection to them never
leaves the namespace; the others are only ever *resolved*, never contacted.
"""

from __future__ import annotations

from dataclasses import dataclass

ORIGIN = "lab.test."
"""The forward zone (``.test`` is reserved for testing by RFC 6761)."""

REVERSE_V4 = "2.0.192.in-addr.arpa."
REVERSE_V6 = "8.b.d.0.1.0.0.2.ip6.arpa."

HOSTNAME = "labhost"
"""The lab's fixed host name (UTS namespace), listed in its hosts file."""
HOST_ADDRESS = "192.0.2.1"
HOST_ADDRESS6 = "2001:db8::1"

# Names, without the trailing dot, as a user types them.
ONE = "one.lab.test"
MULTI = "multi.lab.test"
DUAL = "dual.lab.test"
V6ONLY = "v6only.lab.test"
ALIAS = "alias.lab.test"
ALIAS2 = "alias2.lab.test"
NOPTR = "noptr.lab.test"
SERVERS = "servers.lab.test"
MISSING = "missing.lab.test"
SLOW = "slow.lab.test"
"""Answered after :data:`SLOW_DELAY` seconds by the server's built-in rules."""
SILENT = "silent.lab.test"
"""Never answered (built-in rule)."""
SERVFAIL = "servfail.lab.test"
"""Always SERVFAIL (built-in rule)."""
TRUNCATED = "truncated.lab.test"
"""Truncated over UDP, so the resolver retries over TCP (built-in rule)."""
SLOW_DELAY = 3.0
NODATA = "nodata.lab.test"
"""Exists with a TXT record only: an A or AAAA question gets NOERROR and no records."""
MAIL = "mail.lab.test"
SRV_NAME = "_http._tcp.lab.test"
WILDCARD_SUFFIX = "any.lab.test"
"""Every name under this one exists (``*.any.lab.test``), for many distinct lookups."""
UNSPECIFIED = "unspecified.lab.test"
"""A name for "every interface": A 0.0.0.0 and AAAA ::, as a careless or hostile zone may hold."""

ONE_A = "192.0.2.10"
MULTI_A = ("192.0.2.21", "192.0.2.22", "192.0.2.23")
DUAL_A = "192.0.2.40"
DUAL_AAAA = "2001:db8::40"
V6ONLY_AAAA = ("2001:db8::60", "2001:db8::61")
NOPTR_A = "192.0.2.99"
NOPTR_AAAA = "2001:db8::99"
SERVERS_A = ("192.0.2.31", "192.0.2.32", "192.0.2.33")
WILDCARD_A = "192.0.2.50"
SLOW_A = "192.0.2.70"
TRUNCATED_A = ("192.0.2.81", "192.0.2.82")
MAIL_A = "192.0.2.25"
NS_A = "127.0.0.1"

#: Every record type of the DNS view at one name of the zone: (name, type, TTL, data as
#: dnspython prints it). The data types beyond addresses have TTLs of their own.
RECORDS: tuple[tuple[str, str, int, str], ...] = (
    (ONE, "A", 60, ONE_A),
    (DUAL, "AAAA", 60, DUAL_AAAA),
    (ALIAS, "CNAME", 60, "alias2.lab.test."),
    ("lab.test", "MX", 300, "10 mail.lab.test."),
    ("lab.test", "NS", 60, "ns.lab.test."),
    ("10.2.0.192.in-addr.arpa", "PTR", 60, "one.lab.test."),
    ("lab.test", "SOA", 60, "ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 60"),
    (SRV_NAME, "SRV", 120, "10 60 80 servers.lab.test."),
    ("lab.test", "TXT", 30, '"netexplorer lab" "second string"'),
    ("lab.test", "CAA", 3600, '0 issue "ca.lab.test"'),
)

LOCAL_ADDRESSES: tuple[str, ...] = (HOST_ADDRESS, HOST_ADDRESS6, *SERVERS_A)
"""Addresses the lab adds to ``lo``: the host's own and the connectable servers."""

RESOLVABLE: tuple[str, ...] = (ONE, MULTI, DUAL, V6ONLY, ALIAS, ALIAS2, NOPTR, SERVERS)
"""Every forward name that resolves to at least one address."""

REVERSE_ADDRESSES: tuple[str, ...] = (
    ONE_A,
    *MULTI_A,
    DUAL_A,
    DUAL_AAAA,
    *V6ONLY_AAAA,
    *SERVERS_A,
)
"""Addresses that have a PTR record."""

NO_PTR_ADDRESSES: tuple[str, ...] = (NOPTR_A, NOPTR_AAAA)
"""Addresses in the lab's ranges that have no PTR record."""


@dataclass(frozen=True)
class ZoneText:
    """A zone's origin and its master-file text."""

    origin: str
    text: str


FORWARD = ZoneText(
    ORIGIN,
    f"""
$TTL 60
@        SOA  ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 60
@        NS   ns.lab.test.
ns       A    127.0.0.1
one      A    {ONE_A}
multi    A    {MULTI_A[0]}
multi    A    {MULTI_A[1]}
multi    A    {MULTI_A[2]}
dual     A    {DUAL_A}
dual     AAAA {DUAL_AAAA}
v6only   AAAA {V6ONLY_AAAA[0]}
v6only   AAAA {V6ONLY_AAAA[1]}
alias    CNAME alias2
alias2   CNAME dual
noptr    A    {NOPTR_A}
noptr    AAAA {NOPTR_AAAA}
servers  A    {SERVERS_A[0]}
servers  A    {SERVERS_A[1]}
servers  A    {SERVERS_A[2]}
labhost  A    {HOST_ADDRESS}
labhost  AAAA {HOST_ADDRESS6}
*.any    A    {WILDCARD_A}
slow     A    {SLOW_A}
silent   A    192.0.2.71
servfail A    192.0.2.72
truncated A   {TRUNCATED_A[0]}
truncated A   {TRUNCATED_A[1]}
@        300 MX 10 mail
mail     A    {MAIL_A}
@        30 TXT "netexplorer lab" "second string"
@        3600 CAA 0 issue "ca.lab.test"
_http._tcp 120 SRV 10 60 80 servers
nodata   TXT  "only text, no address"
unspecified A 0.0.0.0
unspecified AAAA ::
""",
)

REVERSE4 = ZoneText(
    REVERSE_V4,
    """
$TTL 60
@        SOA  ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 60
@        NS   ns.lab.test.
1        PTR  labhost.lab.test.
10       PTR  one.lab.test.
21       PTR  multi.lab.test.
22       PTR  multi.lab.test.
23       PTR  multi.lab.test.
31       PTR  servers.lab.test.
32       PTR  servers.lab.test.
33       PTR  servers.lab.test.
40       PTR  dual.lab.test.
""",
)


def _v6_label(address: str) -> str:
    """Return the ip6.arpa owner name of ``address`` relative to :data:`REVERSE_V6`."""
    import ipaddress

    full = ipaddress.IPv6Address(address).reverse_pointer + "."
    return full[: -len(REVERSE_V6) - 1]


REVERSE6 = ZoneText(
    REVERSE_V6,
    f"""
$TTL 60
@        SOA  ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 60
@        NS   ns.lab.test.
{_v6_label(HOST_ADDRESS6)} PTR labhost.lab.test.
{_v6_label(DUAL_AAAA)} PTR dual.lab.test.
{_v6_label(V6ONLY_AAAA[0])} PTR v6only.lab.test.
{_v6_label(V6ONLY_AAAA[1])} PTR v6only.lab.test.
""",
)

ZONES: tuple[ZoneText, ...] = (FORWARD, REVERSE4, REVERSE6)
