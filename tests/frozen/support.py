"""What the tests of the built bundle share: where it is, how a test that cannot run ends."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
#: Where the tests leave their screenshots.
OUT = ROOT / "build" / "frozen-tests"
#: stderr lines that fail a frozen program's run.
BAD_STDERR = re.compile(r"Traceback|qt\.qpa|Fatal|CRITICAL|ERROR|Segmentation|Aborted")


def in_ci() -> bool:
    """Return whether this run is CI's (``CI=true``), where these tests may not skip."""
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def need(condition: bool, reason: str) -> None:
    """Skip with ``reason`` unless ``condition`` holds; under ``CI=true`` fail instead."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def clean_stderr(what: str, stderr: str) -> None:
    """Fail on a traceback or a Qt platform message in a frozen program's stderr."""
    bad = [line for line in stderr.splitlines() if BAD_STDERR.search(line)]
    assert not bad, f"{what}: unexpected stderr:\n{stderr}"
