"""Help: the quick start (one page per view), the keyboard shortcuts, and About.

About lists the versions a bug report needs (netexplorer, Python, Qt,
PySide6) as selectable text with a button that copies them.
"""

import platform
import sys
from collections.abc import Sequence

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import netexplorer
from netexplorer.ui.i18n import LRI, PDI
from netexplorer.ui.registry import VIEWS
from netexplorer.ui.widgets import named


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def versions() -> str:
    """Return the versions a bug report needs, one per line."""
    return "\n".join(
        [
            f"netexplorer {netexplorer.__version__}",
            f"Python {sys.version.split()[0]}",
            f"Qt {qVersion()}",
            f"PySide6 {PySide6.__version__}",
            f"{platform.system()} {platform.release()}",
        ]
    )


def _dialog(parent: QWidget, name: str, title: str) -> tuple[QDialog, QVBoxLayout]:
    dialog = QDialog(parent)
    named(dialog, name, title)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    return dialog, layout


def _close_buttons(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def quick_start(parent: QWidget, first: int = 0) -> QDialog:
    """Return the quick start: a list of the views and, beside it, what each shows and what to try."""
    dialog, layout = _dialog(parent, "quickStartDialog", _tr("Quick start"))
    pages = QListWidget()
    named(pages, "quickStartList", _tr("Views"))
    text = QStackedWidget()
    for spec in VIEWS:
        title = QCoreApplication.translate("MainWindow", spec.title).replace("&", "")
        pages.addItem(title)
        page = QTextBrowser()
        page.setPlainText(
            title + "\n\n" + QCoreApplication.translate("QuickStart", spec.quick_start)
        )
        text.addWidget(page)
    pages.currentRowChanged.connect(text.setCurrentIndex)
    pages.setCurrentRow(first)
    pages.setMaximumWidth(pages.sizeHintForColumn(0) + 4 * pages.frameWidth() + 24)
    row = QHBoxLayout()
    row.addWidget(pages)
    row.addWidget(text, 1)
    layout.addLayout(row)
    _close_buttons(dialog, layout)
    dialog.resize(720, 420)
    return dialog


def shortcuts(parent: QWidget, actions: Sequence[tuple[str, str]]) -> QDialog:
    """Return the table of keyboard shortcuts: the window's actions, then the keys every view knows.

    ``actions`` are (text, keys in ``QKeySequence.toString()`` form).  Keys are shown
    left to right in any layout ("Ctrl++", not "++Ctrl").
    """
    dialog, layout = _dialog(parent, "shortcutsDialog", _tr("Keyboard shortcuts"))
    native = QKeySequence.SequenceFormat.NativeText
    rows = [
        *((text, QKeySequence(keys).toString(native)) for text, keys in actions),
        (_tr("Next / previous control"), "Tab / Shift+Tab"),
        (_tr("Run the view (in an input, a list or a checkbox)"), "Enter"),
        (_tr("Go to the control whose label has the underlined letter"), "Alt+letter"),
        (
            _tr("Copy the selected rows"),
            QKeySequence(QKeySequence.StandardKey.Copy).toString(native),
        ),
        (_tr("Zoom with the mouse"), "Ctrl+wheel"),
    ]
    table = QTableWidget(len(rows), 2)
    named(table, "shortcutsTable", _tr("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([_tr("What"), _tr("Keys")])
    table.setTabKeyNavigation(False)
    for number, (what, keys) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(what.replace("&", "")))
        table.setItem(number, 1, QTableWidgetItem(f"{LRI}{keys}{PDI}"))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(table)
    _close_buttons(dialog, layout)
    dialog.resize(640, 420)
    return dialog


def about(parent: QWidget) -> QDialog:
    """Return About: what netexplorer is for, and the versions with a Copy button."""
    dialog, layout = _dialog(parent, "aboutDialog", _tr("About netexplorer"))
    intro = QLabel(
        _tr(
            "Shows what Python's socket module really returns when a computer turns names "
            "into addresses and addresses into sockets."
        )
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    details = QLabel(versions())
    named(details, "versionsLabel", _tr("Versions"))
    details.setTextFormat(Qt.TextFormat.PlainText)
    details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    layout.addWidget(details)
    buttons = _close_buttons(dialog, layout)
    copy = QPushButton(_tr("&Copy versions"))
    named(copy, "copyVersionsButton", _tr("Copy versions"))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(versions()))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    return dialog
