"""What every view of the main window is, and how it declares itself to the registry.

A view is a page of the tab widget.  Its module defines the page class (a
:class:`ViewPage`) and ``VIEW``, a :class:`ViewParts` saying how to build and
self-test it; the registry (:mod:`netexplorer.ui.registry`) lists a
:class:`ViewSpec` of each view in tab order, and the main
window, the self-test, shutdown, the screenshots script and the tests all
read that list.  Views never reach into each other's widgets: a view asks
for another one through a :class:`Request` (``navigate``), which the main
window hands to the view the request names.

Every view takes part in the lab session (history, sessions, export, report)
through the few methods of :class:`ViewPage` below; each has a default, so a
view implements only what it can do.  A view reports each finished action with
``actionRecorded`` (a plain-data :class:`~netexplorer.core.session.HistoryEntry`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from netexplorer.core.session import HistoryEntry, Inputs, Table
    from netexplorer.ui.workers import ResolverPool


@dataclass(frozen=True)
class Request:
    """Something one view asks another to do; ``target`` is the handling view's name."""

    target: ClassVar[str] = ""


@dataclass(frozen=True)
class StepResult:
    """How one self-test step went (one JSON object of ``--self-test``)."""

    name: str
    ok: bool
    elapsed_ms: float
    rows: int
    detail: str


class ViewPage(QWidget):
    """Base of every view page.

    Signals:
        navigate(Request): ask the main window to show another view and hand it the request.
        actionRecorded(HistoryEntry): an action of the view finished (a lookup, a server
            started…); the history keeps the entry.
    """

    navigate = Signal(object)
    actionRecorded = Signal(object)

    #: The view's object name in the registry (set when the main window builds it).
    view_name = ""

    def shutdown(self) -> None:
        """Stop everything the view has running (lookups, sockets) before the window closes."""

    def handle(self, request: Request) -> None:
        """Carry out a request another view made (views that accept none ignore it)."""
        del request

    def run(self) -> None:
        """Do what Enter in one of the view's inputs, combos or checkboxes asks (look up)."""

    def stop(self) -> None:
        """Do what Esc asks: abandon what the view is waiting for."""

    # Taking part in the lab session ------------------------------------------------

    def inputs(self) -> Inputs:
        """Return the view's inputs by name, as plain data a session file keeps."""
        return {}

    def set_inputs(self, inputs: Inputs) -> None:
        """Put stored inputs back; unknown names and unusable values are ignored."""
        del inputs

    def replay(self, entry: HistoryEntry) -> bool:
        """Carry out a stored entry's action again with its inputs ("Run again").

        Return False if the view cannot (then nothing happened).
        """
        del entry
        return False

    def show_stored(self, entry: HistoryEntry) -> bool:
        """Show a stored entry again, marked with :func:`stored_note`, without running anything.

        The default puts its inputs back and returns False: the view cannot show
        the stored answer itself (the history still holds it).
        """
        self.set_inputs(entry.inputs)
        return False

    def export_table(self) -> Table | None:
        """Return the table the view shows now, for export (None: nothing to export)."""
        return None


V = TypeVar("V", bound=ViewPage)


@dataclass(frozen=True)
class ViewParts(Generic[V]):
    """What a view's module gives the registry, as its ``VIEW``.

    ``build`` makes the page and ``self_test`` (optional) drives it through one
    ``--self-test`` step.
    """

    build: Callable[[ResolverPool], V]
    self_test: Callable[[V], StepResult] | None = None


@dataclass(frozen=True)
class ViewSpec:
    """One view as the registry lists it, without importing it.

    ``name`` is the page's object name (docs/automation.md), ``title`` its tab title as
    an untranslated source string in the ``MainWindow`` context, ``module`` the
    module whose ``VIEW`` (:class:`ViewParts`) builds it, imported when the view is
    first needed, and ``quick_start`` its page of Help → Quick start: what the view
    shows and what to try first, an untranslated source string in the
    ``QuickStart`` context.
    """

    name: str
    title: str
    module: str
    quick_start: str = ""

    @property
    def parts(self) -> ViewParts[Any]:
        """Return the view module's ``VIEW``, importing the module the first time."""
        parts = import_module(self.module).VIEW
        if not isinstance(parts, ViewParts):
            raise TypeError(f"{self.module}.VIEW is not a ViewParts")
        return parts

    @property
    def build(self) -> Callable[[ResolverPool], ViewPage]:
        """Return what makes the page (the view's class)."""
        build: Callable[[ResolverPool], ViewPage] = self.parts.build
        return build

    @property
    def self_test(self) -> Callable[[Any], StepResult] | None:
        """Return the view's ``--self-test`` step, if it has one."""
        return self.parts.self_test
