"""The panel beside a lookup view's status line: what an error means, and why it happened here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from netexplorer.core.results import ExplainedError, InternalError
from netexplorer.core.text import Text
from netexplorer.ui import settings
from netexplorer.ui.text import core_text, internal_error_text, show_text
from netexplorer.ui.widgets import named
from netexplorer.ui.workers import Job, ResolverPool

if TYPE_CHECKING:
    from netexplorer.core.diagnosis import Diagnosis


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPanel", text)


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    named(label, name, accessible)
    label.setWordWrap(True)  # long messages wrap; nothing is cut off
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ErrorPanel(QFrame):
    """The explanation of an error, and a diagnosis made by trying neighbouring calls.

    The diagnosis runs on the resolver pool; a new error or :meth:`clear`
    abandons the one still running.

    Signals:
        diagnosed(): the diagnosis finished, failed or was abandoned.
    """

    diagnosed = Signal()

    def __init__(self, pool: ResolverPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "errorPanel", _tr("About the error"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pool = pool
        self._job: Job[tuple[Text, ...]] | None = None
        self.explanation = _label("errorExplanation", _tr("What the error means"))
        self.diagnosis = _label("diagnosisLabel", _tr("Diagnosis"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.diagnosis)
        self.hide()

    @property
    def diagnosing(self) -> bool:
        """Tell whether the neighbouring calls are still being tried."""
        return self._job is not None

    def show_error(self, error: ExplainedError, diagnosis: Diagnosis | None) -> None:
        """Explain ``error``; start ``diagnosis`` in the background if there is one."""
        self.abandon()
        parts = [core_text(error.explanation), core_text(error.cause)]
        self.explanation.setText(" ".join(part for part in parts if part))
        self.diagnosis.setVisible(diagnosis is not None)
        self.setEnabled(True)
        self.show()
        if diagnosis is None:
            self.diagnosis.clear()
            return
        if not diagnosis.tries:  # nothing to try: the rule reads the error alone
            self._show_diagnosis(diagnosis.run())
            return
        self.diagnosis.setText(_tr("Diagnosis: trying the neighbouring variants…"))
        deadline = settings.lookup_deadline_ms()
        self._job = self.pool.submit(diagnosis.run, deadline).then(
            self._diagnosed, self._failed, self._timed_out
        )

    def clear(self) -> None:
        """Hide the panel and stop waiting for a diagnosis."""
        self.abandon()
        self.hide()

    def abandon(self) -> None:
        """Stop waiting for the diagnosis still running, if any."""
        if self._job is not None:
            self.pool.abandon(self._job)
            self._job = None
            self.diagnosed.emit()

    @Slot(object)
    def _diagnosed(self, texts: tuple[Text, ...]) -> None:
        self._job = None
        self._show_diagnosis(texts)

    def _show_diagnosis(self, texts: tuple[Text, ...]) -> None:
        sentence = " ".join(show_text(text) for text in texts)
        self.diagnosis.setText(_tr("Diagnosis: {}").format(sentence))
        self.diagnosed.emit()

    @Slot(object)
    def _failed(self, error: InternalError) -> None:
        self._job = None
        self.diagnosis.setText(internal_error_text(error))
        self.diagnosed.emit()

    @Slot(bool)
    def _timed_out(self, started: bool) -> None:
        del started  # either way no neighbour answered in time
        self._job = None
        self.diagnosis.setText(
            _tr("Diagnosis: the neighbouring variants did not answer in time either.")
        )
        self.diagnosed.emit()
