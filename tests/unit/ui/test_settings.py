"""Settings go through QSettings, which the test fixtures point at a temporary folder."""

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from netexplorer.core import variants
from netexplorer.ui import settings


def test_deadline_default_and_bounds() -> None:
    assert settings.lookup_deadline_ms() == settings.DEFAULT_DEADLINE_MS == 10_000
    settings.set_lookup_deadline_ms(2500)
    assert settings.lookup_deadline_ms() == 2500
    settings.set_lookup_deadline_ms(1)
    assert settings.lookup_deadline_ms() == settings.MIN_DEADLINE_MS


@pytest.mark.parametrize(
    "stored",
    ["soon", "5", "-3000", "2.5", "2147483648", "99999999999999999999", "", ["1", "2"], 10**12],
)
def test_a_deadline_of_the_wrong_type_or_range_falls_back_to_the_default(
    stored: object, caplog: pytest.LogCaptureFixture
) -> None:
    """A deadline above 2,147,483,647 ms once made every QTimer.start() raise OverflowError."""
    QSettings().setValue("lookups/deadline_ms", stored)
    assert settings.lookup_deadline_ms() == settings.DEFAULT_DEADLINE_MS
    assert "lookups/deadline_ms" in caplog.text


def test_a_deadline_in_range_is_read_back() -> None:
    QSettings().setValue("lookups/deadline_ms", str(settings.MAX_DEADLINE_MS))
    assert settings.lookup_deadline_ms() == settings.MAX_DEADLINE_MS
    settings.set_lookup_deadline_ms(10**12)
    assert settings.lookup_deadline_ms() == settings.MAX_DEADLINE_MS


def test_a_settings_file_edited_by_hand_is_validated(tmp_path: Path) -> None:
    """What a user could write into the file itself, read back as a fresh start would."""
    path = Path(QSettings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[lookups]\ndeadline_ms=2147483648000\n[window]\ngeometry=not a geometry\n")
    assert settings.lookup_deadline_ms() == settings.DEFAULT_DEADLINE_MS
    assert settings.window_geometry() is None
    del tmp_path


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


def test_idle_timeouts_default_off_on_loopback_and_on_beyond_it() -> None:
    assert settings.idle_timeout_s() == settings.DEFAULT_IDLE_TIMEOUT_S == 0
    assert settings.exposed_idle_timeout_s() == settings.DEFAULT_EXPOSED_IDLE_TIMEOUT_S > 0
    QSettings().setValue("server/idle_timeout_s", "30")
    QSettings().setValue("server/exposed_idle_timeout_s", 0)
    assert (settings.idle_timeout_s(), settings.exposed_idle_timeout_s()) == (30, 0)


@pytest.mark.parametrize("stored", ["soon", "-1", "2.5", "86401", "2147483648", "", ["1"]])
@pytest.mark.parametrize("key", ["server/idle_timeout_s", "server/exposed_idle_timeout_s"])
def test_an_idle_timeout_of_the_wrong_type_or_range_falls_back_to_the_default(
    key: str, stored: object, caplog: pytest.LogCaptureFixture
) -> None:
    QSettings().setValue(key, stored)
    assert settings.idle_timeout_s() == settings.DEFAULT_IDLE_TIMEOUT_S
    assert settings.exposed_idle_timeout_s() == settings.DEFAULT_EXPOSED_IDLE_TIMEOUT_S
    assert key in caplog.text
