"""The lab session in the window: history dock, save and open, export, report, the last session.

:class:`SessionActions` connects every view of the registry to the history
(``actionRecorded``), shows a chosen entry again in its view
(``show_stored``) or runs it again (``replay``), and carries the File, View,
Settings and Help commands of the issue "Lab sessions".  Files are chosen
with ``QFileDialog.getSaveFileName`` / ``getOpenFileName``; every write is
atomic.  The session is kept in the application's data folder when the
window closes (and every :data:`AUTOSAVE_MS` while it changes), and offered
at the next start, never loaded without asking.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

import netexplorer
from netexplorer.core import export, machine, session_read
from netexplorer.core.session import (
    EXERCISE,
    SESSION,
    SUFFIX,
    HistoryEntry,
    Session,
    now,
)
from netexplorer.core.session_read import SessionError
from netexplorer.core.session_write import remove_stale_temporaries, write_atomic, write_session
from netexplorer.ui import report, settings
from netexplorer.ui.history.model import HistoryModel
from netexplorer.ui.history.panel import HistoryPanel
from netexplorer.ui.text import core_text
from netexplorer.ui.view import ViewPage

if TYPE_CHECKING:
    from netexplorer.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often a changed session is kept in the data folder.
AUTOSAVE_MS = 60_000
LAST_SESSION = "last-session" + SUFFIX
STATUS_MS = 8_000


def last_session_path() -> Path:
    """Return where the last session is kept between runs."""
    return settings.data_dir() / LAST_SESSION


def lecture_exercise() -> Session:
    """Return the built-in exercise made of the lecture's calls."""
    data = netexplorer.RESOURCES / "exercises" / "lecture.netexplorer.json"
    return session_read.loads(data.read_bytes())


def _action(parent: QObject, text: str, name: str, slot: object) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action


class SessionActions(QObject):
    """The window's history and session commands (see the module's description)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        titles = {
            slot.spec.name: QCoreApplication.translate("MainWindow", slot.spec.title).replace(
                "&", ""
            )
            for slot in window.slots
        }
        self.model = HistoryModel(titles, settings.history_limit(), self)
        self.dock = window.history_dock
        self.panel = HistoryPanel(self.model)
        self.dock.setWidget(self.panel)
        # views are built when first shown: each takes part from then on
        for page in window.built_views():
            self._take_part(page)
        window.viewBuilt.connect(self._take_part)
        self.panel.entryChosen.connect(self.show_entry)
        self.panel.runAgain.connect(self.run_again)
        self.model.changed.connect(self._changed)
        self.path: Path | None = None
        self.title = ""
        self.dirty = False
        #: Whether the session is kept for the next start (not a self-test's lookups).
        self.keep_last = True
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._build_actions()

    def _build_actions(self) -> None:
        window = self.window
        self.open_action = _action(self, self.tr("&Open session…"), "openSessionAction", self.open)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.save_action = _action(self, self.tr("&Save session…"), "saveSessionAction", self.save)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.export_action = _action(
            self, self.tr("&Export results…"), "exportResultsAction", self.export_results
        )
        self.report_action = _action(
            self, self.tr("Save lab &report…"), "saveReportAction", self.save_report
        )
        menu = window.file_menu
        before = window.quit_action
        menu.insertActions(before, [self.open_action, self.save_action])
        menu.insertSeparator(before)
        menu.insertActions(before, [self.export_action, self.report_action])
        menu.insertSeparator(before)
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&History"))
        window.view_menu.addAction(toggle)
        limit = QAction(self.tr("&History size…"), self)
        limit.triggered.connect(self.ask_history_limit)
        window.settings_menu.addAction(limit)
        lecture = QAction(self.tr("&Lecture exercise"), self)
        lecture.triggered.connect(self.open_lecture)
        window.help_menu.insertAction(window.help_menu.actions()[0], lecture)

    # The history ---------------------------------------------------------------------

    @Slot(object)
    def _take_part(self, page: ViewPage) -> None:
        page.actionRecorded.connect(self.model.add)

    def _page(self, entry: HistoryEntry) -> ViewPage | None:
        try:
            return self.window.view_named(entry.view)
        except LookupError:
            self.say(self.tr("This entry is of a view this netexplorer does not have."))
            return None

    @Slot(object)
    def show_entry(self, entry: HistoryEntry) -> None:
        """Show a chosen entry again in its view; a step to do becomes the active one."""
        page = self._page(entry)
        if page is None:
            return
        self.window.show_view(page)
        self.model.active = entry if entry.todo else None
        if not page.show_stored(entry):
            self.say(self.tr("Inputs restored; this view cannot show a stored answer here."))

    @Slot(object)
    def run_again(self, entry: HistoryEntry) -> None:
        """Run a chosen entry's action again (a step to do is filled in by the answer)."""
        page = self._page(entry)
        if page is None:
            return
        self.window.show_view(page)
        self.model.active = entry if entry.todo else None
        if not page.replay(entry):
            self.model.active = None
            self.say(self.tr("This view cannot run a stored entry again."))

    @Slot()
    def _changed(self) -> None:
        self.dirty = True

    @Slot()
    def ask_history_limit(self) -> None:
        """Let the user choose how many entries the history keeps."""
        limit, accepted = QInputDialog.getInt(
            self.window,
            self.tr("History size"),
            self.tr("Keep this many history entries (older ones are counted, not kept):"),
            self.model.limit,
            settings.MIN_HISTORY_LIMIT,
            settings.MAX_HISTORY_LIMIT,
        )
        if accepted:
            settings.set_history_limit(limit)
            self.model.set_limit(settings.history_limit())

    # Sessions -----------------------------------------------------------------------

    def current(self) -> Session:
        """Return the session on screen now: history, every view's inputs, this machine."""
        history = self.model.entries()
        return Session(
            kind=EXERCISE if any(entry.todo for entry in history) else SESSION,
            title=self.title,
            saved=now(),
            student=settings.student_name(),
            context=machine.context(qVersion()),
            views={page.view_name: page.inputs() for page in self.window.built_views()},
            history=history,
            dropped=self.model.dropped,
        )

    def apply(self, session: Session, path: Path | None) -> None:
        """Show a session that has been read and checked: its history and its inputs."""
        self.model.replace(session.history, session.dropped)
        known = {slot.spec.name for slot in self.window.slots}
        for name, inputs in session.views.items():
            if name in known:
                self.window.view_named(name).set_inputs(inputs)
        self.title = session.title
        self.path = path
        todo = self.model.todo_count()
        if todo:
            self.say(
                self.tr(
                    "%n step(s) to do: choose one in the history, then Look up or Run again.",
                    "",
                    todo,
                )
            )

    def open_file(self, path: Path) -> bool:
        """Open a session or exercise file; a bad one is explained and changes nothing."""
        try:
            opened = session_read.read(path)
        except SessionError as error:
            self.warn(self.tr("Could not open {}").format(path.name), error.text(core_text))
            return False
        self.apply(opened, path)
        return True

    @Slot()
    def open(self) -> None:
        """Ask for a session or exercise file and open it."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a session or exercise"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("netexplorer sessions (*{});;All files (*)").format(SUFFIX),
        )
        if name:
            self.open_file(Path(name))

    @Slot()
    def open_lecture(self) -> None:
        """Open the built-in lecture exercise."""
        self.apply(lecture_exercise(), None)

    @Slot()
    def save(self) -> None:
        """Ask where, then write the session file."""
        default = self.path or Path.home() / ("session" + SUFFIX)
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the session"),
            str(default),
            self.tr("netexplorer sessions (*{})").format(SUFFIX),
        )
        if not name:
            return
        path = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
        try:
            write_session(path, self.current())
        except OSError as exc:
            self.warn(self.tr("Could not save {}").format(path.name), exc.strerror or str(exc))
            return
        self.path = path
        self.say(self.tr("Session saved to {}.").format(path))

    @Slot()
    def autosave(self) -> None:
        """Keep the session in the data folder if it changed since it was last kept."""
        if not self.dirty or self.model.rowCount() == 0:
            return
        path = last_session_path()
        try:
            write_session(path, self.current())
        except OSError as exc:
            log.warning("could not keep the last session in %s: %s", path, exc)
            return
        self.dirty = False

    def offer_last(self) -> None:
        """Offer the session kept when the window last closed ("Continue where you left off?")."""
        path = last_session_path()
        remove_stale_temporaries(path)
        if not path.is_file():
            return
        try:
            last = session_read.read(path)
        except SessionError as error:
            log.warning("the last session in %s cannot be opened: %s", path, error.text())
            return
        if not last.history:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Continue where you left off?"),
            self.tr(
                "netexplorer kept your last session (%n action(s)) when it closed. "
                "Continue where you left off?",
                "",
                len(last.history),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(last, None)

    # Export and report ------------------------------------------------------------------

    @Slot()
    def export_results(self) -> None:
        """Export the current view's table as CSV, JSON or Markdown (by the file's suffix)."""
        table = self.window.current_view().export_table()
        if table is None or not table.rows:
            self.say(self.tr("This view shows no results to export."))
            return
        filters = {
            self.tr("CSV for spreadsheets (*.csv)"): ".csv",
            self.tr("JSON (*.json)"): ".json",
            self.tr("Markdown (*.md)"): ".md",
        }
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export results"), str(Path.home() / "results.csv"),
            ";;".join(filters),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        if export.format_of(path) is None:
            path = path.with_name(path.name + filters.get(chosen, ".csv"))
        self._write(path, lambda: write_atomic(path, export.export(table, path)))

    @Slot()
    def save_report(self) -> None:
        """Write the lab report (HTML or PDF by suffix), asking the student's name once."""
        if not settings.student_name():
            name, accepted = QInputDialog.getText(
                self.window, self.tr("Student name"), self.tr("Your name, for the lab report:")
            )
            if not accepted:
                return
            settings.set_student_name(name.strip())
        filters = {self.tr("PDF (*.pdf)"): ".pdf", self.tr("HTML (*.html)"): ".html"}
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the lab report"), str(Path.home() / "lab-report.pdf"),
            ";;".join(filters),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in report.SUFFIXES:
            path = path.with_name(path.name + filters.get(chosen, ".pdf"))
        session = self.current()
        self._write(path, lambda: report.write_report(session, path))

    def _write(self, path: Path, write: Callable[[], None]) -> None:
        """Write a file, saying where it went or why it could not be written."""
        try:
            write()
        except OSError as exc:
            self.warn(self.tr("Could not write {}").format(path.name), exc.strerror or str(exc))
            return
        self.say(self.tr("Written to {}.").format(path))

    # Telling the user ---------------------------------------------------------------

    def say(self, text: str) -> None:
        """Show a short message in the status bar."""
        self.window.statusBar().showMessage(text, STATUS_MS)

    def warn(self, title: str, text: str) -> None:
        """Show why something could not be done."""
        QMessageBox.warning(self.window, title, text)

    def save_last(self) -> None:
        """Keep the session now (the window is closing)."""
        self.autosave_timer.stop()
        if self.keep_last:
            self.autosave()

    def forget_this_session(self) -> None:
        """Never keep this window's session as the last one (``--self-test``, screenshots)."""
        self.keep_last = False
        self.autosave_timer.stop()
