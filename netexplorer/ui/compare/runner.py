"""Filling a comparison grid: one job per variant on the resolver pool."""

from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from netexplorer.core.grid import Answer, Grid, TimedOut
from netexplorer.core.results import AddrInfo, InternalError, Outcome
from netexplorer.ui.workers import Job, ResolverPool

Result = Outcome[tuple[AddrInfo, ...]]


class CompareRun(QObject):
    """Runs every column of one grid concurrently; each column fills as its answer comes.

    A column that passes ``deadline_ms`` reads ``timed out``.  Abandoning
    drops every job still waiting; their late answers are ignored.

    Signals:
        changed(): a column got its answer.
        finished(): every column has answered, or the run was abandoned.
    """

    changed = Signal()
    finished = Signal()

    def __init__(
        self, pool: ResolverPool, grid: Grid, deadline_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.pool = pool
        self.grid = grid
        self._deadline_ms = deadline_ms
        self._jobs: dict[int, Job[Any]] = {}

    @property
    def running(self) -> bool:
        """Tell whether some column is still waiting for its answer."""
        return bool(self._jobs)

    def start(self) -> None:
        """Submit one job per variant."""
        for column, variant in enumerate(self.grid.variants):
            lookup = variant.apply(self.grid.query).lookup()
            self._jobs[column] = self.pool.submit(lookup.run, self._deadline_ms).then(
                partial(self._returned, column),
                partial(self._errored, column),
                partial(self._timed_out, column),
            )
        if not self._jobs:
            self.finished.emit()

    def abandon(self) -> None:
        """Stop waiting for every column still running."""
        if not self._jobs:
            return
        for job in self._jobs.values():
            self.pool.abandon(job)
        self._jobs.clear()
        self.finished.emit()

    def _returned(self, column: int, outcome: Result) -> None:
        self._answer(column, outcome)

    def _errored(self, column: int, error: InternalError) -> None:
        self._answer(column, error)

    def _timed_out(self, column: int, started: bool) -> None:
        self._answer(column, TimedOut(started))

    def _answer(self, column: int, answer: Answer) -> None:
        if self._jobs.pop(column, None) is None:
            return
        self.grid = self.grid.with_answer(column, answer)
        self.changed.emit()
        if not self._jobs:
            self.finished.emit()
