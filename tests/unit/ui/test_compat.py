"""The None reference leak of some PySide6 releases must not abort a long session."""

import subprocess
import sys
import textwrap

from netexplorer.ui import compat

LOOP = textwrap.dedent(
    """
    import sys
    calls = sys.getrefcount(None) + 10_000
    {prelude}
    from PySide6.QtCore import QObject
    probe = QObject()
    for _ in range(calls):
        probe.setObjectName("x")
    print("alive")
    """
)


def run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LOOP.format(prelude=prelude)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_more_void_calls_than_references_to_none_survive() -> None:
    result = run("import netexplorer.ui")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "alive"
    assert "none_dealloc" not in result.stderr


def test_protection_is_applied_exactly_when_qt_leaks() -> None:
    leaking = compat.none_leak_per_call() >= 0.5 and sys.version_info < (3, 12)
    bare = run("")
    # without the protection, a leaking release aborts the interpreter
    assert (bare.returncode != 0) == leaking, bare.stderr
    if leaking:
        assert "none_dealloc" in bare.stderr


def test_protect_none_is_harmless_when_repeated() -> None:
    before = sys.getrefcount(None)
    applied = compat.protect_none()
    after = sys.getrefcount(None)
    if applied:
        assert after - before >= compat.NONE_RESERVE - 1000
    else:
        assert abs(after - before) < 1000
