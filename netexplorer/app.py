"""Starting netexplorer: command line, application object, clean exit."""

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import netexplorer
from netexplorer import preflight
from netexplorer.core import platform

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from netexplorer.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How long closing the window may wait for resolver threads before the
#: process ends anyway (a blocked getaddrinfo cannot be interrupted).
EXIT_WAIT_MS = 1000
#: The quick start opens this long after the window, so the first paint does not wait for it.
QUICK_START_DELAY_MS = 300

XCB_HINT = (
    "netexplorer could not open a window: Qt's xcb platform needs these Debian/Ubuntu "
    "packages:\n  sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 "
    "libegl1 libfontconfig1\n"
)


def make_parser() -> argparse.ArgumentParser:
    """Return the parser of the command line described in docs/automation.md."""
    parser = argparse.ArgumentParser(
        prog="netexplorer",
        description="See how a computer turns names into addresses and addresses into sockets.",
    )
    parser.add_argument(
        "--version", action="version", version=f"netexplorer {netexplorer.__version__}"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run one lookup of each kind without a window, print JSON, exit 0 if all passed",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="interface language (en, ar); default: Settings → Language, else the system's",
    )
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="with --self-test: write the JSON report to FILE instead of standard output",
    )
    parser.add_argument(
        "--open",
        metavar="FILE",
        help="open a session or exercise file (.netexplorer.json) at start",
    )
    parser.add_argument(
        "--report",
        nargs=2,
        metavar=("SESSION", "OUTPUT"),
        help="write the lab report of a session file to OUTPUT (.html or .pdf) without a window",
    )
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Read the command line; arguments it does not know are left to Qt (``qt_args``)."""
    args, unknown = make_parser().parse_known_args(argv)
    args.qt_args = unknown
    return args


def desktop_problem() -> str:
    """Return why a window cannot open on this Linux desktop, or '' if it can.

    Qt aborts the process when its xcb platform plugin cannot load, so the
    common causes are checked first and explained instead.
    """
    if platform.SYSTEM != "posix" or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return ""
    if os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        return ""
    if not os.environ.get("DISPLAY"):
        return (
            "netexplorer found no display (DISPLAY is not set). Run it from a desktop session, "
            "or set QT_QPA_PLATFORM=offscreen for --self-test.\n"
        )
    import ctypes  # noqa: PLC0415 - only where Qt's xcb platform is about to load

    try:
        ctypes.CDLL("libxcb-cursor.so.0")
    except OSError:
        return XCB_HINT
    return ""


def run_window(app: "QApplication", window: "QWidget") -> int:
    """Show the window until it closes; a SIGINT or SIGTERM closes it the normal way.

    Returns the event loop's exit code, or 128 + the signal number (130 for Ctrl+C).
    """
    from netexplorer.ui.interrupts import SignalWaker  # noqa: PLC0415

    received: list[int] = []

    def close_on(signum: int) -> None:
        received.append(signum)
        window.close()

    waker = SignalWaker(close_on)
    try:
        window.show()
        code = app.exec()
    finally:
        waker.close()
    return 128 + received[0] if received else code


def start_session(window: "MainWindow", path: str | None) -> None:
    """Open the file of ``--open`` once the window is complete, or offer the last session."""

    def start() -> None:
        if path is None:
            window.sessions.offer_last()
        else:
            window.sessions.open_file(Path(path))

    if window.set_up:
        start()
    else:
        window.setupFinished.connect(start)


def write_report(session_path: str, output: str) -> int:
    """Write a session's report without a window (``--report``).

    A bad session or an unwritable output gives one line on stderr and exit code 2 or 1.
    """
    from netexplorer.core import session_read  # noqa: PLC0415

    try:
        session = session_read.read(Path(session_path))
    except session_read.SessionError as error:
        sys.stderr.write(f"netexplorer: {session_path}: {error.text()}\n")
        return 2
    if Path(output).suffix.lower() not in (".html", ".htm", ".pdf"):
        sys.stderr.write(f"netexplorer: {output}: the report's name must end in .html or .pdf\n")
        return 2
    if desktop_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a report needs no screen
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from netexplorer.ui import i18n, qtlog, report  # noqa: PLC0415

    qtlog.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install_translators(app)
    try:
        report.write_report(session, Path(output))
    except OSError as exc:
        sys.stderr.write(f"netexplorer: {output}: {exc.strerror or exc}\n")
        return 1
    return 0


def make_application(args: argparse.Namespace) -> "QApplication":
    """Create the application object with its names and the user's language.

    Qt's own arguments (-reverse, -style, -platform, -stylesheet…) go to QApplication.
    """
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from netexplorer.ui import i18n, qtlog, settings  # noqa: PLC0415

    qtlog.install()
    app = QApplication.instance() or QApplication([sys.argv[0], *args.qt_args])
    assert isinstance(app, QApplication)
    app.setOrganizationName("netexplorer")
    app.setApplicationName("netexplorer")
    app.setApplicationVersion(netexplorer.__version__)
    app.setDesktopFileName("netexplorer")
    i18n.install_translators(app, i18n.choose_language(args.lang, settings.language()))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application (or the self-test) and return the exit code."""
    platform.ensure_output_streams()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.report:
        return write_report(*args.report)
    if qt_missing := preflight.qt_problem():
        preflight.report(qt_missing, dialog=not args.self_test)
        return 1
    problem = desktop_problem()
    if problem and args.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen
    elif problem:
        preflight.report(problem, dialog=True)
        return 1

    # Start-up makes tens of thousands of objects and frees few: collecting cycles now only
    # slows the first paint. The window's collector (ui.gc_guard) runs it from then on.
    gc.disable()
    # Qt is imported only after --version was handled (preflight loaded it to check it loads).
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    from netexplorer.ui import settings  # noqa: PLC0415
    from netexplorer.ui.main_window import MainWindow  # noqa: PLC0415
    from netexplorer.ui.workers import ResolverPool  # noqa: PLC0415

    app = make_application(args)
    if no_fonts := preflight.font_problem():
        preflight.report(no_fonts, dialog=not args.self_test)
        if not args.self_test:
            return 1  # the self-test goes on and reports "fonts": 0
    pool = ResolverPool()
    try:
        window = MainWindow(pool)
        if args.self_test:
            from netexplorer import selftest  # noqa: PLC0415

            window.sessions.forget_this_session()  # the student's last session stays theirs
            code = selftest.run(window, args.output)
        else:
            if not settings.quick_start_shown():
                # The first start: what each view is for, once the window has been painted.
                QTimer.singleShot(QUICK_START_DELAY_MS, window.show_quick_start)
            start_session(window, args.open)
            code = run_window(app, window)
        window.close()
    finally:
        finished = pool.shutdown(EXIT_WAIT_MS)
    if not finished:
        # A resolver thread is stuck inside the C library.  Destroying its
        # QThread would abort the process, so end it here instead.
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
