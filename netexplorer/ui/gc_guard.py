"""Python's cyclic garbage collector runs on the GUI thread only.

Any thread that allocates can trigger a collection; a cycle that holds a Qt
object is then finalised on that thread — a resolver worker, or a test's DNS
server — and deleting a Qt object outside its own thread can crash the
process (it did, in the DNS lab).  So automatic collection is switched off
and the GUI thread collects on a timer, generation by generation, with the
interpreter's own thresholds.
"""

import gc
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger(__name__)

#: How often the GUI thread checks whether a collection is due.
CHECK_MS = 500
#: The application's property that says the collector is installed.
INSTALLED = "netexplorer_gc_guard"


class MainThreadCollector(QObject):
    """Collects garbage on the GUI thread when the interpreter's thresholds say so."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def install() -> None:
    """Start the GUI-thread collector once per application (later calls do nothing)."""
    app = QCoreApplication.instance()
    # a property, not findChild: that would wrap every child of the application
    if app is None or app.property(INSTALLED):
        return
    MainThreadCollector(app)
    app.setProperty(INSTALLED, True)
    log.debug("cyclic garbage collection moved to the GUI thread")
