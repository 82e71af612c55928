"""The application's settings, in one place.

Everything goes through ``QSettings`` with the organisation and application
names set in :func:`netexplorer.app.main`; tests point it at a
temporary folder so nothing is written to the real profile.
"""

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings

from netexplorer.core import variants

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


def compare_entries() -> tuple[variants.Entry, ...]:
    """Return the remembered variant list of the comparison grid (the default if unreadable).

    What is read back is checked: a list of at most ``MAX_ENTRIES`` strings,
    each a valid entry for this platform's flags; anything else gives the default.
    """
    value = _settings().value("compare/variants")
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value]
    if not isinstance(value, list) or len(value) > variants.MAX_ENTRIES:
        return variants.default_entries()
    entries = [variants.entry_from_text(item) if isinstance(item, str) else None for item in value]
    if any(entry is None for entry in entries):
        return variants.default_entries()
    return tuple(entry for entry in entries if entry is not None)


def set_compare_entries(entries: Sequence[variants.Entry]) -> None:
    """Remember the comparison grid's variant list."""
    texts = [variants.entry_to_text(entry) for entry in entries[: variants.MAX_ENTRIES]]
    _settings().setValue("compare/variants", texts)
