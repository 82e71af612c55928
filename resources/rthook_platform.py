"""PyInstaller run-time hook: choose the Linux platform plugin for this session.

The frozen Linux build carries Qt's xcb and wayland platforms (see build.spec).
Where there is an X display (an X11 session, or XWayland in a Wayland one) it
uses xcb, the platform tested most; a Wayland session without X gets wayland.
With neither, xcb is named and the program explains that there is no display.
An explicit ``QT_QPA_PLATFORM`` (``offscreen`` for ``--self-test``, say) is
left alone.
"""

import os
import sys

if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
    wayland_only = os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")
    os.environ["QT_QPA_PLATFORM"] = "wayland" if wayland_only else "xcb"
