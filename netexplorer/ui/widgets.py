"""Small widgets and helpers shared by several views."""

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

CODE_LINES = 3
#: The code view grows with its code up to this many lines, then scrolls.
MAX_CODE_LINES = 14


def text_action(parent: QObject, text: str) -> QAction:
    """Return an action with ``text``, made so that the first paint stays cheap.

    ``QAction(text, parent)`` makes PySide look at the constructor taking an icon,
    which builds Qt's icon enumerations (ThemeIcon has 151 members);
    ``QAction(parent)`` then ``setText`` does not.
    """
    action = QAction(parent)
    action.setText(text)
    return action


def named(widget: QWidget, name: str, accessible: str = "") -> None:
    """Give a widget its automation name (docs/automation.md) and an accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)


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
