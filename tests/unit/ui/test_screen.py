"""Any screen and any eyes: sizes within 1024×600, zoom, light and dark."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netexplorer.ui import palette, registry, settings, theme
from netexplorer.ui.main_window import MainWindow
from netexplorer.ui.workers import ResolverPool
from tests import pages

VIEW_NAMES = [spec.name for spec in registry.VIEWS]


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_every_view_fits_1024_by_600(window: MainWindow, name: str) -> None:
    """With the history dock closed, a view needs no scrolling at 1024×600 (with it, it scrolls)."""
    from PySide6.QtWidgets import QDockWidget

    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 600
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    window.resize(1024, 600)
    slot = window.slot_named(name)
    window.tabs.setCurrentWidget(slot)
    QApplication.processEvents()
    page = slot.ensure()
    room = slot.findChild(QScrollArea).viewport().size()
    needed = page.minimumSizeHint()
    assert window.size().toTuple() == (1024, 600)
    assert needed.width() <= room.width(), (needed.toTuple(), room.toTuple())
    assert needed.height() <= room.height(), (needed.toTuple(), room.toTuple())


def test_window_geometry_is_clamped_into_a_smaller_screen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = QRect(0, 0, 1024, 600)
    screen = window.screen()
    monkeypatch.setattr(screen, "availableGeometry", lambda: area)
    monkeypatch.setattr(window, "screen", lambda: screen)
    window.setGeometry(500, 400, 1100, 760)
    window.fit_to_screen()
    assert area.contains(window.frameGeometry().adjusted(0, 0, -1, -1)) or (
        window.width() <= 1024 and window.height() <= 600 and window.x() >= 0
    )


def point_sizes(window: MainWindow) -> tuple[float, float]:
    page = window.view_named("hostTab")
    table = page.findChild(QTableView, "resultsTable")
    code = page.findChild(QPlainTextEdit, "codeView")
    assert table is not None
    assert code is not None
    return table.font().pointSizeF(), code.font().pointSizeF()


def test_zoom_scales_tables_and_code_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    table_size, code_size = point_sizes(window)
    action(window, "zoomInAction").trigger()
    action(window, "zoomInAction").trigger()
    assert settings.zoom_percent() == 125
    bigger = point_sizes(window)
    assert bigger[0] == pytest.approx(table_size * 1.25, abs=0.1)
    assert bigger[1] == pytest.approx(code_size * 1.25, abs=0.1)
    for _ in range(20):
        action(window, "zoomInAction").trigger()
    assert settings.zoom_percent() == settings.MAX_ZOOM
    action(window, "zoomResetAction").trigger()
    assert point_sizes(window) == pytest.approx((table_size, code_size))
    for _ in range(20):
        action(window, "zoomOutAction").trigger()
    assert settings.zoom_percent() == settings.MIN_ZOOM
    settings.set_zoom_percent(150)
    again = MainWindow(ResolverPool())
    qtbot.addWidget(again)
    assert point_sizes(again)[1] == pytest.approx(code_size * 1.5, abs=0.1)
    again.close()
    assert again.pool.shutdown(2000)


def test_zoom_keys(window: MainWindow) -> None:
    keys = {
        name: [key.toString() for key in action(window, name).shortcuts()]
        for name in ("zoomInAction", "zoomOutAction", "zoomResetAction")
    }
    assert keys == {
        "zoomInAction": ["Ctrl++", "Ctrl+="],
        "zoomOutAction": ["Ctrl+-"],
        "zoomResetAction": ["Ctrl+0"],
    }


@pytest.mark.parametrize("value", ["huge", 5000, 10, "", None])
def test_a_bad_zoom_setting_gives_100(value: object) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue("ui/zoom_percent", value)
    assert settings.zoom_percent() == settings.DEFAULT_ZOOM


def backgrounds(scheme_palette: object) -> list[QColor]:
    from PySide6.QtGui import QPalette

    assert isinstance(scheme_palette, QPalette)
    roles = (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Window)
    return [scheme_palette.color(role) for role in roles]


@pytest.mark.parametrize("dark", [False, True])
def test_every_added_colour_reads_at_4_5_to_1_on_the_theme_backgrounds(
    qapp: QApplication, dark: bool
) -> None:
    used = theme.dark_palette() if dark else theme.light_palette(qapp)
    scheme = palette.DARK if dark else palette.LIGHT
    assert palette.is_dark(used) == dark
    for pair in (scheme.new, scheme.changed):
        assert palette.contrast(pair.text, pair.background) >= 4.5
    for background in backgrounds(used):
        assert palette.contrast(scheme.removed, background) >= 4.5
        assert palette.contrast(scheme.error, background) >= 4.5
    from PySide6.QtGui import QPalette

    for text, base in (
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        assert palette.contrast(used.color(text), used.color(base)) >= 4.5, text


def test_the_colour_choice_applies_and_is_remembered(
    window: MainWindow, qapp: QApplication
) -> None:
    try:
        action(window, "darkThemeAction").trigger()
        QApplication.processEvents()
        assert settings.theme() == "dark"
        assert palette.is_dark(qapp.palette())
        page = window.view_named("hostTab")
        assert palette.scheme(page) is palette.DARK
        action(window, "lightThemeAction").trigger()
        QApplication.processEvents()
        assert not palette.is_dark(qapp.palette())
        assert palette.scheme(page) is palette.LIGHT
    finally:
        window.theme.choose("system")


def test_the_system_scheme_is_followed_live(
    window: MainWindow, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    window.theme._system_changed(Qt.ColorScheme.Dark)
    assert palette.is_dark(qapp.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    window.theme._system_changed(Qt.ColorScheme.Light)
    assert not palette.is_dark(qapp.palette())


def test_an_error_label_follows_the_palette(window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    from netexplorer.ui.palette import ErrorLabel

    label = ErrorLabel("x")
    holder = QWidget(window)
    label.setParent(holder)
    try:
        window.theme.choose("dark")
        QApplication.processEvents()
        assert label.palette().color(QPalette.ColorRole.WindowText) == palette.DARK.error
        window.theme.choose("light")
        QApplication.processEvents()
        assert label.palette().color(QPalette.ColorRole.WindowText) == palette.LIGHT.error
        assert label.font().bold()
    finally:
        window.theme.choose("system")


def test_ctrl_wheel_zooms(window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    table = window.view_named("hostTab").findChild(QTableView, "resultsTable")
    assert table is not None
    viewport = table.viewport()
    event = QWheelEvent(
        QPointF(5, 5), QPointF(viewport.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)
    assert settings.zoom_percent() == 110


def test_splitter_positions_are_remembered(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QSplitter

    first = MainWindow(ResolverPool())
    qtbot.addWidget(first)
    first.resize(1024, 600)
    first.show()
    page = first.view_named("addrinfoTab")
    first.tabs.setCurrentWidget(first.slot_named("addrinfoTab"))
    QApplication.processEvents()
    index = next(
        i for i, s in enumerate(page.findChildren(QSplitter)) if s.count() == 2 and s.isVisible()
    )
    splitter = page.findChildren(QSplitter)[index]
    assert not splitter.childrenCollapsible()
    total = sum(splitter.sizes())
    splitter.setSizes([total // 4, total - total // 4])
    wanted = splitter.sizes()
    first.close()
    assert first.pool.shutdown(2000)
    second = MainWindow(ResolverPool())
    qtbot.addWidget(second)
    second.resize(1024, 600)
    second.show()
    second.tabs.setCurrentWidget(second.slot_named("addrinfoTab"))
    QApplication.processEvents()
    again = second.view_named("addrinfoTab").findChildren(QSplitter)[index]
    assert again.sizes() == wanted
    second.close()
    assert second.pool.shutdown(2000)


def test_the_sequence_diagram_colours_read_on_its_white_paper() -> None:
    from netexplorer.ui.client_server import sequence_drawing as drawing

    papers = [QColor(255, 255, 255), QColor(245, 245, 245), QColor(232, 240, 252)]
    for colour in [*drawing.ARROW_COLORS.values(), drawing.TEXT_COLOR, drawing.ERROR_COLOR]:
        for paper in papers:
            assert palette.contrast(colour, paper) >= 4.5, (colour.name(), paper.name())


@pytest.mark.parametrize("percent", [150, 200])
def test_zoom_never_cuts_a_wrapped_sentence(window: MainWindow, percent: int) -> None:
    """A sentence that wraps gets every line it needs, at any zoom (socket.has_ipv6's was cut)."""
    window.resize(1024, 600)
    window.zoom.set_percent(percent)
    cut = []
    try:
        for name in VIEW_NAMES:
            page = window.view_named(name)
            window.show_view(page)
            QApplication.processEvents()
            for label in page.findChildren(QLabel):
                if label.isVisibleTo(page) and label.wordWrap() and label.text():
                    needed = label.heightForWidth(label.width())
                    if label.height() < needed:
                        cut.append((name, label.objectName(), label.height(), needed))
    finally:
        window.zoom.reset()
    assert not cut


def test_zoom_fits_the_answer_s_columns_to_its_text_again(window: MainWindow, qtbot: QtBot) -> None:
    """A table fitted at 100 % is fitted again at 200 %: no cell cut to "gethost…"."""
    page = pages.lookup_view(window, "hostTab")
    pages.line(page, "hostInput").setText("localhost")
    pages.look_up(qtbot, page)
    table = page.findChild(QTableView, "resultsTable")
    window.zoom.set_percent(200)
    try:
        QApplication.processEvents()
        columns = range(table.model().columnCount() - 1)  # the last one stretches
        cut = [c for c in columns if table.columnWidth(c) < table.sizeHintForColumn(c)]
    finally:
        window.zoom.reset()
    assert not cut
