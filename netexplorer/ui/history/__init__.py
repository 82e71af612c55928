"""The history dock: every action of every view, searchable, shown again or run again."""

from netexplorer.ui.history.dock import HistoryDock
from netexplorer.ui.history.model import ENTRY_ROLE, HistoryModel

__all__ = ["ENTRY_ROLE", "HistoryDock", "HistoryModel"]
