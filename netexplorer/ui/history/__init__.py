"""The history dock: every action of every view, searchable, shown again or run again.

:mod:`.dock` is the dock (in place for the window's first paint), :mod:`.model`
the table model its contents show, :mod:`.columns` what both name the columns by.
"""
