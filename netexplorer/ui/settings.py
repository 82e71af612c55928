"""The application's settings, in one place.

Everything goes through ``QSettings`` with the organisation and application
names set in :func:`netexplorer.app.main`; tests point it at a
temporary folder so nothing is written to the real profile.
"""

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_DEADLINE_MS = 10_000
MIN_DEADLINE_MS = 100


def _settings() -> QSettings:
    return QSettings()


def lookup_deadline_ms() -> int:
    """Return how long a lookup may run before it is reported as timed out."""
    value = _settings().value("lookups/deadline_ms", DEFAULT_DEADLINE_MS)
    try:
        return max(MIN_DEADLINE_MS, int(str(value)))
    except ValueError:
        return DEFAULT_DEADLINE_MS


def set_lookup_deadline_ms(ms: int) -> None:
    """Store the lookup deadline."""
    _settings().setValue("lookups/deadline_ms", max(MIN_DEADLINE_MS, ms))


def window_geometry() -> QByteArray | None:
    """Return the main window's saved geometry, if any."""
    value = _settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def save_window_geometry(geometry: QByteArray) -> None:
    """Remember the main window's geometry for the next start."""
    _settings().setValue("window/geometry", geometry)
