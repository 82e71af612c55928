"""Reading the system's small configuration files, with a reason when one cannot be read."""

import errno
from dataclasses import dataclass
from pathlib import Path

from netexplorer.core.errors import errno_name
from netexplorer.core.results import ExplainedError
from netexplorer.core.text import CONTEXT, QT_TRANSLATE_NOOP

_FILE_TEXT: dict[int, tuple[str, str]] = {
    errno.ENOENT: (
        QT_TRANSLATE_NOOP(CONTEXT, "The file does not exist."),
        QT_TRANSLATE_NOOP(
            CONTEXT, "This system does not use it, or it was removed; the defaults apply."
        ),
    ),
    errno.EACCES: (
        QT_TRANSLATE_NOOP(CONTEXT, "Permission denied."),
        QT_TRANSLATE_NOOP(CONTEXT, "This user may not read the file."),
    ),
}
_OTHER = (
    QT_TRANSLATE_NOOP(CONTEXT, "The file cannot be read."),
    QT_TRANSLATE_NOOP(CONTEXT, "See the system message."),
)


@dataclass(frozen=True)
class FileLines:
    """A text file's lines (numbered from 1 by position), or why it could not be read."""

    path: str
    lines: tuple[str, ...] = ()
    error: ExplainedError | None = None


def file_error(path: Path, exc: OSError) -> ExplainedError:
    """Explain why ``path`` could not be read (missing file, permission…)."""
    code = exc.errno
    name = errno_name(code) if isinstance(code, int) else type(exc).__name__
    explanation, cause = _FILE_TEXT.get(code or 0, _OTHER)
    return ExplainedError(
        name=name,
        message=QT_TRANSLATE_NOOP(CONTEXT, "{}: {}"),
        args=(str(path), exc.strerror or str(exc)),
        explanation=explanation,
        cause=cause,
        code=code,
        exception=type(exc).__name__,
    )


def read_lines(path: Path) -> FileLines:
    """Read a text file (blocking: call it off the GUI thread)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return FileLines(str(path), error=file_error(path, exc))
    return FileLines(str(path), tuple(text.splitlines()))


def without_comment(line: str) -> str:
    """Return ``line`` without its ``#`` comment and surrounding blanks."""
    return line.partition("#")[0].strip()
