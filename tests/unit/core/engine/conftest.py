"""The engine's fixture: a server and a client on one selector loop, all closed after."""

from collections.abc import Iterator

import pytest

from tests.unit.core.engine.harness import Harness


@pytest.fixture
def h() -> Iterator[Harness]:
    harness = Harness()
    yield harness
    harness.client.close(quiet=True)
    harness.server.stop()
    assert harness.loop.watched == 0, "a socket is still watched after stop/close"
    harness.loop.close()
