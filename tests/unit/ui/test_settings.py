"""Settings go through QSettings, which the test fixtures point at a temporary folder."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from netexplorer.core import variants
from netexplorer.ui import settings


def test_deadline_default_and_bounds() -> None:
    assert settings.lookup_deadline_ms() == settings.DEFAULT_DEADLINE_MS == 10_000
    settings.set_lookup_deadline_ms(2500)
    assert settings.lookup_deadline_ms() == 2500
    settings.set_lookup_deadline_ms(1)
    assert settings.lookup_deadline_ms() == settings.MIN_DEADLINE_MS


def test_garbage_deadline_falls_back_to_the_default() -> None:
    QSettings().setValue("lookups/deadline_ms", "soon")
    assert settings.lookup_deadline_ms() == settings.DEFAULT_DEADLINE_MS
    QSettings().setValue("lookups/deadline_ms", "5")
    assert settings.lookup_deadline_ms() == settings.MIN_DEADLINE_MS


def test_geometry_round_trip() -> None:
    assert settings.window_geometry() is None
    settings.save_window_geometry(QByteArray(b"\x01\x02geometry"))
    assert settings.window_geometry() == QByteArray(b"\x01\x02geometry")


def test_settings_live_in_the_temporary_folder(tmp_path: Path) -> None:
    settings.set_lookup_deadline_ms(3000)
    QSettings().sync()
    assert str(tmp_path) in QSettings().fileName()


def test_compare_variants_round_trip_and_fall_back_when_unreadable() -> None:
    assert settings.compare_entries() == variants.default_entries()
    chosen: list[variants.Entry] = [
        variants.Toggle("AI_PASSIVE"),
        variants.FlagSet(("AI_ADDRCONFIG", "AI_V4MAPPED")),
    ]
    settings.set_compare_entries(chosen)
    assert settings.compare_entries() == tuple(chosen)
    settings.set_compare_entries([])
    assert settings.compare_entries() == ()
    for garbage in ("toggle:AI_PASSIVE", 7, ["set:AI_NOPE"], ["toggle:AI_PASSIVE", 3], ["x"] * 40):
        QSettings().setValue("compare/variants", garbage)
        expected = (
            (variants.Toggle("AI_PASSIVE"),)
            if garbage == "toggle:AI_PASSIVE"
            else variants.default_entries()
        )
        assert settings.compare_entries() == expected, garbage
