"""This computer's resolver context: every part with its source, and why a part is missing."""

from pathlib import Path

import pytest

from netexplorer.core import platform, resolver_context
from netexplorer.core.resolver_context import ContextRow


def by_what(rows: tuple[ContextRow, ...] | list[ContextRow], what: str) -> list[ContextRow]:
    return [row for row in rows if row.what == what]


def test_every_part_is_read() -> None:
    rows = resolver_context.read()
    for what in (
        resolver_context.HOST_NAME,
        resolver_context.FQDN,
        resolver_context.INTERFACE,
        resolver_context.ADDRCONFIG,
        resolver_context.HOSTS_ENTRY,
        resolver_context.LOOKUP_ORDER,
        resolver_context.ADDRESS_SELECTION,
    ):
        assert by_what(rows, what), what
    loopback = [r for r in by_what(rows, resolver_context.INTERFACE) if r.value == "127.0.0.1/8"]
    assert loopback
    assert loopback[0].source == "psutil.net_if_addrs()"


def test_files_have_line_numbers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "hosts").write_text("# hosts\n127.0.0.1 localhost\n")
    (tmp_path / "nsswitch.conf").write_text("passwd: files\nhosts: files mdns4_minimal dns\n")
    (tmp_path / "gai.conf").write_text("# rules\nprecedence ::ffff:0:0/96  100\n")
    monkeypatch.setattr(platform, "hosts_file", lambda: tmp_path / "hosts")
    monkeypatch.setattr(platform, "nsswitch_file", lambda: tmp_path / "nsswitch.conf")
    monkeypatch.setattr(platform, "gai_conf_file", lambda: tmp_path / "gai.conf")
    hosts = resolver_context.hosts_entries()
    assert [(r.value, r.line) for r in hosts] == [("127.0.0.1 localhost", 2)]
    order = resolver_context.lookup_order()
    assert [(r.value, r.line) for r in order] == [("files mdns4_minimal dns", 2)]
    rules = resolver_context.address_selection()
    assert [(r.value, r.line) for r in rules] == [("precedence ::ffff:0:0/96  100", 2)]


def test_missing_files_say_why_and_the_rest_still_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform, "hosts_file", lambda: tmp_path / "hosts")
    monkeypatch.setattr(platform, "nsswitch_file", lambda: tmp_path / "nsswitch.conf")
    monkeypatch.setattr(platform, "gai_conf_file", lambda: tmp_path / "gai.conf")
    rows = resolver_context.read()
    [hosts] = by_what(rows, resolver_context.HOSTS_ENTRY)
    assert hosts.error is not None
    assert hosts.error.name == "ENOENT"
    [order] = by_what(rows, resolver_context.LOOKUP_ORDER)
    assert order.error is not None
    [rules] = by_what(rows, resolver_context.ADDRESS_SELECTION)
    assert (rules.value, rules.error) == (resolver_context.RFC6724, None)
    assert by_what(rows, resolver_context.HOST_NAME)[0].error is None


def test_an_unreadable_file_says_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hosts"
    path.write_text("127.0.0.1 localhost\n")

    def denied(self: Path, *args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(platform, "hosts_file", lambda: path)
    monkeypatch.setattr(Path, "read_text", denied)
    [row] = resolver_context.hosts_entries()
    assert row.error is not None
    assert row.error.name == "EACCES"


def test_systems_without_nsswitch_or_gai_conf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "SYSTEM", "windows")
    [order] = resolver_context.lookup_order()
    assert order.value == resolver_context.FIXED_ORDER
    [rules] = resolver_context.address_selection()
    assert rules.value == resolver_context.RFC6724


def test_dns_servers_come_with_their_resolv_conf_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = tmp_path / "resolv.conf"
    conf.write_text("# test\nnameserver 192.0.2.53\nsearch lab.test example.test\n")
    monkeypatch.setattr(platform, "dns_settings_source", lambda: str(conf))
    import dns.resolver

    real = dns.resolver.Resolver

    def from_file(configure: bool = True) -> dns.resolver.Resolver:
        resolver = real(configure=False)
        resolver.read_resolv_conf(str(conf))
        return resolver

    monkeypatch.setattr(dns.resolver, "Resolver", from_file)
    rows = resolver_context.dns_settings()
    assert [(r.what, r.value, r.line) for r in rows] == [
        (resolver_context.DNS_SERVER, "192.0.2.53", 2),
        (resolver_context.SEARCH_DOMAIN, "lab.test", 3),
        (resolver_context.SEARCH_DOMAIN, "example.test", 3),
    ]
    conf.write_text("# no servers\n")
    [row] = resolver_context.dns_settings()
    assert row.error is not None
    assert row.error.name == "NoResolverConfiguration"
