"""What every view of the main window is, and how it declares itself to the registry.

A view is a page of the tab widget.  Its module defines the page class (a
:class:`ViewPage`) and one :class:`ViewSpec` naming it; the registry
(:mod:`netexplorer.ui.registry`) lists the specs in tab order, and the main
window, the self-test, shutdown, the screenshots script and the tests all
read that list.  Views never reach into each other's widgets: a view asks
for another one through a :class:`Request` (``navigate``), which the main
window hands to the view the request names.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

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
    """

    navigate = Signal(object)

    def shutdown(self) -> None:
        """Stop everything the view has running (lookups, sockets) before the window closes."""

    def handle(self, request: Request) -> None:
        """Carry out a request another view made (views that accept none ignore it)."""
        del request

    def run(self) -> None:
        """Do what Enter in one of the view's inputs, combos or checkboxes asks (look up)."""

    def stop(self) -> None:
        """Do what Esc asks: abandon what the view is waiting for."""


V = TypeVar("V", bound=ViewPage)


@dataclass(frozen=True)
class ViewSpec(Generic[V]):
    """One view as the registry lists it.

    ``name`` is the page's object name (docs/automation.md), ``title`` its tab title as
    an untranslated source string in the ``MainWindow`` context, ``build`` makes
    the page, ``self_test`` (optional) drives it through one ``--self-test`` step,
    and ``quick_start`` (optional) is its page of Help → Quick start: what the view
    shows and what to try first, an untranslated source string in the
    ``QuickStart`` context.
    """

    name: str
    title: str
    build: Callable[[ResolverPool], V]
    self_test: Callable[[V], StepResult] | None = None
    quick_start: str = ""
