"""A tab page that builds its view the first time it is needed.

Building every view at start-up cost more than the first paint needs; each
view is built when its tab is first made current (or when something asks for
it: a request, the self-test).  The slot carries the view's object name, so
``tabs.findChild(QWidget, "hostTab")`` finds it at once and the view's own
widgets can be found inside it once it has been made current.
"""

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from netexplorer.ui.view import ViewPage, ViewSpec
from netexplorer.ui.workers import ResolverPool


class ViewSlot(QWidget):
    """The tab page of one view of the registry; the view itself is built on demand."""

    def __init__(
        self,
        spec: ViewSpec,
        pool: ResolverPool,
        on_built: Callable[[ViewPage], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.name)
        self.setAccessibleName(spec.name)
        self._pool = pool
        self._on_built = on_built
        self.page: ViewPage | None = None

    def ensure(self) -> ViewPage:
        """Return the view, building it first if this is the first time it is needed."""
        if self.page is None:
            self.page = self.spec.build(self._pool)
            self.page.view_name = self.spec.name
            # On a small screen (a 1024 × 600 netbook, a projector at 150 %) the view scrolls
            # instead of pushing the window past the screen or clipping its panels.
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(self.page)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(area)
            self._on_built(self.page)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        """Build the view when the slot is first shown."""
        self.ensure()
        super().showEvent(event)
