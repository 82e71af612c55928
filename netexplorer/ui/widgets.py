"""Small widgets and helpers shared by several views."""

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netexplorer.core import flags
from netexplorer.core.results import Symbol
from netexplorer.ui.text import core_text

CODE_LINES = 3
#: The code view grows with its code up to this many lines, then scrolls.
MAX_CODE_LINES = 14


def named(widget: QWidget, name: str, accessible: str = "") -> None:
    """Give a widget its automation name (docs/automation.md) and an accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)


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


def scrolling(widget: QWidget) -> QScrollArea:
    """Return ``widget`` in a frameless scroll area: on a small screen it scrolls, not clips."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class CodeEditor(QPlainTextEdit):
    """A read-only editor whose preferred height is that of its code (3 to 14 lines)."""

    def needed_height(self) -> int:
        """Return the height that shows every line of the code, within 3 and 14 lines."""
        lines = min(MAX_CODE_LINES, max(CODE_LINES, self.blockCount()))
        frame = 2 * self.frameWidth() + 2 * round(self.document().documentMargin())
        return lines * self.fontMetrics().lineSpacing() + frame + 2

    def sizeHint(self) -> QSize:
        """Prefer the height of the code, so the results keep the rest of the view."""
        return QSize(super().sizeHint().width(), self.needed_height())


class CodeView(QWidget):
    """A read-only monospaced view of Python code, with a caption and a Copy button."""

    def __init__(
        self,
        caption: str,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        name: str = "codeView",
        copy_name: str = "copyCodeButton",
        copy_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.editor = CodeEditor()
        named(self.editor, name, self.tr("Python code"))
        self.editor.setReadOnly(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlaceholderText(placeholder)
        # Code reads left to right in every language.
        self.editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.editor.textChanged.connect(self.fit_height)
        self.editor.installEventFilter(self)
        self.fit_height()
        copy = QPushButton(copy_text or self.tr("&Copy code"))
        named(copy, copy_name, self.tr("Copy code"))
        self.copy_button = copy
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.editor.toPlainText()))
        header = QHBoxLayout()
        header.addWidget(QLabel(caption))
        header.addStretch(1)
        header.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.editor)

    def fit_height(self) -> None:
        """Ask the layout for the height the code needs (3 to 14 lines); beyond, it scrolls."""
        lines = self.editor.fontMetrics().lineSpacing()
        frame = 2 * self.editor.frameWidth() + 2 * round(self.editor.document().documentMargin())
        self.editor.setMinimumHeight(CODE_LINES * lines + frame + 2)
        self.editor.setMaximumHeight(self.editor.needed_height())
        self.editor.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the height again when the editor's font changes (zoom)."""
        if watched is self.editor and event.type() == QEvent.Type.FontChange:
            self.fit_height()
        return False
