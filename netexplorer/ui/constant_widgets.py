"""Widgets for the socket module's constants: a combo box of constants, a grid of flags.

Each item and box is named after its constant and explains it in a tooltip.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from netexplorer.core import flags
from netexplorer.core.results import Symbol
from netexplorer.ui.text import core_text
from netexplorer.ui.widgets import named


def constant_combo(
    name: str, accessible: str, constants: tuple[flags.Constant, ...], zero_tip: str = ""
) -> QComboBox:
    """Make a combo whose item texts are constant names (and "0" first with ``zero_tip``).

    Each item's data is the constant's value and its tooltip the constant's explanation.
    """
    combo = QComboBox()
    named(combo, name, accessible)
    if zero_tip:
        combo.addItem("0", 0)
        combo.setItemData(0, zero_tip, Qt.ItemDataRole.ToolTipRole)
    for constant in constants:
        combo.addItem(constant.name, constant.value)
        combo.setItemData(
            combo.count() - 1, core_text(constant.explanation), Qt.ItemDataRole.ToolTipRole
        )
    return combo


def combo_symbol(combo: QComboBox) -> Symbol:
    """Return the combo's constant as an argument (``0`` stays a plain zero)."""
    name = combo.currentText()
    return flags.ZERO if name == "0" else flags.symbol(name)


class FlagGrid(QWidget):
    """One checkbox per single-bit flag of a flag table, named after the constant."""

    def __init__(
        self, constants: tuple[flags.Constant, ...], columns: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, constant in enumerate(constants):
            box = QCheckBox(constant.name)
            named(box, constant.name)
            box.setToolTip(core_text(constant.explanation))
            grid.addWidget(box, number // columns, number % columns)
            self.boxes[constant.name] = box
        grid.setColumnStretch(columns, 1)

    def chosen(self) -> tuple[str, ...]:
        """Return the names of the ticked flags, in table order."""
        return tuple(name for name, box in self.boxes.items() if box.isChecked())

    def symbol(self) -> Symbol:
        """Return the ticked flags OR-ed together, as an argument (``0`` when none)."""
        return flags.symbol(*self.chosen())
