"""The DNS records view, the resolver view and the source line against the lab's real DNS."""

from __future__ import annotations

import subprocess
import time

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QTableView

from netexplorer.core import platform
from netexplorer.ui import settings
from netexplorer.ui.addrinfo_tab import AddrinfoTab
from netexplorer.ui.dns import DnsTab
from netexplorer.ui.host_tab import HostTab
from netexplorer.ui.resolver_tab import ResolverTab
from tests.lab import gui, zone
from tests.lab.dnsserver import Behaviour

pytestmark = pytest.mark.lab


def table(page, name):
    model = gui.child(page, QTableView, name).model()
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def ask(qtbot, window, name, rdtype="A", server=""):
    page = window.view(DnsTab)
    window.show_view(page)
    gui.line(page, "serverInput").setText(server)
    gui.line(page, "nameInput").setText(name)
    gui.child(page, QComboBox, "recordTypeCombo").setCurrentText(rdtype)
    gui.look_up(qtbot, page)
    return page


@pytest.mark.parametrize(("name", "rdtype", "ttl", "data"), zone.RECORDS, ids=str)
def test_every_record_type_of_the_zone(qtbot, window, name, rdtype, ttl, data):
    page = ask(qtbot, window, name, rdtype)
    answer = [row for row in gui.rows(page) if row[0] == "answer" and row[4] == rdtype]
    assert (str(ttl), "IN", data) in [(row[2], row[3], row[5]) for row in answer]
    assert gui.status(page).startswith("NOERROR (the name exists) — server 127.0.0.1:53, UDP")


def test_mx_brings_its_address_in_the_additional_section(qtbot, window):
    page = ask(qtbot, window, "lab.test", "MX")
    assert ("additional", "mail.lab.test.", "60", "IN", "A", zone.MAIL_A) in gui.rows(page)


def test_cname_chain(qtbot, window):
    page = ask(qtbot, window, zone.ALIAS)
    assert [row[1:] for row in gui.rows(page)] == [
        ("alias.lab.test.", "60", "IN", "CNAME", "alias2.lab.test."),
        ("alias2.lab.test.", "60", "IN", "CNAME", "dual.lab.test."),
        ("dual.lab.test.", "60", "IN", "A", zone.DUAL_A),
    ]
    assert (
        f"CNAME chain: alias.lab.test. → alias2.lab.test. → dual.lab.test. → {zone.DUAL_A}"
        in gui.status(page)
    )


def test_nxdomain_nodata_servfail(qtbot, window):
    page = ask(qtbot, window, zone.MISSING)
    assert gui.status(page).startswith("NXDOMAIN (the name does not exist)")
    assert [row[0] for row in gui.rows(page)] == ["authority"]
    page = ask(qtbot, window, zone.NODATA, "A")
    assert gui.status(page).startswith("NOERROR, no records of this type")
    page = ask(qtbot, window, zone.SERVFAIL)
    assert gui.status(page).startswith("SERVFAIL")


def test_a_silent_server_times_out_at_the_deadline(qtbot, window, lab):
    settings.set_lookup_deadline_ms(1500)
    lab.set_behaviour(Behaviour.SILENT)
    start = time.monotonic()
    page = ask(qtbot, window, zone.ONE)
    elapsed = time.monotonic() - start
    assert gui.status(page).split(":")[0] in {"TimedOut", "Timeout"}
    assert 1.4 < elapsed < 3
    qtbot.waitUntil(lambda: window.pool.busy_threads() == 0, timeout=5000)


def test_a_truncated_answer_is_retried_over_tcp(qtbot, window, lab):
    page = ask(qtbot, window, zone.TRUNCATED)
    assert "TCP (the UDP answer was truncated, so it was asked again)" in gui.status(page)
    assert [row[5] for row in gui.rows(page)] == list(zone.TRUNCATED_A)
    assert [q.transport for q in lab.queries] == ["udp", "tcp"]


def test_reverse_lookup_of_an_address(qtbot, window):
    page = ask(qtbot, window, zone.DUAL_AAAA, "PTR")
    [row] = gui.rows(page)
    assert row[1].endswith(".8.b.d.0.1.0.0.2.ip6.arpa.")
    assert (row[4], row[5]) == ("PTR", "dual.lab.test.")


def test_an_explicit_server_with_port(qtbot, window):
    page = ask(qtbot, window, zone.ONE, "A", server="127.0.0.1:53")
    assert "server 127.0.0.1:53" in gui.status(page)


def compare(qtbot, window, addrconfig):
    page = window.view(DnsTab)
    gui.line(page, "nameInput").setText(zone.DUAL)
    gui.child(page, QCheckBox, "addrconfigCheck").setChecked(addrconfig)
    gui.child(page, QPushButton, "compareAddrinfoButton").click()
    qtbot.waitUntil(lambda: not page.compare.running, timeout=15_000)
    return {row[0]: row for row in table(page, "comparisonTable")}


def test_compare_with_getaddrinfo_with_and_without_addrconfig(qtbot, window):
    rows = compare(qtbot, window, addrconfig=False)
    assert set(rows) == {zone.DUAL_A, zone.DUAL_AAAA}
    assert rows[zone.DUAL_AAAA][3] == f"dual.lab.test. 60 IN AAAA {zone.DUAL_AAAA}"
    assert all(row[2] == "from DNS" and row[1] for row in rows.values())
    subprocess.run(
        ["ip", "-6", "addr", "del", f"{zone.HOST_ADDRESS6}/128", "dev", "lo"], check=True
    )
    try:
        rows = compare(qtbot, window, addrconfig=True)
    finally:
        subprocess.run(
            ["ip", "-6", "addr", "add", f"{zone.HOST_ADDRESS6}/128", "dev", "lo", "nodad"],
            check=True,
        )
    assert rows[zone.DUAL_A][2] == "from DNS"
    assert rows[zone.DUAL_AAAA][1] == ""  # getaddrinfo did not return it
    assert rows[zone.DUAL_AAAA][2] == (
        "DNS only: AI_ADDRCONFIG dropped it, no IPv6 address counts as configured here"
    )


@pytest.mark.parametrize(("address", "counts"), [("fe80::5", True), ("127.0.0.2", True)])
def test_the_stated_addrconfig_rule_is_glibcs(address, counts, lab):
    """glibc ignores exactly 127.0.0.1 and ::1: a link-local or other loopback address counts."""
    import socket

    family, gone = ("-6", f"{zone.HOST_ADDRESS6}/128") if ":" in address else ("-4", None)
    removed = [gone] if gone else [f"{a}/32" for a in (zone.HOST_ADDRESS, *zone.SERVERS_A)]
    for entry in removed:
        subprocess.run(["ip", family, "addr", "del", entry, "dev", "lo"], check=True)
    subprocess.run(["ip", family, "addr", "add", address, "dev", "lo"], check=True)
    try:
        infos = socket.getaddrinfo(zone.DUAL, None, 0, socket.SOCK_STREAM, 0, socket.AI_ADDRCONFIG)
        wanted = zone.DUAL_AAAA if ":" in address else zone.DUAL_A
        assert (wanted in {info[4][0] for info in infos}) is counts
        assert platform.addrconfig_counts(address) is counts
    finally:
        subprocess.run(["ip", family, "addr", "del", address, "dev", "lo"], check=True)
        for entry in removed:
            extra = ["nodad"] if ":" in entry else []
            subprocess.run(["ip", family, "addr", "add", entry, "dev", "lo", *extra], check=True)


def test_source_label_says_hosts_file_line(qtbot, window):
    page = window.view(HostTab)
    gui.line(page, "hostInput").setText(zone.HOSTNAME)
    with qtbot.waitSignal(page.source_label.traced, timeout=15_000):
        gui.look_up(qtbot, page)
    text = gui.child(page, QLabel, "sourceLabel").text()
    assert text == (
        f"{zone.HOSTNAME}: hosts file /etc/hosts line 3: "
        f"{zone.HOST_ADDRESS} {zone.HOSTNAME}.lab.test {zone.HOSTNAME}."
    )


def test_source_label_says_dns_with_the_server(qtbot, window):
    page = window.view(AddrinfoTab)
    gui.set_addrinfo_inputs(page, zone.DUAL, "80")
    with qtbot.waitSignal(page.source_label.traced, timeout=15_000):
        gui.look_up(qtbot, page)
    text = gui.child(page, QLabel, "sourceLabel").text()
    assert text.startswith(f"{zone.DUAL}: DNS — server 127.0.0.1:53 answered A (1), AAAA (1)")


def test_context_table_lists_the_lab(qtbot, window):
    page = window.view(ResolverTab)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        gui.child(page, QPushButton, "refreshButton").click()
    rows = table(page, "contextTable")
    assert ("DNS server", "127.0.0.1", "/etc/resolv.conf line 2") in rows
    assert ("hosts file", "127.0.0.1 localhost", "/etc/hosts line 1") in rows
    assert (
        "hosts file",
        f"{zone.HOST_ADDRESS} {zone.HOSTNAME}.lab.test {zone.HOSTNAME}",
        "/etc/hosts line 3",
    ) in rows
    assert rows_of(rows, "lookup order")[:2] == ("lookup order (nsswitch hosts:)", "files dns")
    assert ("host name", zone.HOSTNAME, "socket.gethostname()") in rows


def rows_of(rows, what):
    return next(row for row in rows if row[0].startswith(what))
