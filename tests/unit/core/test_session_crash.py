"""A process killed while it keeps writing sessions leaves the previous or the new one, whole."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import netexplorer
from netexplorer.core.session_read import read
from netexplorer.core.session_write import remove_stale_temporaries

ROOT = Path(netexplorer.__file__).resolve().parents[1]

# Two different sessions of 2,000 entries each (a write takes some tens of ms), written in turn.
WRITER = textwrap.dedent(
    """
    import sys
    import time
    from dataclasses import replace
    from pathlib import Path
    from netexplorer.core.session_write import write_session
    from tests import session_samples

    target = Path(sys.argv[1])
    base = session_samples.typical()
    sessions = [replace(base, title=title, history=base.history * 500) for title in ("A", "B")]
    turn = 0
    while True:
        start = time.perf_counter()
        write_session(target, sessions[turn % 2])
        turn += 1
        if turn == 1:
            print(time.perf_counter() - start, flush=True)  # how long one write takes
    """
)

KILLS = 8


@pytest.mark.slow
def test_killing_the_writer_leaves_a_whole_session(tmp_path: Path) -> None:
    target = tmp_path / "last-session.netexplorer.json"
    titles = set()
    for kill in range(KILLS):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        ) as child:  # fmt: skip
            try:
                assert child.stdout is not None
                write_s = float(child.stdout.readline())
                # spread the kills over three writes: before, during and after a rename
                time.sleep(write_s * 3 * (kill + 0.5) / KILLS)
            finally:
                child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        session = read(target)  # raises if the file were cut off or mixed
        assert session.title in ("A", "B")
        assert len(session.history) == 2000
        titles.add(session.title)
        remove_stale_temporaries(target)
        assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert titles == {"A", "B"}, "every kill landed after the same session; the loop did not run"
