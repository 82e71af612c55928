"""Watching a lookup view's inputs, to keep the answer on screen honest about them."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

InputState = tuple[object, ...]


class InputWatch(QObject):
    """The inputs of one view: text typed, and choices made in combo boxes and checkboxes.

    Typing and choosing are told apart because they are treated differently:
    a choice re-runs the lookup at once, typing only marks the answer stale.

    Signals:
        textChanged(): the text of a watched line edit changed.
        choiceChanged(): a watched combo box or checkbox changed.
    """

    textChanged = Signal()
    choiceChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: list[QLineEdit] = []
        self._choices: list[QComboBox | QCheckBox] = []

    def add_text(self, edit: QLineEdit) -> None:
        """Watch a line edit."""
        self._texts.append(edit)
        edit.textChanged.connect(self.textChanged)

    def add_choice(self, widget: QComboBox | QCheckBox) -> None:
        """Watch a combo box or a checkbox."""
        self._choices.append(widget)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.choiceChanged)
        else:
            widget.toggled.connect(self.choiceChanged)

    def texts(self) -> InputState:
        """Return the text of every watched line edit."""
        return tuple(edit.text() for edit in self._texts)

    def state(self) -> InputState:
        """Return every watched value: texts, then each choice."""
        choices = tuple(
            widget.currentText() if isinstance(widget, QComboBox) else widget.isChecked()
            for widget in self._choices
        )
        return self.texts() + choices
