"""Tests with known outcomes, run only by ``test_integration.py`` (the name is not test_*).

They check that an outer pytest run reports what the lab child saw.
"""

from __future__ import annotations

import os
import socket

import pytest

from tests.lab import zone


def test_passes_inside_the_lab(lab):
    assert socket.gethostname() == zone.HOSTNAME
    assert socket.gethostbyname(zone.ONE) == zone.ONE_A


def test_fails() -> None:
    print("captured from the child")
    shown = str(len("sample"))
    assert shown == "failure 42"


def test_skips():
    pytest.skip("a skip inside the lab")


def test_zz_crashes_the_child():
    os.abort()
