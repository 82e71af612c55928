"""The resolver pool: values, errors, deadlines, abandoning, the thread bound, shutdown."""

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netexplorer.core.results import InternalError
from netexplorer.ui import workers
from netexplorer.ui.workers import ResolverPool


@pytest.fixture
def pool() -> Iterator[ResolverPool]:
    created = ResolverPool(max_threads=3)
    yield created
    assert created.shutdown(5000)


@pytest.fixture
def gate(pool: ResolverPool) -> Iterator[threading.Event]:
    del pool  # torn down (opened) before the pool is shut down
    event = threading.Event()
    yield event
    event.set()


def test_value_is_returned_on_the_gui_thread(pool: ResolverPool, qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: list[int] = []

    def call() -> str:
        seen.append(threading.get_ident())
        return "answer"

    job = pool.submit(call, 5000)
    with qtbot.waitSignal(job.returned, timeout=5000) as blocker:
        pass
    assert blocker.args == ["answer"]
    assert seen
    assert seen[0] != gui
    assert pool.pending == 0


@pytest.mark.internal_error
def test_an_exception_is_an_internal_error_with_its_traceback(
    pool: ResolverPool, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def call() -> None:
        raise RuntimeError("bug")

    job = pool.submit(call, 5000)
    with qtbot.assertNotEmitted(job.returned), qtbot.waitSignal(job.errored, timeout=5000) as got:
        pass
    error = got.args[0]
    assert isinstance(error, InternalError)
    assert error.summary == "RuntimeError: bug"
    assert "Traceback (most recent call last)" in error.details
    assert 'raise RuntimeError("bug")' in error.details
    assert "internal error in a worker call" in caplog.text
    assert pool.pending == 0


def test_then_connects_one_typed_handler_per_ending(pool: ResolverPool, qtbot: QtBot) -> None:
    got: list[object] = []
    job = pool.submit(lambda: 42, 5000).then(got.append, got.append, got.append)
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert job.job_id > 0


def test_timed_out_says_whether_the_call_had_started(gate: threading.Event, qtbot: QtBot) -> None:
    pool = ResolverPool(max_threads=1)
    try:
        flags: dict[str, bool] = {}
        running = pool.submit(lambda: gate.wait(10), 200)
        running.timedOut.connect(lambda started: flags.setdefault("running", started))
        queued = pool.submit(lambda: "never", 200)  # the only thread is blocked
        queued.timedOut.connect(lambda started: flags.setdefault("queued", started))
        qtbot.waitUntil(lambda: len(flags) == 2, timeout=3000)
        assert flags == {"running": True, "queued": False}
    finally:
        gate.set()
        assert pool.shutdown(5000)


def test_deadline_reports_timed_out_and_drops_the_late_value(
    pool: ResolverPool, gate: threading.Event, qtbot: QtBot
) -> None:
    job = pool.submit(lambda: gate.wait(10), 100)
    with qtbot.assertNotEmitted(job.returned), qtbot.waitSignal(job.timedOut, timeout=2000):
        pass
    assert job.abandoned
    assert pool.pending == 0
    gate.set()
    qtbot.waitUntil(lambda: pool.busy_threads() == 0, timeout=5000)


def test_abandoned_job_sends_nothing(
    pool: ResolverPool, gate: threading.Event, qtbot: QtBot
) -> None:
    job = pool.submit(lambda: gate.wait(10), 5000)
    got: list[object] = []
    job.returned.connect(got.append)
    job.timedOut.connect(lambda: got.append("timeout"))
    pool.abandon(job)
    pool.abandon(job)  # twice is harmless
    assert pool.pending == 0
    gate.set()
    qtbot.waitUntil(lambda: pool.busy_threads() == 0, timeout=5000)
    qtbot.wait(50)  # let any stray queued signal arrive
    assert got == []


def test_queued_abandoned_job_is_never_run(
    pool: ResolverPool, gate: threading.Event, qtbot: QtBot
) -> None:
    ran: list[int] = []
    blockers = [pool.submit(lambda: gate.wait(10), 5000) for _ in range(pool.max_threads)]
    queued = pool.submit(lambda: ran.append(1), 5000)
    pool.abandon(queued)
    last = pool.submit(lambda: "last", 5000)
    with qtbot.waitSignal(last.returned, timeout=5000):
        gate.set()
    assert ran == []
    assert all(job.job_id < last.job_id for job in blockers)


def test_thread_count_stays_bounded(
    pool: ResolverPool, gate: threading.Event, qtbot: QtBot
) -> None:
    jobs = [pool.submit(lambda: gate.wait(10), 10_000) for _ in range(50)]
    assert pool.thread_count == pool.max_threads
    assert pool.pending == 50
    answered: list[object] = []
    for job in jobs:
        job.returned.connect(answered.append)
    gate.set()
    qtbot.waitUntil(lambda: len(answered) == 50, timeout=10_000)
    assert pool.thread_count == pool.max_threads


def test_idle_threads_are_reused(pool: ResolverPool, qtbot: QtBot) -> None:
    for n in range(10):
        job = pool.submit(lambda n=n: n, 5000)  # type: ignore[misc]
        with qtbot.waitSignal(job.returned, timeout=5000) as blocker:
            pass
        assert blocker.args == [n]
    assert pool.thread_count == 1


def test_job_count_signal(pool: ResolverPool, gate: threading.Event, qtbot: QtBot) -> None:
    counts: list[int] = []
    pool.jobCountChanged.connect(counts.append)
    job = pool.submit(lambda: gate.wait(10), 5000)
    pool.abandon(job)
    assert counts == [1, 0]


def test_shutdown_reports_a_stuck_thread_without_destroying_it(qtbot: QtBot) -> None:
    pool = ResolverPool(max_threads=1)
    gate = threading.Event()
    pool.submit(lambda: gate.wait(10), 5000)
    qtbot.waitUntil(lambda: pool.busy_threads() == 1, timeout=5000)
    try:
        assert pool.shutdown(100) is False
        assert pool.busy_threads() == 1
        assert len(workers._STUCK) == 1
        with pytest.raises(RuntimeError):
            pool.submit(lambda: None, 100)
    finally:
        gate.set()
        stuck = list(workers._STUCK)
        assert all(thread.wait(5000) for thread in stuck)
        workers._STUCK.clear()
        pool._threads.clear()


DROPPED_POOL = """
import gc, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.workers import ResolverPool

app = QApplication(sys.argv[:1])

def windows_gone_with_jobs_pending():
    pool = ResolverPool()  # owned by Python, shared by two windows
    first, second = MainWindow(pool), MainWindow(pool)
    job = pool.submit(lambda: 1, 5000)
    pool.abandon(job)  # its deletion is now pending
    first.close()
    second.close()
    pool.shutdown(5000)

windows_gone_with_jobs_pending()
gc.collect()
loop = QEventLoop()
QTimer.singleShot(200, loop.quit)
loop.exec()  # runs the pending deletions
print("alive")
"""


def test_dropping_a_pool_with_job_deletions_pending_does_not_crash() -> None:
    """A job's deferred deletion once deleted its Python-owned pool from inside itself."""
    root = Path(workers.__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", DROPPED_POOL],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_a_worker_that_took_a_task_no_longer_counts_as_idle() -> None:
    tasks = workers._TaskQueue()
    taken: list[workers._Task | None] = []
    worker = threading.Thread(target=lambda: taken.append(tasks.take()))
    worker.start()
    first = workers._Task(1, lambda: None)
    tasks.put(first)
    worker.join(5)
    assert taken == [first]
    # the only worker is busy with the first task: the second has nobody to take it
    tasks.put(workers._Task(2, lambda: None))
    assert tasks.unserved() == 1


def test_a_second_lookup_gets_its_own_thread_while_the_first_hangs(
    pool: ResolverPool, gate: threading.Event, qtbot: QtBot
) -> None:
    started = threading.Event()

    def hang() -> str:
        started.set()
        gate.wait(10)
        return "late"

    pool.submit(hang, 10_000)
    assert started.wait(5)
    second = pool.submit(lambda: "second", 10_000)
    with qtbot.waitSignal(second.returned, timeout=5000) as blocker:
        pass
    assert blocker.args == ["second"]
    assert pool.thread_count == 2
