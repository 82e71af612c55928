"""Using a view without a mouse: reading-order Tab, focus on the first input, Enter and Esc.

Widgets are created in whatever order the code finds convenient (a lookup
view makes its results table before its subclass adds inputs), so the Tab
order is set from the layouts instead: what is read first is reached first.
"""

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

from netexplorer.ui.view import ViewPage

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _children_in_layout(layout: QLayout) -> list[QWidget]:
    """Return the widgets of ``layout``, nested layouts included, in the order they were added."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found.extend(_children_in_layout(inner))
    return found


def _contained(widget: QWidget) -> list[QWidget]:
    """Return the widgets ``widget`` shows, in reading order."""
    if isinstance(widget, QSplitter):
        return [child for i in range(widget.count()) if (child := widget.widget(i))]
    if isinstance(widget, QTabWidget | QStackedWidget):
        return [child for i in range(widget.count()) if (child := widget.widget(i))]
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return [inner] if inner is not None else []
    layout = widget.layout()
    return _children_in_layout(layout) if layout is not None else []


def reading_order(root: QWidget) -> list[QWidget]:
    """Return the widgets under ``root`` that take focus with Tab, in reading order."""
    ordered: list[QWidget] = []
    for widget in _contained(root):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and not isinstance(widget, QScrollArea | QTabWidget | QLabel):
            ordered.append(widget)
        if not isinstance(widget, QAbstractItemView | QComboBox | QAbstractSpinBox):
            ordered.extend(reading_order(widget))
    return ordered


def order_tabs(page: QWidget) -> None:
    """Make Tab visit ``page``'s widgets in reading order; tables let Tab leave them."""
    ordered = reading_order(page)
    for first, second in itertools.pairwise(ordered):
        QWidget.setTabOrder(first, second)
    for table in page.findChildren(QAbstractItemView):
        table.setTabKeyNavigation(False)


def first_input(page: QWidget) -> QWidget | None:
    """Return the first input of ``page`` (its first control if it has no input)."""
    usable = [w for w in reading_order(page) if w.isVisibleTo(page) and w.isEnabled()]
    inputs = [widget for widget in usable if isinstance(widget, INPUTS)]
    return (inputs or usable or [None])[0]


def focus_first_input(page: QWidget) -> None:
    """Put the keyboard focus on ``page``'s first input (so typed text is never lost)."""
    widget = first_input(page)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)


class EnterRuns(QObject):
    """Makes Enter on a view's combo boxes and checkboxes run the view, as it does in its inputs."""

    def __init__(self, page: ViewPage) -> None:
        super().__init__(page)
        self._page = page
        for widget in [*page.findChildren(QComboBox), *page.findChildren(QCheckBox)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Run the view on Enter (an open combo popup keeps Enter for itself)."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            popup_open = isinstance(watched, QComboBox) and watched.view().isVisible()
            if event.key() in ENTER_KEYS and not popup_open:
                self._page.run()
                return True
        return False


def prepare(page: ViewPage) -> None:
    """Make a freshly built view keyboard-friendly: Tab order, tables, Enter on choices."""
    order_tabs(page)
    EnterRuns(page)


def mnemonic(text: str) -> str:
    """Return the letter ``&`` marks in ``text`` (lower case), or '' if none."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return ""


def view_mnemonics(page: QWidget) -> list[tuple[str, str]]:
    """Return (letter, text) for every mnemonic of ``page``: buttons, checkboxes, buddy labels."""
    found: list[tuple[str, str]] = []
    for button in page.findChildren(QAbstractButton):
        if letter := mnemonic(button.text()):
            found.append((letter, button.text()))
    for label in page.findChildren(QLabel):
        if label.buddy() is not None and (letter := mnemonic(label.text())):
            found.append((letter, label.text()))
    for box in page.findChildren(QGroupBox):
        if letter := mnemonic(box.title()):
            found.append((letter, box.title()))
    for bar in page.findChildren(QTabBar):
        texts = [bar.tabText(index) for index in range(bar.count())]
        found.extend((letter, text) for text in texts if (letter := mnemonic(text)))
    return found
