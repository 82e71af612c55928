"""The history dock: every action of every view, searchable, shown again or run again.

:mod:`.dock` is the dock (in place for the window's first paint), :mod:`.panel`
what it shows once the window has been painted, :mod:`.model` the table model
behind it, :mod:`.columns` what both name the columns by.
"""
