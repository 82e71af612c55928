"""Arbitrary flag sets and variant lists: the grid never crashes and never leaves a job running."""

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from netexplorer.core import flags
from netexplorer.core.lookups import AddrinfoQuery
from netexplorer.core.variants import FlagSet, Mode, Toggle
from netexplorer.ui.compare.panel import ComparePanel
from netexplorer.ui.workers import ResolverPool

NAMES = [constant.name for constant in flags.AI_FLAGS]
flag_sets = st.lists(st.sampled_from(NAMES), unique=True).map(
    lambda names: flags.ai_symbol(flags.symbol(*names).value if names else 0)
)
entries = st.lists(
    st.one_of(
        st.sampled_from(NAMES).map(Toggle),
        flag_sets.map(lambda symbol: FlagSet(symbol.names)),
    ),
    max_size=12,
)
# Offline answers only: None, numeric addresses and names of the hosts file.
hosts = st.sampled_from([None, "localhost", "127.0.0.1", "::1"])
ports = st.sampled_from([None, 80, "www", 0])


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[ComparePanel]:
    pool = ResolverPool()
    widget = ComparePanel(pool)
    qtbot.addWidget(widget)
    yield widget
    widget.abandon()
    assert pool.shutdown(5000)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    baseline=flag_sets,
    chosen=entries,
    host=hosts,
    port=ports,
    mode=st.sampled_from(list(Mode)),
    abandon_early=st.booleans(),
)
def test_any_variants_fill_a_grid_and_leave_no_job(
    panel: ComparePanel,
    qtbot: QtBot,
    baseline: object,
    chosen: list[Toggle | FlagSet],
    host: str | None,
    port: int | str | None,
    mode: Mode,
    abandon_early: bool,
) -> None:
    assert isinstance(baseline, type(flags.ZERO))
    query = AddrinfoQuery(host, port, flags.ZERO, flags.ZERO, flags.ZERO, baseline)
    panel.variant_list.entries = list(chosen)
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData(mode.value))
    with qtbot.captureExceptions() as exceptions, qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.compare(query)
        if abandon_early:
            panel.abandon()
    assert not exceptions, exceptions
    assert panel.pool.pending == 0
    grid = panel.grid
    assert grid is not None
    headers = [variant.header() for variant in grid.variants]
    assert len(headers) == len(set(headers))  # no variant twice
    if mode is Mode.FLAGS:
        assert headers[0] == flags.python_text(baseline)
    if not abandon_early:
        assert grid.complete
        model = panel.model
        assert model.columnCount() == 5 + len(grid.variants)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.index(row, column).data()
        assert panel.code().count("\n    (") == len(grid.variants)
