"""The main window's menus and window-wide keys: File, View (zoom), Settings, Examples, Help.

Ctrl+Tab / Ctrl+Shift+Tab and Alt+1 … Alt+9 switch views and Esc abandons
from anywhere in the window: they are window shortcuts, so a focused table
or code view cannot swallow them.
"""

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from netexplorer.ui import settings
from netexplorer.ui.widgets import named, text_action

if TYPE_CHECKING:
    from netexplorer.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _action(
    window: "MainWindow",
    text: str,
    slot: Callable[[], object],
    keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
    name: str = "",
) -> QAction:
    action = text_action(window, text)
    if name:
        action.setObjectName(name)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)  # its keys work even with the menu bar hidden
    return action


def build(window: "MainWindow") -> None:
    """Put the menu bar's menus on ``window``; their commands come with :func:`fill`.

    The first paint shows the bar; the commands are made right after it. The
    window's ``file_menu``, ``view_menu``, ``settings_menu``, ``examples_menu``
    and ``help_menu`` are where they go.
    """
    bar = window.menuBar()
    window.file_menu = bar.addMenu(_tr("&File"))
    window.view_menu = bar.addMenu(_tr("&View"))
    window.settings_menu = bar.addMenu(_tr("Settin&gs"))
    examples = bar.addMenu(QCoreApplication.translate("examples", "E&xamples"))
    named(
        examples, "examplesMenu", QCoreApplication.translate("examples", "The lecture's examples")
    )
    examples.setToolTipsVisible(True)
    window.examples_menu = examples  # filled by netexplorer.ui.examples
    window.help_menu = bar.addMenu(_tr("H&elp"))


def fill(window: "MainWindow") -> None:
    """Make the window's own commands and keys: Quit, View, Settings and Help.

    ``window.quit_action`` is where the session's commands go before.
    """
    quit_action = _action(window, _tr("&Quit"), window.close, (QKeySequence.StandardKey.Quit,))
    window.quit_action = quit_action
    window.file_menu.addAction(quit_action)
    zoom = window.zoom
    zoom_in = _action(window, _tr("Zoom &in"), zoom.zoom_in, ("Ctrl++", "Ctrl+="), "zoomInAction")
    zoom_out = _action(window, _tr("Zoom &out"), zoom.zoom_out, ("Ctrl+-",), "zoomOutAction")
    reset = _action(window, _tr("&Reset zoom"), zoom.reset, ("Ctrl+0",), "zoomResetAction")
    following = _action(
        window, _tr("&Next view"), partial(window.step_view, 1), ("Ctrl+Tab",), "nextViewAction"
    )
    preceding = _action(
        window,
        _tr("&Previous view"),
        partial(window.step_view, -1),
        ("Ctrl+Shift+Tab", "Ctrl+Backtab"),
        "previousViewAction",
    )
    abandon = _action(window, _tr("&Abandon"), window.stop_current, ("Esc",), "abandonAction")
    for action in (zoom_in, zoom_out, reset, None, following, preceding, abandon, None):
        if action is None:
            window.view_menu.addSeparator()
        else:
            window.view_menu.addAction(action)
    for number, slot in enumerate(window.slots[:9], start=1):
        title = _tr(slot.spec.title)
        _action(window, title, partial(window.tabs.setCurrentWidget, slot), (f"Alt+{number}",))
    _settings_menu(window, window.settings_menu)
    quick = _action(
        window,
        _tr("&Quick start"),
        window.show_quick_start,
        (QKeySequence.StandardKey.HelpContents,),
        "quickStartAction",
    )
    keys = _action(window, _tr("&Keyboard shortcuts"), window.show_shortcuts, (), "shortcutsAction")
    about = _action(window, _tr("&About netexplorer"), window.show_about, (), "aboutAction")
    for action in (quick, keys, about):
        window.help_menu.addAction(action)


def _settings_menu(window: "MainWindow", menu: QMenu) -> None:
    deadline = text_action(window, _tr("Lookup &deadline…"))
    deadline.triggered.connect(window.ask_deadline)
    menu.addAction(deadline)
    themes = menu.addMenu(_tr("&Colours"))
    themes.setObjectName("themeMenu")
    group = QActionGroup(themes)
    for choice, text in (
        ("system", _tr("As the &system")),
        ("light", _tr("&Light")),
        ("dark", _tr("&Dark")),
    ):
        action = text_action(group, text)
        action.setObjectName(f"{choice}ThemeAction")
        action.setCheckable(True)
        action.setChecked(window.theme.choice == choice)
        action.triggered.connect(partial(window.theme.choose, choice))
        themes.addAction(action)
    languages = menu.addMenu(_tr("&Language"))
    languages.setObjectName("languageMenu")
    group = QActionGroup(languages)
    for code, text in (("", _tr("As the &system")), ("en", "English"), ("ar", "العربية")):
        action = text_action(group, text)
        action.setObjectName(f"language{code.upper() or 'System'}Action")
        action.setCheckable(True)
        action.setChecked(settings.language() == code)
        action.triggered.connect(partial(_choose_language, window, code))
        languages.addAction(action)


def _choose_language(window: "MainWindow", code: str) -> None:
    settings.set_language(code)
    QMessageBox.information(
        window,
        _tr("Language"),
        _tr("The new language is used from the next start of netexplorer."),
    )
