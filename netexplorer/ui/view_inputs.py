"""A view's inputs as plain data: read from and written back to its named input widgets.

Line edits give their text, combo boxes their current item's text, check
boxes whether they are ticked; each under the widget's object name
(docs/automation.md).  Writing back is forgiving: a name the view does not
have is ignored, and a value of the wrong kind, or a combo item that does not
exist here (a constant another system defines), gives the input its default.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLayout, QLineEdit, QWidget

if TYPE_CHECKING:
    from netexplorer.core.session import Inputs

INPUT_KINDS = (QLineEdit, QComboBox, QCheckBox)


def input_widgets(widgets: Iterable[QWidget]) -> dict[str, QWidget]:
    """Return the named inputs among ``widgets`` and their children, by object name."""
    found: dict[str, QWidget] = {}
    for widget in widgets:
        for candidate in [widget, *widget.findChildren(QWidget)]:
            if isinstance(candidate, INPUT_KINDS) and candidate.objectName():
                found.setdefault(candidate.objectName(), candidate)
    return found


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """Return the widgets a layout holds, in its nested layouts too."""
    widgets: list[QWidget] = []
    for number in range(layout.count()):
        item = layout.itemAt(number)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            widgets.append(widget)
        elif inner is not None:
            widgets.extend(layout_widgets(inner))
    return widgets


def read_inputs(widgets: dict[str, QWidget]) -> Inputs:
    """Return each input's value: text, current item text, or ticked."""
    inputs: Inputs = {}
    for name, widget in widgets.items():
        if isinstance(widget, QLineEdit):
            inputs[name] = widget.text()
        elif isinstance(widget, QComboBox):
            inputs[name] = widget.currentText()
        elif isinstance(widget, QCheckBox):
            inputs[name] = widget.isChecked()
    return inputs


def write_inputs(widgets: dict[str, QWidget], inputs: Inputs) -> None:
    """Make the inputs hold the stored state; what is missing or unusable gets its default.

    A name missing from ``inputs`` (or holding a value of the wrong kind) empties
    a line edit, chooses a combo box's first item and clears a check box, so a
    stored state is complete: no flag of an earlier lookup stays ticked.  A combo
    box that is disabled (a choice locked while something runs) is left alone.
    """
    for name, widget in widgets.items():
        value = inputs.get(name)
        if isinstance(widget, QLineEdit):
            widget.setText(value[: widget.maxLength()] if isinstance(value, str) else "")
        elif isinstance(widget, QComboBox) and widget.isEnabled():
            index = widget.findText(value) if isinstance(value, str) else -1
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value is True)
