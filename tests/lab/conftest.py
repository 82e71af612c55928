"""Run the tests in ``tests/lab/`` inside the DNS lab.

Two modes, told apart by the ``NETEXPLORER_LAB`` environment variable:

* **Inside the lab** (a child started by the mode below, or by hand through
  ``python -m tests.lab --no-server -- python -m pytest tests/lab``): the
  tests run normally; the ``lab`` fixture gives them the DNS server on
  127.0.0.1:53, reset after every test.
* **Outside** (any ordinary ``pytest`` run): each selected lab test is
  replaced by a stand-in item. The first stand-in that runs starts one child
  ``unshare --net --mount --uts ... python -m pytest`` for all of them, which
  writes one JSON line per test phase; every stand-in then reports its own
  test's outcome, failure text and captured output. A test the child never
  reported (crash, timeout) fails. Where namespaces are unavailable the
  stand-ins skip with the reason — unless ``CI=true``, where a lab test that
  skips, for any reason, fails instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.lab import namespace

LAB_DIR = Path(__file__).resolve().parent
ENV_SELECT = "NETEXPLORER_LAB_SELECT"
ENV_REPORT = "NETEXPLORER_LAB_REPORT"
CHILD_TIMEOUT = 30 * 60
"""Seconds the whole child run may take before it is killed."""


def in_ci() -> bool:
    """Return whether this run is CI's (``CI=true``), where lab tests may not skip."""
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


# --------------------------------------------------------------------- inside
if namespace.inside():
    from tests.lab.dnsserver import LabDNSServer
    from tests.qt_fixtures import *  # noqa: F403 - lab tests drive the window

    @pytest.fixture(scope="session")
    def lab_server() -> Iterator[LabDNSServer]:
        """The lab DNS server on 127.0.0.1:53 for the whole session."""
        try:
            server = LabDNSServer("127.0.0.1", 53).start()
        except OSError as exc:
            pytest.fail(
                f"cannot bind the lab DNS server to 127.0.0.1:53 ({exc}); "
                "is another one running? Use the launcher's --no-server"
            )
        yield server
        server.stop()

    @pytest.fixture
    def lab(lab_server: LabDNSServer) -> Iterator[LabDNSServer]:
        """The lab DNS server, answering normally; reset after the test."""
        lab_server.reset()
        namespace.write_resolv_conf()
        yield lab_server
        lab_server.reset()
        namespace.write_resolv_conf()

    @pytest.fixture
    def window(qtbot: Any, lab: LabDNSServer) -> Iterator[Any]:
        """A shown main window on the lab's DNS; its resolver threads must all stop."""
        from tests.windows import shown_window

        # Lookups the test left hung end when glibc gives up (resolv.conf timeout).
        yield from shown_window(qtbot, 15_000)

    def _keep_selected(config: pytest.Config, items: list[pytest.Item]) -> None:
        """Keep only the tests the outer run selected (when started by it)."""
        select = os.environ.get(ENV_SELECT)
        if not select:
            return
        wanted = set(Path(select).read_text().splitlines())
        keep = [i for i in items if i.nodeid in wanted]
        drop = [i for i in items if i.nodeid not in wanted]
        if drop:
            config.hook.pytest_deselected(items=drop)
        items[:] = keep

    def pytest_runtest_logreport(report: pytest.TestReport) -> None:
        """Append each phase's outcome to the outer run's report file."""
        path = os.environ.get(ENV_REPORT)
        if not path:
            return
        reason = ""
        if report.skipped and isinstance(report.longrepr, tuple):
            reason = str(report.longrepr[2]).removeprefix("Skipped: ")
        record = {
            "nodeid": report.nodeid,
            "when": report.when,
            "outcome": report.outcome,
            "duration": report.duration,
            "longrepr": report.longreprtext if report.failed else "",
            "reason": reason,
            "sections": [list(s) for s in report.sections] if report.failed else [],
        }
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")


# -------------------------------------------------------------------- outside
class LabFailure(Exception):
    """A lab test failed in the child run; the message is its report."""


@dataclass
class ChildResult:
    """What the child reported for one test."""

    outcome: str = "passed"
    reason: str = ""
    text: list[str] = field(default_factory=list)
    duration: float = 0.0
    phases: set[str] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        """Tell whether the child finished this test (pytest always reports teardown)."""
        return "teardown" in self.phases


@dataclass
class LabRun:
    """The one child run shared by all stand-in items of a session."""

    config: pytest.Config
    nodeids: list[str] = field(default_factory=list)
    results: dict[str, ChildResult] | None = None
    unavailable: str | None = None
    returncode: int | None = None
    output_tail: str = ""
    elapsed: float = 0.0

    def result_for(self, nodeid: str) -> ChildResult | None:
        """Run the child on first use; return ``nodeid``'s result (``None`` if missing)."""
        if self.results is None:
            self._run()
        assert self.results is not None
        return self.results.get(nodeid)

    def _run(self) -> None:
        self.results = {}
        self.unavailable = namespace.unavailable_reason()
        if self.unavailable is not None:
            return
        rootdir = self.config.rootpath
        files = sorted({nid.split("::", 1)[0] for nid in self.nodeids})
        with tempfile.TemporaryDirectory(prefix="netexplorer-labrun-") as tmp:
            select = Path(tmp) / "select"
            report = Path(tmp) / "report.jsonl"
            output = Path(tmp) / "output.txt"
            select.write_text("\n".join(self.nodeids) + "\n")
            report.touch()
            pytest_args = ["-p", "no:cacheprovider", "-q", f"--rootdir={rootdir}"]
            if self.config.inipath is not None:
                pytest_args.append(f"--config-file={self.config.inipath}")
            argv = namespace.launcher_argv(
                ["--no-server", "--", sys.executable, "-m", "pytest", *pytest_args, *files]
            )
            env = namespace.launcher_env({ENV_SELECT: str(select), ENV_REPORT: str(report)})
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            start = time.monotonic()
            with output.open("wb") as out:
                proc = subprocess.Popen(
                    argv, cwd=rootdir, env=env, stdout=out, stderr=subprocess.STDOUT
                )
                try:
                    self.returncode = proc.wait(CHILD_TIMEOUT)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    self.returncode = proc.wait()
            self.elapsed = time.monotonic() - start
            self.output_tail = output.read_text(errors="replace")[-6000:]
            for line in report.read_text().splitlines():
                self._merge(json.loads(line))

    def _merge(self, rec: dict[str, object]) -> None:
        assert self.results is not None
        res = self.results.setdefault(str(rec["nodeid"]), ChildResult())
        res.duration += float(str(rec["duration"]))
        res.phases.add(str(rec["when"]))
        outcome = str(rec["outcome"])
        if outcome == "failed":
            res.outcome = "failed"
            res.text.append(f"--- {rec['when']} (inside the lab) ---\n{rec['longrepr']}")
            for title, body in rec["sections"]:  # type: ignore[attr-defined]
                res.text.append(f"--- {title} ---\n{body}")
        elif outcome == "skipped" and res.outcome == "passed":
            res.outcome = "skipped"
            res.reason = str(rec["reason"])


RUN_KEY = pytest.StashKey[LabRun]()


class LabItem(pytest.Item):
    """Stands in, outside the lab, for one lab test run by the child."""

    def __init__(self, *, original: pytest.Item, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._original = original
        self.own_markers = list(original.own_markers)
        self.keywords.update(original.keywords)

    def runtest(self) -> None:
        """Report the outcome the child recorded for this test."""
        run = self.config.stash[RUN_KEY]
        result = run.result_for(self.nodeid)
        if run.unavailable is not None:
            if in_ci():
                raise LabFailure(f"CI=true and the DNS lab is unavailable: {run.unavailable}")
            raise pytest.skip.Exception(
                f"DNS lab unavailable: {run.unavailable}", _use_item_location=True
            )
        if result is None or not result.complete:
            started = "stopped during" if result is not None else "reported nothing for"
            raise LabFailure(
                f"the lab run (exit code {run.returncode}) {started} this test; "
                f"its output ends with:\n{run.output_tail}"
            )
        if result.outcome == "failed":
            raise LabFailure("\n".join(result.text))
        if result.outcome == "skipped":
            if in_ci():
                raise LabFailure(f"CI=true: lab tests may not skip; skipped: {result.reason}")
            raise pytest.skip.Exception(result.reason, _use_item_location=True)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: object = None,
    ) -> str:
        """Show the child's report instead of this stand-in's traceback."""
        if isinstance(excinfo.value, LabFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        """Point at the real test's location."""
        return self._original.reportinfo()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Inside the lab keep the outer run's selection; outside, swap in stand-ins."""
    if namespace.inside():
        _keep_selected(config, items)
        return
    run = config.stash.setdefault(RUN_KEY, LabRun(config))
    for index, item in enumerate(items):
        if isinstance(item, LabItem) or not item.path.is_relative_to(LAB_DIR):
            continue
        assert item.parent is not None
        stand_in = LabItem.from_parent(item.parent, name=item.name, original=item)
        run.nodeids.append(stand_in.nodeid)
        items[index] = stand_in


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how the lab tests were run."""
    run = terminalreporter.config.stash.get(RUN_KEY, None)
    if run is None or run.results is None:
        return
    if run.unavailable is not None:
        terminalreporter.write_line(f"DNS lab unavailable: {run.unavailable}")
        return
    terminalreporter.write_line(
        f"DNS lab: {sum(r.complete for r in run.results.values())} of {len(run.nodeids)} "
        "tests reported by a child run "
        f"in private namespaces, {run.elapsed:.1f} s, exit code {run.returncode}"
    )
