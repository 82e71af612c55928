"""The Qt user interface; it depends on netexplorer.core, never the reverse."""

from netexplorer.ui import compat

compat.protect_none()
