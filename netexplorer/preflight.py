"""What netexplorer needs from the system before its window can open, and how a gap is told.

The packaged Linux program takes OpenGL, fontconfig, the C++ runtime and the
X11 client library from the system (see build.spec). When one is missing,
importing Qt fails with the dynamic loader's message; :func:`qt_problem` turns
it into one plain sentence naming the package to install. :func:`font_problem`
does the same for a system without any font.

:func:`report` tells the user: on standard error, and where there is no
terminal (the program was double-clicked) also in a log file in the user's data
folder and, where a dialog program exists, in a desktop dialog.
"""

import contextlib
import importlib
import os
import re
import sys
import time
from pathlib import Path

from netexplorer.core import platform

#: System library -> (Debian and Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libexpat.so.1": ("libexpat1", "expat"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libbrotlidec.so.1": ("libbrotli1", "libbrotli"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libstdc++.so.6": ("libstdc++6", "libstdc++"),
    "libgcc_s.so.1": ("libgcc-s1", "libgcc"),
    "libsystemd.so.0": ("libsystemd0", "systemd-libs"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libpcre2-8.so.0": ("libpcre2-8-0", "pcre2"),
    "libffi.so.8": ("libffi8", "libffi"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
}
FLOOR = "a Linux with glibc 2.35 or newer (Ubuntu 22.04, Debian 12, Fedora 37 or later)"
NO_FONTS = (
    "netexplorer found no fonts, so it would show empty boxes instead of text; install one, "
    "for example the package fonts-dejavu-core (Debian, Ubuntu) or dejavu-sans-fonts (Fedora)."
)
GENERIC_FAMILIES = frozenset({"Serif", "Sans Serif", "Monospace"})
DIALOGS = ("zenity", "kdialog", "xmessage")

#: What the dynamic loader says of a missing or too old library (compiled only when needed).
_MISSING = r"([^\s/:]+\.so[.\d]*): cannot open shared object file"
_TOO_OLD = r"([^\s/:]+\.so[.\d]*): version [`']([^']+)' not found"


def explain_import_error(error: str) -> str:
    """Return one sentence saying what the failed Qt import ``error`` needs from the system."""
    if match := re.search(_MISSING, error):
        library = match.group(1)
        if library in PACKAGES:
            debian, fedora = PACKAGES[library]
            return (
                f"netexplorer cannot start: the system library {library} is missing; install "
                f"the package {debian} (Debian, Ubuntu) or {fedora} (Fedora)."
            )
        return (
            f"netexplorer cannot start: the system library {library} is missing; install the "
            f"package that provides it (Debian, Ubuntu: apt-file search {library}; "
            f"Fedora: dnf provides '*/{library}')."
        )
    if match := re.search(_TOO_OLD, error):
        library, version = match.groups()
        return (
            f"netexplorer cannot start: the system library {library} is too old (it lacks "
            f"{version}); netexplorer needs {FLOOR}."
        )
    return f"netexplorer cannot start: Qt could not be loaded ({error})."


def qt_problem() -> str:
    """Load Qt's widgets; return why they cannot load, or '' if they can."""
    try:
        importlib.import_module("PySide6.QtWidgets")
    except ImportError as exc:
        return explain_import_error(str(exc))
    return ""


def font_families() -> list[str]:
    """Return the font families Qt found, leaving out the generic names it always lists.

    Qt's fontconfig database registers "Serif", "Sans Serif" and "Monospace"
    even where no font is installed. Needs the application object.
    """
    from PySide6.QtGui import QFontDatabase  # noqa: PLC0415 - Qt is loaded by now

    return [name for name in QFontDatabase.families() if name not in GENERIC_FAMILIES]


def font_problem() -> str:
    """Return :data:`NO_FONTS` when Qt found no font family, else ''."""
    return "" if font_families() else NO_FONTS


def data_folder() -> Path:
    """Return the user's netexplorer data folder (it need not exist)."""
    home = Path.home()
    if platform.SYSTEM == "windows":
        return Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"), "netexplorer")
    if platform.SYSTEM == "macos":
        return home / "Library" / "Application Support" / "netexplorer"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share", "netexplorer")


def log_file() -> Path:
    """Return the file that problems are written to when there is no terminal."""
    return data_folder() / "netexplorer.log"


def has_terminal() -> bool:
    """Tell whether standard error is a terminal someone reads."""
    return sys.stderr is not None and sys.stderr.isatty()


def dialog_command(message: str) -> list[str] | None:
    """Return the command showing ``message`` in a desktop dialog, or None if none can."""
    if platform.SYSTEM != "posix" or not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None
    import shutil  # noqa: PLC0415 - only when something went wrong

    for name in DIALOGS:
        program = shutil.which(name)
        if program is None:
            continue
        if name == "zenity":
            return [program, "--error", "--no-markup", "--title=netexplorer", f"--text={message}"]
        if name == "kdialog":
            return [program, "--title", "netexplorer", "--error", message]
        return [program, "-center", "-title", "netexplorer", message]
    return None


def system_environment() -> dict[str, str]:
    """Return the environment for a system program, without the frozen bundle's libraries.

    A frozen program's loader puts its own folder first on ``LD_LIBRARY_PATH``
    and keeps the original in ``LD_LIBRARY_PATH_ORIG``.
    """
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env


def report(message: str, *, dialog: bool) -> None:
    """Tell the user ``message``: on stderr, and without a terminal also in the log file.

    With ``dialog`` and no terminal, a desktop dialog shows it too. A shell
    starts the dialog in the background and ends at once, so the dialog stays
    open after the program has exited.
    """
    message = message.strip()
    if sys.stderr is not None:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    if has_terminal():
        return
    path = log_file()
    with contextlib.suppress(OSError):  # a read-only home: stderr and the dialog remain
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {message}\n")
    command = dialog_command(message) if dialog else None
    if command is not None:
        import subprocess  # noqa: PLC0415 - only when something went wrong

        subprocess.run(
            ["/bin/sh", "-c", '"$@" &', "sh", *command],
            env=system_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            timeout=10,
            check=False,
        )
