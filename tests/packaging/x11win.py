"""Small X11 helpers for the frozen smoke test and the start-up benchmark.

Talks to libX11 through ctypes (no extra Python package): start an Xvfb server,
wait for a process's top-level window to be mapped (event driven, no polling
interval that would blur a start-up measurement), and ask a window to close the
way a window manager does, with a ``WM_DELETE_WINDOW`` client message, so the
application runs its normal close path.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

_Window = ctypes.c_ulong
_Atom = ctypes.c_ulong

_CLIENT_MESSAGE = 33
_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_NO_EVENT_MASK = 0
_ANY_PROPERTY_TYPE = 0
_IS_VIEWABLE = 2


class _ClientMessageData(ctypes.Union):
    _fields_ = (
        ("b", ctypes.c_char * 20),
        ("s", ctypes.c_short * 10),
        ("l", ctypes.c_long * 5),
    )


class _XClientMessageEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", _Window),
        ("message_type", _Atom),
        ("format", ctypes.c_int),
        ("data", _ClientMessageData),
    )


class _XMapEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", _Window),
        ("window", _Window),
        ("override_redirect", ctypes.c_int),
    )


class _XEvent(ctypes.Union):
    _fields_ = (
        ("type", ctypes.c_int),
        ("xclient", _XClientMessageEvent),
        ("xmap", _XMapEvent),
        ("pad", ctypes.c_long * 24),
    )


class _XWindowAttributes(ctypes.Structure):
    # Only map_state is read; the layout up to it must match Xlib's.
    _fields_ = (
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", _Window),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    )


#: An Xlib error handler: ``int handler(Display *, XErrorEvent *)``.
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(display: int | None, event: int | None) -> int:
    """Let a request about a window that has just gone fail quietly.

    Xlib's default handler ends the process on any error; a window the program
    closes between XQueryTree and XGetWindowProperty (a dialog, a transient
    window) gives BadWindow, and the caller then sees the request fail instead.
    """
    del display, event
    return 0


_IGNORE_X_ERRORS = _ERROR_HANDLER(_ignore_x_error)  # kept alive for Xlib


def _libx11() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    lib.XDefaultRootWindow.restype = _Window
    lib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    lib.XInternAtom.restype = _Atom
    lib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    lib.XSelectInput.argtypes = (ctypes.c_void_p, _Window, ctypes.c_long)
    lib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
    lib.XPending.argtypes = (ctypes.c_void_p,)
    lib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_XEvent))
    lib.XSendEvent.argtypes = (
        ctypes.c_void_p,
        _Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    )
    lib.XFlush.argtypes = (ctypes.c_void_p,)
    lib.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
    lib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    lib.XFree.argtypes = (ctypes.c_void_p,)
    lib.XSetErrorHandler.argtypes = (_ERROR_HANDLER,)
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XGetWindowProperty.argtypes = (
        ctypes.c_void_p,
        _Window,
        _Atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        _Atom,
        ctypes.POINTER(_Atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    )
    lib.XQueryTree.argtypes = (
        ctypes.c_void_p,
        _Window,
        ctypes.POINTER(_Window),
        ctypes.POINTER(_Window),
        ctypes.POINTER(ctypes.POINTER(_Window)),
        ctypes.POINTER(ctypes.c_uint),
    )
    lib.XGetWindowAttributes.argtypes = (
        ctypes.c_void_p,
        _Window,
        ctypes.POINTER(_XWindowAttributes),
    )
    return lib


def _is_same_or_descendant(pid: int, ancestor: int) -> bool:
    """Return whether ``pid`` is ``ancestor`` or one of its descendants (Linux /proc)."""
    for _ in range(16):
        if pid == ancestor:
            return True
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        # The command name (field 2) may hold spaces; the parent pid follows it.
        pid = int(stat.rsplit(")", 1)[1].split()[1])
        if pid <= 1:
            return False
    return False


class Display:
    """A connection to an X server, opened for the lifetime of the object."""

    def __init__(self, name: str | None = None) -> None:
        self._x = _libx11()
        display = name if name is not None else os.environ.get("DISPLAY", "")
        self._dpy = self._x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise OSError(f"cannot open X display {display!r}")
        self._x.XSetErrorHandler(_IGNORE_X_ERRORS)
        self.root = int(self._x.XDefaultRootWindow(self._dpy))
        self._net_wm_pid = self._atom("_NET_WM_PID")

    def _atom(self, name: str) -> int:
        return int(self._x.XInternAtom(self._dpy, name.encode(), 0))

    def close(self) -> None:
        """Close the connection."""
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    def __enter__(self) -> Display:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def window_pid(self, window: int) -> int | None:
        """Return the ``_NET_WM_PID`` property of ``window``, if set."""
        actual_type = _Atom()
        actual_format = ctypes.c_int()
        nitems = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._dpy,
            window,
            self._net_wm_pid,
            0,
            1,
            0,
            _ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(nitems),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        try:
            if status != 0 or not data.value or nitems.value < 1 or actual_format.value != 32:
                return None
            # Format-32 properties come back as C longs.
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_long))[0])
        finally:
            if data.value:
                self._x.XFree(data)

    def _belongs_to(self, window: int, pid: int) -> bool:
        owner = self.window_pid(window)
        return owner is not None and _is_same_or_descendant(owner, pid)

    def _is_viewable(self, window: int) -> bool:
        attrs = _XWindowAttributes()
        if not self._x.XGetWindowAttributes(self._dpy, window, ctypes.byref(attrs)):
            return False
        return bool(attrs.map_state == _IS_VIEWABLE)

    def _viewable_window_of(self, pid: int) -> int | None:
        root = _Window()
        parent = _Window()
        children = ctypes.POINTER(_Window)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(
            self._dpy,
            self.root,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return None
        try:
            for i in range(count.value):
                window = int(children[i])
                if self._belongs_to(window, pid) and self._is_viewable(window):
                    return window
        finally:
            if children:
                self._x.XFree(children)
        return None

    def wait_for_window(self, pid: int, timeout: float) -> int:
        """Block until process ``pid`` (or a child of it) maps a top-level window.

        Returns the window id. A child counts because a one-file build runs the
        application in a child of the process that was started.

        Listens for MapNotify on the root window (no window manager runs under
        the bare Xvfb used here, so top-level windows are the root's children).
        Raises TimeoutError after ``timeout`` seconds.
        """
        self._x.XSelectInput(self._dpy, self.root, _SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XSync(self._dpy, 0)
        # The window may have been mapped before we started listening.
        found = self._viewable_window_of(pid)
        if found is not None:
            return found
        fd = self._x.XConnectionNumber(self._dpy)
        deadline = time.monotonic() + timeout
        event = _XEvent()
        while True:
            while self._x.XPending(self._dpy):
                self._x.XNextEvent(self._dpy, ctypes.byref(event))
                if event.type == _MAP_NOTIFY:
                    window = int(event.xmap.window)
                    if self._belongs_to(window, pid):
                        return window
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no window from pid {pid} within {timeout} s")
            select.select([fd], [], [], remaining)

    def request_close(self, window: int) -> None:
        """Send ``WM_DELETE_WINDOW``, as a window manager's close button does."""
        event = _XEvent()
        event.xclient.type = _CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = self._atom("WM_PROTOCOLS")
        event.xclient.format = 32
        event.xclient.data.l[0] = self._atom("WM_DELETE_WINDOW")
        event.xclient.data.l[1] = 0  # CurrentTime
        self._x.XSendEvent(self._dpy, window, 0, _NO_EVENT_MASK, ctypes.byref(event))
        self._x.XFlush(self._dpy)


@contextmanager
def xvfb(size: str = "1280x800x24", prefix: Sequence[str] = ()) -> Iterator[str]:
    """Run a private Xvfb server; yield its display name (e.g. ``":42"``).

    ``prefix`` runs it through another command, such as a chroot into a
    system that has its own Xvfb; clients here reach it by its abstract socket.
    """
    if not prefix and shutil.which("Xvfb") is None:
        raise FileNotFoundError("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    command = ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"]
    proc = subprocess.Popen(
        [*prefix, *command],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("Xvfb did not start within 15 s")
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if ready:
                chunk = os.read(read_fd, 64)
                if not chunk:
                    raise RuntimeError(f"Xvfb exited early (status {proc.wait()})")
                number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_fd)
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def screenshot(display: str, path: Path, window: str = "root") -> None:
    """Save a screenshot of ``window`` (an id or ``root``) with ImageMagick's import."""
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["import", "-window", window, str(path)], env=env, check=True)


def image_stats(path: Path) -> tuple[float, int]:
    """Return (standard deviation 0..1, number of unique colours) of an image."""
    out = subprocess.run(
        ["identify", "-format", "%[fx:standard_deviation] %k", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def pixels_differing(first: Path, second: Path) -> int:
    """Return how many pixels differ between two same-sized images."""
    proc = subprocess.run(
        ["compare", "-metric", "AE", "-fuzz", "5%", str(first), str(second), "null:"],
        capture_output=True,
        text=True,
        check=False,
    )
    # compare exits 1 when the images differ; the metric is written to stderr.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"compare failed: {proc.stderr.strip()}")
    return int(float(proc.stderr.split()[0]))


#: A fontconfig configuration that sets all text in DejaVu Serif. A window shot
#: with it differs from one shot with the system's configuration exactly where
#: glyphs are drawn; empty glyph boxes (no usable font) look alike in both.
SERIF_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <edit name="family" mode="assign_replace" binding="strong"><string>DejaVu Serif</string></edit>
  </match>
</fontconfig>
"""
#: Pixels that must change between the two shots: a window of the program
#: changes about 17,000; empty glyph boxes or no text at all change none.
MIN_GLYPH_PIXELS = 5000


def shoot_window(
    display: str, x: Display, command: Sequence[str], env: dict[str, str], path: Path
) -> tuple[int, str]:
    """Start ``command``, screenshot its window once painted, close it as a window manager would.

    Returns the exit status and what the program wrote to stderr.
    """
    with tempfile.TemporaryFile("w+") as errfile:
        proc = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=errfile, text=True
        )
        try:
            window = x.wait_for_window(proc.pid, timeout=60)
            deadline = time.monotonic() + 15
            while True:  # the first paint follows the map
                screenshot(display, path, str(window))
                if image_stats(path)[1] >= 16 or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            time.sleep(0.5)  # let the last paint land, then take the shot that counts
            screenshot(display, path, str(window))
            x.request_close(window)
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        errfile.seek(0)
        return code, errfile.read()
