"""The outer pytest run reports exactly what the lab child saw, and CI=true forbids skips.

These tests start an *outer* pytest (outside any lab: the lab variables are
removed from its environment) on ``sample_outcomes.py``; it enters a fresh lab
of its own, nested in this one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.lab import conftest, namespace

pytestmark = pytest.mark.lab

SAMPLE = "tests/lab/sample_outcomes.py"


def outer_run(tmp_path: Path, ci: bool) -> tuple[dict[str, tuple[str, str]], str]:
    """Run the outer pytest on the samples; return {test: (outcome, text)} and its output."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            namespace.ENV_INSIDE,
            namespace.ENV_RESOLV,
            conftest.ENV_SELECT,
            conftest.ENV_REPORT,
            "CI",
            "PYTEST_ADDOPTS",
        }
    }
    if ci:
        env["CI"] = "true"
    report = tmp_path / "report.xml"
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--junitxml={report}", SAMPLE],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    results: dict[str, tuple[str, str]] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        outcome, text = "passed", ""
        for tag in ("failure", "error", "skipped"):
            node = case.find(tag)
            if node is not None:
                outcome = "failed" if tag != "skipped" else "skipped"
                text = (node.get("message") or "") + (node.text or "")
        results[case.get("name", "")] = (outcome, text)
    return results, proc.stdout + proc.stderr


def test_outer_run_reports_the_childs_outcomes(tmp_path):
    results, output = outer_run(tmp_path, ci=False)
    assert results["test_passes_inside_the_lab"][0] == "passed", output
    outcome, text = results["test_fails"]
    assert outcome == "failed"
    assert "'6' == 'failure 42'" in text
    assert "captured from the child" in text
    outcome, text = results["test_skips"]
    assert outcome == "skipped"
    assert text.startswith("a skip inside the lab")
    assert "sample_outcomes.py" in text  # reported at the real test's location
    outcome, text = results["test_zz_crashes_the_child"]
    assert outcome == "failed"
    assert "stopped during this test" in text
    assert "DNS lab: 3 of 4 tests reported" in output


def test_under_ci_a_skip_is_a_failure(tmp_path):
    results, output = outer_run(tmp_path, ci=True)
    outcome, text = results["test_skips"]
    assert outcome == "failed", output
    assert "CI=true: lab tests may not skip" in text
    assert results["test_passes_inside_the_lab"][0] == "passed"
