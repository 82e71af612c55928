"""docs/automation.md and the window agree: every documented name exists, every name is documented."""

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netexplorer import app
from netexplorer.ui import registry
from netexplorer.ui.main_window import MainWindow

DOC = Path(__file__).resolve().parents[3] / "docs" / "automation.md"
#: Names Qt itself gives to the inner parts of its widgets.
QT_INTERNAL = re.compile(r"^(qt_|_q_)|^Scroll(Left|Right)Button$")


@dataclass(frozen=True)
class Documented:
    """One documented name (or ``prefix*`` pattern), its class and the views it is in."""

    name: str
    class_name: str
    scope: tuple[str, ...]  # view names; empty means the window outside the views


def read_doc() -> tuple[list[Documented], list[str]]:
    """Return the documented widget names and the command-line flags."""
    names: list[Documented] = []
    flags: list[str] = []
    heading = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("| `") or len(cells) < 2:
            continue
        first = re.findall(r"`([^`]+)`", cells[0])
        if heading == "## Command line":
            flags.extend(first)
            continue
        classes = re.findall(r"Q[A-Za-z]+", cells[1])
        if len(classes) != len(first):
            classes = classes[:1] * len(first)
        scope = tuple(re.findall(r"`(\w+)`", heading))
        names.extend(Documented(n, c, scope) for n, c in zip(first, classes, strict=True))
    return names, flags


def pages(window: MainWindow) -> dict[str, QWidget]:
    """Make each view current once (a view may build itself when first shown)."""
    found: dict[str, QWidget] = {}
    for spec, page in window.views:
        window.show_view(page)
        QApplication.processEvents()
        found[spec.name] = page
    return found


def named_widgets(root: QWidget) -> dict[str, QObject]:
    """Return the named widgets and actions under ``root``."""
    found: list[QObject] = [*root.findChildren(QWidget), *root.findChildren(QAction)]
    return {
        item.objectName(): item
        for item in found
        if item.objectName() and not QT_INTERNAL.search(item.objectName())
    }


def test_the_document_lists_every_view_of_the_registry() -> None:
    names, _ = read_doc()
    scoped = {view for item in names for view in item.scope}
    assert scoped == {spec.name for spec in registry.VIEWS}


def test_every_documented_name_is_in_its_view_with_its_class(
    window: MainWindow, qtbot: QtBot
) -> None:
    del qtbot
    views = pages(window)
    names, _ = read_doc()
    assert len(names) > 60
    for item in names:
        if item.class_name == "QAction":  # an action of the window's menus, not a widget
            actions = window.findChildren(QtGui.QAction, item.name)
            assert len(actions) == 1, f"{item.name}: {len(actions)} actions of that name"
            continue
        roots = [views[view] for view in item.scope] or [window]
        for root in roots:
            present = named_widgets(root) | {root.objectName(): root}
            matches = [w for n, w in present.items() if fnmatch.fnmatchcase(n, item.name)]
            assert matches, f"{item.name} is documented but missing from {root.objectName()}"
            kind = getattr(QtWidgets, item.class_name, None) or getattr(QtGui, item.class_name)
            assert all(isinstance(w, kind) for w in matches), (item.name, item.class_name)


def test_every_named_widget_is_documented(window: MainWindow, qtbot: QtBot) -> None:
    del qtbot
    views = pages(window)
    names, _ = read_doc()
    for view, page in views.items():
        patterns = [item.name for item in names if view in item.scope]
        for name in named_widgets(page):
            assert any(fnmatch.fnmatchcase(name, p) for p in patterns), f"{view}: {name}"
    outside = [item.name for item in names if not item.scope] + list(views)
    for name, widget in named_widgets(window).items():
        inside = [w for w in [widget] if isinstance(w, QWidget)]
        if not any(page is w or page.isAncestorOf(w) for page in views.values() for w in inside):
            assert name in outside, f"window: {name} is not documented"


def test_the_command_line_flags_are_the_documented_ones() -> None:
    _, flags = read_doc()
    offered = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", app.make_parser().format_help()))
    assert offered - {"--help"} == set(flags)
