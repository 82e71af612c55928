"""PyInstaller run-time hook: use the one Linux platform plugin the bundle ships.

The frozen Linux build carries Qt's xcb platform but not Wayland's (see
build.spec). In a Wayland session Qt would try ``wayland`` first and print a
"Could not find the Qt platform plugin" warning before falling back to xcb
through XWayland; naming xcb up front skips the failed attempt. An explicit
``QT_QPA_PLATFORM`` (``offscreen`` for ``--self-test``, say) is left alone.
"""

import os
import sys

if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"
