"""The one mechanism that runs blocking calls off the GUI thread.

A :class:`ResolverPool` owns a bounded set of long-lived ``QThread`` workers
fed from a queue.  A blocking resolver call cannot be interrupted, so
"cancel" means "abandon": the job's result is dropped when it arrives, a job
still waiting in the queue is skipped, and a job past its deadline reports
``timedOut``.  Workers receive a plain callable and hand back its return
value; they never touch a widget.

A call is expected to turn the errors it can meet into values (the core's
lookups return an ``Outcome``).  An exception that still escapes is a bug in
netexplorer: it is logged with its traceback and reported through
``errored`` as an :class:`~netexplorer.core.results.InternalError`, never as
an explained socket error.
"""

import itertools
import logging
import threading
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, QTimer, Signal, Slot

from netexplorer.core.results import InternalError

log = logging.getLogger(__name__)

DEFAULT_MAX_THREADS = 4

T = TypeVar("T")


@dataclass
class _Task:
    """What a worker thread sees of a job: an id, the call, and its abandoned/started flags."""

    job_id: int
    fn: Callable[[], object]
    abandoned: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)


class _TaskQueue:
    """Tasks waiting for a worker, and how many workers wait for a task.

    A worker takes a task and stops counting as idle under one lock, so the
    pool never mistakes a worker that has just taken a task for a free one
    (which would leave a new task queued behind a call that may never return).
    """

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._items: deque[_Task | None] = deque()
        self._idle = 0

    def put(self, item: "_Task | None") -> None:
        """Queue a task, or ``None`` to stop one worker."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def take(self, *, counted: bool = False) -> "_Task | None":
        """Wait for the next task (blocking; called by a worker thread).

        ``counted``: the worker already counts as idle (it called :meth:`returning`).
        """
        with self._ready:
            if not counted:
                self._idle += 1
            while not self._items:
                self._ready.wait()
            self._idle -= 1
            return self._items.popleft()

    def returning(self) -> None:
        """Count a worker that has finished its task as idle before it reports the result.

        Otherwise a job submitted as soon as the result arrives could find no idle
        worker yet and start a thread it does not need.
        """
        with self._ready:
            self._idle += 1

    def unserved(self) -> int:
        """Return how many live tasks no idle worker is there to take."""
        with self._ready:
            live = sum(1 for item in self._items if item and not item.abandoned.is_set())
            return live - self._idle


class Job(QObject, Generic[T]):
    """A submitted call returning a ``T``, living on the GUI thread.

    Exactly one signal ends a job that is not abandoned.

    Signals:
        returned(T): the call's return value.
        errored(InternalError): the call raised; a bug, logged with its traceback.
        timedOut(bool): the deadline passed first (True if the call had started,
            False if it was still queued behind blocked threads); a late value is dropped.
    """

    returned = Signal(object)
    errored = Signal(object)
    timedOut = Signal(bool)

    def __init__(self, task: _Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)

    def then(
        self,
        returned: Callable[[T], None],
        errored: Callable[[InternalError], None],
        timed_out: Callable[[bool], None],
    ) -> "Job[T]":
        """Connect one typed handler to each way the job can end; return the job."""
        self.returned.connect(returned)
        self.errored.connect(errored)
        self.timedOut.connect(timed_out)
        return self

    @property
    def job_id(self) -> int:
        """Return the id that tells this job's result from a superseded one's."""
        return self.task.job_id

    @property
    def started(self) -> bool:
        """Tell whether a worker thread has begun the call (False: still queued)."""
        return self.task.started.is_set()

    @property
    def abandoned(self) -> bool:
        """Tell whether the job was abandoned or timed out."""
        return self.task.abandoned.is_set()


class _WorkerThread(QThread):
    """A long-lived thread that runs tasks from the pool's queue until it gets ``None``.

    Signals:
        done(int, object): a task's id and return value.
        failed(int, object): a task's id and the InternalError its call raised.
    """

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, tasks: _TaskQueue, index: int) -> None:
        super().__init__()
        self.setObjectName(f"resolver-{index}")
        self._tasks = tasks
        self.busy = False

    def run(self) -> None:
        """Take tasks until told to stop; skip abandoned ones."""
        counted = False
        while True:
            task = self._tasks.take(counted=counted)
            counted = False
            if task is None:
                return
            if task.abandoned.is_set():
                continue
            self.busy = True
            task.started.set()
            try:
                result: object = task.fn()
            except Exception as exc:  # a bug: logged and reported, never lost or disguised
                log.exception("internal error in a worker call")
                self.busy, counted = False, True
                self._tasks.returning()
                self.failed.emit(task.job_id, InternalError.from_exception(exc))
                continue
            self.busy, counted = False, True
            self._tasks.returning()
            self.done.emit(task.job_id, result)


class ResolverPool(QObject):
    """Runs blocking calls on at most ``max_threads`` worker threads.

    Signals:
        jobCountChanged(int): the number of jobs waiting or running changed.
    """

    jobCountChanged = Signal(int)

    #: Every pool alive, so that tests can check none leaves a thread running.
    instances: ClassVar["weakref.WeakSet[ResolverPool]"] = weakref.WeakSet()

    def __init__(
        self, max_threads: int = DEFAULT_MAX_THREADS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.max_threads = max(1, max_threads)
        self._tasks = _TaskQueue()
        self._threads: list[_WorkerThread] = []
        self._jobs: dict[int, Job[Any]] = {}  # strong references until a job ends
        self._ids = itertools.count(1)
        self._closed = False
        ResolverPool.instances.add(self)

    @property
    def thread_count(self) -> int:
        """Return how many worker threads exist (never more than ``max_threads``)."""
        return len(self._threads)

    @property
    def pending(self) -> int:
        """Return how many jobs are waiting or running and not abandoned."""
        return len(self._jobs)

    def submit(self, fn: Callable[[], T], deadline_ms: int) -> Job[T]:
        """Run ``fn`` on a worker; the returned job reports its value, error or timeout."""
        if self._closed:
            raise RuntimeError("the resolver pool is shut down")
        task = _Task(next(self._ids), fn)
        job: Job[T] = Job(task)
        # The job is no child of the pool and its timer holds the pool only weakly: when
        # a job's deferred deletion dropped the last reference to a pool owned by Python,
        # the pool was deleted from inside its child's destructor (a segfault).
        pool = weakref.ref(self)
        job.deadline.timeout.connect(lambda: _expire(pool, job))
        self._jobs[task.job_id] = job
        job.deadline.start(max(1, deadline_ms))
        self._tasks.put(task)
        self._grow()
        self.jobCountChanged.emit(len(self._jobs))
        return job

    def abandon(self, job: "Job[Any]") -> None:
        """Stop caring about ``job``: no signal comes from it any more."""
        job.task.abandoned.set()
        job.deadline.stop()
        if self._jobs.pop(job.job_id, None) is not None:
            job.deleteLater()
            self.jobCountChanged.emit(len(self._jobs))

    def _grow(self) -> None:
        if self._tasks.unserved() > 0 and len(self._threads) < self.max_threads:
            thread = _WorkerThread(self._tasks, len(self._threads) + 1)
            thread.done.connect(self._deliver)
            thread.failed.connect(self._fail)
            self._threads.append(thread)
            thread.start()

    def _expire(self, job: "Job[Any]") -> None:
        if self._jobs.pop(job.job_id, None) is None:
            return
        job.task.abandoned.set()
        self.jobCountChanged.emit(len(self._jobs))
        job.timedOut.emit(job.started)
        job.deleteLater()

    def _finish(self, job_id: int) -> "Job[Any] | None":
        """Take a job off the books when its answer arrives (None: nobody waits for it)."""
        job = self._jobs.pop(job_id, None)
        if job is None:  # abandoned, timed out or superseded: drop the stale answer
            return None
        job.deadline.stop()
        self.jobCountChanged.emit(len(self._jobs))
        job.deleteLater()
        return job

    @Slot(int, object)
    def _deliver(self, job_id: int, result: object) -> None:
        job = self._finish(job_id)
        if job is not None:
            job.returned.emit(result)

    @Slot(int, object)
    def _fail(self, job_id: int, error: object) -> None:
        job = self._finish(job_id)
        if job is not None:
            job.errored.emit(error)

    def shutdown(self, wait_ms: int) -> bool:
        """Abandon every job and stop the threads, waiting at most ``wait_ms`` in all.

        Returns False if some thread is still stuck in a call that cannot be
        interrupted; the caller must then end the process without destroying
        those threads (see :func:`netexplorer.app.main`).
        """
        self._closed = True
        for job in list(self._jobs.values()):
            self.abandon(job)
        for _ in self._threads:
            self._tasks.put(None)
        deadline = QDeadlineTimer(wait_ms)
        stopped = all(thread.wait(deadline) for thread in self._threads)
        if stopped:
            self._threads.clear()
        else:
            _STUCK.extend(self._threads)  # never destroy a running QThread
            log.warning("%d resolver call(s) still blocked at exit", self.busy_threads())
        return stopped

    def busy_threads(self) -> int:
        """Return how many worker threads are inside a call right now."""
        return sum(1 for thread in self._threads if thread.isRunning() and thread.busy)


def _expire(pool: "weakref.ref[ResolverPool]", job: "Job[Any]") -> None:
    """Report ``job`` as timed out, if its pool still exists."""
    owner = pool()
    if owner is not None:
        owner._expire(job)


#: Threads still blocked in the C library at shutdown.  Holding them here keeps
#: their QThread objects alive until the process ends.
_STUCK: list[QThread] = []
