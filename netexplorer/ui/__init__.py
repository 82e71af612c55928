"""The Qt user interface; it depends on netexplorer.core, never the reverse."""
