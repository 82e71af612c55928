"""The core is plain Python: it imports and works with PySide6 unavailable."""

import ast
import subprocess
import sys
from pathlib import Path

import netexplorer.core

CORE = Path(netexplorer.core.__file__).resolve().parent
ROOT = CORE.parents[1]

BLOCKED = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"{name} is blocked for this test")
        return None

sys.meta_path.insert(0, NoQt())
try:
    import PySide6
except ImportError:
    pass
else:
    raise SystemExit("the blocker did not block PySide6")

import pkgutil, importlib
import netexplorer.core
# every module, also those inside subpackages (walk_packages imports each package it enters)
prefix = "netexplorer.core."
names = sorted(m.name for m in pkgutil.walk_packages(netexplorer.core.__path__, prefix))
for name in names:
    importlib.import_module(name)
from netexplorer.core import lookups
assert lookups.getprotobyname("tcp").run().value == 6
assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "netexplorer.ui"))]
print(" ".join(names))
"""


def test_core_imports_and_runs_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()) == core_modules()


def core_modules() -> set[str]:
    """Name every module and subpackage under netexplorer/core from its files."""
    names = set()
    for path in CORE.rglob("*.py"):
        parts = path.relative_to(CORE.parents[1]).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.add(".".join(parts))
    return names - {"netexplorer.core"}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_core_file_imports_qt_or_the_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(bad)
        for path in CORE.rglob("*.py")
        if (
            bad := {
                name
                for name in imported_modules(path)
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
                or name.startswith("netexplorer.ui")
            }
        )
    }
    assert offenders == {}


def test_the_static_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport netexplorer.ui.models\n")
    assert {"PySide6.QtCore", "netexplorer.ui.models"} <= imported_modules(sample)
