"""Unit tests never ask this computer's DNS servers: they may be anywhere on the network."""

import dns.resolver
import pytest

from netexplorer.core import dns_records, sources


def _not_here(*args: object) -> tuple[dns_records.DnsServer, ...]:
    del args
    raise dns.resolver.NoResolverConfiguration("unit tests never ask this computer's servers")


@pytest.fixture(autouse=True)
def no_configured_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make "this computer's DNS servers" an explained NoResolverConfiguration.

    A test that needs DNS runs the lab's server on a loopback port and names it.
    """
    monkeypatch.setattr(dns_records, "configured_servers", _not_here)
    monkeypatch.setattr(sources, "search_names", lambda name: (name.rstrip(".") + ".",))
