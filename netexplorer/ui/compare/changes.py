"""``changesLabel``: what changed in the arguments and in the answer."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from netexplorer.core.diff import Changes
from netexplorer.ui.text import core_text, show_text
from netexplorer.ui.widgets import named


class ChangesLabel(QLabel):
    """Says what changed: "AI_PASSIVE turned on: +2 rows, −2 rows (loopback → wildcard)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "changesLabel", self.tr("What changed"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Each answer is compared with the previous one."))

    def show_changes(self, changes: Changes | None, *, pinned: bool) -> None:
        """Say what ``changes`` hold (``None``: the first answer, with nothing to compare)."""
        self.setText(self.describe(changes, pinned=pinned))

    def describe(self, changes: Changes | None, *, pinned: bool) -> str:
        """Return the sentence for ``changes``."""
        if changes is None:
            return self.tr("First answer: the next one will be compared with it.")
        arguments = ", ".join(show_text(text) for text in changes.arguments)
        sentence = self.tr("{}: {}").format(
            arguments or self.tr("Same arguments"), self._answer(changes)
        )
        if pinned:
            return self.tr("Against the pinned answer: {}").format(sentence)
        return sentence

    def _answer(self, changes: Changes) -> str:
        if changes.error_after:
            if changes.error_before == changes.error_after:
                return self.tr("still fails with {}").format(changes.error_after)
            return self.tr("now fails with {}").format(changes.error_after)
        added, removed = changes.added, len(changes.removed)
        if changes.error_before:
            rows = self.tr("%n row(s)", "", added)
            return self.tr("was {}, now {}").format(changes.error_before, rows)
        if not added and not removed:
            return self.tr("same answer")
        text = self.tr("+{}, −{}").format(
            self.tr("%n row(s)", "", added), self.tr("%n row(s)", "", removed)
        )
        before = ", ".join(core_text(kind) for kind in changes.kinds_before)
        after = ", ".join(core_text(kind) for kind in changes.kinds_after)
        if before and after and before != after:
            text += f" ({before} → {after})"
        return text
