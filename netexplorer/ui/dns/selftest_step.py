"""The DNS view's ``--self-test`` step: a real query when a server is given, else the record types.

dnspython loads the module of each record type by name when it first meets
the type, so a frozen build that lacks one fails only at run time.  With
``NETEXPLORER_SELFTEST_DNS=address[:port]`` the step asks that server for
every record type of the view (``scripts/local_dns.py`` serves the answers);
without it, it checks that every type's class loads and parses a sample
record in this build, and says that no query was sent.
"""

import os
import time
from typing import TYPE_CHECKING

import dns.rdata
import dns.rdataclass
import dns.rdatatype

from netexplorer.core.dns_records import RECORD_TYPES
from netexplorer.ui.stepping import STEP_TIMEOUT_MS, wait_for
from netexplorer.ui.view import StepResult

if TYPE_CHECKING:
    from netexplorer.ui.dns import DnsTab

ENV_SERVER = "NETEXPLORER_SELFTEST_DNS"
IN = dns.rdataclass.IN
#: The zone of scripts/local_dns.py holds every type at this name (CNAME one label below).
ZONE = "selftest.netexplorer.test."
#: One record of each type, as master-file text (also what local_dns.py serves).
SAMPLES = {
    "A": "192.0.2.1",
    "AAAA": "2001:db8::1",
    "CNAME": "selftest.netexplorer.test.",
    "MX": "10 mail.selftest.netexplorer.test.",
    "NS": "ns.selftest.netexplorer.test.",
    "PTR": "host.selftest.netexplorer.test.",
    "SOA": "ns.selftest.netexplorer.test. hostmaster.selftest.netexplorer.test. 1 3600 600 86400 60",
    "SRV": "0 5 5060 sip.selftest.netexplorer.test.",
    "TXT": '"netexplorer self-test"',
    "CAA": '0 issue "ca.example.net"',
}


def query_name(rdtype: str) -> str:
    """Return the name the self-test asks for ``rdtype`` (the CNAME lives one label below)."""
    return f"www.{ZONE}" if rdtype == "CNAME" else ZONE


def types_load() -> list[str]:
    """Return the record types whose class does not load or parse here (empty: all do)."""
    broken = []
    for rdtype in RECORD_TYPES:
        try:
            number = dns.rdatatype.from_text(rdtype)
            dns.rdata.get_rdata_class(IN, number)  # type: ignore[no-untyped-call]
            dns.rdata.from_text(IN, number, SAMPLES[rdtype])
        except Exception as exc:  # a missing module surfaces as any error
            broken.append(f"{rdtype} ({type(exc).__name__}: {exc})")
    return broken


def _ask_every_type(page: "DnsTab", server: str) -> tuple[bool, int, list[str]]:
    """Ask ``server`` for each record type through the view; return (ok, rows, problems)."""
    page.server_input.setText(server)
    rows, problems = 0, []
    for rdtype in RECORD_TYPES:
        page.name_input.setText(query_name(rdtype))
        page.type_combo.setCurrentText(rdtype)
        page.lookup_button.click()
        if page.running and not wait_for(page.lookupFinished, STEP_TIMEOUT_MS):
            problems.append(f"{rdtype}: no answer")
            continue
        answered = [r for r in page.records.items() if r.section == "answer"]
        if page.last_error is not None or not any(r.rdtype == rdtype for r in answered):
            problems.append(f"{rdtype}: {page.status.text()}")
        rows += page.records.rowCount()
    return not problems, rows, problems


def self_test(page: "DnsTab") -> StepResult:
    """Query the server of NETEXPLORER_SELFTEST_DNS for every type, or check the types load."""
    start = time.perf_counter()
    server = os.environ.get(ENV_SERVER, "").strip()
    types = ", ".join(RECORD_TYPES)
    if server:
        ok, rows, problems = _ask_every_type(page, server)
        detail = (
            f"asked {server} for {types} of {ZONE}: every type answered"
            if ok
            else f"asked {server}: " + "; ".join(problems)
        )
    else:
        broken = types_load()
        ok, rows = not broken, len(RECORD_TYPES) - len(broken)
        detail = (
            f"{ENV_SERVER} not set, so no query was sent; record types {types} load and "
            "parse in this build"
            if ok
            else "record types that do not load: " + "; ".join(broken)
        )
    elapsed = round((time.perf_counter() - start) * 1000, 2)
    return StepResult("dns", ok, elapsed, rows, detail)
