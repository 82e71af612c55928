"""Views on small screens: splitters that keep sensible minimums and remember their sizes.

Each view sits in a scroll area (:mod:`netexplorer.ui.view_slot`), so a view
that cannot shrink further scrolls instead of pushing the window off screen;
its splitters never collapse a pane, and their positions are saved under
the view's and splitter's names when the window closes.
"""

from PySide6.QtWidgets import QSplitter, QWidget

from netexplorer.ui import settings


def _splitters(page: QWidget) -> list[tuple[str, QSplitter]]:
    """Return every splitter of ``page`` with a settings key made of the view's name."""
    named: list[tuple[str, QSplitter]] = []
    for number, splitter in enumerate(page.findChildren(QSplitter)):
        name = splitter.objectName() or f"splitter{number}"
        named.append((f"{page.objectName() or type(page).__name__}/{name}", splitter))
    return named


def prepare(page: QWidget) -> None:
    """Keep every pane of ``page``'s splitters visible and restore their saved positions."""
    for key, splitter in _splitters(page):
        splitter.setChildrenCollapsible(False)
        state = settings.splitter_state(key)
        if state is not None:
            splitter.restoreState(state)


def save(page: QWidget) -> None:
    """Remember the positions of ``page``'s splitters."""
    for key, splitter in _splitters(page):
        settings.save_splitter_state(key, splitter.saveState())
