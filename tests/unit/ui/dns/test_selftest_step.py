"""The DNS view's self-test step against scripts/local_dns.py, as .ci/frozen-smoke runs it."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netexplorer.ui.dns import DnsTab
from netexplorer.ui.dns.selftest_step import ENV_SERVER, SAMPLES, self_test
from netexplorer.ui.main_window import MainWindow

SCRIPT = Path(__file__).resolve().parents[4] / "scripts" / "local_dns.py"


@pytest.fixture
def local_dns() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), "--port", "0", "--seconds", "30"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    try:
        assert line.startswith("serving 127.0.0.1:"), line
        yield line.removeprefix("serving ")
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def test_every_record_type_is_asked_and_answered(
    window: MainWindow, local_dns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SERVER, local_dns)
    result = self_test(window.view(DnsTab))
    assert result.ok, result.detail
    assert result.name == "dns"
    assert result.rows >= len(SAMPLES)
    assert result.detail.startswith(f"asked {local_dns} for A, AAAA, CNAME")


def test_a_server_that_does_not_answer_fails_the_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SERVER, "dns.example")
    result = self_test(window.view(DnsTab))
    assert not result.ok
    assert "not an IP address" in result.detail
