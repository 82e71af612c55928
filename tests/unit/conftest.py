"""Unit tests never ask this computer's DNS servers: they may be anywhere on the network."""

from collections.abc import Iterator

import dns.resolver
import pytest

from netexplorer.core import dns_records, dns_wire, source_trace


def _not_here(*args: object) -> tuple[dns_records.DnsServer, ...]:
    del args
    raise dns.resolver.NoResolverConfiguration("unit tests never ask this computer's servers")


@pytest.fixture(autouse=True)
def no_configured_dns() -> Iterator[None]:
    """Make "this computer's DNS servers" an explained NoResolverConfiguration.

    A test that needs DNS runs the lab's server on a loopback port and names it.
    The patch is its own (not the test's ``monkeypatch``), so a test's own patches
    are undone in the order the test expects.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dns_wire, "configured_servers", _not_here)
        patch.setattr(source_trace, "search_names", lambda name: (name.rstrip(".") + ".",))
        yield
