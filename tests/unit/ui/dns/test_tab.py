"""The DNS records view, driven through its automation names against a loopback DNS server."""

import contextlib
import io
import ipaddress
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netexplorer.core import platform
from netexplorer.core.dns_input import parse_server
from netexplorer.core.parsing import InvalidInput
from netexplorer.ui import settings as app_settings
from netexplorer.ui.dns import DnsTab
from netexplorer.ui.dns.model import RECORD_ROLE
from netexplorer.ui.dns.selftest_step import ENV_SERVER, self_test
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.resolver_tab import ResolverTab
from tests.lab import zone
from tests.lab.dnsserver import Behaviour, LabDNSServer
from tests.unit.ui import fakes

EXAMPLES = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def server() -> Iterator[LabDNSServer]:
    with LabDNSServer("127.0.0.1", 0) as lab:
        yield lab


@pytest.fixture
def page(window: MainWindow, server: LabDNSServer) -> DnsTab:
    tab = window.view(DnsTab)
    window.show_view(tab)
    fakes.child(tab, QLineEdit, "serverInput").setText("{}:{}".format(*server.address))
    return tab


def table_rows(parent: QWidget, name: str) -> list[tuple[str, ...]]:
    model = fakes.child(parent, QTableView, name).model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def ask(qtbot: QtBot, page: DnsTab, name: str, rdtype: str = "A") -> None:
    fakes.child(page, QLineEdit, "nameInput").setText(name)
    fakes.child(page, QComboBox, "recordTypeCombo").setCurrentText(rdtype)
    fakes.look_up(qtbot, page)


def test_the_combo_offers_the_record_types(window: MainWindow) -> None:
    combo = fakes.child(window.view(DnsTab), QComboBox, "recordTypeCombo")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["A", "AAAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT", "CAA"]
    assert combo.currentText() == "A"


def test_a_cname_chain(qtbot: QtBot, page: DnsTab, server: LabDNSServer) -> None:
    ask(qtbot, page, zone.ALIAS)
    assert fakes.rows(page) == [
        ("answer", "alias.lab.test.", "60", "IN", "CNAME", "alias2.lab.test."),
        ("answer", "alias2.lab.test.", "60", "IN", "CNAME", "dual.lab.test."),
        ("answer", "dual.lab.test.", "60", "IN", "A", zone.DUAL_A),
    ]
    status = fakes.status(page)
    assert status.startswith("NOERROR")
    assert "server {}:{}".format(*server.address) in status
    assert "UDP" in status
    assert "flags AA RD" in status
    assert f"alias.lab.test. → alias2.lab.test. → dual.lab.test. → {zone.DUAL_A}" in status
    table = fakes.child(page, QTableView, "resultsTable").model()
    assert table.index(0, 0).data(RECORD_ROLE).rdtype == "CNAME"


def test_nxdomain_and_nodata(qtbot: QtBot, page: DnsTab) -> None:
    ask(qtbot, page, zone.MISSING)
    assert fakes.status(page).startswith("NXDOMAIN")
    assert [row[0] for row in fakes.rows(page)] == ["authority"]
    ask(qtbot, page, zone.V6ONLY, "A")
    assert fakes.status(page).startswith("NOERROR, no records of this type")


def test_a_truncated_answer_says_it_was_retried(qtbot: QtBot, page: DnsTab) -> None:
    ask(qtbot, page, zone.TRUNCATED)
    assert "TCP (the UDP answer was truncated" in fakes.status(page)
    assert len(fakes.rows(page)) == 2


def test_an_address_is_asked_as_ptr(qtbot: QtBot, page: DnsTab) -> None:
    fakes.child(page, QLineEdit, "nameInput").setText(zone.ONE_A)
    assert fakes.child(page, QComboBox, "recordTypeCombo").currentText() == "PTR"
    fakes.look_up(qtbot, page)
    assert fakes.rows(page) == [
        ("answer", "10.2.0.192.in-addr.arpa.", "60", "IN", "PTR", "one.lab.test.")
    ]


def test_options_change_transport_and_flags(
    qtbot: QtBot, page: DnsTab, server: LabDNSServer
) -> None:
    fakes.child(page, QCheckBox, "tcpCheck").setChecked(True)
    fakes.child(page, QCheckBox, "recursionCheck").setChecked(False)
    ask(qtbot, page, zone.ONE)
    assert [q.transport for q in server.queries] == ["tcp"]
    assert "flags AA," in fakes.status(page)


def test_the_code_runs_as_pasted(qtbot: QtBot, page: DnsTab) -> None:
    ask(qtbot, page, zone.MULTI)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(fakes.code(page), {})
    for address in zone.MULTI_A:
        assert address in printed.getvalue()


def test_a_silent_server_times_out_at_the_deadline(
    qtbot: QtBot, page: DnsTab, server: LabDNSServer
) -> None:
    app_settings.set_lookup_deadline_ms(500)
    server.set_behaviour(Behaviour.SILENT)
    start = time.monotonic()
    ask(qtbot, page, zone.ONE)
    # dnspython's own timeout is the deadline too: whichever fires first explains it
    assert fakes.status(page).split(":")[0] in {"TimedOut", "Timeout"}
    assert 0.4 < time.monotonic() - start < 2
    assert fakes.rows(page) == []
    qtbot.waitUntil(lambda: page.pool.busy_threads() == 0, timeout=3000)


def test_no_configured_server_is_explained(qtbot: QtBot, page: DnsTab) -> None:
    fakes.child(page, QLineEdit, "serverInput").clear()
    ask(qtbot, page, zone.ONE)
    assert fakes.status(page).startswith("NoResolverConfiguration")


def test_a_server_that_is_not_an_address(qtbot: QtBot, page: DnsTab) -> None:
    fakes.child(page, QLineEdit, "serverInput").setText("dns.example")
    ask(qtbot, page, zone.ONE)
    assert fakes.status(page).startswith("InputError: The server dns.example is not an IP address")
    assert fakes.code(page) == ""


def test_compare_with_getaddrinfo_on_a_hosts_name(qtbot: QtBot, page: DnsTab) -> None:
    fakes.child(page, QLineEdit, "nameInput").setText("localhost")
    fakes.child(page, QPushButton, "compareAddrinfoButton").click()
    qtbot.waitUntil(lambda: not page.compare.running, timeout=10_000)
    label = fakes.child(page, QLabel, "comparisonLabel").text()
    assert label.startswith("socket.getaddrinfo('localhost', None, 0, 0, 0, 0): ")
    assert f"localhost: hosts file {platform.hosts_file()} line" in label
    rows = table_rows(page, "comparisonTable")
    assert rows
    assert all(row[2] == "from the hosts file (DNS was not asked)" for row in rows)


def test_compare_rejects_bad_names(qtbot: QtBot, page: DnsTab) -> None:
    del qtbot
    fakes.child(page, QLineEdit, "nameInput").setText("a b")
    fakes.child(page, QPushButton, "compareAddrinfoButton").click()
    assert fakes.child(page, QLabel, "comparisonLabel").text().startswith("InputError")


def test_self_test_without_a_server_checks_the_record_types(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_SERVER, raising=False)
    result = self_test(window.view(DnsTab))
    assert result.ok
    assert result.rows == 10
    assert "no query was sent" in result.detail


def test_the_resolver_view_lists_the_hosts_file(qtbot: QtBot, window: MainWindow) -> None:
    page = window.view(ResolverTab)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        fakes.child(page, QPushButton, "refreshButton").click()
    rows = table_rows(page, "contextTable")
    hosts = [row for row in rows if row[0] == "hosts file"]
    assert hosts
    assert hosts[0][2].startswith(f"{platform.hosts_file()} line ")
    assert any(row[0] == "host name" for row in rows)


names = st.one_of(
    st.text(max_size=60),
    st.sampled_from([zone.ONE, zone.ALIAS, zone.MISSING, zone.ONE_A, zone.DUAL_AAAA, "a..b"]),
    st.builds(lambda label: f"{label}.lab.test", st.text(min_size=1, max_size=70)),
)


def stays_home(text: str) -> bool:
    """Tell whether a server text is rejected, empty, or a loopback address (never elsewhere)."""
    try:
        server = parse_server(text)
    except InvalidInput:
        return True
    return server is None or ipaddress.ip_address(server.address).is_loopback


servers = st.one_of(
    st.text(max_size=30).filter(stays_home),
    st.sampled_from(["", "dns.example", "::1:x", "127.0.0.1:0", "[::1]:99999"]),
)


@EXAMPLES
@given(name=names, rdtype=st.sampled_from(["A", "AAAA", "MX", "PTR", "TXT", "CAA"]))
@example(name="\x00", rdtype="A")
@example(name="x" * 300, rdtype="A")
def test_any_name_gives_an_answer_or_an_explained_error(
    qtbot: QtBot, page: DnsTab, name: str, rdtype: str
) -> None:
    ask(qtbot, page, name, rdtype)
    assert page.internal_error is None
    assert page.last_error is not None or fakes.status(page).split()[0].rstrip(",") in {
        "NOERROR",
        "NXDOMAIN",
        "REFUSED",
        "SERVFAIL",
    }


@EXAMPLES
@given(text=servers)
@example(text="127.0.0.1:65536")
@example(text="[::1")
def test_any_server_text_gives_an_answer_or_an_explained_error(
    qtbot: QtBot, page: DnsTab, text: str
) -> None:
    app_settings.set_lookup_deadline_ms(1000)
    fakes.child(page, QLineEdit, "serverInput").setText(text)
    ask(qtbot, page, zone.ONE)
    assert page.internal_error is None
    assert page.last_error is not None or fakes.status(page).startswith("NOERROR")


def test_typing_marks_the_answer_stale_until_enter(page: DnsTab, qtbot: QtBot) -> None:
    """The DNS view keeps the rule of every lookup view: the answer belongs to the inputs."""
    name = fakes.child(page, QLineEdit, "nameInput")
    name.setText(zone.ONE)
    fakes.look_up(qtbot, page)
    answer = fakes.rows(page)
    assert answer
    with qtbot.assertNotEmitted(page.lookupFinished, wait=100):
        name.setText(zone.DUAL)
    stale = fakes.child(page, QTableView, "resultsTable")
    assert stale.property("stale")
    assert fakes.status(page) == "Inputs changed — press Enter to look up."
    assert fakes.rows(page) == answer
    with qtbot.waitSignal(page.lookupFinished, timeout=fakes.FINISH_MS):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert not stale.property("stale")
    assert fakes.rows(page) != answer
