"""Input a window must survive: text far wider than the screen, and markup.

Every text here is rejected by the input checks or answered from local
databases, so nothing reaches DNS.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netexplorer.ui.main_window import MainWindow

#: Rejected as a host (empty label), an address and a port; a harmless service name.
MARKUP = "<h1>BIG</h1>..<b>x</b>"
#: What pressing a view's main buttons does with the inputs, per view.
ACTIONS = {
    "hostTab": ["lookupButton"],
    "reverseTab": ["lookupButton"],
    "protoServiceTab": ["lookupButton"],
    "addrinfoTab": ["lookupButton"],
    "clientServerTab": ["serverStartButton", "clientConnectButton"],
    "dnsTab": ["lookupButton"],
    "resolverTab": ["refreshButton"],
}


def press_every_action(window: MainWindow, view: str, page: QWidget, qtbot: QtBot) -> None:
    """Press the view's buttons and let any resolution on a worker finish."""
    for name in ACTIONS[view]:
        button = page.findChild(QPushButton, name)
        if button.isEnabled():
            button.click()
    qtbot.waitUntil(lambda: window.pool.pending == 0, timeout=10_000)
    for name in ("serverStopButton", "clientDisconnectButton"):
        stop = page.findChild(QPushButton, name)
        if stop is not None and stop.isEnabled():
            stop.click()


def inputs(page: QWidget) -> list[QLineEdit]:
    return [edit for edit in page.findChildren(QLineEdit) if edit.objectName()]


def test_every_view_is_covered(window: MainWindow) -> None:
    assert set(ACTIONS) == {spec.name for spec, _ in window.views}


@pytest.mark.parametrize("length", [300, 40_000])
def test_a_long_input_never_widens_the_window_past_the_screen(
    window: MainWindow, qtbot: QtBot, length: int
) -> None:
    """A 40,000-character address once gave a 32,767-pixel window."""
    screen = window.screen().availableGeometry()
    long_text = "9" * (length // 2) + ":" + "z" * (length // 2)
    for spec, page in window.views:
        window.show_view(page)
        for edit in inputs(page):
            before = edit.text()
            edit.setText(long_text)
            press_every_action(window, spec.name, page, qtbot)
            QApplication.processEvents()
            where = f"{spec.name}.{edit.objectName()}"
            assert window.minimumSizeHint().width() <= screen.width(), where
            assert window.width() <= screen.width(), where
            edit.setText(before)


def test_markup_typed_into_any_input_is_shown_as_plain_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    """`<h1>BIG</h1>` as a Reverse address once showed a heading in the status."""
    shown: set[str] = set()
    for spec, page in window.views:
        window.show_view(page)
        for edit in inputs(page):
            before = edit.text()
            edit.setText(MARKUP)
            press_every_action(window, spec.name, page, qtbot)
            for label in window.findChildren(QLabel):
                if "<h1>" in label.text():
                    where = f"{spec.name}.{edit.objectName()} → {label.objectName()}"
                    assert label.textFormat() == Qt.TextFormat.PlainText, where
                    shown.add(f"{spec.name}.{label.objectName()}")
            edit.setText(before)
    assert "reverseTab.statusLabel" in shown
    assert "hostTab.statusLabel" in shown
