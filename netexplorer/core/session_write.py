"""Writing a session file: UTF-8 JSON, one history entry a line, replaced atomically.

The format is documented in ``docs/session-format.md``.  Writing is atomic
(:func:`write_atomic`: a temporary file beside the target, flushed to disk,
then renamed over it), so a crash leaves either the previous file or the new one.
"""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from netexplorer.core import platform, values
from netexplorer.core.session import FORMAT, VERSION, HistoryEntry, Session


def entry_json(entry: HistoryEntry) -> dict[str, Any]:
    """Return one history entry as the JSON object the file holds."""
    error = entry.error
    return {
        "time": entry.time,
        "view": entry.view,
        "action": entry.action,
        "call": entry.call,
        "inputs": entry.inputs,
        "outcome": entry.outcome,
        "elapsed_ms": entry.elapsed_ms,
        "error": None if error is None else {
            "name": error.name, "message": error.message, "explanation": error.explanation,
        },
        "table": {
            "headers": list(entry.table.headers),
            "rows": [list(row) for row in entry.table.rows],
        },
        "outcomes": [values.encode(outcome) for outcome in entry.outcomes],
        "todo": entry.todo,
    }  # fmt: skip


def dumps(session: Session) -> bytes:
    """Return the session file's bytes: UTF-8 JSON, one history entry a line."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "kind": session.kind,
        "title": session.title,
        "saved": session.saved,
        "student": session.student,
        "context": session.context.__dict__,
        "views": session.views,
        "dropped": session.dropped,
    }
    text = json.dumps(head, ensure_ascii=False, indent=1, allow_nan=False)
    entries = ",\n".join(
        json.dumps(entry_json(entry), ensure_ascii=False, allow_nan=False)
        for entry in session.history
    )
    body = f"[\n{entries}\n]" if entries else "[]"
    return (text[:-2] + f',\n "history": {body}\n}}\n').encode()


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that no reader ever sees a partial file.

    The bytes go to a temporary file in the same folder, are flushed to the
    disk, and the temporary file is renamed over the target (atomic on every
    system netexplorer runs on); the folder is then flushed so the rename lasts.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, _file_mode(path))  # mkstemp makes it private to the user
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    platform.fsync_directory(path.parent)


def _file_mode(path: Path) -> int:
    """Return the mode the file should have: the one it had, else what the umask allows."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_session(path: Path, session: Session) -> None:
    """Write ``session`` to ``path`` atomically (raises OSError)."""
    write_atomic(path, dumps(session))


def remove_stale_temporaries(path: Path) -> int:
    """Remove temporary files a killed writer left beside ``path``; return how many."""
    removed = 0
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            continue
        removed += 1
    return removed
