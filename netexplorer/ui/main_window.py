"""The main window: one tab per view of the registry."""

import logging
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

import netexplorer
from netexplorer.ui import gc_guard, keyboard, layouts, menus, registry, settings
from netexplorer.ui.history.dock import HistoryDock
from netexplorer.ui.theme import Theme
from netexplorer.ui.view import Request, ViewPage, ViewSpec
from netexplorer.ui.view_slot import ViewSlot
from netexplorer.ui.workers import ResolverPool
from netexplorer.ui.zoom import Zoom

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from netexplorer.ui.session_actions import SessionActions

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 760)
#: The history dock's first height in pixels (a handful of rows; the user may drag it).
DOCK_HEIGHT = 160

V = TypeVar("V", bound=ViewPage)


def app_icon() -> "QIcon":
    """Return the application icon shipped inside the package (empty if missing)."""
    from PySide6.QtGui import QIcon  # noqa: PLC0415 - set after the first paint

    icon = netexplorer.RESOURCES / "icon.png"
    if not icon.is_file():
        log.warning("application icon missing: %s", icon)
        return QIcon()
    return QIcon(str(icon))


class MainWindow(QMainWindow):
    """The window: one tab per view in :data:`netexplorer.ui.registry.VIEWS`, in order.

    What the first paint does not need waits until just after it: the history's
    contents and the session's commands (:attr:`sessions`, built at once when
    asked for before).

    Signals:
        viewBuilt(ViewPage): a view was built (views are built when first shown).
        setupFinished(): the window is complete, just after its first paint.
    """

    viewBuilt = Signal(object)
    setupFinished = Signal()
    #: The menus the session's commands join (built by :func:`netexplorer.ui.menus.build`).
    file_menu: QMenu
    view_menu: QMenu
    settings_menu: QMenu
    examples_menu: QMenu
    help_menu: QMenu
    quit_action: QAction

    def __init__(self, pool: ResolverPool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        gc_guard.install()
        self.setWindowTitle(self.tr("netexplorer — names, addresses and sockets"))
        self.pool = pool or ResolverPool(parent=self)

        # Colours and font size first: set before the widgets exist, they cost nothing to spread.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = Theme(app, self)
        self.zoom = Zoom(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.slots = [ViewSlot(spec, self.pool, self._view_built) for spec in registry.VIEWS]
        for slot in self.slots:
            self.tabs.addTab(slot, QCoreApplication.translate("MainWindow", slot.spec.title))
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.currentChanged.connect(self._view_changed)
        self.setCentralWidget(self.tabs)
        menus.build(self)
        self.history_dock = HistoryDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.resizeDocks([self.history_dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        self._sessions: SessionActions | None = None
        self._painted = False
        #: Whether the window is complete (``setupFinished`` was emitted).
        self.set_up = False

        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self.fit_to_screen()

    @property
    def sessions(self) -> "SessionActions":
        """Return the history and session commands, building them if the window has not yet."""
        return self._sessions or self._complete()

    def _complete(self) -> "SessionActions":
        """Make what the first paint did not need; return the session's commands.

        That is the menus' commands and keys, the history's panel and the session's
        commands, the examples, and the window's icon (the first paint shows the
        program's own, the bundle's).
        """
        self.setWindowIcon(app_icon())
        # after the first paint, so imported here
        from netexplorer.ui import examples  # noqa: PLC0415
        from netexplorer.ui.session_actions import SessionActions  # noqa: PLC0415

        menus.fill(self)
        self._sessions = SessionActions(self)
        examples.fill_menu(self.examples_menu, self.carry_out)
        return self._sessions

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, build what it did not need."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._finish_setup)

    @Slot()
    def _finish_setup(self) -> None:
        if self._sessions is None:
            self._complete()
        self.set_up = True
        self.setupFinished.emit()

    @Slot()
    def show_about(self) -> None:
        """Show what netexplorer is for and the versions a bug report needs."""
        from netexplorer.ui import help  # noqa: PLC0415 - not needed before the first paint

        help.about(self).show()

    @Slot()
    def show_quick_start(self) -> None:
        """Show the quick start at the current view's page (also opened on the very first start)."""
        from netexplorer.ui import help  # noqa: PLC0415 - not needed before the first paint

        help.quick_start(self, self.tabs.currentIndex()).show()
        settings.set_quick_start_shown()

    @Slot()
    def show_shortcuts(self) -> None:
        """Show every keyboard shortcut of the window, each once.

        A widget's own shortcuts (each table's Copy rows) are left to the dialog's
        fixed rows, which name them once.
        """
        rows = list(
            dict.fromkeys(
                (action.text(), action.shortcut().toString())
                for action in self.findChildren(QAction)
                if not action.shortcut().isEmpty()
                and action.text()
                and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
            )
        )
        from netexplorer.ui import help  # noqa: PLC0415 - not needed before the first paint

        help.shortcuts(self, rows).show()

    def step_view(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) view, wrapping around."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    @Slot()
    def stop_current(self) -> None:
        """Abandon what the current view is waiting for (Esc)."""
        self.current_view().stop()

    def _view_changed(self, index: int) -> None:
        keyboard.focus_first_input(self.slots[index].ensure())

    def showEvent(self, event: QShowEvent) -> None:
        """Put the focus on the first view's first input when the window appears."""
        super().showEvent(event)
        keyboard.focus_first_input(self.current_view())

    @Slot()
    def ask_deadline(self) -> None:
        """Let the user choose how long a lookup may take before it is reported timed out."""
        seconds, accepted = QInputDialog.getInt(
            self,
            self.tr("Lookup deadline"),
            self.tr("Report a lookup as timed out after this many seconds:"),
            settings.lookup_deadline_ms() // 1000,
            1,
            settings.MAX_DEADLINE_MS // 1000,
        )
        if accepted:
            settings.set_lookup_deadline_ms(seconds * 1000)

    def fit_to_screen(self) -> None:
        """Shrink and move the window inside its screen's available area.

        Restored geometry may come from a bigger screen, or from a window an
        earlier version let grow past the screen.
        """
        area = self.screen().availableGeometry()
        width, height = min(self.width(), area.width()), min(self.height(), area.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), area.left()), area.right() + 1 - width)
        y = min(max(self.y(), area.top()), area.bottom() + 1 - height)
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    def _view_built(self, page: ViewPage) -> None:
        page.navigate.connect(self.carry_out)
        keyboard.prepare(page)
        layouts.prepare(page)
        self.zoom.apply(page)
        self.viewBuilt.emit(page)
        if self._sessions is None and not self.isVisible():
            self._complete()  # no first paint to wait for: this view's actions count now

    @property
    def views(self) -> list[tuple[ViewSpec, ViewPage]]:
        """Return every view of the registry with its page, building those not built yet."""
        return [(slot.spec, slot.ensure()) for slot in self.slots]

    def built_views(self) -> list[ViewPage]:
        """Return the pages of the views built so far."""
        return [slot.page for slot in self.slots if slot.page is not None]

    def view(self, kind: type[V]) -> V:
        """Return the page of the view whose class is ``kind`` (built if need be)."""
        for slot in self.slots:
            build = slot.spec.build
            if isinstance(build, type) and issubclass(build, kind):
                page = slot.ensure()
                assert isinstance(page, kind)
                return page
        raise LookupError(f"no view of class {kind.__name__}")

    def view_named(self, name: str) -> ViewPage:
        """Return the page of the view whose object name is ``name`` (built if need be)."""
        return self.slot_named(name).ensure()

    def slot_named(self, name: str) -> ViewSlot:
        """Return the tab page of the view whose object name is ``name``."""
        for slot in self.slots:
            if slot.spec.name == name:
                return slot
        raise LookupError(f"no view named {name}")

    def show_view(self, page: ViewPage) -> None:
        """Make the view whose page is ``page`` the current tab."""
        slot = next(slot for slot in self.slots if slot.page is page)
        self.tabs.setCurrentWidget(slot)

    def current_view(self) -> ViewPage:
        """Return the page of the current tab's view."""
        return self.slots[self.tabs.currentIndex()].ensure()

    @Slot(object)
    def carry_out(self, request: Request) -> None:
        """Show the view a request names and hand the request to it."""
        slot = self.slot_named(request.target)
        self.tabs.setCurrentWidget(slot)
        slot.ensure().handle(request)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry, keep the session and shut every view down."""
        settings.save_window_geometry(self.saveGeometry())
        if self._sessions is not None:
            self._sessions.save_last()
        for page in self.built_views():
            layouts.save(page)
        for page in self.built_views():
            page.shutdown()
        super().closeEvent(event)
