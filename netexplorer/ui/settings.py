"""The application's settings, in one place.

Everything goes through ``QSettings`` with the organisation and application
names set in :func:`netexplorer.app.main`; tests point it at a
temporary folder so nothing is written to the real profile.
"""

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

if TYPE_CHECKING:
    from netexplorer.core import variants

log = logging.getLogger(__name__)

DEFAULT_DEADLINE_MS = 10_000
MIN_DEADLINE_MS = 100
MAX_DEADLINE_MS = 600_000
#: Saved geometry is a few dozen bytes; anything much larger is not ours.
MAX_GEOMETRY_BYTES = 4096
#: Off on loopback: a student's connection may sit idle through a whole lecture.
DEFAULT_IDLE_TIMEOUT_S = 0
#: On beyond loopback: other computers must not hold the server's slots forever.
DEFAULT_EXPOSED_IDLE_TIMEOUT_S = 120
MAX_IDLE_TIMEOUT_S = 86_400
DEFAULT_HISTORY_LIMIT = 2_000
MIN_HISTORY_LIMIT = 100
MAX_HISTORY_LIMIT = 20_000
MAX_STUDENT_NAME = 200

#: Where the application keeps its data (the last session); tests point it elsewhere.
_data_dir: Path | None = None


def _settings() -> QSettings:
    return QSettings()


def _int_setting(key: str, default: int, low: int, high: int) -> int:
    """Read a whole number in ``low..high``; anything else gives ``default`` and a warning.

    The settings file is text a user (or another program) may have edited: a
    deadline above 2,147,483,647 ms once made every QTimer.start() raise.
    """
    value = _settings().value(key, default)
    text = str(value).strip()
    if isinstance(value, (int, str)) and text.isascii() and text.isdecimal() and len(text) < 12:
        number = int(text)
        if low <= number <= high:
            return number
    log.warning("setting %s = %.40r is not a whole number from %d to %d; using %d",
                key, value, low, high, default)  # fmt: skip
    return default


def lookup_deadline_ms() -> int:
    """Return how long a lookup may run before it is reported as timed out."""
    return _int_setting(
        "lookups/deadline_ms", DEFAULT_DEADLINE_MS, MIN_DEADLINE_MS, MAX_DEADLINE_MS
    )


def set_lookup_deadline_ms(ms: int) -> None:
    """Store the lookup deadline (clamped to the range it is read back with)."""
    _settings().setValue("lookups/deadline_ms", min(MAX_DEADLINE_MS, max(MIN_DEADLINE_MS, ms)))


def idle_timeout_s() -> int:
    """Return after how many silent seconds the server closes a connection on loopback (0: never)."""
    return _int_setting("server/idle_timeout_s", DEFAULT_IDLE_TIMEOUT_S, 0, MAX_IDLE_TIMEOUT_S)


def exposed_idle_timeout_s() -> int:
    """Return the idle timeout of a server bound beyond loopback (0: never)."""
    return _int_setting(
        "server/exposed_idle_timeout_s", DEFAULT_EXPOSED_IDLE_TIMEOUT_S, 0, MAX_IDLE_TIMEOUT_S
    )


def window_geometry() -> QByteArray | None:
    """Return the main window's saved geometry, if any (the window clamps it to the screen)."""
    value = _settings().value("window/geometry")
    if value is None:
        return None
    if isinstance(value, QByteArray) and 0 < value.size() <= MAX_GEOMETRY_BYTES:
        return value
    log.warning("setting window/geometry is not a saved geometry; using the default size")
    return None


def save_window_geometry(geometry: QByteArray) -> None:
    """Remember the main window's geometry for the next start."""
    _settings().setValue("window/geometry", geometry)


def compare_entries() -> "tuple[variants.Entry, ...]":
    """Return the remembered variant list of the comparison grid (the default if unreadable).

    What is read back is checked: a list of at most ``MAX_ENTRIES`` strings,
    each a valid entry for this platform's flags; anything else gives the default.
    """
    from netexplorer.core import variants  # noqa: PLC0415 - the getaddrinfo view's, not start-up's

    value = _settings().value("compare/variants")
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value]
    if not isinstance(value, list) or len(value) > variants.MAX_ENTRIES:
        return variants.default_entries()
    entries = [variants.entry_from_text(item) if isinstance(item, str) else None for item in value]
    if any(entry is None for entry in entries):
        return variants.default_entries()
    return tuple(entry for entry in entries if entry is not None)


def set_compare_entries(entries: "Sequence[variants.Entry]") -> None:
    """Remember the comparison grid's variant list."""
    from netexplorer.core import variants  # noqa: PLC0415 - the getaddrinfo view's, not start-up's

    texts = [variants.entry_to_text(entry) for entry in entries[: variants.MAX_ENTRIES]]
    _settings().setValue("compare/variants", texts)


#: The interface languages Settings → Language offers ("" follows the system).
LANGUAGES = ("", "en", "ar")
THEMES = ("system", "light", "dark")
DEFAULT_ZOOM = 100
MIN_ZOOM = 80
MAX_ZOOM = 300


def _choice_setting(key: str, choices: Sequence[str]) -> str:
    """Read one of ``choices`` (the first, with a warning, for anything else)."""
    value = _settings().value(key, choices[0])
    if isinstance(value, str) and value in choices:
        return value
    log.warning("setting %s = %.40r is not one of %s; using %r", key, value, choices, choices[0])
    return choices[0]


def language() -> str:
    """Return the chosen interface language ('' = the system's)."""
    return _choice_setting("ui/language", LANGUAGES)


def set_language(code: str) -> None:
    """Remember the interface language for the next start ('' = the system's)."""
    _settings().setValue("ui/language", code if code in LANGUAGES else "")


def theme() -> str:
    """Return the colour scheme: ``system``, ``light`` or ``dark``."""
    return _choice_setting("ui/theme", THEMES)


def set_theme(name: str) -> None:
    """Remember the colour scheme."""
    _settings().setValue("ui/theme", name if name in THEMES else "system")


def zoom_percent() -> int:
    """Return the font zoom of the window, in percent (80 to 300)."""
    return _int_setting("ui/zoom_percent", DEFAULT_ZOOM, MIN_ZOOM, MAX_ZOOM)


def set_zoom_percent(percent: int) -> None:
    """Remember the font zoom (clamped to the range it is read back with)."""
    _settings().setValue("ui/zoom_percent", min(MAX_ZOOM, max(MIN_ZOOM, percent)))


def quick_start_shown() -> bool:
    """Tell whether the quick start was already shown once (it opens on the first start)."""
    return _int_setting("ui/quick_start_shown", 0, 0, 1) == 1


def set_quick_start_shown() -> None:
    """Remember that the quick start was shown."""
    _settings().setValue("ui/quick_start_shown", 1)


def splitter_state(name: str) -> QByteArray | None:
    """Return a splitter's saved sizes, if any."""
    value = _settings().value(f"splitters/{name}")
    if isinstance(value, QByteArray) and 0 < value.size() <= MAX_GEOMETRY_BYTES:
        return value
    if value is not None:
        log.warning("setting splitters/%s is not a saved splitter state; ignored", name)
    return None


def save_splitter_state(name: str, state: QByteArray) -> None:
    """Remember a splitter's sizes."""
    _settings().setValue(f"splitters/{name}", state)


def history_limit() -> int:
    """Return how many entries the history keeps before it drops the oldest."""
    return _int_setting(
        "history/limit", DEFAULT_HISTORY_LIMIT, MIN_HISTORY_LIMIT, MAX_HISTORY_LIMIT
    )


def set_history_limit(limit: int) -> None:
    """Store the history's size (clamped to the range it is read back with)."""
    _settings().setValue("history/limit", min(MAX_HISTORY_LIMIT, max(MIN_HISTORY_LIMIT, limit)))


def student_name() -> str:
    """Return the name reports are written for ('' until asked)."""
    value = _settings().value("report/student", "")
    if isinstance(value, str) and len(value) <= MAX_STUDENT_NAME:
        return value
    log.warning("setting report/student is not a name; asking again")
    return ""


def set_student_name(name: str) -> None:
    """Remember the student's name for the next reports."""
    _settings().setValue("report/student", name[:MAX_STUDENT_NAME])


def data_dir() -> Path:
    """Return the folder for the application's own files (created if missing).

    ``QStandardPaths.AppDataLocation``: e.g. ``~/.local/share/netexplorer/netexplorer``
    on Linux, ``%APPDATA%/netexplorer/netexplorer`` on Windows.
    """
    folder = _data_dir or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def set_data_dir(folder: Path | None) -> None:
    """Keep the application's files in ``folder`` instead (tests; None: the standard place)."""
    global _data_dir  # noqa: PLW0603 - one setting for the whole process, like QSettings' path
    _data_dir = folder
