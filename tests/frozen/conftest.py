"""Fixtures for the tests of the built bundle: run ``python3 tasks.py dist`` first.

These tests run the frozen Linux program the ways lab computers will: in a
freshly bootstrapped minimal Debian 12 and under a headless Wayland compositor.
Without the bundle, or without what a test needs (root, debootstrap, weston),
they skip with the reason, unless ``CI=true``: there a skip fails, as in the
DNS lab. A bundle older than the checkout is tested as it is: rebuild first.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import netexplorer
from tests.frozen.support import DIST, OUT, need


@pytest.fixture(scope="session")
def bundle_zip() -> Path:
    """The Linux zip that ``python3 tasks.py dist`` built."""
    need(sys.platform == "linux", "the bundle tests run on Linux")
    found = sorted(DIST.glob(f"netexplorer-{netexplorer.__version__}-linux-*.zip"))
    need(len(found) == 1, f"no Linux zip of {netexplorer.__version__} in dist/ (tasks.py dist)")
    OUT.mkdir(parents=True, exist_ok=True)
    return found[0]


@pytest.fixture(scope="session")
def program(bundle_zip: Path) -> Path:
    """The onedir program next to the zip."""
    path = DIST / "netexplorer" / "netexplorer"
    need(path.is_file(), "dist/netexplorer/netexplorer is not built (python3 tasks.py dist)")
    return path
