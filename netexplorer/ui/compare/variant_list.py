"""The list of flag variants the comparison grid runs, which users change and which is remembered."""

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from netexplorer.core import variants
from netexplorer.core.parsing import InvalidInput
from netexplorer.core.variants import Entry, Toggle
from netexplorer.ui import settings
from netexplorer.ui.text import error_text
from netexplorer.ui.widgets import named


class VariantList(QGroupBox):
    """The flags-mode variants: each flag toggled by default, plus any flag set a user adds.

    Every change is saved through :mod:`netexplorer.ui.settings`.

    Signals:
        changed(): the list changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Variants beside the baseline"), parent)
        self.entries: list[Entry] = list(settings.compare_entries())
        self.list = QListWidget()
        named(self.list, "variantList", self.tr("Variants"))
        self.input = QLineEdit()
        named(self.input, "variantInput", self.tr("A flag set to add"))
        self.input.setPlaceholderText(self.tr("e.g. AI_ADDRCONFIG | AI_V4MAPPED, or 0"))
        self.input.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("A&dd"))
        named(self.add_button, "addVariantButton", self.tr("Add the flag set"))
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("&Remove"))
        named(self.remove_button, "removeVariantButton", self.tr("Remove the selected variant"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Defa&ults"))
        named(self.reset_button, "resetVariantsButton", self.tr("Back to one variant per flag"))
        self.reset_button.clicked.connect(self.reset)
        self.error = QLabel()
        named(self.error, "variantError", self.tr("Why the flag set was not added"))
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout = QGridLayout(self)
        layout.addWidget(self.list, 0, 0, 1, 3)
        layout.addWidget(self.input, 1, 0, 1, 3)
        layout.addWidget(self.add_button, 2, 0)
        layout.addWidget(self.remove_button, 2, 1)
        layout.addWidget(self.reset_button, 2, 2)
        layout.addWidget(self.error, 3, 0, 1, 3)
        self._show()

    def entry_text(self, entry: Entry) -> str:
        """Return how the list shows an entry."""
        if isinstance(entry, Toggle):
            return self.tr("baseline with {} toggled").format(entry.flag)
        return " | ".join(entry.names) or "0"

    def _show(self) -> None:
        self.list.clear()
        self.list.addItems([self.entry_text(entry) for entry in self.entries])

    def _changed(self) -> None:
        settings.set_compare_entries(self.entries)
        self._show()
        self.changed.emit()

    @Slot()
    def add_typed(self) -> None:
        """Add the flag set typed in the input (or say why it is not one)."""
        try:
            entry = variants.parse_flag_set(self.input.text())
        except InvalidInput as invalid:
            self.error.setText(error_text(invalid.error))
            self.error.show()
            return
        self.error.hide()
        self.input.clear()
        if entry not in self.entries and len(self.entries) < variants.MAX_ENTRIES:
            self.entries.append(entry)
            self._changed()

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected variant."""
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._changed()

    @Slot()
    def reset(self) -> None:
        """Go back to one variant per flag."""
        self.entries = list(variants.default_entries())
        self._changed()
