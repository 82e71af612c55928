"""The history table's columns and the role of a row's entry, for its model and its dock."""

from PySide6.QtCore import Qt

#: The role under which the history model returns a row's ``HistoryEntry``.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
TIME, VIEW, CALL, OUTCOME = range(4)
