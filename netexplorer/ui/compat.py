"""Work-arounds for defects in the Qt for Python release in use.

PySide6 6.12.0's wheels drop one reference to ``None`` on every Qt call that
returns nothing (upstream PYSIDE-3474).  From Python 3.12 on ``None`` is
immortal and nothing happens; on Python 3.11 its reference count reaches zero
after a few thousand such calls and the interpreter aborts with "Fatal
Python error: none_dealloc".  :func:`protect_none` measures the leak once and,
where it exists, gives ``None`` enough references for any session (what
Python 3.12 does by design).
"""

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

#: References added to ``None``: far more than any session's Qt calls.
NONE_RESERVE = 1 << 40
_PROBE_CALLS = 64


def none_leak_per_call() -> float:
    """Return how many references to ``None`` one void Qt call drops (0 when fixed)."""
    from PySide6.QtCore import QObject  # noqa: PLC0415 - only where the UI is used

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
    return (before - sys.getrefcount(None)) / _PROBE_CALLS


def protect_none() -> bool:
    """Keep ``None`` alive despite the leak on Python < 3.12; tell whether it was needed."""
    if sys.version_info >= (3, 12) or none_leak_per_call() < 0.5:
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    refcount.value += NONE_RESERVE
    log.debug("PySide6 drops references to None; %d added", NONE_RESERVE)
    return True
