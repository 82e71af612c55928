"""Regenerate the English plural forms: ``python resources/make_translations.py``.

netexplorer's source strings are English with ``%n … (s)`` plurals ("%n byte(s)").
Qt picks the right form only through a translation, so the English one holds
just the plural messages (``lupdate -pluralonly``), each filled in by rule:
``byte(s)`` becomes ``byte`` for one and ``bytes`` otherwise.  The compiled file
goes into the package, where the application loads it at start.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "netexplorer_en.ts"
QM_FILE = ROOT / "netexplorer" / "resources" / "translations" / "netexplorer_en.qm"
PLURAL = re.compile(r"\((s|es)\)")


def qt_tool(name: str, *args: str) -> None:
    """Run one of the Qt tools that ship with PySide6 (lupdate, lrelease)."""
    code = f"import sys; sys.argv[1:] = {list(args)!r}; from PySide6.scripts.pyside_tool import {name}; {name}()"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


def sources() -> list[str]:
    """Return the package's Python files, relative to the repository root."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "netexplorer").rglob("*.py"))


def english_forms(source: str) -> tuple[str, str]:
    """Return the singular and plural form of a ``(s)`` message."""
    return PLURAL.sub("", source), PLURAL.sub(r"\1", source)


def fill(ts_file: Path) -> int:
    """Fill every plural message of ``ts_file`` by rule; return how many there are."""
    tree = ET.parse(ts_file)
    count = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form, text in zip(
            translation.findall("numerusform"), english_forms(source), strict=True
        ):
            form.text = text
        count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def make(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> int:
    """Extract, fill and compile the English plural forms; return how many."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    ts_file.unlink(missing_ok=True)
    qt_tool(
        "lupdate", *sources(), "-locations", "none", "-source-language", "en",
        "-target-language", "en", "-pluralonly", "-ts", str(ts_file),
    )  # fmt: skip
    count = fill(ts_file)
    qt_tool("lrelease", str(ts_file), "-qm", str(qm_file))
    return count


if __name__ == "__main__":
    print(f"{make()} plural messages written to {QM_FILE.relative_to(ROOT)}")
