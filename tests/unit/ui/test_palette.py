"""Every colour netexplorer picks reads at 4.5:1 or better, in light and dark palettes."""

import pytest
from PySide6.QtGui import QColor, QPalette

from netexplorer.ui import palette

LIGHT_BASES = [QColor("white"), QColor(247, 247, 247)]  # a table's rows and alternate rows
DARK_BASES = [QColor(30, 30, 30), QColor(45, 45, 45)]


@pytest.mark.parametrize(
    ("scheme", "bases"), [(palette.LIGHT, LIGHT_BASES), (palette.DARK, DARK_BASES)]
)
def test_contrast_of_every_colour(scheme: palette.Scheme, bases: list[QColor]) -> None:
    for pair in (scheme.new, scheme.changed):
        assert palette.contrast(pair.text, pair.background) >= 4.5
    for base in bases:
        assert palette.contrast(scheme.removed, base) >= 4.5
        assert palette.contrast(scheme.error, base) >= 4.5


def test_the_scheme_follows_the_palette(qapp: object) -> None:
    del qapp
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 20, 20))
    assert palette.is_dark(dark)
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor(250, 250, 250))
    assert not palette.is_dark(light)


def test_contrast_extremes() -> None:
    assert palette.contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert palette.contrast(QColor("red"), QColor("red")) == pytest.approx(1)
